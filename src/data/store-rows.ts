/**
 * Reading a symbol's stored rows into typed arrays, and turning them into a DailySeries.
 *
 * The price series (unadjusted closes) and the total-return series (adjusted closes) are two
 * series that may cover different days: a close-only file and a yfinance file with `Adj Close`
 * for the same symbol over different ranges leave some rows with one close only. A read asks
 * for one basis and gets that series whole ({@link toDailySeries}):
 * - `price`: every day with an unadjusted close; the adjusted closes ride along only when every
 *   one of those days has one (else `adjClose` is null: a partial total-return series is never
 *   a reason to drop closes, and never a series with holes);
 * - `total`: every day with an adjusted close; the unadjusted closes ride along likewise.
 * The default read is `price` when the symbol has any unadjusted close, else `total` (an
 * adjusted-only fund such as IWO). The store keeps every row.
 */
import type { DuckDBConnection, DuckDBVector } from '@duckdb/node-api';
import type { Instrument } from '../core/instrument.js';
import type { DailySeries } from '../core/series.js';

/** A symbol's stored rows in day order; NaN marks a NULL close. */
export interface StoredRows {
  readonly days: Int32Array;
  readonly close: Float64Array;
  readonly adjClose: Float64Array;
}

/**
 * Which closes a read is for: `price` (unadjusted, price return) or `total` (dividend-adjusted,
 * total return). See the module comment.
 */
export type SeriesBasis = 'price' | 'total';

/** An inclusive range of day numbers to read. */
export interface DayRange {
  readonly from: number;
  readonly to: number;
}

/** Reads one symbol's rows, ascending by day (empty arrays when it has none); only those within `range` when given. */
export async function readStoredRows(connection: DuckDBConnection, symbol: string, range?: DayRange): Promise<StoredRows> {
  const result =
    range === undefined
      ? await connection.run('SELECT day, close, adj_close FROM observations WHERE symbol = $1 ORDER BY day', [symbol])
      : await connection.run('SELECT day, close, adj_close FROM observations WHERE symbol = $1 AND day BETWEEN $2 AND $3 ORDER BY day', [symbol, range.from, range.to]);
  const chunks = await result.fetchAllChunks();
  // rowCount is a call into the native module: read once per chunk.
  const counts = chunks.map((chunk) => chunk.rowCount);
  const total = counts.reduce((sum, count) => sum + count, 0);
  const days = new Int32Array(total);
  const close = new Float64Array(total);
  const adjClose = new Float64Array(total);
  let n = 0;
  for (const [c, chunk] of chunks.entries()) {
    const dayVector = chunk.getColumnVector(0);
    const closeVector = chunk.getColumnVector(1);
    const adjVector = chunk.getColumnVector(2);
    const rowCount = counts[c] ?? 0;
    for (let i = 0; i < rowCount; i += 1) {
      days[n] = numberAt(dayVector, i);
      close[n] = numberAt(closeVector, i);
      adjClose[n] = numberAt(adjVector, i);
      n += 1;
    }
  }
  return { days, close, adjClose };
}

function numberAt(vector: DuckDBVector, index: number): number {
  const value = vector.getItem(index);
  return typeof value === 'number' ? value : Number.NaN;
}

/** How many of `values` are present (not NaN). */
export function countPresent(values: Float64Array): number {
  // The usual column has no gap: the engine's own search (SameValueZero finds NaN) says so at once.
  if (!values.includes(Number.NaN)) return values.length;
  let n = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] ?? Number.NaN;
    // NaN is the one value not equal to itself.
    if (value === value) n += 1;
  }
  return n;
}

/** How many closes of each basis the rows hold. */
interface PresentCounts {
  readonly price: number;
  readonly total: number;
}

function presentCounts(rows: StoredRows): PresentCounts {
  return { price: countPresent(rows.close), total: countPresent(rows.adjClose) };
}

function basisOfCounts(counts: PresentCounts): SeriesBasis {
  return counts.price > 0 || counts.total === 0 ? 'price' : 'total';
}

/** The basis a read without one uses: price when any unadjusted close is stored, else total. */
export function defaultBasis(rows: StoredRows): SeriesBasis {
  return basisOfCounts(presentCounts(rows));
}

/**
 * Stored rows to the DailySeries of one basis (see the module comment). A symbol with no close
 * of that basis gives its default series instead, whose array of the basis asked for is null.
 * When every row has both closes the arrays are the rows' own (no copy).
 */
export function toDailySeries(instrument: Instrument, rows: StoredRows, basis?: SeriesBasis): DailySeries {
  // Each column is counted once: a series is turned into a DailySeries on every read.
  const counts = presentCounts(rows);
  const fallback = basisOfCounts(counts);
  const wanted = basis ?? fallback;
  // No closes of the basis asked for: the default series, whose array of that basis is null.
  return counts[wanted] === 0 && wanted !== fallback ? seriesOfBasis(instrument, rows, fallback, counts) : seriesOfBasis(instrument, rows, wanted, counts);
}

function seriesOfBasis(instrument: Instrument, rows: StoredRows, basis: SeriesBasis, counts: PresentCounts): DailySeries {
  const primary = basis === 'price' ? rows.close : rows.adjClose;
  const secondary = basis === 'price' ? rows.adjClose : rows.close;
  const kept = counts[basis];
  const secondaryCount = counts[basis === 'price' ? 'total' : 'price'];
  if (kept === rows.days.length) {
    const other = secondaryCount === rows.days.length ? secondary : null;
    return assemble(instrument, basis, rows.days, primary, other);
  }
  const days = new Int32Array(kept);
  const values = new Float64Array(kept);
  const other = new Float64Array(kept);
  let otherComplete = true;
  let k = 0;
  for (let i = 0; i < rows.days.length; i += 1) {
    const value = primary[i] ?? Number.NaN;
    if (Number.isNaN(value)) continue;
    days[k] = rows.days[i] ?? 0;
    values[k] = value;
    const second = secondary[i] ?? Number.NaN;
    if (Number.isNaN(second)) otherComplete = false;
    other[k] = second;
    k += 1;
  }
  return assemble(instrument, basis, days, values, otherComplete && kept > 0 ? other : null);
}

function assemble(instrument: Instrument, basis: SeriesBasis, days: Int32Array, primary: Float64Array, secondary: Float64Array | null): DailySeries {
  return basis === 'price' ? { instrument, days, close: primary, adjClose: secondary } : { instrument, days, close: secondary, adjClose: primary };
}
