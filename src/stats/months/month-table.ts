/**
 * Month-end closes: the table of calendar months present in a series, each with its first and
 * last observation and its move. Built by the index (`buildStatsIndex`) and, without the
 * index, by {@link monthTableOf} for the seasonality of many instruments.
 */
import { civilFromDay, dayFromCivil, type DayNumber } from '../../core/date.js';
import { headlineMove, reportedMove } from '../precision.js';

/** Month-end closes: one entry per calendar month present in the data, ascending. */
export interface MonthTable {
  /** Month key (year * 12 + month - 1). */
  readonly keys: Int32Array;
  /** Index of the month's last observation. */
  readonly endIdx: Int32Array;
  /** Index of the month's first observation. */
  readonly startIdx: Int32Array;
  /**
   * The month's move, last close over the last close before the month (percent; bp for
   * yields), on the precision grid; NaN for the first month of the data (no base). The last
   * month of the data may be incomplete: see `isMonthComplete`.
   */
  readonly moves: Float64Array;
  /** The same moves as reported: unrounded percent, bp on the 1e-6 grid for yields (precision.ts). */
  readonly reportedMoves: Float64Array;
  /** True when the closes are a yield's levels (moves in basis points). */
  readonly isYield: boolean;
}

/**
 * The calendar months of `days` (ascending day numbers): each month's key (year * 12 + month -
 * 1) and the index of its first observation, ascending. Empty for no observation.
 */
export function monthStartsOf(days: Int32Array): { keys: Int32Array; starts: Int32Array } {
  const keys: number[] = [];
  const starts: number[] = [];
  let nextMonthDay = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < days.length; i++) {
    const day = days[i] ?? 0;
    if (day < nextMonthDay) continue;
    const { year, month } = civilFromDay(day as DayNumber);
    keys.push(year * 12 + month - 1);
    starts.push(i);
    nextMonthDay = month === 12 ? dayFromCivil(year + 1, 1, 1) : dayFromCivil(year, month + 1, 1);
  }
  return { keys: Int32Array.from(keys), starts: Int32Array.from(starts) };
}

/**
 * The month table of closes `values` on `days` (one basis), from the months found by
 * {@link monthStartsOf}; moves in percent, or basis points when `isYield`. O(n); the same
 * table as the index's `months`. Empty for no observation.
 */
export function monthTableOf(days: Int32Array, values: Float64Array, isYield: boolean): MonthTable {
  const { keys, starts } = monthStartsOf(days);
  return monthTableFrom(values, keys, starts, isYield);
}

/** The month table from the months' keys and first observations (see {@link monthStartsOf}). */
export function monthTableFrom(values: Float64Array, keys: Int32Array, starts: Int32Array, isYield: boolean): MonthTable {
  const count = keys.length;
  const n = values.length;
  const endIdx = new Int32Array(count);
  const moves = new Float64Array(count);
  const reportedMoves = new Float64Array(count);
  for (let m = 0; m < count; m++) {
    const end = m + 1 < count ? (starts[m + 1] ?? n) - 1 : n - 1;
    endIdx[m] = end;
    const start = starts[m] ?? 0;
    const base = values[start - 1] ?? Number.NaN;
    const last = values[end] ?? Number.NaN;
    moves[m] = start === 0 ? Number.NaN : headlineMove(isYield, base, last);
    reportedMoves[m] = start === 0 ? Number.NaN : reportedMove(isYield, base, last);
  }
  return { keys, endIdx, startIdx: starts, moves, reportedMoves, isYield };
}

/**
 * Position in `table` of the month holding observation i: the last month whose first
 * observation is at or before i (binary search). -1 for i before the first month (or an empty
 * table).
 */
export function monthOrdinalOf(table: MonthTable, i: number): number {
  let lo = 0;
  let hi = table.startIdx.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((table.startIdx[mid] ?? 0) <= i) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
