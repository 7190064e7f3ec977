/**
 * "Its longest losing streak since 1978": the most recent earlier streak in the same direction
 * at least as long as the current one. The statistics engine counts the current streak and the
 * longest ever (src/stats/streaks.ts); this is the "since" form, on the raw closes, with the
 * engine's definition: consecutive closes above (below) the prior close; an unchanged close
 * ends a streak.
 */
import { isoAt } from '../stats/index.js';

/** The earlier streak found: its last date (ISO) and its signed length in trading days. */
export interface EarlierStreak {
  readonly endDate: string;
  readonly days: number;
}

/**
 * For the signed streak `streak` ending at observation i of `values` (+6: six straight gains),
 * the most recent earlier streak in the same direction at least as long, or null when there is
 * none (the longest in the data) or `streak` is 0. Scans back from the current streak's start;
 * O(i) worst case, stops at the first match.
 */
export function earlierStreakAtLeast(days: Int32Array, values: Float64Array, i: number, streak: number): EarlierStreak | null {
  const length = Math.abs(streak);
  const direction = Math.sign(streak);
  if (length === 0) return null;
  let run = 0;
  let runEnd = -1;
  for (let j = i - length; j >= 1; j--) {
    const sign = Math.sign((values[j] ?? Number.NaN) - (values[j - 1] ?? Number.NaN));
    if (sign === direction) {
      if (run === 0) runEnd = j;
      run++;
      if (run >= length) {
        // The earlier streak may run on before j: count it whole.
        let k = j - 1;
        while (k >= 1 && Math.sign((values[k] ?? Number.NaN) - (values[k - 1] ?? Number.NaN)) === direction) k--;
        return { endDate: isoAt(days, runEnd), days: direction * (runEnd - k) };
      }
    } else run = 0;
  }
  return null;
}
