/**
 * The bytes of a series cache file, written and checked. Layout: 8 bytes magic, 4 bytes header
 * length and 4 bytes CRC-32 of the header (little-endian), the header as JSON, padding to 8
 * bytes, then per symbol its stored rows as raw blocks (`days` Int32, `close` and `adjClose`
 * Float64 with NaN for a missing close), each 8-byte aligned at the offset the header gives,
 * each with the CRC-32 of its bytes in the header. A file whose magic, lengths or any checksum
 * do not match decodes to nothing.
 */
import { crc32 } from 'node:zlib';

const MAGIC = 'MFSC0002';
const PREFIX = 16;

/** One raw block in the data part: where it is and the CRC-32 of its bytes. */
export interface CachedBlock {
  readonly offset: number;
  readonly crc: number;
}

/** One symbol's stored rows in the file. A close column with no value at all is left out. */
export interface CachedRows {
  readonly symbol: string;
  readonly length: number;
  readonly days: CachedBlock;
  readonly close: CachedBlock | null;
  readonly adjClose: CachedBlock | null;
}

/** The header: everything but the blocks. `T` is what the caller keeps beside the rows. */
export interface CacheHeader<T> {
  readonly meta: T;
  readonly rows: readonly CachedRows[];
}

/** The rows of one symbol to write: NaN marks a missing close; null leaves a column out. */
export interface RowsToCache {
  readonly symbol: string;
  readonly days: Int32Array;
  readonly close: Float64Array | null;
  readonly adjClose: Float64Array | null;
}

function align8(bytes: number): number {
  return Math.ceil(bytes / 8) * 8;
}

function bytesOf(view: ArrayBufferView): Buffer {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

/** The file's bytes for `meta` and `rows`. */
export function encodeSeriesCache<T>(meta: T, rows: readonly RowsToCache[]): Buffer {
  const blocks: ArrayBufferView[] = [];
  let offset = 0;
  const place = (view: ArrayBufferView): CachedBlock => {
    const at = offset;
    blocks.push(view);
    offset += align8(view.byteLength);
    return { offset: at, crc: crc32(bytesOf(view)) };
  };
  const cached = rows.map((one): CachedRows => ({
    symbol: one.symbol,
    length: one.days.length,
    days: place(one.days),
    close: one.close === null ? null : place(one.close),
    adjClose: one.adjClose === null ? null : place(one.adjClose),
  }));
  const header: CacheHeader<T> = { meta, rows: cached };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const dataStart = align8(PREFIX + headerBytes.length);
  const file = Buffer.alloc(dataStart + offset);
  file.write(MAGIC, 0, 'latin1');
  file.writeUInt32LE(headerBytes.length, 8);
  file.writeUInt32LE(crc32(headerBytes), 12);
  headerBytes.copy(file, PREFIX);
  let at = dataStart;
  for (const block of blocks) {
    bytesOf(block).copy(file, at);
    at += align8(block.byteLength);
  }
  return file;
}

/** A decoded file: its header and the rows of each symbol as views of one buffer. */
export interface DecodedSeriesCache<T> {
  readonly meta: T;
  readonly rows: ReadonlyMap<string, RowsToCache>;
}

/**
 * Decodes a whole file read into `buffer` (8-byte aligned, as a fresh ArrayBuffer is), or
 * undefined when its magic, lengths or any CRC-32 do not match: a damaged cache is never
 * served. The returned arrays share `buffer`.
 */
export function decodeSeriesCache<T>(buffer: ArrayBuffer): DecodedSeriesCache<T> | undefined {
  const file = Buffer.from(buffer);
  if (file.length < PREFIX || file.toString('latin1', 0, 8) !== MAGIC) return undefined;
  const headerLength = file.readUInt32LE(8);
  if (PREFIX + headerLength > file.length) return undefined;
  const headerBytes = file.subarray(PREFIX, PREFIX + headerLength);
  if (crc32(headerBytes) !== file.readUInt32LE(12)) return undefined;
  let header: CacheHeader<T>;
  try {
    header = JSON.parse(headerBytes.toString('utf8')) as CacheHeader<T>;
  } catch {
    return undefined;
  }
  const dataStart = align8(PREFIX + headerLength);
  const rows = new Map<string, RowsToCache>();
  for (const one of header.rows) {
    const view = <A extends Int32Array | Float64Array>(block: CachedBlock, make: (b: ArrayBuffer, at: number, n: number) => A, width: number): A | undefined => {
      const at = dataStart + block.offset;
      if (at + one.length * width > file.length) return undefined;
      const array = make(buffer, at, one.length);
      return crc32(bytesOf(array)) === block.crc ? array : undefined;
    };
    const days = view(one.days, (b, at, n) => new Int32Array(b, at, n), 4);
    const close = one.close === null ? null : view(one.close, (b, at, n) => new Float64Array(b, at, n), 8);
    const adjClose = one.adjClose === null ? null : view(one.adjClose, (b, at, n) => new Float64Array(b, at, n), 8);
    if (days === undefined || close === undefined || adjClose === undefined) return undefined;
    rows.set(one.symbol, { symbol: one.symbol, days, close, adjClose });
  }
  return { meta: header.meta, rows };
}
