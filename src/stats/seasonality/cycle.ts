/**
 * Seasonality beyond the calendar month: the four-year presidential cycle (a month's or a
 * year's moves in election, post-election, midterm or pre-election years), the nth trading day
 * of a month ("the first trading day of September rose in 14 of the last 21 years"), and
 * conditional statistics of halves ("when the first half gained 10% or more, the second half
 * rose in N of M years"). Every answer names its window (first and last year) and its count;
 * only complete periods count. Percent for prices, basis points for yields.
 */
import { yearOfMonthKey, monthOfMonthKey } from '../../series/calendar.js';
import { isoAt } from '../as-of.js';
import { headlineMove, reportedMove } from '../precision.js';
import { periodMoves } from '../months/periods.js';
import type { StatsIndex } from '../stats-index.js';
import { completeMonthMoves } from './seasonality.js';

/** Years of the four-year US presidential cycle; elections fall in years divisible by 4. */
export type CyclePhase = 'election' | 'post-election' | 'midterm' | 'pre-election';

/** The cycle phase of a calendar year: 2024 election, 2025 post-election, 2026 midterm, 2027 pre-election. */
export function presidentialCyclePhase(year: number): CyclePhase {
  const phases: readonly CyclePhase[] = ['election', 'post-election', 'midterm', 'pre-election'];
  return phases[((year % 4) + 4) % 4] ?? 'election';
}

/** Summary of a list of yearly moves, with its window. */
export interface MoveSummary {
  /** Number of moves, and the first and last year they cover; null years when n = 0. */
  readonly n: number;
  readonly first_year: number | null;
  readonly last_year: number | null;
  /** Mean and median move (percent; bp for yields); null when n = 0. */
  readonly mean: number | null;
  readonly median: number | null;
  /** Moves above 0 (a zero move is not up) and their share (0-1; null when n = 0). */
  readonly up: number;
  readonly up_ratio: number | null;
  /** The years and moves of the largest and smallest (the earliest on a tie); null when n = 0. */
  readonly best: { year: number; move: number } | null;
  readonly worst: { year: number; move: number } | null;
}

/** {@link MoveSummary} of `(year, move, comparable)` entries, oldest first. */
export function summarizeMoves(entries: readonly { year: number; move: number; comparable: number }[]): MoveSummary {
  const n = entries.length;
  const first = entries[0];
  const lastEntry = entries[n - 1];
  if (!first || !lastEntry) return { n: 0, first_year: null, last_year: null, mean: null, median: null, up: 0, up_ratio: null, best: null, worst: null };
  let sum = 0;
  let up = 0;
  let best = first;
  let worst = first;
  for (const entry of entries) {
    sum += entry.move;
    if (entry.comparable > 0) up++;
    if (entry.comparable > best.comparable) best = entry;
    if (entry.comparable < worst.comparable) worst = entry;
  }
  const sorted = entries.map((entry) => entry.move).sort((a, b) => a - b);
  const middle = n >> 1;
  const median = n % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { n, first_year: first.year, last_year: lastEntry.year, mean: sum / n, median, up, up_ratio: up / n, best: { year: best.year, move: best.move }, worst: { year: worst.year, move: worst.move } };
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
}

/**
 * "When the S&P 500 gained 10% or more in the first half, the second half rose in N of M
 * years": years of `range` whose first half moved at least `min` (percent; bp for yields) and
 * less than `max` (when given), with complete second halves. Compared on the precision grid.
 */
export function secondHalfAfterFirstHalf(index: StatsIndex, min: number, options: YearRange & { max?: number; secondHalfAtLeast?: number } = {}): SecondHalfAfter {
  const halves = periodMoves(index, 'half').filter((entry) => entry.complete && inRange(entry.year, options));
  const years: HalfPair[] = [];
  const seconds: { year: number; move: number; comparable: number }[] = [];
  for (const first of halves) {
    if (first.number !== 1 || first.comparable < min || (options.max !== undefined && first.comparable >= options.max)) continue;
    const second = halves.find((entry) => entry.year === first.year && entry.number === 2);
    if (!second) continue;
    years.push({ year: first.year, first_half: first.move, second_half: second.move });
    seconds.push(second);
  }
  const atLeast = options.secondHalfAtLeast;
  return { years, second_half: summarizeMoves(seconds), second_half_at_least: atLeast === undefined ? null : seconds.filter((entry) => entry.comparable >= atLeast).length };
}
