/**
 * "The longest run of weekly gains since the week ended Sept. 23, 2022": the run of weeks
 * (or months) ending as of a date and the most recent earlier run in the same direction at
 * least as long. Runs are counted as `currentStreak` counts them: the last close of each week
 * (month) against the one before, the date's close standing for its period in progress.
 */
import type { DayNumber } from '../../core/date.js';
import { isoAt, resolveAsOf } from '../as-of.js';
import type { StatsIndex } from '../stats-index.js';
import { nextStreak, periodCloseIndexes, type Streak } from './streaks.js';
import type { StreakSince } from './streak-since.js';

/**
 * {@link StreakSince} in weeks or months as of `date`: `current` the run ending with the date's
 * period (signed, in periods), `since` the most recent earlier run of the same sign at least as
 * long, counted whole, its `end_date` the last trading date of its last period. `since` null
 * when the current run is 0 or the longest in the data. O(observations to the date).
 */
export function longestPeriodStreakSince(index: StatsIndex, date: DayNumber, unit: 'week' | 'month'): StreakSince {
  const i = resolveAsOf(index.days, date);
  const points = periodCloseIndexes(index, unit, i);
  const lengths = new Int32Array(points.length);
  for (let k = 1; k < points.length; k++) lengths[k] = nextStreak(lengths[k - 1] ?? 0, index.values[points[k - 1] ?? 0] ?? Number.NaN, index.values[points[k] ?? 0] ?? Number.NaN);
  const streakAt = (k: number): Streak => {
    const length = lengths[k] ?? 0;
    return length === 0 ? { length: 0, start_date: null, end_date: null } : { length, start_date: isoAt(index.days, points[k - Math.abs(length)] ?? 0), end_date: isoAt(index.days, points[k] ?? 0) };
  };
  const last = points.length - 1;
  const current = streakAt(last);
  if (current.length === 0) return { current, since: null };
  const direction = Math.sign(current.length);
  // Walk back run by run: the end of each earlier run is where the run before the current one stopped.
  let k = last - Math.abs(current.length);
  while (k >= 1) {
    const run = lengths[k] ?? 0;
    if (Math.sign(run) === direction && Math.abs(run) >= Math.abs(current.length)) return { current, since: streakAt(k) };
    k -= Math.max(1, Math.abs(run));
  }
  return { current, since: null };
}
