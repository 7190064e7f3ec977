/**
 * Loading a whole store into memory once: from its series cache when current, else from the
 * DuckDB file opened read-only (and closed again at once, so writers are never locked out).
 */
import { statSync } from 'node:fs';
import { InputError } from '../core/errors.js';
import type { Instrument } from '../core/instrument.js';
import type { DailySeries } from '../core/series.js';
import type { InstrumentRegistry } from '../data/registry.js';
import { openSeriesCache, readSeriesCacheContent, writeSeriesCache, type SeriesCacheContent } from '../data/series-cache.js';
import { SHIPPED_DATA_VERSION } from '../data/shipped.js';
import { reportingDamage } from '../data/store-health.js';
import { missingSeriesError, type StoreReader } from '../data/store-reader.js';
import type { InstrumentSummary } from '../data/store.js';
import type { StartProgress } from './store-file.js';
import { openPreparedStore } from './store-prepare.js';

/** Which version of a store file is loaded: its inode, size and modification time (ms). */
export interface FileIdentity {
  readonly ino: number;
  readonly size: number;
  readonly mtimeMs: number;
}

/** The identity of a file now, or null when it does not exist. */
export function fileIdentity(path: string): FileIdentity | null {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat === undefined ? null : { ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs };
}

/** True when two identities name the same version of a file. */
export function sameIdentity(a: FileIdentity | null, b: FileIdentity | null): boolean {
  return a !== null && b !== null && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/** How to load a store into memory. */
export interface LoadOptions {
  /** Build the store from the shipped data when the file does not exist (default true). */
  readonly build: boolean;
  /** Write the series cache beside the store after reading DuckDB (default true; false for a server that must not write). */
  readonly writeCache: boolean;
  readonly startProgress?: StartProgress;
}

/**
 * The whole store at `path` in memory, and the identity of the file it was read from (taken
 * before reading: a change during the read shows as a newer identity on the next look).
 * Throws StoreDamagedError (store-health.ts) naming the file when DuckDB finds it damaged, wherever in
 * the read that is; InputError when it is missing and `build` is false.
 */
export async function loadStoreIntoMemory(path: string, registry: InstrumentRegistry, options: LoadOptions): Promise<{ reader: StoreReader; identity: FileIdentity | null }> {
  const before = fileIdentity(path);
  const cached = before === null ? undefined : openSeriesCache(path, registry, SHIPPED_DATA_VERSION);
  if (cached !== undefined) return { reader: cached, identity: before };
  if (before === null && !options.build) throw new InputError(`--db: the store ${path} is missing (moved or deleted); put a store file back at that path`);
  const { content, cache } = await reportingDamage(path, () => readWholeStore(path, registry, options));
  if (cache !== undefined) writeSeriesCache(path, cache);
  return { reader: new MemoryReader(path, registry, content), identity: before ?? fileIdentity(path) };
}

/** Everything the DuckDB file holds, and the series cache's content when it is to be written. */
async function readWholeStore(path: string, registry: InstrumentRegistry, options: LoadOptions): Promise<{ content: StoreContent; cache: SeriesCacheContent | undefined }> {
  const store = await openPreparedStore(path, registry, true, options.startProgress);
  try {
    const content = { summaries: await store.listInstruments(), series: await store.loadAllSeries() };
    return { content, cache: options.writeCache ? await readSeriesCacheContent(store) : undefined };
  } finally {
    store.close();
  }
}

/** Everything a reader answers, read whole from DuckDB. */
interface StoreContent {
  readonly summaries: readonly InstrumentSummary[];
  readonly series: readonly DailySeries[];
}

/** A store answered from content read whole from DuckDB. */
class MemoryReader implements StoreReader {
  constructor(
    readonly path: string,
    readonly registry: InstrumentRegistry,
    private readonly content: StoreContent,
  ) {}

  findInstrument(symbol: string): Instrument | undefined {
    return this.registry.find(symbol);
  }

  async listInstruments(): Promise<InstrumentSummary[]> {
    return [...this.content.summaries];
  }

  async loadSeries(symbol: string): Promise<DailySeries> {
    const instrument = this.registry.find(symbol) ?? this.registry.resolve(symbol);
    const canonical = instrument?.symbol ?? symbol.trim().toUpperCase();
    const found = this.content.series.find((one) => one.instrument.symbol === canonical && one.days.length > 0);
    if (found === undefined) throw missingSeriesError(symbol, instrument, this.content.summaries.map((s) => s.instrument.symbol), this.path);
    return found;
  }

  async loadAllSeries(): Promise<DailySeries[]> {
    return this.content.series.filter((one) => one.days.length > 0);
  }

  close(): void {
    // Nothing is held open.
  }
}
