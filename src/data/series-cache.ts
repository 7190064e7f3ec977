/**
 * The series cache: every stored series as raw typed arrays in one file beside the DuckDB
 * store (`market.duckdb.series`), so that the read-only commands (brief, stats, check) can
 * start without loading the DuckDB engine, which is most of a command's start-up time.
 *
 * The store stays the only source of truth. The cache is written from the store after every
 * write and records the store file's size and modification time; it is used only while the
 * store file still has them and no write-ahead log is pending. Each block carries a CRC-32
 * (series-cache-file.ts), checked on every read. Anything else (a missing, stale, truncated,
 * damaged or foreign file) makes it count as absent, and the command reads DuckDB (and writes
 * the cache again).
 */
import { closeSync, existsSync, fstatSync, openSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { DayNumber } from '../core/date.js';
import { formatIsoDay } from '../core/date.js';
import type { Instrument } from '../core/instrument.js';
import type { DailySeries } from '../core/series.js';
import { unregisteredInstrument, type InstrumentRegistry } from './registry.js';
import { decodeSeriesCache, encodeSeriesCache, type DecodedSeriesCache, type RowsToCache } from './series-cache-file.js';
import { reconcileRegistry } from './stored-instruments.js';
import { missingSeriesError, type StoreReader } from './store-reader.js';
import { toDailySeries, type SeriesBasis, type StoredRows } from './store-rows.js';
import type { InstrumentSummary, MarketStore } from './store.js';

/** Summary fields kept in the cache (the instrument itself comes from the registry). */
interface CachedSummary {
  readonly symbol: string;
  readonly firstDay: number;
  readonly lastDay: number;
  readonly rows: number;
  readonly closeRows: number;
  readonly adjCloseRows: number;
}

/** What the cache header keeps besides the rows. */
interface CacheMeta {
  readonly storeSize: number;
  readonly storeMtimeMs: number;
  readonly shippedDataVersion: string | null;
  readonly summaries: readonly CachedSummary[];
  /** The instrument descriptions stored with the data (stored-instruments.ts). */
  readonly instruments: readonly Instrument[];
}

/** The cache file of a store file. */
export function seriesCachePath(storePath: string): string {
  return `${storePath}.series`;
}

/** What a cache is written from: everything a reader answers, read from the store. */
export interface SeriesCacheContent {
  readonly summaries: readonly InstrumentSummary[];
  /** Every symbol's stored rows (NaN for a missing close), in summary order. */
  readonly rows: readonly (StoredRows & { readonly symbol: string })[];
  /** The store's shipped-data version, or null for a store not built from the shipped data. */
  readonly shippedDataVersion: string | null;
  /** Size and modification time of the store file, taken while the content was read under the store's lock. */
  readonly storeSize: number;
  readonly storeMtimeMs: number;
  /** The instrument descriptions stored with the data. */
  readonly instruments: readonly Instrument[];
}

/**
 * Reads everything the cache holds from a store that is open read-only, or open for writing
 * and checkpointed: its lock keeps other writers out, so the content and the file's recorded
 * size and time belong together.
 */
export async function readSeriesCacheContent(store: MarketStore): Promise<SeriesCacheContent> {
  const { size, mtimeMs } = statSync(store.path);
  const summaries = await store.listInstruments();
  const rows: (StoredRows & { readonly symbol: string })[] = [];
  for (const summary of summaries) rows.push({ symbol: summary.instrument.symbol, ...(await store.storedRows(summary.instrument.symbol)) });
  const shippedDataVersion = (await store.readMeta('shipped_data_version')) ?? null;
  return { summaries, rows, shippedDataVersion, storeSize: size, storeMtimeMs: mtimeMs, instruments: await store.storedInstruments() };
}

/**
 * Writes the cache of a store file (atomically: a temporary file renamed into place) from
 * content read while the store was open read-only, so that no writer could change it between
 * the read and the size and time recorded. Returns false, leaving no file, when it cannot be
 * written (a read-only directory).
 */
export function writeSeriesCache(storePath: string, content: SeriesCacheContent): boolean {
  const target = seriesCachePath(storePath);
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    const meta: CacheMeta = {
      storeSize: content.storeSize,
      storeMtimeMs: content.storeMtimeMs,
      shippedDataVersion: content.shippedDataVersion,
      instruments: content.instruments,
      summaries: content.summaries.map((summary) => ({
        symbol: summary.instrument.symbol,
        firstDay: summary.firstDay,
        lastDay: summary.lastDay,
        rows: summary.rows,
        closeRows: summary.closeRows,
        adjCloseRows: summary.adjCloseRows,
      })),
    };
    const counts = new Map(content.summaries.map((summary) => [summary.instrument.symbol as string, summary]));
    const rows = content.rows.map((one): RowsToCache => ({
      symbol: one.symbol,
      days: one.days,
      close: (counts.get(one.symbol)?.closeRows ?? 1) > 0 ? one.close : null,
      adjClose: (counts.get(one.symbol)?.adjCloseRows ?? 1) > 0 ? one.adjClose : null,
    }));
    writeFileSync(temporary, encodeSeriesCache(meta, rows));
    renameSync(temporary, target);
    return true;
  } catch {
    rmSync(temporary, { force: true });
    return false;
  }
}

/** Removes the cache of a store (before a write, so a failed write cannot leave it trusted). */
export function removeSeriesCache(storePath: string): void {
  rmSync(seriesCachePath(storePath), { force: true });
}

/**
 * Opens the cache of a store file when it is current and intact: written for the store file
 * as it is now, with no pending write-ahead log, for the given shipped-data version, and with
 * every checksum matching. Otherwise undefined. Reads the whole file once (a few MB). The
 * registry is reconciled with the descriptions stored with the data as when the store is
 * opened (stored-instruments.ts): InputError when they disagree.
 */
export function openSeriesCache(storePath: string, registry: InstrumentRegistry, shippedDataVersion: string, registrySource = 'the built-in instruments'): StoreReader | undefined {
  const decoded = readCurrentCache(storePath, shippedDataVersion);
  if (decoded === undefined) return undefined;
  const known = reconcileRegistry(registry, decoded.meta.instruments, registrySource, storePath);
  return new CachedStore(storePath, known, decoded.meta, decoded.rows);
}

/**
 * The rows of a store's cache when it is current (as {@link openSeriesCache} checks), by
 * symbol, else undefined: read by a writer holding the store's lock before it writes, so
 * that only what it changes has to be read again (series-cache-update.ts).
 */
export function readCurrentCacheRows(storePath: string, shippedDataVersion: string): ReadonlyMap<string, RowsToCache> | undefined {
  return readCurrentCache(storePath, shippedDataVersion)?.rows;
}

function readCurrentCache(storePath: string, shippedDataVersion: string): DecodedSeriesCache<CacheMeta> | undefined {
  const path = seriesCachePath(storePath);
  if (!existsSync(path) || existsSync(`${storePath}.wal`)) return undefined;
  let fd: number | undefined;
  try {
    const store = statSync(storePath);
    fd = openSync(path, 'r');
    const size = fstatSync(fd).size;
    const buffer = new ArrayBuffer(size);
    const bytes = new Uint8Array(buffer);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) return undefined;
      read += n;
    }
    const decoded = decodeSeriesCache<CacheMeta>(buffer);
    if (decoded === undefined) return undefined;
    const { meta } = decoded;
    if (meta.storeSize !== store.size || meta.storeMtimeMs !== store.mtimeMs) return undefined;
    if (meta.shippedDataVersion !== null && meta.shippedDataVersion !== shippedDataVersion) return undefined;
    if (!Array.isArray(meta.instruments)) return undefined;
    return decoded;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A store answered from the cache file. Series share the cache's memory; treat them as read-only. */
class CachedStore implements StoreReader {
  constructor(
    readonly path: string,
    readonly registry: InstrumentRegistry,
    private readonly meta: CacheMeta,
    private readonly rows: ReadonlyMap<string, RowsToCache>,
  ) {}

  findInstrument(symbol: string): Instrument | undefined {
    return this.registry.find(symbol);
  }

  async listInstruments(): Promise<InstrumentSummary[]> {
    return this.meta.summaries.map((summary) => ({
      instrument: this.instrumentOf(summary.symbol),
      firstDay: summary.firstDay as DayNumber,
      lastDay: summary.lastDay as DayNumber,
      firstDate: formatIsoDay(summary.firstDay as DayNumber),
      lastDate: formatIsoDay(summary.lastDay as DayNumber),
      rows: summary.rows,
      closeRows: summary.closeRows,
      adjCloseRows: summary.adjCloseRows,
    }));
  }

  async loadSeries(symbol: string, basis?: SeriesBasis): Promise<DailySeries> {
    const instrument = this.registry.find(symbol) ?? this.registry.resolve(symbol);
    const canonical = instrument?.symbol ?? symbol.trim().toUpperCase();
    const cached = this.rows.get(canonical);
    if (cached === undefined || cached.days.length === 0) {
      throw missingSeriesError(symbol, instrument, this.meta.summaries.map((summary) => summary.symbol), this.path);
    }
    const series = this.seriesOf(cached, basis);
    return series;
  }

  async loadAllSeries(): Promise<DailySeries[]> {
    return [...this.rows.values()].filter((one) => one.days.length > 0).map((one) => this.seriesOf(one, undefined));
  }

  close(): void {
    // Nothing is held open: the file was read whole.
  }

  private seriesOf(cached: RowsToCache, basis: SeriesBasis | undefined): DailySeries {
    const missing = (): Float64Array => new Float64Array(cached.days.length).fill(Number.NaN);
    const rows: StoredRows = { days: cached.days, close: cached.close ?? missing(), adjClose: cached.adjClose ?? missing() };
    return toDailySeries(this.instrumentOf(cached.symbol), rows, basis);
  }

  private instrumentOf(symbol: string): Instrument {
    return this.registry.find(symbol) ?? unregisteredInstrument(symbol);
  }
}
