/**
 * `marketfacts serve [--port 8080] [--host 127.0.0.1] [--db PATH]`: the HTTP API and the web
 * app over the store, until SIGINT or SIGTERM.
 */
import type { Command } from 'commander';
import { openStore } from '../../api/index.js';
import { ArgumentError } from '../../core/errors.js';
import { addStoreOption, startProgress } from '../context.js';

interface ServeOptions {
  readonly port: string;
  readonly host: string;
  readonly workers: string;
  readonly db?: string;
}

/** Parses `--workers`: a whole number 1-64. */
export function parseWorkersArgument(text: string): number {
  const workers = Number(text);
  if (!/^\d{1,2}$/.test(text.trim()) || workers < 1 || workers > 64) throw new ArgumentError('--workers', `"${text}" is not a number of processes (1-64)`);
  return workers;
}

/** Waits for SIGINT or SIGTERM, then runs `stop`. */
function untilStopped(stop: () => Promise<void>): Promise<void> {
  return new Promise<void>((resolve) => {
    const end = (): void => {
      void stop().then(resolve);
    };
    process.once('SIGINT', end);
    process.once('SIGTERM', end);
  });
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
    .option('--host <host>', 'address to listen on (127.0.0.1: this machine only; 0.0.0.0: every interface)', '127.0.0.1')
    .option('--workers <n>', 'server processes sharing the port, each with its own copy of the store (e.g. one per core)', '1');
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
    // The server (Fastify and its plugins) loads only when serving: every other command starts without it.
    const [{ startServer }, { isWorker, leaveCluster, reportListening, startWorkers }] = await Promise.all([import('../../http/server.js'), import('../../http/workers.js')]);
    const port = parsePortArgument(options.port);
    const workers = parseWorkersArgument(options.workers);
    if (workers > 1 && !isWorker()) {
      // Built (or brought up to date) once here, so the workers never build it side by side; its
      // series cache, written as any command reading the store writes it, lets each worker start fast.
      (await openStore({ startProgress, ...(options.db === undefined ? {} : { db: options.db }) })).close();
      const group = await startWorkers(workers);
      process.stderr.write(`marketfacts: serving ${group.url} with ${workers} worker processes; Ctrl-C stops\n`);
      await untilStopped(group.stop);
      return;
    }
    const server = await startServer({ port, host: options.host, ...(options.db === undefined ? {} : { db: options.db }), startProgress }).catch((error: unknown) => {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') throw new ArgumentError('--port', `${port} is in use on ${options.host}`);
      if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new ArgumentError('--host', `cannot listen on "${options.host}"`);
      throw error;
    });
    if (isWorker()) reportListening(server.url);
    else process.stderr.write(`marketfacts: serving ${server.url} (store ${server.store.path}); Ctrl-C stops\n`);
    await untilStopped(server.close);
    leaveCluster();
  });
}
