/**
 * Changes and returns between two closes: period-to-date, calendar periods, trailing windows,
 * arbitrary date ranges and relative performance. Close to close and compounded; percent for
 * prices, basis points for yields (whose percent fields are null).
 */
import { dayFromCivil, type DayNumber } from '../../core/date.js';
import { ArgumentError } from '../../core/errors.js';
import { shiftMonths, type PeriodKind } from '../../series/calendar.js';
import { indexBefore, indexOnOrBefore } from '../../series/lookup.js';
import { isoAt, resolveAsOf } from '../as-of.js';
import type { ReturnBasis } from '../contract.js';
import { bpChange, unroundedPctChange, unroundedPointChange } from '../precision.js';
import type { StatsIndex } from '../stats-index.js';

/** A move from one close to another, unrounded (basis points of yields on the 1e-6 bp grid). */
export interface Move {
  readonly symbol: string;
  readonly basis: ReturnBasis;
  readonly from_date: string;
  readonly to_date: string;
  readonly from_close: number;
  readonly to_close: number;
  /** Points (percentage points for yields). */
  readonly change: number;
  /** Percent, compounded close to close; null for yields. */
  readonly pct: number | null;
  /** Basis points; yields only, else null. */
  readonly bp: number | null;
}

/** The move from observation `fromIdx` to `toIdx` (indexes into the index's arrays). */
export function moveBetweenIndexes(index: StatsIndex, fromIdx: number, toIdx: number): Move {
  const from = index.values[fromIdx] ?? Number.NaN;
  const to = index.values[toIdx] ?? Number.NaN;
  return {
    symbol: index.symbol,
    basis: index.basis,
    from_date: isoAt(index.days, fromIdx),
    to_date: isoAt(index.days, toIdx),
    from_close: from,
    to_close: to,
    change: unroundedPointChange(from, to),
    pct: index.isYield ? null : unroundedPctChange(from, to),
    bp: index.isYield ? bpChange(from, to) : null,
  };
}

/**
 * The move from the close as of `from` to the close as of `to` (each the last observation on or
 * before its date). Throws ArgumentError('--from') when `from` is after `to` or before the
 * data begin.
 */
export function periodReturn(index: StatsIndex, from: DayNumber, to: DayNumber): Move {
  if (from > to) throw new ArgumentError('--from', 'the start date is after --to');
  return moveBetweenIndexes(index, resolveAsOf(index.days, from, '--from'), resolveAsOf(index.days, to, '--to'));
}

/**
 * Week-, month-, quarter- or year-to-date move as of `date`: from the last close of the prior
 * period (weeks run Monday to Sunday) to the close as of the date. Null when that base close is
 * not in the data (the first period of the data). Throws ArgumentError('--date') before the data.
 */
export function periodToDate(index: StatsIndex, date: DayNumber, kind: PeriodKind): Move | null {
  const i = resolveAsOf(index.days, date);
  const starts = { week: index.weekStart, month: index.monthStart, quarter: index.quarterStart, year: index.yearStart }[kind];
  const start = starts[i] ?? 0;
  return start === 0 ? null : moveBetweenIndexes(index, start - 1, i);
}

/**
 * A completed calendar period's move: its last close over the last close before it. `number`
 * is the month (1-12) or quarter (1-4); ignored for years. Null when the period has no
 * observation, no base close, or is not complete in the data (no later observation).
 */
export function calendarReturn(index: StatsIndex, kind: 'month' | 'quarter' | 'year', year: number, number = 1): Move | null {
  const firstMonth = kind === 'year' ? 1 : kind === 'quarter' ? (number - 1) * 3 + 1 : number;
  const months = kind === 'year' ? 12 : kind === 'quarter' ? 3 : 1;
  const start = dayFromCivil(year, firstMonth, 1);
  const endMonth = firstMonth + months;
  const end = endMonth > 12 ? dayFromCivil(year + 1, endMonth - 12, 1) : dayFromCivil(year, endMonth, 1);
  const baseIdx = indexBefore(index.days, start);
  const lastIdx = indexBefore(index.days, end);
  if (baseIdx < 0 || lastIdx <= baseIdx || lastIdx >= index.days.length - 1) return null;
  return moveBetweenIndexes(index, baseIdx, lastIdx);
}

/** Units of a trailing window. */
export type TrailingUnit = 'days' | 'weeks' | 'months' | 'years';

/**
 * The move over the trailing window ending as of `date`: `n` trading days (from the close n
 * observations earlier), or n calendar weeks, months or years (from the close as of the same
 * calendar day that far back, clamped to month end: Feb. 29 minus one year is Feb. 28). Null
 * when the window reaches before the data begin.
 */
export function trailingReturn(index: StatsIndex, date: DayNumber, n: number, unit: TrailingUnit): Move | null {
  const i = resolveAsOf(index.days, date);
  const day = (index.days[i] ?? 0) as DayNumber;
  let baseIdx: number;
  if (unit === 'days') baseIdx = i - n;
  else if (unit === 'weeks') baseIdx = indexOnOrBefore(index.days, day - 7 * n);
  else baseIdx = indexOnOrBefore(index.days, shiftMonths(day, unit === 'months' ? -n : -12 * n));
  return baseIdx < 0 ? null : moveBetweenIndexes(index, baseIdx, i);
}

/** Two moves over the same dates and the difference between them. */
export interface RelativePerformance {
  readonly a: Move;
  readonly b: Move;
  /** `a.pct - b.pct` in percentage points, unrounded (positive: A did better). */
  readonly difference_pp: number;
}

/**
 * Relative performance of A against B from `from` to `to` (each as of its date), in
 * percentage points of percent return. Throws ArgumentError for a yield (no percent return;
 * compare basis-point changes instead) and as periodReturn does.
 */
export function relativePerformance(a: StatsIndex, b: StatsIndex, from: DayNumber, to: DayNumber): RelativePerformance {
  for (const [index, argument] of [[a, 'A'], [b, 'B']] as const) {
    if (index.isYield) throw new ArgumentError(argument, `${index.symbol} is a yield: it has changes in basis points, not a percent return`);
  }
  const moveA = periodReturn(a, from, to);
  const moveB = periodReturn(b, from, to);
  return { a: moveA, b: moveB, difference_pp: (moveA.pct ?? 0) - (moveB.pct ?? 0) };
}
