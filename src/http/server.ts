/**
 * `marketfacts serve`: the store opened once, read-only and watched (a store file that an
 * `ingest` or an `update` job changes or swaps is read again without a restart), and the app
 * listening on 127.0.0.1 unless told otherwise.
 */
import type { FastifyInstance } from 'fastify';
import { openStore, type ReloadEvent, type StartProgress, type Store } from '../api/index.js';
import { buildApp } from './app.js';
import { findWebDir, loadWebApp } from './static-files.js';

/** Options of {@link startServer}. */
export interface ServerOptions {
  readonly port: number;
  readonly host: string;
  /** The store file (default as the command line: $MARKETFACTS_DB or the data directory). */
  readonly db?: string;
  /** The built web app's folder (default: dist/web of this package). */
  readonly webDir?: string;
  readonly startProgress?: StartProgress;
  /** Where one-line reports go: a store file that changed and cannot be loaded, its recovery, an internal error (default stderr). */
  readonly log?: (line: string) => void;
}

/** A listening server. */
export interface RunningServer {
  readonly app: FastifyInstance;
  readonly store: Store;
  /** `http://HOST:PORT` it listens on (the port the system chose when 0 was asked). */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * The log line of a reload: a changed file that cannot be loaded (the old content is still
 * served), or a good file loaded after one; null for a reload that needs no word.
 */
export function reloadLogLine(event: ReloadEvent): string | null {
  if (!event.loaded) return `marketfacts serve: ${event.error.message}; still serving the content loaded at ${event.servingSince.toISOString()}`;
  return event.recovered ? `marketfacts serve: the store ${event.path} is loaded again; serving its content` : null;
}

/**
 * Opens the store, builds the app and listens. Throws StoreDamagedError (one line
 * naming the file) for a store damaged at the start; later, a damaged or missing new file
 * only logs one line and leaves the old content served (/healthz says `degraded`).
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const store = await openStore({
    watch: true,
    writeCache: false,
    onReload: (event) => {
      const line = reloadLogLine(event);
      if (line !== null) log(line);
    },
    ...(options.db === undefined ? {} : { db: options.db }),
    ...(options.startProgress === undefined ? {} : { startProgress: options.startProgress }),
  });
  const app = buildApp({ store, web: loadWebApp(options.webDir ?? findWebDir()), logError: log });
  try {
    await app.listen({ port: options.port, host: options.host });
  } catch (error: unknown) {
    store.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    app,
    store,
    url: `http://${host}:${port}`,
    close: async () => {
      await app.close();
      store.close();
    },
  };
}
