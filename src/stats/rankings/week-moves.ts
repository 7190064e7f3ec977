/**
 * The week-to-date move and "its biggest weekly gain since ...": weeks run Monday to Sunday; a
 * week's move is its last close over the last close of the week before (percent for prices,
 * basis points for yields, on the precision grid of `headlineMove`). One scan serves both the
 * index-free path (many instruments on one date) and the index's `weekBiggestSince`.
 */
import type { DayNumber } from '../../core/date.js';
import { weekKeyOf } from '../../series/calendar.js';
import { isoAt } from '../as-of.js';
import { headlineMove, reportedMove } from '../precision.js';
import type { BiggestSince } from './rankings.js';

/**
 * Index of the first observation of observation i's week (Mon-Sun), by a backward scan over
 * `days` (at most the week's observations). 0 for i <= 0.
 */
export function weekStartBack(days: Int32Array, i: number): number {
  if (i <= 0) return 0;
  const week = weekKeyOf((days[i] ?? 0) as DayNumber);
  let start = i;
  while (start > 0 && weekKeyOf((days[start - 1] ?? 0) as DayNumber) === week) start--;
  return start;
}

/**
 * The week-to-date move at observation i of (`days`, `values`) against every earlier completed
 * week: `since` is the last trading date of the most recent earlier week that moved at least as
 * much in the same direction (ties count), with its move; both null when none did or the move
 * is 0. Null in the data's first week (no base close) and for i out of range. `isYield`: moves
 * in basis points instead of percent. `weekStartOf(j)` gives the first observation of j's week;
 * the default scans `days` ({@link weekStartBack}); the index passes its `weekStart`. O(i) worst
 * case; stops at the first week as large. Moves are compared on the precision grid and
 * reported unrounded (bp of yields on the 1e-6 grid).
 */
export function weekMoveBiggestSince(
  days: Int32Array,
  values: Float64Array,
  i: number,
  isYield: boolean,
  weekStartOf: (j: number) => number = (j) => weekStartBack(days, j),
): BiggestSince | null {
  if (i < 0 || i >= values.length) return null;
  const start = weekStartOf(i);
  if (start === 0) return null;
  const move = headlineMove(isYield, values[start - 1] ?? Number.NaN, values[i] ?? Number.NaN);
  // A move that is 0 on the grid is reported as 0 (float noise is not a move).
  const reported = move === 0 ? 0 : reportedMove(isYield, values[start - 1] ?? Number.NaN, values[i] ?? Number.NaN);
  let end = start - 1;
  while (end >= 0) {
    const weekStart = weekStartOf(end);
    if (weekStart === 0) break;
    const base = values[weekStart - 1] ?? Number.NaN;
    const last = values[end] ?? Number.NaN;
    const weekMove = headlineMove(isYield, base, last);
    if ((move > 0 && weekMove >= move) || (move < 0 && weekMove <= move)) return { move: reported, since: isoAt(days, end), since_move: reportedMove(isYield, base, last) };
    end = weekStart - 1;
  }
  return { move: reported, since: null, since_move: null };
}
