/**
 * Week-to-date "biggest since": the statistics engine has the one-day and month-to-date
 * versions; this is the weekly one, read off the same index (weeks run Monday to Sunday, a
 * week's move is its last close over the prior week's last close).
 */
import { headlineMove, isoAt, type StatsIndex } from '../stats/index.js';
import type { WeekMove } from './inputs.js';

/**
 * The week-to-date move at observation i (percent; bp for yields) and the most recent earlier
 * completed week whose move in the same direction was at least as large (ties count), named
 * by its last date. Null when i's week is the first week of the data (no base close).
 * `sinceDate` null: no earlier week moved as much. O(i) worst case, stops at the first match.
 */
export function weekBiggestSince(index: StatsIndex, i: number): WeekMove | null {
  const { values, weekStart, isYield } = index;
  const start = weekStart[i] ?? 0;
  if (start <= 0) return null;
  const move = headlineMove(isYield, values[start - 1] ?? Number.NaN, values[i] ?? Number.NaN);
  if (move === 0 || Number.isNaN(move)) return { move, sinceDate: null, sinceMove: null };
  let end = start - 1;
  while (end > 0) {
    const weekFirst = weekStart[end] ?? 0;
    if (weekFirst <= 0) break;
    const weekMove = headlineMove(isYield, values[weekFirst - 1] ?? Number.NaN, values[end] ?? Number.NaN);
    if ((move > 0 && weekMove >= move) || (move < 0 && weekMove <= move)) return { move, sinceDate: isoAt(index.days, end), sinceMove: weekMove };
    end = weekFirst - 1;
  }
  return { move, sinceDate: null, sinceMove: null };
}
