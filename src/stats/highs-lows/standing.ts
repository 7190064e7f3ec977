/**
 * Where a close stands against highs and lows other than the record: the year-to-date closing
 * high and low, the distance from the 52-week high and low, and "the highest (lowest) close
 * since D" with the level of that date and the years it spans ("lowest close in five years").
 * Distances are in percent for prices and basis points for yields (levels), never both.
 */
import type { DayNumber } from '../../core/date.js';
import { isoAt, isoAtOrNull, resolveAsOf } from '../as-of.js';
import { bpChange, unroundedPctChange } from '../precision.js';
import { valueBack } from '../scans.js';
import type { StatsIndex } from '../stats-index.js';
import { DAYS_IN_52_WEEKS, rangeOverDays } from './range.js';

/** A close's distance from a high and a low: percent for prices (bp null), basis points for yields (pct null). */
export interface RangeStanding {
  readonly high: number;
  /** Latest date the high was reached (the first of a tie would be the earlier; see `rangeOverDays`). */
  readonly high_date: string;
  readonly low: number;
  readonly low_date: string;
  /** (1 − close / high) × 100, ≥ 0: "24.10% below its 52-week high"; null for yields. */
  readonly pct_below_high: number | null;
  /** (close / low − 1) × 100, ≥ 0; null for yields. */
  readonly pct_above_low: number | null;
  /** (high − close) × 100 and (close − low) × 100 in bp, ≥ 0, on the 1e-6 bp grid; yields only. */
  readonly bp_below_high: number | null;
  readonly bp_above_low: number | null;
}

function standingOf(index: StatsIndex, i: number, highIdx: number, lowIdx: number): RangeStanding {
  const close = index.values[i] ?? Number.NaN;
  const high = index.values[highIdx] ?? Number.NaN;
  const low = index.values[lowIdx] ?? Number.NaN;
  return {
    high,
    high_date: isoAt(index.days, highIdx),
    low,
    low_date: isoAt(index.days, lowIdx),
    pct_below_high: index.isYield ? null : -unroundedPctChange(high, close) || 0,
    pct_above_low: index.isYield ? null : unroundedPctChange(low, close),
    bp_below_high: index.isYield ? bpChange(close, high) : null,
    bp_above_low: index.isYield ? bpChange(low, close) : null,
  };
}

/**
 * The year-to-date closing high and low as of `date` (the closes of its calendar year up to and
 * including it; the earliest date of a tie) and the close's distance from them. On the first
 * session of a year both are that close. O(sessions of the year).
 */
export function yearToDateRange(index: StatsIndex, date: DayNumber): RangeStanding {
  const i = resolveAsOf(index.days, date);
  const start = index.yearStart[i] ?? 0;
  let highIdx = start;
  let lowIdx = start;
  for (let j = start + 1; j <= i; j++) {
    const value = index.values[j] ?? Number.NaN;
    if (value > (index.values[highIdx] ?? Number.NaN)) highIdx = j;
    if (value < (index.values[lowIdx] ?? Number.NaN)) lowIdx = j;
  }
  return standingOf(index, i, highIdx, lowIdx);
}

/**
 * The 52-week high and low (the date and the 363 calendar days before it, as `high_52w`) and
 * the close's distance from them: "24.10% below its 52-week high", a yield "83.4 bp below".
 * A window longer than the data uses every observation so far. O(window).
 */
export function fiftyTwoWeekStanding(index: StatsIndex, date: DayNumber): RangeStanding {
  const i = resolveAsOf(index.days, date);
  const range = rangeOverDays(index.days, index.values, i, DAYS_IN_52_WEEKS);
  return standingOf(index, i, range.highIdx, range.lowIdx);
}

/** "The highest (lowest) close since D": the date, its close and the span to the date. */
export interface ExtremeSince {
  /** The most recent earlier date with a close at least as high (low); null: the highest (lowest) in the data so far. */
  readonly since: string | null;
  /** That date's close (a yield's level). */
  readonly since_close: number | null;
  /** Calendar years from `since` to the date (days / 365.25): 5.2 is "the lowest close in five years"; null with `since`. */
  readonly years: number | null;
}

/**
 * {@link ExtremeSince} of the close as of `date`, for highs and lows: "the 10-year yield's
 * highest level since April 2010 (4.01%)". O(distance back).
 */
export function closeExtremesSince(index: StatsIndex, date: DayNumber): { highest: ExtremeSince; lowest: ExtremeSince } {
  const i = resolveAsOf(index.days, date);
  const close = index.values[i] ?? Number.NaN;
  const make = (j: number): ExtremeSince => ({
    since: isoAtOrNull(index.days, j),
    since_close: j < 0 ? null : (index.values[j] ?? Number.NaN),
    years: j < 0 ? null : ((index.days[i] ?? 0) - (index.days[j] ?? 0)) / 365.25,
  });
  return {
    highest: make(valueBack(index.values, i, (other) => other >= close)),
    lowest: make(valueBack(index.values, i, (other) => other <= close)),
  };
}
