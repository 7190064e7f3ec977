/**
 * `marketfacts serve [--port 8080] [--host 127.0.0.1] [--db PATH]`: the HTTP API and the web
 * app over the store, until SIGINT or SIGTERM.
 */
import type { Command } from 'commander';
import { ArgumentError } from '../../core/errors.js';
import { startServer } from '../../http/server.js';
import { addStoreOption, startProgress } from '../context.js';

interface ServeOptions {
  readonly port: string;
  readonly host: string;
  readonly db?: string;
}

/** Parses `--port`: a whole number 0-65535 (0: any free port). */
export function parsePortArgument(text: string): number {
  const port = Number(text);
  if (!/^\d{1,5}$/.test(text.trim()) || port > 65535) throw new ArgumentError('--port', `"${text}" is not a port number (0-65535)`);
  return port;
}

/** Registers `serve`. */
export function registerServeCommand(program: Command): void {
  const command = program
    .command('serve')
    .description('serve the HTTP API (OpenAPI at /api/openapi.json) and the web app over the store')
    .option('--port <port>', 'port to listen on', '8080')
    .option('--host <host>', 'address to listen on (127.0.0.1: this machine only; 0.0.0.0: every interface)', '127.0.0.1');
  addStoreOption(command);
  command.addHelpText(
    'after',
    `
Examples:
  $ marketfacts serve                             http://127.0.0.1:8080
  $ marketfacts serve --port 3000 --db ./market.duckdb
  $ marketfacts serve --host 0.0.0.0              reachable from other machines

The store is read once, read-only, and read again when its file changes (an ingest, or an
update job that swaps a new file in): no restart, no failed request. No endpoint writes.`,
  );
  command.action(async (options: ServeOptions) => {
    const port = parsePortArgument(options.port);
    const server = await startServer({ port, host: options.host, ...(options.db === undefined ? {} : { db: options.db }), startProgress }).catch((error: unknown) => {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') throw new ArgumentError('--port', `${port} is in use on ${options.host}`);
      if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new ArgumentError('--host', `cannot listen on "${options.host}"`);
      throw error;
    });
    process.stderr.write(`marketfacts: serving ${server.url} (store ${server.store.path}); Ctrl-C stops\n`);
    await new Promise<void>((resolve) => {
      const stop = (): void => {
        void server.close().then(resolve);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  });
}
