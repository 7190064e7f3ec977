/**
 * "Biggest since" beyond the day, and rankings: an N-day move, the week and month to date
 * against completed periods, "best November since 2020", "biggest monthly gain of the year",
 * the rank of a move among all. Moves are percent for prices, basis points for yields.
 */
import type { DayNumber } from '../../core/date.js';
import { formatMonthKey } from '../../core/date.js';
import { monthOfMonthKey, yearOfMonthKey } from '../../series/calendar.js';
import { indexOnOrAfter } from '../../series/lookup.js';
import { isoAt, resolveAsOf } from '../as-of.js';
import { OneDayCode } from '../one-day/one-day-moves.js';
import { headlineMove, reportedMove } from '../precision.js';
import { scanMoveAtLeast } from '../previous-extreme.js';
import type { StatsIndex } from '../stats-index.js';
import { weekMoveBiggestSince } from './week-moves.js';

/** A move and the most recent earlier one at least as large in the same direction (compared on the precision grid). */
export interface BiggestSince {
  /** The move being described (percent; bp for yields), reported unrounded (bp on the 1e-6 grid); `since_move` likewise. */
  readonly move: number;
  /** Date (or `YYYY-MM` for months, the week's last date for weeks) of the earlier move; null: largest in the data. */
  readonly since: string | null;
  readonly since_move: number | null;
}

/**
 * The `n`-trading-day move ending as of `date` against every earlier n-day move (overlapping
 * windows ending on each earlier observation). Null when fewer than n earlier observations, or
 * when the window holds a pair whose prior observation is too far back (a gap in the data:
 * src/stats/one-day); such windows are left out of the comparison too.
 */
export function nDayMoveBiggestSince(index: StatsIndex, date: DayNumber, n: number): BiggestSince | null {
  const i = resolveAsOf(index.days, date);
  if (n < 1 || i - n < 0) return null;
  const gaps = gapCounts(index.oneDay, i);
  const spansGap = (j: number): boolean => (gaps[j] ?? 0) - (gaps[j - n] ?? 0) > 0;
  if (spansGap(i)) return null;
  const moves = new Float64Array(i).fill(Number.NaN);
  for (let j = n; j < i; j++) if (!spansGap(j)) moves[j] = headlineMove(index.isYield, index.values[j - n] ?? Number.NaN, index.values[j] ?? Number.NaN);
  const move = headlineMove(index.isYield, index.values[i - n] ?? Number.NaN, index.values[i] ?? Number.NaN);
  const j = scanMoveAtLeast(moves, i, move);
  const reported = (to: number): number => reportedMove(index.isYield, index.values[to - n] ?? Number.NaN, index.values[to] ?? Number.NaN);
  return { move: move === 0 ? 0 : reported(i), since: j < 0 ? null : isoAt(index.days, j), since_move: j < 0 ? null : reported(j) };
}

/** gaps[j]: the pairs up to observation j (0..i) whose prior observation is too far back. */
function gapCounts(oneDay: Uint8Array, i: number): Int32Array {
  const gaps = new Int32Array(i + 1);
  for (let j = 1; j <= i; j++) gaps[j] = (gaps[j - 1] ?? 0) + (oneDay[j] === OneDayCode.priorTooFar ? 1 : 0);
  return gaps;
}

/**
 * The week-to-date move as of `date` against completed weeks (Mon-Sun; each from the prior
 * week's last close). `since` is the last trading date of that week. Null in the data's first
 * week. The index-free {@link weekMoveBiggestSince} with the index's week starts.
 */
export function weekBiggestSince(index: StatsIndex, date: DayNumber): BiggestSince | null {
  const i = resolveAsOf(index.days, date);
  return weekMoveBiggestSince(index.days, index.values, i, index.isYield, (j) => index.weekStart[j] ?? 0);
}

/** Month moves up to and including the month of observation i (the last one to date). */
function monthMovesTo(index: StatsIndex, i: number): { keys: Int32Array; moves: Float64Array } {
  const ordinal = index.monthOrdinal[i] ?? 0;
  const moves = index.months.moves.slice(0, ordinal + 1);
  const start = index.monthStart[i] ?? 0;
  moves[ordinal] = start === 0 ? Number.NaN : headlineMove(index.isYield, index.values[start - 1] ?? Number.NaN, index.values[i] ?? Number.NaN);
  return { keys: index.months.keys.subarray(0, ordinal + 1), moves };
}

/** How a month's move ranks. */
export interface MonthRanking {
  /** `YYYY-MM` and its move to date (percent; bp for yields); null move for the data's first month. */
  readonly month: string;
  readonly move: number | null;
  /** True when the date is before the month's end in the data (the month is in progress). */
  readonly in_progress: boolean;
  /** Most recent earlier same calendar month at least as large, same direction ("best November since 2020"): its year. */
  readonly same_month_since_year: number | null;
  /** Rank among the same calendar month of every year up to this one (1 = largest). */
  readonly same_month_rank: number | null;
  readonly same_month_count: number;
  /** Rank among the months of the same year to date (1 = largest): 1 is "the biggest monthly gain of the year". */
  readonly rank_in_year: number | null;
  readonly months_in_year: number;
  /** Rank among all months of the data up to this one (1 = largest), and their count. */
  readonly rank_all: number | null;
  readonly count_all: number;
}

function rankOf(values: readonly number[], value: number): number {
  return values.filter((other) => other > value).length + 1;
}

/**
 * Rankings of the month of `date` (its month-to-date move when in progress) against completed
 * months: the same calendar month in earlier years, the months of its year, all months.
 */
export function monthRanking(index: StatsIndex, date: DayNumber): MonthRanking {
  const i = resolveAsOf(index.days, date);
  const { keys, moves } = monthMovesTo(index, i);
  const last = keys.length - 1;
  const key = keys[last] ?? 0;
  const move = moves[last] ?? Number.NaN;
  const valid = (m: number): boolean => !Number.isNaN(moves[m] ?? Number.NaN);
  const sameMonth: number[] = [];
  const inYear: number[] = [];
  const all: number[] = [];
  let sinceYear: number | null = null;
  for (let m = last; m >= 0; m--) {
    if (!valid(m)) continue;
    const other = moves[m] ?? Number.NaN;
    const otherKey = keys[m] ?? 0;
    all.push(other);
    if (yearOfMonthKey(otherKey) === yearOfMonthKey(key)) inYear.push(other);
    if (monthOfMonthKey(otherKey) === monthOfMonthKey(key)) {
      sameMonth.push(other);
      if (m < last && sinceYear === null && ((move > 0 && other >= move) || (move < 0 && other <= move))) sinceYear = yearOfMonthKey(otherKey);
    }
  }
  const has = !Number.isNaN(move);
  return {
    month: formatMonthKey(key),
    move: has ? move : null,
    in_progress: (index.months.endIdx[index.monthOrdinal[i] ?? 0] ?? 0) > i || i === index.days.length - 1,
    same_month_since_year: has ? sinceYear : null,
    same_month_rank: has ? rankOf(sameMonth, move) : null,
    same_month_count: sameMonth.length,
    rank_in_year: has ? rankOf(inYear, move) : null,
    months_in_year: inYear.length,
    rank_all: has ? rankOf(all, move) : null,
    count_all: all.length,
  };
}

/**
 * Rank of the day's move as of `date` among every daily move up to it (1 = largest gain), and
 * the count; with `from`, among the moves of days on or after it only ("its third-best day
 * since 1940"). One-day moves only (src/stats/one-day): the count leaves the others out, and
 * a date whose change is not a one-day move has a null move and rank.
 */
export function dayMoveRank(index: StatsIndex, date: DayNumber, from?: DayNumber): { move: number | null; rank: number | null; count: number; rank_from_bottom: number | null } {
  const i = resolveAsOf(index.days, date);
  const first = Math.max(1, from === undefined ? 1 : indexOnOrAfter(index.days, from));
  const move = index.moves[i] ?? Number.NaN;
  let count = 0;
  for (let j = first; j <= i; j++) if (!Number.isNaN(index.moves[j] ?? Number.NaN)) count++;
  if (Number.isNaN(move)) return { move: null, rank: null, count, rank_from_bottom: null };
  let above = 0;
  let below = 0;
  for (let j = first; j <= i; j++) {
    const other = index.moves[j] ?? Number.NaN;
    if (other > move) above++;
    else if (other < move) below++;
  }
  return { move, rank: above + 1, count, rank_from_bottom: below + 1 };
}

/** One year's move on a calendar day. */
export interface CalendarDayMove {
  readonly year: number;
  readonly date: string;
  readonly move: number;
}

/**
 * Seasonality by calendar day: the one-day move on `month`/`day` (1-12, 1-31) in every year
 * that traded on that date, oldest first ("best Dec. 26 on record" is the largest). Moves as
 * the headline move; only one-day moves (src/stats/one-day): the first observation of the
 * data, a day after a gap and a pre-1952 Monday after a missing Saturday session have none.
 */
export function calendarDayMoves(index: StatsIndex, month: number, day: number): CalendarDayMove[] {
  const result: CalendarDayMove[] = [];
  for (let i = 1; i < index.days.length; i++) {
    const key = index.monthKey[i] ?? 0;
    if (monthOfMonthKey(key) !== month) continue;
    const date = isoAt(index.days, i);
    const move = index.moves[i] ?? Number.NaN;
    if (Number(date.slice(8, 10)) === day && !Number.isNaN(move)) result.push({ year: yearOfMonthKey(key), date, move });
  }
  return result;
}

/**
 * Rank of the day's move as of `date` among the moves on the same calendar day (month and day
 * of month) in every year up to and including it: rank 1 of a gain is "the best Dec. 26 on
 * record" (of the data). Null rank on the first day of the data.
 */
export function calendarDayRank(index: StatsIndex, date: DayNumber): { date: string; move: number | null; rank: number | null; count: number } {
  const i = resolveAsOf(index.days, date);
  const iso = isoAt(index.days, i);
  const key = index.monthKey[i] ?? 0;
  const moves = calendarDayMoves(index, monthOfMonthKey(key), Number(iso.slice(8, 10))).filter((entry) => entry.date <= iso);
  const move = index.moves[i] ?? Number.NaN;
  if (Number.isNaN(move)) return { date: iso, move: null, rank: null, count: moves.length };
  return { date: iso, move, rank: rankOf(moves.map((entry) => entry.move), move), count: moves.length };
}

/**
 * "Biggest monthly gain since M" for a calendar month (1-12) of a year, complete or to date:
 * its move (last close of the month, or the latest close, over the last close before it)
 * against every earlier month; `since` is `YYYY-MM`. Null when the month has no observation or
 * no base close.
 */
export function monthBiggestSince(index: StatsIndex, year: number, month: number): BiggestSince | null {
  const key = year * 12 + month - 1;
  const { keys, moves } = index.months;
  let ordinal = -1;
  for (let m = keys.length - 1; m >= 0; m--) {
    if (keys[m] === key) {
      ordinal = m;
      break;
    }
  }
  const move = moves[ordinal] ?? Number.NaN;
  if (ordinal < 0 || Number.isNaN(move)) return null;
  const j = scanMoveAtLeast(moves, ordinal, move);
  const reported = index.months.reportedMoves;
  return { move: reported[ordinal] ?? move, since: j < 0 ? null : formatMonthKey(keys[j] ?? 0), since_move: j < 0 ? null : (reported[j] ?? null) };
}
