/** Backward scans from one observation: streaks, "biggest since", "highest since". */
import { hasNoDayMove, isOneDayMove } from './one-day/one-day-moves.js';
import { closeDirection } from './streaks/streaks.js';

/**
 * Signed streak ending at observation i (trading days), by a backward scan; equal to
 * `nextStreak` applied from the first close. 0 when unchanged and for i <= 0. With `oneDay`
 * (codes of `oneDayMoveCodes`), a pair whose prior observation is too far back is no step:
 * the streak there is 0 and an earlier one does not run across it.
 */
export function streakBack(values: Float64Array, i: number, oneDay?: Uint8Array): number {
  if (i <= 0 || (oneDay !== undefined && hasNoDayMove(oneDay, i))) return 0;
  const direction = closeDirection(values[i - 1] ?? Number.NaN, values[i] ?? Number.NaN);
  if (direction === 0) return 0;
  let count = 0;
  for (let j = i; j > 0 && !(oneDay !== undefined && hasNoDayMove(oneDay, j)) && closeDirection(values[j - 1] ?? Number.NaN, values[j] ?? Number.NaN) === direction; j--) count++;
  return direction * count;
}

/**
 * The most recent j < i whose move `moveOf(values[j-1], values[j])` in the direction of move i is
 * at least as large; -1 when none, for a zero move and for i = 0. With `oneDay` (codes of
 * `oneDayMoveCodes`), only one-day moves compare: -1 when move i is not one, and other pairs
 * are skipped. Backward scan.
 */
export function moveBack(values: Float64Array, i: number, moveOf: (base: number, close: number) => number, oneDay?: Uint8Array): number {
  if (i === 0) return -1;
  const counts = (j: number): boolean => oneDay === undefined || isOneDayMove(oneDay, j);
  if (!counts(i)) return -1;
  const move = moveOf(values[i - 1] ?? Number.NaN, values[i] ?? Number.NaN);
  if (move > 0) {
    for (let j = i - 1; j > 0; j--) if (counts(j) && moveOf(values[j - 1] ?? Number.NaN, values[j] ?? Number.NaN) >= move) return j;
  } else if (move < 0) {
    for (let j = i - 1; j > 0; j--) if (counts(j) && moveOf(values[j - 1] ?? Number.NaN, values[j] ?? Number.NaN) <= move) return j;
  }
  return -1;
}

/** The most recent j < i whose value matches; -1 when none. Backward scan. */
export function valueBack(values: Float64Array, i: number, matches: (other: number) => boolean): number {
  for (let j = i - 1; j >= 0; j--) if (matches(values[j] ?? Number.NaN)) return j;
  return -1;
}
