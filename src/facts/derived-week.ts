/**
 * Week-to-date "biggest since" on the raw arrays of a series, without building the statistics
 * index (the fact pass over thousands of instruments uses the engine's index-free single-date
 * path). Same definition as the engine's `weekBiggestSince` (src/stats/rankings.ts), checked
 * equal to it on the shipped data in test/brief/derived-week.test.ts: weeks run Monday to
 * Sunday; a week's move is its last close over the prior week's last close (percent; bp for
 * yields, on the engine's precision grid); ties count.
 */
import type { DayNumber } from '../core/date.js';
import { weekKeyOf } from '../series/calendar.js';
import { headlineMove, isoAt } from '../stats/index.js';
import type { WeekMove } from './inputs.js';

/**
 * The week-to-date move at observation i of (`days`, `values`) and the most recent earlier
 * completed week that moved at least as much the same way, named by its last date. Null in the
 * data's first week (no base close). `sinceDate` null: no earlier week moved as much (or the
 * move is zero). O(i) worst case; stops at the first match.
 */
export function weekMoveAt(days: Int32Array, values: Float64Array, i: number, isYield: boolean): WeekMove | null {
  const week = weekKeyOf((days[i] ?? 0) as DayNumber);
  let start = i;
  while (start > 0 && weekKeyOf((days[start - 1] ?? 0) as DayNumber) === week) start--;
  if (start === 0) return null;
  const move = headlineMove(isYield, values[start - 1] ?? Number.NaN, values[i] ?? Number.NaN);
  let end = start - 1;
  while (end >= 0) {
    const key = weekKeyOf((days[end] ?? 0) as DayNumber);
    let first = end;
    while (first > 0 && weekKeyOf((days[first - 1] ?? 0) as DayNumber) === key) first--;
    if (first === 0) break;
    const weekMove = headlineMove(isYield, values[first - 1] ?? Number.NaN, values[end] ?? Number.NaN);
    if ((move > 0 && weekMove >= move) || (move < 0 && weekMove <= move)) return { move, sinceDate: isoAt(days, end), sinceMove: weekMove };
    end = first - 1;
  }
  return { move, sinceDate: null, sinceMove: null };
}
