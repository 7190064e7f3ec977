/**
 * The store as the commands see it: the `--db PATH` option and {@link withStore}, which opens
 * the store (building it from the shipped data on first use, with a progress bar on stderr),
 * runs a command's work and closes it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type cliProgressModule from 'cli-progress';
import type { Command } from 'commander';
import envPaths from 'env-paths';
import { buildShippedStore, ingestShippedFiles, isShippedDataCurrent, type BuildProgress } from '../data/build-store.js';
import { loadUserRegistry } from '../data/instrument-config.js';
import type { InstrumentRegistry } from '../data/registry.js';
import { openSeriesCache, readSeriesCacheContent, removeSeriesCache, writeSeriesCache, type SeriesCacheContent } from '../data/series-cache.js';
import { SHIPPED_DATA_VERSION } from '../data/shipped.js';
import type { StoreReader } from '../data/store-reader.js';
import { MarketStore } from '../data/store.js';

/** Environment variable naming the store file; `--db` wins over it. */
export const STORE_ENV = 'MARKETFACTS_DB';
/** Environment variable naming the user's instrument config file. */
export const INSTRUMENTS_ENV = 'MARKETFACTS_INSTRUMENTS';

/** The default store file: `market.duckdb` in the user's data directory (env-paths). */
export function defaultStorePath(): string {
  return join(envPaths('marketfacts', { suffix: '' }).data, 'market.duckdb');
}

/** The user's instrument config file: $MARKETFACTS_INSTRUMENTS, else instruments.json in the config directory. */
export function instrumentConfigPath(): string {
  return nonEmpty(process.env[INSTRUMENTS_ENV]) ?? join(envPaths('marketfacts', { suffix: '' }).config, 'instruments.json');
}

/** The store file named by the options: `--db`, else $MARKETFACTS_DB (when not empty), else the default. */
export function resolveStorePath(options: { db?: string }): string {
  return nonEmpty(options.db) ?? nonEmpty(process.env[STORE_ENV]) ?? defaultStorePath();
}

/** The text, or undefined when it is missing or blank (an empty variable counts as unset). */
function nonEmpty(text: string | undefined): string | undefined {
  return text !== undefined && text.trim().length > 0 ? text : undefined;
}

/** Adds the --db PATH option (env MARKETFACTS_DB overrides default; default is the user's data directory via env-paths). */
export function addStoreOption(command: Command): Command {
  return command.option('--db <path>', `store file (default: $${STORE_ENV} or ${defaultStorePath()})`);
}

/** The registry: built-ins plus the user's config file when it exists. */
export function loadRegistry(): InstrumentRegistry {
  return loadUserRegistry(instrumentConfigPath());
}

/**
 * Opens the store named by the options (building it from the shipped data/ files with a
 * progress bar on stderr if it does not exist yet), runs work, closes it. Reads come from the
 * store's series cache when it is current (no DuckDB start-up), else from the DuckDB file
 * opened read-only, after which the cache is written for the next command.
 */
export async function withStore<T>(options: { db?: string }, work: (store: StoreReader) => Promise<T>): Promise<T> {
  const path = resolveStorePath(options);
  const registry = loadRegistry();
  const cached = openSeriesCache(path, registry, SHIPPED_DATA_VERSION);
  if (cached !== undefined) return work(cached);
  const store = await openPreparedStore(path, registry, true);
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
  const path = resolveStorePath(options);
  const registry = loadRegistry();
  const store = await openPreparedStore(path, registry, false);
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

/**
 * Opens the store, first building it when missing or bringing the shipped data up to date
 * when it was built from an older version. The usual path is one open and one key look-up.
 */
async function openPreparedStore(path: string, registry: InstrumentRegistry, readOnly: boolean): Promise<MarketStore> {
  if (!existsSync(path)) {
    const bar = startProgress(`building the store ${path} from the shipped data`);
    try {
      await buildShippedStore(path, { registry, onProgress: bar.update });
    } finally {
      bar.stop();
    }
  }
  const store = await MarketStore.open(path, { registry, readOnly });
  try {
    const version = await store.readMeta('shipped_data_version');
    // A store that was never built from the shipped data (no version) is left as it is.
    if (version === undefined || (await isShippedDataCurrent(store))) return store;
  } catch (error: unknown) {
    store.close();
    throw error;
  }
  store.close();
  const writer = await MarketStore.open(path, { registry });
  const bar = startProgress(`updating the shipped data in ${path}`);
  try {
    await ingestShippedFiles(writer, bar.update);
    await writer.checkpoint();
  } finally {
    bar.stop();
    writer.close();
  }
  return MarketStore.open(path, { registry, readOnly });
}

interface Progress {
  readonly update: (progress: BuildProgress) => void;
  readonly stop: () => void;
}

/** A progress bar on stderr when it is a terminal; one line of notice otherwise. */
function startProgress(title: string): Progress {
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
