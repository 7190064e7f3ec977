/**
 * Calendar periods longer than a month: quarters, halves (January-June, July-December) and
 * years, built from the month-end closes table, and how a period's move ranks ("the best first
 * half since 1998", "its worst year since 2008", "the best November since 1928", "its best
 * month ever"). A period's move is its last close over the last close before it; percent for
 * prices, basis points for yields.
 */
import type { DayNumber } from '../../core/date.js';
import { monthOfMonthKey, yearOfMonthKey } from '../../series/calendar.js';
import { isoAt, resolveAsOf } from '../as-of.js';
import { headlineMove, reportedMove } from '../precision.js';
import type { StatsIndex } from '../stats-index.js';

/** Kinds of calendar period. */
export type CalendarPeriod = 'month' | 'quarter' | 'half' | 'year';

/** One calendar period's move. */
export interface PeriodMove {
  /** `2024-11`, `2024-Q4`, `2024-H2` or `2024`. */
  readonly label: string;
  readonly year: number;
  /** Month 1-12, quarter 1-4, half 1-2, or 1 for a year. */
  readonly number: number;
  /** Reported move (unrounded percent; bp on the 1e-6 grid for yields) and the same on the comparison grid. */
  readonly move: number;
  readonly comparable: number;
  /** The period's last observation used and the base close's date (the last close before the period). */
  readonly end_date: string;
  readonly base_date: string;
  /** True when the period's last observation is on or before the as-of observation and the data continue after it (a later period has begun); false for a period in progress. */
  readonly complete: boolean;
}

const MONTHS_PER: Record<CalendarPeriod, number> = { month: 1, quarter: 3, half: 6, year: 12 };

/** The period's number within its year of a month key. */
function periodNumber(kind: CalendarPeriod, monthKey: number): number {
  return Math.floor((monthOfMonthKey(monthKey) - 1) / MONTHS_PER[kind]) + 1;
}

function labelOf(kind: CalendarPeriod, year: number, number: number): string {
  if (kind === 'year') return String(year);
  if (kind === 'month') return `${year}-${String(number).padStart(2, '0')}`;
  return `${year}-${kind === 'quarter' ? 'Q' : 'H'}${number}`;
}

/**
 * Every period of `kind` with a base close, up to observation `asOfIdx` (default: the last),
 * oldest first. The last one holds its move to date (`complete: false` while the as-of
 * observation is not its last). A period whose first observation is the first of the data
 * has no base and is left out. O(months).
 */
export function periodMoves(index: StatsIndex, kind: CalendarPeriod, asOfIdx: number = index.days.length - 1): PeriodMove[] {
  const { keys, startIdx, endIdx } = index.months;
  const result: PeriodMove[] = [];
  let m = 0;
  while (m < keys.length && (startIdx[m] ?? 0) <= asOfIdx) {
    const key = keys[m] ?? 0;
    const year = yearOfMonthKey(key);
    const number = periodNumber(kind, key);
    const first = startIdx[m] ?? 0;
    let last = m;
    while (last + 1 < keys.length && (startIdx[last + 1] ?? 0) <= asOfIdx && yearOfMonthKey(keys[last + 1] ?? 0) === year && periodNumber(kind, keys[last + 1] ?? 0) === number) last++;
    const end = Math.min(endIdx[last] ?? 0, asOfIdx);
    let whole = last;
    while (whole + 1 < keys.length && yearOfMonthKey(keys[whole + 1] ?? 0) === year && periodNumber(kind, keys[whole + 1] ?? 0) === number) whole++;
    const periodEnd = endIdx[whole] ?? 0;
    if (first > 0) {
      const base = index.values[first - 1] ?? Number.NaN;
      const close = index.values[end] ?? Number.NaN;
      result.push({
        label: labelOf(kind, year, number),
        year,
        number,
        move: reportedMove(index.isYield, base, close),
        comparable: headlineMove(index.isYield, base, close),
        end_date: isoAt(index.days, end),
        base_date: isoAt(index.days, first - 1),
        complete: periodEnd <= asOfIdx && periodEnd < index.days.length - 1,
      });
    }
    m = last + 1;
  }
  return result;
}

/** How the period of a date ranks among periods of its kind. */
export interface PeriodRanking {
  readonly kind: CalendarPeriod;
  readonly period: PeriodMove;
  /** Most recent earlier period at least as large in the same direction (ties count): its label and move; null: the largest in the data (or a zero move). */
  readonly since: string | null;
  readonly since_move: number | null;
  /** Likewise among the same calendar month, quarter or half of earlier years ("best November since 1928"); null for years. */
  readonly same_period_since: string | null;
  readonly same_period_since_move: number | null;
  /** Rank from the top (1 = best) and from the bottom (1 = worst) among every period of the kind up to this one (this one included; ties share the better rank), and their count. */
  readonly rank: number;
  readonly rank_from_bottom: number;
  readonly count: number;
  /** The same among the same calendar period of every year (for years: equal to the above). */
  readonly same_period_rank: number;
  readonly same_period_rank_from_bottom: number;
  readonly same_period_count: number;
}

/**
 * {@link PeriodRanking} of the period holding the date (its move to date when in progress)
 * against earlier periods of `kind`, complete or not as they stand at the date. Null when the
 * period has no base close (the first of the data). Throws ArgumentError('--date') before the data.
 */
export function periodRanking(index: StatsIndex, date: DayNumber, kind: CalendarPeriod): PeriodRanking | null {
  const i = resolveAsOf(index.days, date);
  const moves = periodMoves(index, kind, i);
  const period = moves[moves.length - 1];
  if (!period || period.end_date !== isoAt(index.days, i)) return null;
  const move = period.comparable;
  const atLeast = (other: PeriodMove): boolean => (move > 0 && other.comparable >= move) || (move < 0 && other.comparable <= move);
  let since: PeriodMove | null = null;
  let sameSince: PeriodMove | null = null;
  for (let k = moves.length - 2; k >= 0 && (since === null || sameSince === null); k--) {
    const other = moves[k];
    if (!other || !atLeast(other)) continue;
    if (since === null) since = other;
    if (sameSince === null && other.number === period.number) sameSince = other;
  }
  const same = moves.filter((other) => other.number === period.number);
  const above = (list: readonly PeriodMove[]): number => list.filter((other) => other.comparable > move).length + 1;
  const below = (list: readonly PeriodMove[]): number => list.filter((other) => other.comparable < move).length + 1;
  return {
    kind,
    period,
    since: since?.label ?? null,
    since_move: since?.move ?? null,
    same_period_since: kind === 'year' ? null : (sameSince?.label ?? null),
    same_period_since_move: kind === 'year' ? null : (sameSince?.move ?? null),
    rank: above(moves),
    rank_from_bottom: below(moves),
    count: moves.length,
    same_period_rank: above(same),
    same_period_rank_from_bottom: below(same),
    same_period_count: same.length,
  };
}

/** A run of calendar years that each fell (or rose). */
export interface YearRun {
  /** Signed: -3 is three down years in a row ending with the date's year (its move to date counts); 0 when the year is unchanged or has no base. */
  readonly length: number;
  readonly first_year: number | null;
  /** Last year of the most recent earlier run in the same direction at least as long ("the first three-year losing streak since 1941"); null when none. */
  readonly longest_since_year: number | null;
}

/**
 * {@link YearRun} of yearly moves as of `date`. O(months). With `minGain` (percent; prices),
 * the run of years that each rose more than that ("back-to-back gains of more than 20%"):
 * 0 when the date's year to date is short of it, and `longest_since_year` the last year of the
 * most recent earlier run of such years at least as long.
 */
export function yearRun(index: StatsIndex, date: DayNumber, minGain?: number): YearRun {
  const i = resolveAsOf(index.days, date);
  const years = periodMoves(index, 'year', i);
  const signOf = (k: number): number => Math.sign(years[k]?.comparable ?? 0);
  const sign = minGain === undefined ? signOf : (k: number): number => ((years[k]?.comparable ?? Number.NEGATIVE_INFINITY) > minGain ? 1 : 0);
  const last = years.length - 1;
  const last_year = years[last]?.year;
  if (last < 0 || sign(last) === 0 || years[last]?.end_date !== isoAt(index.days, i)) return { length: 0, first_year: null, longest_since_year: null };
  const direction = sign(last);
  let length = 0;
  while (last - length >= 0 && sign(last - length) === direction && years[last - length]?.year === (last_year ?? 0) - length) length++;
  let k = last - length;
  while (k >= 0) {
    let run = 0;
    while (k - run >= 0 && sign(k - run) === direction && (run === 0 || years[k - run]?.year === (years[k]?.year ?? 0) - run)) run++;
    if (run >= length) return { length: direction * length, first_year: years[last - length + 1]?.year ?? null, longest_since_year: years[k]?.year ?? null };
    k -= Math.max(1, run);
  }
  return { length: direction * length, first_year: years[last - length + 1]?.year ?? null, longest_since_year: null };
}
