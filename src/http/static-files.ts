/**
 * The web app's built files (dist/web), read whole into memory at start-up. A request is
 * answered only with a file of that list, looked up by its exact path: nothing outside the
 * folder can be named (no `..`, no symbolic link followed at request time, no directory
 * listing). The pages of the app (`/`, `/instrument/RUT`, `/check`) get index.html.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** One file to serve. */
export interface StaticFile {
  readonly body: Buffer;
  readonly type: string;
  /** Hashed assets never change under their name; the page itself is revalidated. */
  readonly cacheControl: string;
}

/** The built web app: files by URL path (`/assets/index-abc.js`). */
export interface WebApp {
  readonly files: ReadonlyMap<string, StaticFile>;
  /** The page for the app's routes. */
  readonly index: StaticFile | undefined;
}

/**
 * The built app's folder: `dist/web` beside the bundled command line (`dist/`), a chunk of it
 * (`dist/chunks/`) or this source file (`src/http/`, in tests). Undefined when not built.
 */
export function findWebDir(): string | undefined {
  for (const relative of ['./web/', '../web/', '../../dist/web/']) {
    const dir = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(join(dir, 'index.html'))) return dir;
  }
  return undefined;
}

/** Reads every regular file under `dir` (none when `dir` is undefined). */
export function loadWebApp(dir: string | undefined): WebApp {
  const files = new Map<string, StaticFile>();
  if (dir !== undefined) {
    const walk = (folder: string, prefix: string): void => {
      for (const name of readdirSync(folder)) {
        const path = join(folder, name);
        const stat = statSync(path);
        if (stat.isDirectory()) walk(path, `${prefix}${name}/`);
        else if (stat.isFile()) {
          const type = TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream';
          const cacheControl = prefix === '/assets/' ? 'public, max-age=31536000, immutable' : 'no-cache';
          files.set(`${prefix}${name}`, { body: readFileSync(path), type, cacheControl });
        }
      }
    };
    walk(dir, '/');
  }
  return { files, index: files.get('/index.html') };
}

/** The app's own pages (each answered with index.html): Today, an instrument, Check. */
export function isAppPage(path: string): boolean {
  return path === '/' || path === '/check' || /^\/instrument\/[A-Za-z0-9.^_-]{1,20}$/.test(path);
}
