/**
 * One-day moves in points (index points, dollars; percentage points for yields), a separate
 * fact from the percent move: "the Dow's biggest point drop since ...", "its sixth-worst point
 * drop", "nine drops of more than 600 points", "the last time it fell more than 600 points".
 * Compared on the point grid (precision.ts), reported unrounded.
 */
import type { DayNumber } from '../../core/date.js';
import { indexOnOrAfter, indexOnOrBefore } from '../../series/lookup.js';
import { isoAt, isoAtOrNull, resolveAsOf } from '../as-of.js';
import { hasNoDayMove, isOneDayMove } from '../one-day/one-day-moves.js';
import { pointChange, unroundedPointChange } from '../precision.js';
import { moveBack } from '../scans.js';
import type { StatsIndex } from '../stats-index.js';

/** Direction of a move asked about. */
export type MoveDirection = 'gain' | 'drop';

/** The day's point move and where it stands among every earlier day's point move. */
export interface PointMoveStanding {
  /** The day's change in points, unrounded; null on the first day of the data and when the prior observation is too far back (`change_1d_status`). */
  readonly points: number | null;
  /** Most recent earlier date whose point move, same direction, was at least as large (ties count); null: the largest in the data (or a zero move). */
  readonly since: string | null;
  /** That day's change in points. */
  readonly since_points: number | null;
  /** Rank among every daily point move up to and including the date: 1 = the biggest gain (`rank_from_top`) or the biggest drop (`rank_from_bottom`); ties share the better rank. */
  readonly rank_from_top: number | null;
  readonly rank_from_bottom: number | null;
  /** Daily moves ranked: the one-day moves up to the date (src/stats/one-day). Since and ranks are null when the date's own change is not a one-day move. */
  readonly count: number;
}

/** One-day change in points of observation j (from j - 1), on the point grid; NaN for j <= 0 and for a pair that is not a one-day move. */
function gridPoints(index: StatsIndex, j: number): number {
  const { values } = index;
  return isOneDayMove(index.oneDay, j) ? pointChange(values[j - 1] ?? Number.NaN, values[j] ?? Number.NaN) : Number.NaN;
}

/**
 * The point move as of `date` with its "biggest since" and ranks among all daily point moves
 * of the data up to the date. O(i). Throws ArgumentError('--date') before the data begin.
 */
export function pointMoveStanding(index: StatsIndex, date: DayNumber): PointMoveStanding {
  const i = resolveAsOf(index.days, date);
  const { values } = index;
  let count = 0;
  for (let j = 1; j <= i; j++) if (isOneDayMove(index.oneDay, j)) count++;
  const points = hasNoDayMove(index.oneDay, i) ? null : unroundedPointChange(values[i - 1] ?? Number.NaN, values[i] ?? Number.NaN);
  if (!isOneDayMove(index.oneDay, i)) return { points, since: null, since_points: null, rank_from_top: null, rank_from_bottom: null, count };
  const move = gridPoints(index, i);
  let above = 0;
  let below = 0;
  for (let j = 1; j <= i; j++) {
    const other = gridPoints(index, j);
    if (other > move) above++;
    else if (other < move) below++;
  }
  const since = moveBack(values, i, pointChange, index.oneDay);
  return {
    points,
    since: isoAtOrNull(index.days, since),
    since_points: since < 0 ? null : unroundedPointChange(values[since - 1] ?? Number.NaN, values[since] ?? Number.NaN),
    rank_from_top: above + 1,
    rank_from_bottom: below + 1,
    count,
  };
}

/** Options of {@link pointMoveDays}. */
export interface PointMoveDaysOptions {
  /** Gains of at least `points` or drops of at least `points` (a positive number of points). */
  readonly direction: MoveDirection;
  readonly points: number;
  /** Strictly more than `points` ("drops of more than 600 points"); default false (at least: "1,000-point days"). */
  readonly strict?: boolean;
  /** Inclusive date range of the days counted; default the whole data. */
  readonly from?: DayNumber;
  readonly to?: DayNumber;
}

/** Days whose point move passes a threshold. */
export interface PointMoveDays {
  readonly count: number;
  /** Their dates, oldest first. */
  readonly dates: string[];
}

/**
 * The days whose one-day point move is a gain (drop) of at least `points` (more than, with
 * `strict`), over [from, to]. Compared on the point grid, so a drop of exactly 600.00 is
 * "at least 600" but not "more than 600". One-day moves only (src/stats/one-day). O(n).
 */
export function pointMoveDays(index: StatsIndex, options: PointMoveDaysOptions): PointMoveDays {
  const { days } = index;
  const first = Math.max(1, options.from === undefined ? 1 : indexOnOrAfter(days, options.from));
  const last = options.to === undefined ? days.length - 1 : indexOnOrBefore(days, options.to);
  const sign = options.direction === 'gain' ? 1 : -1;
  const threshold = Math.abs(options.points);
  const dates: string[] = [];
  for (let j = first; j <= last; j++) {
    const signed = sign * gridPoints(index, j);
    if (options.strict ? signed > threshold : signed >= threshold) dates.push(isoAt(days, j));
  }
  return { count: dates.length, dates };
}

/**
 * "The last time it fell more than 600 points": the most recent observation before the one
 * used as of `date` whose one-day point drop (gain) was strictly more than `points`, with its
 * move; null when none in the data. O(i).
 */
export function lastPointMoveBeyond(index: StatsIndex, date: DayNumber, points: number, direction: MoveDirection): { date: string; points: number } | null {
  const i = resolveAsOf(index.days, date);
  const sign = direction === 'gain' ? 1 : -1;
  const threshold = Math.abs(points);
  for (let j = i - 1; j >= 1; j--) {
    if (sign * gridPoints(index, j) > threshold) {
      return { date: isoAt(index.days, j), points: unroundedPointChange(index.values[j - 1] ?? Number.NaN, index.values[j] ?? Number.NaN) };
    }
  }
  return null;
}
