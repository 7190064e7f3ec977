/**
 * Trailing windows read the ways stories read them: up and down days in the last N sessions,
 * the move over N weeks against every earlier N-week move ("the largest 11-week rise since the
 * week ending Oct. 16, 1987"), and "the past month" by the calendar and by sessions. Moves are
 * percent for prices, basis points for yields; the N-session move is `nDayMoveBiggestSince`.
 */
import type { DayNumber } from '../../core/date.js';
import { isoAt, resolveAsOf } from '../as-of.js';
import { hasNoDayMove } from '../one-day/one-day-moves.js';
import { closeDirection } from '../streaks/streaks.js';
import { headlineMove, reportedMove } from '../precision.js';
import { scanMoveAtLeast } from '../previous-extreme.js';
import type { BiggestSince } from '../rankings/rankings.js';
import type { StatsIndex } from '../stats-index.js';
import { trailingReturn, type Move } from './returns.js';

/** Up, down and unchanged closes over the last sessions. */
export interface SessionCount {
  /** Sessions counted: `n`, or fewer when the data hold fewer moves before the date (the window is longer than the data). */
  readonly sessions: number;
  readonly up: number;
  readonly down: number;
  readonly unchanged: number;
  /** Date of the first session counted; null when none. */
  readonly from_date: string | null;
}

/**
 * "Up in six of the last seven sessions": the directions of the last `n` one-day moves ending
 * as of `date` (a close above, below or equal to the prior close). A pair whose prior
 * observation is too far back (a gap in the data: src/stats/one-day) is no session's move and
 * is not counted. O(n).
 */
export function sessionsUpDown(index: StatsIndex, date: DayNumber, n: number): SessionCount {
  const i = resolveAsOf(index.days, date);
  const first = Math.max(1, i - n + 1);
  let up = 0;
  let down = 0;
  let unchanged = 0;
  for (let j = first; j <= i; j++) {
    if (hasNoDayMove(index.oneDay, j)) continue;
    const direction = closeDirection(index.values[j - 1] ?? Number.NaN, index.values[j] ?? Number.NaN);
    if (direction > 0) up++;
    else if (direction < 0) down++;
    else unchanged++;
  }
  const sessions = up + down + unchanged;
  return { sessions, up, down, unchanged, from_date: sessions === 0 ? null : isoAt(index.days, first) };
}

/** Last observation of each completed week before i's week, then i (its week to date). */
function weekEndsTo(index: StatsIndex, i: number): number[] {
  const ends: number[] = [];
  const current = index.weekStart[i] ?? 0;
  for (let j = 0; j + 1 <= current; j++) if ((index.weekStart[j + 1] ?? 0) === j + 1) ends.push(j);
  ends.push(i);
  return ends;
}

/**
 * The move over the last `n` weeks as of `date` (from the last close of the week n weeks
 * before the date's week to the date's close; weeks Mon-Sun) against every earlier n-week
 * move ending on a completed week: `since` is the last trading date of the most recent one at
 * least as large, same direction (ties count). Null when the data hold fewer than n weeks
 * before the date's week. O(i).
 */
export function nWeekMoveBiggestSince(index: StatsIndex, date: DayNumber, n: number): BiggestSince | null {
  const i = resolveAsOf(index.days, date);
  const ends = weekEndsTo(index, i);
  const k = ends.length - 1;
  if (n < 1 || k - n < 0) return null;
  const at = (m: number): number => index.values[ends[m] ?? 0] ?? Number.NaN;
  const moves = new Float64Array(k).fill(Number.NaN);
  for (let m = n; m < k; m++) moves[m] = headlineMove(index.isYield, at(m - n), at(m));
  const move = headlineMove(index.isYield, at(k - n), at(k));
  const j = scanMoveAtLeast(moves, k, move);
  return {
    move: move === 0 ? 0 : reportedMove(index.isYield, at(k - n), at(k)),
    since: j < 0 ? null : isoAt(index.days, ends[j] ?? 0),
    since_move: j < 0 ? null : reportedMove(index.isYield, at(j - n), at(j)),
  };
}

/** Trading sessions in "a month" read by sessions (21: 252 a year over 12). */
export const SESSIONS_PER_MONTH = 21;

/**
 * "The past month" read two ways: `calendar` from the close as of the same day a month earlier
 * (clamped to month end), `sessions` from the close 21 sessions earlier. Either is null when its
 * base is before the data begin. Stories differ; a checker accepts the reading that holds.
 */
export function pastMonthMoves(index: StatsIndex, date: DayNumber): { calendar: Move | null; sessions: Move | null } {
  return { calendar: trailingReturn(index, date, 1, 'months'), sessions: trailingReturn(index, date, SESSIONS_PER_MONTH, 'days') };
}
