/**
 * The series cache: every stored series as raw typed arrays in one file beside the DuckDB
 * store (`market.duckdb.series`), so that the read-only commands (brief, stats, check) can
 * start without loading the DuckDB engine, which is most of a command's start-up time.
 *
 * The store stays the only source of truth. The cache is written from the store after every
 * write and records the store file's size and modification time; it is used only while the
 * store file still has them and no write-ahead log is pending. Anything else (a missing,
 * stale, truncated or foreign file) makes it count as absent, and the command reads DuckDB.
 *
 * Layout: 8 bytes magic, 4 bytes header length (little-endian), the header as JSON, then
 * padding to 8 bytes and, per series, `days` (Int32), `close` and `adjClose` (Float64), each
 * block 8-byte aligned, at the offsets the header gives.
 */
import { closeSync, existsSync, fstatSync, openSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { DayNumber } from '../core/date.js';
import { formatIsoDay } from '../core/date.js';
import type { Instrument } from '../core/instrument.js';
import type { DailySeries } from '../core/series.js';
import { unregisteredInstrument, type InstrumentRegistry } from './registry.js';
import { missingSeriesError, type StoreReader } from './store-reader.js';
import type { InstrumentSummary, MarketStore } from './store.js';

const MAGIC = 'MFSC0001';

/** Summary fields kept in the cache (the instrument itself comes from the registry). */
interface CachedSummary {
  readonly symbol: string;
  readonly firstDay: number;
  readonly lastDay: number;
  readonly rows: number;
  readonly closeRows: number;
  readonly adjCloseRows: number;
}

interface CachedSeries {
  readonly symbol: string;
  readonly length: number;
  readonly daysOffset: number;
  readonly closeOffset: number | null;
  readonly adjCloseOffset: number | null;
}

interface CacheHeader {
  readonly storeSize: number;
  readonly storeMtimeMs: number;
  readonly shippedDataVersion: string | null;
  readonly summaries: readonly CachedSummary[];
  readonly series: readonly CachedSeries[];
}

/** The cache file of a store file. */
export function seriesCachePath(storePath: string): string {
  return `${storePath}.series`;
}

/** What a cache is written from: everything a reader answers, read from the store. */
export interface SeriesCacheContent {
  readonly summaries: readonly InstrumentSummary[];
  readonly series: readonly DailySeries[];
  /** The store's shipped-data version, or null for a store not built from the shipped data. */
  readonly shippedDataVersion: string | null;
  /** Size and modification time of the store file, taken while the content was read under the store's lock. */
  readonly storeSize: number;
  readonly storeMtimeMs: number;
}

/**
 * Reads everything the cache holds from a store that is open read-only: its lock keeps
 * writers out, so the content and the file's recorded size and time belong together.
 */
export async function readSeriesCacheContent(store: MarketStore): Promise<SeriesCacheContent> {
  const { size, mtimeMs } = statSync(store.path);
  return {
    summaries: await store.listInstruments(),
    series: await store.loadAllSeries(),
    shippedDataVersion: (await store.readMeta('shipped_data_version')) ?? null,
    storeSize: size,
    storeMtimeMs: mtimeMs,
  };
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
    const blocks: ArrayBufferView[] = [];
    const series: CachedSeries[] = [];
    let offset = 0;
    const place = (view: ArrayBufferView): number => {
      const at = offset;
      blocks.push(view);
      offset += align8(view.byteLength);
      return at;
    };
    for (const one of content.series) {
      const daysOffset = place(one.days);
      const closeOffset = one.close === null ? null : place(one.close);
      const adjCloseOffset = one.adjClose === null ? null : place(one.adjClose);
      series.push({ symbol: one.instrument.symbol, length: one.days.length, daysOffset, closeOffset, adjCloseOffset });
    }
    const summaries = content.summaries.map((summary) => ({
      symbol: summary.instrument.symbol,
      firstDay: summary.firstDay,
      lastDay: summary.lastDay,
      rows: summary.rows,
      closeRows: summary.closeRows,
      adjCloseRows: summary.adjCloseRows,
    }));
    const header: CacheHeader = { storeSize: content.storeSize, storeMtimeMs: content.storeMtimeMs, shippedDataVersion: content.shippedDataVersion, summaries, series };
    const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
    const dataStart = align8(12 + headerBytes.length);
    const file = Buffer.alloc(dataStart + offset);
    file.write(MAGIC, 0, 'latin1');
    file.writeUInt32LE(headerBytes.length, 8);
    headerBytes.copy(file, 12);
    let at = dataStart;
    for (const block of blocks) {
      Buffer.from(block.buffer, block.byteOffset, block.byteLength).copy(file, at);
      at += align8(block.byteLength);
    }
    writeFileSync(temporary, file);
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
 * Opens the cache of a store file when it is current: written for the store file as it is
 * now, with no pending write-ahead log, and for the given shipped-data version. Otherwise
 * undefined. Reads the whole file once (a few MB) into one 8-byte-aligned buffer.
 */
export function openSeriesCache(storePath: string, registry: InstrumentRegistry, shippedDataVersion: string): StoreReader | undefined {
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
    const file = Buffer.from(buffer);
    if (size < 12 || file.toString('latin1', 0, 8) !== MAGIC) return undefined;
    const headerLength = file.readUInt32LE(8);
    if (12 + headerLength > size) return undefined;
    const header = JSON.parse(file.toString('utf8', 12, 12 + headerLength)) as CacheHeader;
    if (header.storeSize !== store.size || header.storeMtimeMs !== store.mtimeMs) return undefined;
    if (header.shippedDataVersion !== null && header.shippedDataVersion !== shippedDataVersion) return undefined;
    const dataStart = align8(12 + headerLength);
    if (!fitsIn(header, size - dataStart)) return undefined;
    return new CachedStore(storePath, registry, header, buffer, dataStart);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function fitsIn(header: CacheHeader, dataBytes: number): boolean {
  return header.series.every(
    (one) =>
      one.daysOffset + one.length * 4 <= dataBytes &&
      (one.closeOffset === null || one.closeOffset + one.length * 8 <= dataBytes) &&
      (one.adjCloseOffset === null || one.adjCloseOffset + one.length * 8 <= dataBytes),
  );
}

function align8(bytes: number): number {
  return Math.ceil(bytes / 8) * 8;
}

/** A store answered from the cache file. Series share the cache's memory; treat them as read-only. */
class CachedStore implements StoreReader {
  constructor(
    readonly path: string,
    readonly registry: InstrumentRegistry,
    private readonly header: CacheHeader,
    private readonly buffer: ArrayBuffer,
    private readonly dataStart: number,
  ) {}

  findInstrument(symbol: string): Instrument | undefined {
    return this.registry.find(symbol);
  }

  async listInstruments(): Promise<InstrumentSummary[]> {
    return this.header.summaries.map((summary) => ({
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

  async loadSeries(symbol: string): Promise<DailySeries> {
    const instrument = this.registry.find(symbol) ?? this.registry.resolve(symbol);
    const canonical = instrument?.symbol ?? symbol.trim().toUpperCase();
    const cached = this.header.series.find((one) => one.symbol === canonical);
    if (cached === undefined || cached.length === 0) {
      throw missingSeriesError(symbol, instrument, this.header.summaries.map((summary) => summary.symbol), this.path);
    }
    return this.seriesOf(cached);
  }

  async loadAllSeries(): Promise<DailySeries[]> {
    return this.header.series.filter((one) => one.length > 0).map((one) => this.seriesOf(one));
  }

  close(): void {
    // Nothing is held open: the file was read whole.
  }

  private seriesOf(cached: CachedSeries): DailySeries {
    const at = (offset: number): number => this.dataStart + offset;
    return {
      instrument: this.instrumentOf(cached.symbol),
      days: new Int32Array(this.buffer, at(cached.daysOffset), cached.length),
      close: cached.closeOffset === null ? null : new Float64Array(this.buffer, at(cached.closeOffset), cached.length),
      adjClose: cached.adjCloseOffset === null ? null : new Float64Array(this.buffer, at(cached.adjCloseOffset), cached.length),
    };
  }

  private instrumentOf(symbol: string): Instrument {
    return this.registry.find(symbol) ?? unregisteredInstrument(symbol);
  }
}
