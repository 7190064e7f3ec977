/**
 * Streaks of consecutive closes above (below) the prior close, over days, weeks or months.
 * An unchanged close ends a streak (streak 0). {@link nextStreak} is the one definition every
 * streak of the engine is counted with (the index, the single-date scans, "longest since").
 */
import type { DayNumber } from '../../core/date.js';
import { isoAt, resolveAsOf } from '../as-of.js';
import { hasNoDayMove } from '../one-day/one-day-moves.js';
import type { StatsIndex } from '../stats-index.js';

/** A run of same-direction moves: length (trading days, weeks or months) and its first and last dates. */
export interface Streak {
  /** Signed: +6 is six straight gains, -3 three straight declines; 0 unchanged. */
  readonly length: number;
  /** Date of the close the run is measured from (the last close before its first move), and of its last close; null when 0. */
  readonly start_date: string | null;
  readonly end_date: string | null;
}

/** Longest up and down streaks. */
export interface LongestStreaks {
  readonly up: Streak;
  readonly down: Streak;
}

/** Units a streak is counted in. */
export type StreakUnit = 'day' | 'week' | 'month';

/**
 * Indexes of the closes a streak in `unit` compares, up to observation `end`: every
 * observation for days; the last observation of each week (Mon-Sun) or month for weeks and
 * months, with `end` standing for its period in progress.
 */
export function periodCloseIndexes(index: StatsIndex, unit: StreakUnit, end: number): Int32Array {
  if (unit === 'day') return Int32Array.from({ length: end + 1 }, (_, i) => i);
  const starts = unit === 'week' ? index.weekStart : index.monthStart;
  const result: number[] = [];
  for (let i = 1; i <= end; i++) if ((starts[i] ?? 0) === i) result.push(i - 1);
  result.push(end);
  return Int32Array.from(result);
}

/**
 * The direction of a close against the prior one: 1 above, -1 below, 0 unchanged (or either
 * close NaN).
 */
export function closeDirection(prev: number, close: number): -1 | 0 | 1 {
  return close > prev ? 1 : close < prev ? -1 : 0;
}

/**
 * The signed streak at a close, given the streak at the prior close (`streak`, signed, in
 * closes compared) and the two closes: +1 more when the close extends a run of gains (losses),
 * 1 (-1) when it turns, 0 when unchanged.
 */
export function nextStreak(streak: number, prev: number, close: number): number {
  const direction = closeDirection(prev, close);
  return direction === 0 ? 0 : Math.sign(streak) === direction ? streak + direction : direction;
}

/** Signed runs over the closes at `points`; in days (`daily`), a pair whose prior observation is too far back ends a run (src/stats/one-day). */
function signedRuns(index: StatsIndex, points: Int32Array, daily: boolean): { lengths: Int32Array } {
  const lengths = new Int32Array(points.length);
  for (let k = 1; k < points.length; k++) {
    const prev = index.values[points[k - 1] ?? 0] ?? Number.NaN;
    const close = index.values[points[k] ?? 0] ?? Number.NaN;
    lengths[k] = daily && hasNoDayMove(index.oneDay, points[k] ?? 0) ? 0 : nextStreak(lengths[k - 1] ?? 0, prev, close);
  }
  return { lengths };
}

function streakAt(index: StatsIndex, points: Int32Array, lengths: Int32Array, k: number): Streak {
  const length = lengths[k] ?? 0;
  if (length === 0) return { length: 0, start_date: null, end_date: null };
  return { length, start_date: isoAt(index.days, points[k - Math.abs(length)] ?? 0), end_date: isoAt(index.days, points[k] ?? 0) };
}

/**
 * The streak in `unit` ending as of `date`. For weeks and months the date's close stands for
 * its period in progress: "up four straight weeks" counts this week if it is up so far.
 * `start_date` is the close the run is measured from (the last close before the first gain).
 */
export function currentStreak(index: StatsIndex, date: DayNumber, unit: StreakUnit = 'day'): Streak {
  const i = resolveAsOf(index.days, date);
  if (unit === 'day') {
    const length = index.streak[i] ?? 0;
    return length === 0 ? { length: 0, start_date: null, end_date: null } : { length, start_date: isoAt(index.days, i - Math.abs(length)), end_date: isoAt(index.days, i) };
  }
  const points = periodCloseIndexes(index, unit, i);
  return streakAt(index, points, signedRuns(index, points, false).lengths, points.length - 1);
}

/**
 * The streak that ended before the current run, as of `date`: the run a story calls
 * "snapped" or "came to an end" ("its second straight drop since a six-day winning streak
 * ended"). When the date's close is unchanged (streak 0), the run that ended on the prior
 * close. Length 0 when there is no earlier run in the data.
 */
export function endedStreak(index: StatsIndex, date: DayNumber, unit: StreakUnit = 'day'): Streak {
  const i = resolveAsOf(index.days, date);
  const points = periodCloseIndexes(index, unit, i);
  const { lengths } = signedRuns(index, points, unit === 'day');
  const last = points.length - 1;
  const k = last - Math.max(1, Math.abs(lengths[last] ?? 0));
  return k < 1 ? { length: 0, start_date: null, end_date: null } : streakAt(index, points, lengths, k);
}

/** The longest up and down streaks in `unit` up to `date` (default: the whole data); the earliest on a tie. */
export function longestStreaks(index: StatsIndex, unit: StreakUnit = 'day', date?: DayNumber): LongestStreaks {
  const end = date === undefined ? index.days.length - 1 : resolveAsOf(index.days, date);
  const points = periodCloseIndexes(index, unit, end);
  const { lengths } = signedRuns(index, points, unit === 'day');
  let upK = 0;
  let downK = 0;
  for (let k = 1; k < lengths.length; k++) {
    const length = lengths[k] ?? 0;
    if (length > (lengths[upK] ?? 0)) upK = k;
    if (length < (lengths[downK] ?? 0)) downK = k;
  }
  return { up: streakAt(index, points, lengths, upK), down: streakAt(index, points, lengths, downK) };
}
