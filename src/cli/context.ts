/**
 * The store as the commands see it: the `--db PATH` option and {@link withStore}, which opens
 * the store (building it from the shipped data on first use, with a progress bar on stderr),
 * runs a command's work and closes it.
 */
import { createRequire } from 'node:module';
import type cliProgressModule from 'cli-progress';
import type { Command } from 'commander';
import { checkStoreLocation, defaultStorePath, loadRegistry, openPreparedStore, resolveStoreLocation, STORE_ENV, type Progress } from '../api/store-file.js';
import { openSeriesCache, readSeriesCacheContent, removeSeriesCache, writeSeriesCache, type SeriesCacheContent } from '../data/series-cache.js';
import { SHIPPED_DATA_VERSION } from '../data/shipped.js';
import type { StoreReader } from '../data/store-reader.js';
import { MarketStore } from '../data/store.js';

export {
  checkStoreLocation,
  defaultStorePath,
  instrumentConfigPath,
  loadRegistry,
  resolveStoreLocation,
  resolveStorePath,
  STORE_ENV,
  INSTRUMENTS_ENV,
  type StoreLocation,
} from '../api/store-file.js';

const STORE_OPTION_FLAGS = '--db <path>';

function storeOptionDescription(): string {
  return `store file (default: $${STORE_ENV} or ${defaultStorePath()})`;
}

/**
 * Adds the --db PATH option to a command. A `--db` given before the command name (on the
 * program, see {@link addGlobalStoreOption}) applies when the command has none of its own;
 * one after the command name wins.
 */
export function addStoreOption(command: Command): Command {
  return command.option(STORE_OPTION_FLAGS, storeOptionDescription()).hook('preAction', (_thisCommand, actionCommand) => {
    if (actionCommand.getOptionValue('db') !== undefined) return;
    for (let parent = actionCommand.parent; parent !== null; parent = parent.parent) {
      const db: unknown = parent.getOptionValue('db');
      if (typeof db === 'string') {
        actionCommand.setOptionValue('db', db);
        return;
      }
    }
  });
}

/**
 * Adds --db PATH to the program itself, so `marketfacts --db X instruments` works, and makes
 * the program's options positional: those before the command name are the program's, those
 * after it the command's.
 */
export function addGlobalStoreOption(program: Command): Command {
  return program.enablePositionalOptions().option(STORE_OPTION_FLAGS, storeOptionDescription());
}

/**
 * Opens the store named by the options (building it from the shipped data/ files with a
 * progress bar on stderr if it does not exist yet), runs work, closes it. Throws ArgumentError
 * as {@link checkStoreLocation} does for a path that cannot be right. Reads come from the
 * store's series cache when it is current (no DuckDB start-up), else from the DuckDB file
 * opened read-only, after which the cache is written for the next command.
 */
export async function withStore<T>(options: { db?: string }, work: (store: StoreReader) => Promise<T>): Promise<T> {
  const location = resolveStoreLocation(options);
  checkStoreLocation(location);
  const path = location.path;
  const registry = loadRegistry();
  const cached = openSeriesCache(path, registry, SHIPPED_DATA_VERSION);
  if (cached !== undefined) return work(cached);
  const store = await openPreparedStore(path, registry, true, startProgress);
  let content: SeriesCacheContent | undefined;
  try {
    const result = await work(store);
    content = await readSeriesCacheContent(store);
    return result;
  } finally {
    store.close();
    if (content !== undefined) writeSeriesCache(path, content);
  }
}

/**
 * Like {@link withStore}, but opened for writing (one writer at a time): for ingest. The
 * series cache is removed first and written again from the store once the write is done.
 */
export async function withWritableStore<T>(options: { db?: string }, work: (store: MarketStore) => Promise<T>): Promise<T> {
  const location = resolveStoreLocation(options);
  checkStoreLocation(location);
  const path = location.path;
  const registry = loadRegistry();
  const store = await openPreparedStore(path, registry, false, startProgress);
  removeSeriesCache(path);
  let result: T;
  try {
    result = await work(store);
    await store.checkpoint();
  } finally {
    store.close();
  }
  const reader = await MarketStore.open(path, { registry, readOnly: true });
  let content: SeriesCacheContent;
  try {
    content = await readSeriesCacheContent(reader);
  } finally {
    reader.close();
  }
  writeSeriesCache(path, content);
  return result;
}

/** A progress bar on stderr when it is a terminal; one line of notice otherwise. */
export function startProgress(title: string): Progress {
  if (!process.stderr.isTTY) {
    process.stderr.write(`marketfacts: ${title}\n`);
    return { update: () => undefined, stop: () => undefined };
  }
  // Loaded only when a store is built: it is not needed on the usual path.
  const cliProgress = createRequire(import.meta.url)('cli-progress') as typeof cliProgressModule;
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: `${title} [{bar}] {value}/{total} {file}`, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: ({ done, total, file }) => {
      if (!started) {
        bar.start(total, done, { file });
        started = true;
      } else bar.update(done, { file });
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}
