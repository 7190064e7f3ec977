/**
 * Reading a symbol's stored rows into typed arrays, and turning them into a DailySeries.
 *
 * The rule for rows that lack one of the two closes: a series' `close` array is present when
 * any stored row has an unadjusted close, `adjClose` when any has an adjusted close. When both
 * are present, the series holds only the days that have BOTH, so the two arrays always share
 * one calendar and never hold a gap (NaN). One file cannot produce such rows (a partly-null
 * row is a validation error); they arise only when an adjusted-only file and a full file are
 * ingested for the same symbol over different date ranges. The store keeps every row.
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

/** Reads one symbol's rows, ascending by day (empty arrays when it has none). */
export async function readStoredRows(connection: DuckDBConnection, symbol: string): Promise<StoredRows> {
  const result = await connection.run('SELECT day, close, adj_close FROM observations WHERE symbol = $1 ORDER BY day', [symbol]);
  const chunks = await result.fetchAllChunks();
  const total = chunks.reduce((sum, chunk) => sum + chunk.rowCount, 0);
  const days = new Int32Array(total);
  const close = new Float64Array(total);
  const adjClose = new Float64Array(total);
  let n = 0;
  for (const chunk of chunks) {
    const dayVector = chunk.getColumnVector(0);
    const closeVector = chunk.getColumnVector(1);
    const adjVector = chunk.getColumnVector(2);
    for (let i = 0; i < chunk.rowCount; i += 1) {
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

/** Stored rows to a DailySeries under the rule in the module comment. */
export function toDailySeries(instrument: Instrument, rows: StoredRows): DailySeries {
  const hasClose = rows.close.some((value) => !Number.isNaN(value));
  const hasAdj = rows.adjClose.some((value) => !Number.isNaN(value));
  const isComplete = (i: number): boolean =>
    (!hasClose || !Number.isNaN(rows.close[i] ?? Number.NaN)) && (!hasAdj || !Number.isNaN(rows.adjClose[i] ?? Number.NaN));
  let keep = 0;
  for (let i = 0; i < rows.days.length; i += 1) if (isComplete(i)) keep += 1;
  if (keep === rows.days.length) {
    return { instrument, days: rows.days, close: hasClose ? rows.close : null, adjClose: hasAdj ? rows.adjClose : null };
  }
  const days = new Int32Array(keep);
  const close = new Float64Array(keep);
  const adjClose = new Float64Array(keep);
  let k = 0;
  for (let i = 0; i < rows.days.length; i += 1) {
    if (!isComplete(i)) continue;
    days[k] = rows.days[i] ?? 0;
    close[k] = rows.close[i] ?? Number.NaN;
    adjClose[k] = rows.adjClose[i] ?? Number.NaN;
    k += 1;
  }
  return { instrument, days, close: hasClose ? close : null, adjClose: hasAdj ? adjClose : null };
}
