/**
 * "Its longest losing streak since 1978": the streak ending on a date and the most recent
 * earlier streak in the same direction at least as long. Streaks are counted in trading days
 * with the engine's one definition (`nextStreak`, streaks.ts): consecutive closes above
 * (below) the prior close; an unchanged close ends a streak.
 */
import type { DayNumber } from '../../core/date.js';
import { isoAt, resolveAsOf } from '../as-of.js';
import { oneDayMoveCodes } from '../one-day/one-day-moves.js';
import { streakBack } from '../scans.js';
import type { StatsIndex } from '../stats-index.js';
import type { Streak } from './streaks.js';

/** The streak ending at an observation and the last earlier one at least as long. */
export interface StreakSince {
  /** The streak ending at the observation (trading days, signed); length 0 when unchanged. */
  readonly current: Streak;
  /**
   * The most recent earlier streak in the same direction at least as long, counted whole (it
   * may be longer than `current`); dates as in {@link Streak}. Null when `current` is 0 or no
   * earlier streak is as long: the current one is the longest in the data.
   */
  readonly since: Streak | null;
}

/**
 * The shared scan: `streakAt(j)` is the signed streak ending at observation j. Walks back run
 * by run from the close the current streak is measured from; O(number of runs) lookups.
 */
function streakSinceWith(days: Int32Array, i: number, streakAt: (j: number) => number): StreakSince {
  const length = i <= 0 ? 0 : streakAt(i);
  if (length === 0) return { current: { length: 0, start_date: null, end_date: null }, since: null };
  const current: Streak = { length, start_date: isoAt(days, i - Math.abs(length)), end_date: isoAt(days, i) };
  const direction = Math.sign(length);
  let j = i - Math.abs(length);
  while (j >= 1) {
    const run = streakAt(j);
    if (Math.sign(run) === direction && Math.abs(run) >= Math.abs(length)) {
      return { current, since: { length: run, start_date: isoAt(days, j - Math.abs(run)), end_date: isoAt(days, j) } };
    }
    j -= Math.max(1, Math.abs(run));
  }
  return { current, since: null };
}

/**
 * {@link StreakSince} at observation i of (`days`, `values`) without the statistics index: the
 * streaks are counted by backward scans of the closes, O(i) worst case (it stops at the first
 * streak as long). `values` are the closes of one basis (price or total), `days` their dates.
 * i out of range or 0 (the first day of the data) gives a current streak of 0 and no `since`.
 * With the instrument's `kind`, a pair whose prior observation is too far back ends a streak
 * (src/stats/one-day), as in the index; without it every pair is a step.
 */
export function longestStreakSinceAt(days: Int32Array, values: Float64Array, i: number, kind?: string): StreakSince {
  if (i >= values.length) return { current: { length: 0, start_date: null, end_date: null }, since: null };
  const oneDay = kind === undefined ? undefined : oneDayMoveCodes(days, kind);
  return streakSinceWith(days, i, (j) => streakBack(values, j, oneDay));
}

/**
 * {@link StreakSince} as of `date` from the index (its precomputed daily streaks): the same
 * answer as {@link longestStreakSinceAt} at the observation used as of the date. Throws
 * ArgumentError('--date') when the date is before the data begin.
 */
export function longestStreakSince(index: StatsIndex, date: DayNumber): StreakSince {
  const i = resolveAsOf(index.days, date);
  return streakSinceWith(index.days, i, (j) => index.streak[j] ?? 0);
}
