/**
 * The store as the commands see it: the `--db PATH` option and {@link withStore}, which opens
 * the store (building it from the shipped data on first use, with a progress bar on stderr),
 * runs a command's work and closes it.
 */
import { copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import type cliProgressModule from 'cli-progress';
import type { Command } from 'commander';
import { ArgumentError } from '../core/errors.js';
import { openSeriesCache, readCurrentCacheRows, readSeriesCacheContent, removeSeriesCache, writeSeriesCache, type SeriesCacheContent } from '../data/series-cache.js';
import { readUpdatedCacheContent } from '../data/series-cache-update.js';
import { SHIPPED_DATA_VERSION } from '../data/shipped.js';
import type { StoreReader } from '../data/store-reader.js';
import { lastGoodCopyPath, reportingDamage } from '../data/store-health.js';
import type { MarketStore } from '../data/store.js';
import type { openPreparedStore as openPreparedStoreFn } from '../api/store-prepare.js';

export { resolveSessionDate, type SessionDate } from '../api/session-date.js';
import type { SessionDate } from '../api/session-date.js';

/** Writes a {@link SessionDate}'s note, if any, as one line on stderr (`marketfacts: note: ...`). */
export function writeSessionNote(resolved: Pick<SessionDate, 'note'>): void {
  if (resolved.note !== null) process.stderr.write(`marketfacts: note: ${resolved.note}\n`);
}

export {
  checkStoreLocation,
  defaultStorePath,
  instrumentConfigPath,
  loadRegistry,
  registrySource,
  resolveStoreLocation,
  resolveStorePath,
  STORE_ENV,
  INSTRUMENTS_ENV,
  type Progress,
  type StoreLocation,
} from '../api/store-file.js';
import { checkStoreLocation, defaultStorePath, loadRegistry, registrySource, resolveStoreLocation, STORE_ENV, type Progress } from '../api/store-file.js';

/** The DuckDB store code, loaded only when a command opens the store file (not for a run answered from the series cache). */
async function storeCode(): Promise<{ MarketStore: typeof MarketStore; openPreparedStore: typeof openPreparedStoreFn }> {
  const [{ MarketStore: store }, { openPreparedStore: open }] = await Promise.all([import('../data/store.js'), import('../api/store-prepare.js')]);
  return { MarketStore: store, openPreparedStore: open };
}

const STORE_OPTION_FLAGS = '--db <path>';

function storeOptionDescription(): string {
  return `store file (default: $${STORE_ENV} or ${defaultStorePath()})`;
}

/** How long a command waits for another process's lock on the store by default, in seconds. */
export const DEFAULT_WAIT_SECONDS = 10;

/** The options every store command has: `--db PATH` and `--wait SECONDS`. */
export interface StoreOptions {
  readonly db?: string;
  readonly wait?: string;
}

/** `--wait SECONDS` in milliseconds (default {@link DEFAULT_WAIT_SECONDS}); ArgumentError for anything but a number from 0. */
export function waitMillis(options: StoreOptions): number {
  if (options.wait === undefined) return DEFAULT_WAIT_SECONDS * 1000;
  const seconds = Number(options.wait.trim());
  if (!(Number.isFinite(seconds) && seconds >= 0 && options.wait.trim().length > 0)) throw new ArgumentError('--wait', `"${options.wait}" is not a number of seconds`);
  return Math.round(seconds * 1000);
}

/**
 * Adds the --db PATH and --wait SECONDS options to a command. A `--db` given before the
 * command name (on the program, see {@link addGlobalStoreOption}) applies when the command has
 * none of its own; one after the command name wins.
 */
export function addStoreOption(command: Command): Command {
  command.option('--wait <seconds>', `how long to wait for another process using the store (default ${DEFAULT_WAIT_SECONDS})`);
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
 * as {@link checkStoreLocation} does for a path that cannot be right, StoreDamagedError for a
 * damaged store. Reads come from the store's series cache when it is current (no DuckDB
 * start-up), else from the DuckDB file opened read-only, after which the cache is written for
 * the next command. Waits up to `--wait` for a writer to finish.
 */
export async function withStore<T>(options: StoreOptions, work: (store: StoreReader) => Promise<T>): Promise<T> {
  const location = resolveStoreLocation(options);
  checkStoreLocation(location);
  const waitMs = waitMillis(options);
  const path = location.path;
  const registry = loadRegistry();
  const cached = openSeriesCache(path, registry, SHIPPED_DATA_VERSION, registrySource());
  if (cached !== undefined) return work(cached);
  const { openPreparedStore } = await storeCode();
  const store = await openPreparedStore(path, registry, true, startProgress, waitMs);
  let content: SeriesCacheContent | undefined;
  try {
    const result = await reportingDamage(path, () => work(store));
    content = await reportingDamage(path, () => readSeriesCacheContent(store));
    return result;
  } finally {
    store.close();
    if (content !== undefined) writeSeriesCache(path, content);
  }
}

/**
 * Like {@link withStore}, but opened for writing (one writer at a time): for ingest. A store
 * that exists is first read whole, read-only, so that a damaged one is refused before anything
 * is written into it. The series cache is removed first and written again from the store once
 * the write is done, and the store is copied to its last good copy (store-health.ts).
 */
export async function withWritableStore<T>(options: StoreOptions, work: (store: MarketStore) => Promise<T>): Promise<T> {
  const location = resolveStoreLocation(options);
  checkStoreLocation(location);
  const waitMs = waitMillis(options);
  const path = location.path;
  const registry = loadRegistry();
  const { MarketStore, openPreparedStore } = await storeCode();
  if (existsSync(path)) {
    const checked = await MarketStore.open(path, { registry, readOnly: true, registrySource: registrySource(), waitMs });
    try {
      await checked.verifyContents();
    } finally {
      checked.close();
    }
  }
  const store = await openPreparedStore(path, registry, false, startProgress, waitMs);
  // Under the write lock, before anything is written: a current cache is the store's rows, so only what the work changes is read again.
  const previous = readCurrentCacheRows(path, SHIPPED_DATA_VERSION);
  removeSeriesCache(path);
  let result: T;
  let content: SeriesCacheContent | undefined;
  try {
    result = await reportingDamage(path, () => work(store));
    await store.checkpoint();
    // Read under the write lock, with nothing left in the write-ahead log: the content and the file's size and time belong together.
    content = await readUpdatedCacheContent(store, previous);
  } finally {
    store.close();
  }
  if (!describesStoreFile(content, path)) {
    const reader = await MarketStore.open(path, { registry, readOnly: true, registrySource: registrySource(), waitMs });
    try {
      content = await readSeriesCacheContent(reader);
    } finally {
      reader.close();
    }
  }
  writeSeriesCache(path, content);
  keepLastGoodCopy(path);
  return result;
}

/** True when the store file still has the size and time `content` recorded (closing the store did not touch it). */
function describesStoreFile(content: SeriesCacheContent, path: string): boolean {
  const { size, mtimeMs } = statSync(path);
  return size === content.storeSize && mtimeMs === content.storeMtimeMs && !existsSync(`${path}.wal`);
}

/** Copies the store to its last good copy (a temporary file renamed into place); a failure to copy is not an error. */
function keepLastGoodCopy(path: string): void {
  const target = lastGoodCopyPath(path);
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    copyFileSync(path, temporary);
    renameSync(temporary, target);
  } catch {
    rmSync(temporary, { force: true });
  }
}

/** A progress bar on stderr when it is a terminal; one line of notice otherwise. (Exported for `update`.) */
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
