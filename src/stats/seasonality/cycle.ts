/**
 * Seasonality beyond the calendar month: the four-year presidential cycle (a month's or a
 * year's moves in election, post-election, midterm or pre-election years), the nth trading day
 * of a month ("the first trading day of September rose in 14 of the last 21 years"), and
 * conditional statistics of halves ("when the first half gained 10% or more, the second half
 * rose in N of M years"). Every answer names its window (first and last year) and its count;
 * only complete periods count. Percent for prices, basis points for yields.
 */
import { yearOfMonthKey, monthOfMonthKey } from '../../series/calendar.js';
import type { DayNumber } from '../../core/date.js';
import { isoAt, resolveAsOf } from '../as-of.js';
import { headlineMove, reportedMove } from '../precision.js';
import { periodMoves } from '../months/periods.js';
import type { StatsIndex } from '../stats-index.js';
import { completeMonthMoves } from './seasonality.js';
import { summarizeMoves, type MoveSummary } from './summary.js';

/** Years of the four-year US presidential cycle; elections fall in years divisible by 4. */
export type CyclePhase = 'election' | 'post-election' | 'midterm' | 'pre-election';

/** The cycle phase of a calendar year: 2024 election, 2025 post-election, 2026 midterm, 2027 pre-election. */
export function presidentialCyclePhase(year: number): CyclePhase {
  const phases: readonly CyclePhase[] = ['election', 'post-election', 'midterm', 'pre-election'];
  return phases[((year % 4) + 4) % 4] ?? 'election';
}

/** Options of the seasonal summaries: an inclusive range of years (default: all the data). */
export interface YearRange {
  readonly fromYear?: number;
  readonly toYear?: number;
}

function inRange(year: number, range: YearRange): boolean {
  return year >= (range.fromYear ?? Number.NEGATIVE_INFINITY) && year <= (range.toYear ?? Number.POSITIVE_INFINITY);
}

/**
 * A calendar month's moves (1-12), or whole years' moves when `month` is null, in the years of
 * one cycle phase ("post-election Septembers averaged -1.16%"). Complete periods only.
 * Throws ArgumentError('--from') when fromYear is after toYear.
 */
export function cycleSeasonality(index: StatsIndex, phase: CyclePhase, month: number | null, range: YearRange = {}): MoveSummary {
  const entries =
    month === null
      ? periodMoves(index, 'year').filter((entry) => entry.complete && inRange(entry.year, range))
      : completeMonthMoves(index, range).filter((entry) => entry.month === month);
  return summarizeMoves(entries.filter((entry) => presidentialCyclePhase(entry.year) === phase));
}

/** The move on the nth trading day of a month in one year. */
export interface TradingDayMove {
  readonly year: number;
  readonly month: number;
  readonly date: string;
  readonly move: number;
  readonly comparable: number;
}

/**
 * The one-day move on the `n`th trading day (1 = first) of `month` (1-12), or of every month
 * when `month` is null, in each year of `range`, oldest first; months with fewer than n
 * sessions and the first observation of the data (no move) are left out. O(n).
 */
export function nthTradingDayMoves(index: StatsIndex, n: number, month: number | null, range: YearRange = {}): TradingDayMove[] {
  const result: TradingDayMove[] = [];
  const { startIdx, endIdx, keys } = index.months;
  for (let m = 0; m < keys.length; m++) {
    const key = keys[m] ?? 0;
    const year = yearOfMonthKey(key);
    if ((month !== null && monthOfMonthKey(key) !== month) || !inRange(year, range)) continue;
    const j = (startIdx[m] ?? 0) + n - 1;
    if (n < 1 || j > (endIdx[m] ?? -1) || j < 1) continue;
    const base = index.values[j - 1] ?? Number.NaN;
    const close = index.values[j] ?? Number.NaN;
    result.push({ year, month: monthOfMonthKey(key), date: isoAt(index.days, j), move: reportedMove(index.isYield, base, close), comparable: headlineMove(index.isYield, base, close) });
  }
  return result;
}

/** One year's first and second halves. */
export interface HalfPair {
  readonly year: number;
  readonly first_half: number;
  readonly second_half: number;
}

/** What the second half did after first halves in a band. */
export interface SecondHalfAfter {
  /** The years whose complete first half moved at least `min` (and below `max` when given), with their complete second half. */
  readonly years: HalfPair[];
  /** Summary of those second halves (n, window, mean, median, up, best, worst). */
  readonly second_half: MoveSummary;
  /** Second halves of at least `secondHalfAtLeast` (when asked), else null. */
  readonly second_half_at_least: number | null;
  /** Every complete first half in the band, its second half complete or not ("10% or more 20 times since 1946"). */
  readonly first_halves: number;
}

/**
 * "When the S&P 500 gained 10% or more in the first half, the second half rose in N of M
 * years": years of `range` whose first half moved at least `min` (percent; bp for yields) and
 * less than `max` (when given), with complete second halves. Compared on the precision grid.
 * With `asOf`, only halves complete by that date count (a story's view of its past).
 */
export function secondHalfAfterFirstHalf(index: StatsIndex, min: number, options: YearRange & { max?: number; secondHalfAtLeast?: number; asOf?: DayNumber } = {}): SecondHalfAfter {
  const asOfIdx = options.asOf === undefined ? undefined : resolveAsOf(index.days, options.asOf);
  const halves = periodMoves(index, 'half', asOfIdx).filter((entry) => entry.complete && inRange(entry.year, options));
  let firstHalves = 0;
  const years: HalfPair[] = [];
  const seconds: { year: number; move: number; comparable: number }[] = [];
  for (const first of halves) {
    if (first.number !== 1 || first.comparable < min || (options.max !== undefined && first.comparable >= options.max)) continue;
    firstHalves++;
    const second = halves.find((entry) => entry.year === first.year && entry.number === 2);
    if (!second) continue;
    years.push({ year: first.year, first_half: first.move, second_half: second.move });
    seconds.push(second);
  }
  const atLeast = options.secondHalfAtLeast;
  return { years, second_half: summarizeMoves(seconds), second_half_at_least: atLeast === undefined ? null : seconds.filter((entry) => entry.comparable >= atLeast).length, first_halves: firstHalves };
}
