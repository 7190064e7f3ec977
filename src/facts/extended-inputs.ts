/**
 * The statistics beyond the single-date snapshot that some detectors read (docs/definitions.md,
 * "Extended statistics"): the year's ranking on its last session, the two-session move, and
 * the point threshold a record point move reaches, the rank of a big day's point move. Each needs the engine's statistics index,
 * which is built only on the days one of them can be news (a cheap test on the closes first),
 * so a plain day costs nothing more.
 */
import { calendarOfKind, isLastSessionOfYear } from '../calendar/index.js';
import { civilFromDay, parseIsoDay, type DayNumber } from '../core/date.js';
import type { DailySeries } from '../core/series.js';
import { closesOf } from '../series/closes.js';
import { buildStatsIndex, nDayMoveBiggestSince, periodRanking, pointMoveDays, pointMoveStanding, yearRun, type BiggestSince, type PointMoveStanding, type StatsIndex, type StatsSnapshot } from '../stats/index.js';
import { BIG_YEAR_GAIN_PCT, type PointThresholdStats, type YearEndStats } from './inputs.js';

/** The extended statistics of one instrument on one date (null where not news or not computed). */
export interface ExtendedInputs {
  readonly yearEnd: YearEndStats | null;
  readonly twoDay: BiggestSince | null;
  readonly pointThreshold: PointThresholdStats | null;
  readonly pointRank: PointMoveStanding | null;
}

/** A two-session move this large (percent, both sessions the same way) is worth comparing with earlier ones. */
export const TWO_DAY_MIN_PCT = 2;

/**
 * True when observation `i` (day `day`) is the year's last session: by the market's calendar
 * where it covers the day (isLastSessionOfYear), else when the data's next observation is in a
 * later year (at the data's end, unknown: false).
 */
export function isYearEndSession(series: DailySeries, i: number, day: DayNumber): boolean {
  const calendar = calendarOfKind(series.instrument.kind);
  if (calendar !== null && calendar.covers(day)) return isLastSessionOfYear(calendar, day);
  const next = series.days[i + 1];
  return next !== undefined && civilFromDay(next as DayNumber).year !== civilFromDay(day).year;
}

/** The round number of points a move reaches: the largest 1, 2 or 5 times a power of ten at or below its size (1,086 -> 1,000; 2,997 -> 2,000; 970 -> 500). */
export function roundPointThreshold(points: number): number {
  const size = Math.abs(points);
  if (!(size > 0) || !Number.isFinite(size)) return 0;
  const scale = 10 ** Math.floor(Math.log10(size));
  const lead = size / scale + 1e-9;
  return (lead >= 5 ? 5 : lead >= 2 ? 2 : 1) * scale;
}

/** A day's move this large (percent) whose point move was matched within this many days may still rank among the biggest in points. */
export const POINT_RANK_MIN_PCT = 2;
const POINT_RANK_RECENT_DAYS = 60;

/** True when the day moved POINT_RANK_MIN_PCT or more and its point move's "biggest since" is within 60 days (no point-move fact says it). */
function isPointRankCandidate(snapshot: StatsSnapshot, day: DayNumber): boolean {
  const since = snapshot.biggest_1d_points_since === null ? null : parseIsoDay(snapshot.biggest_1d_points_since);
  const pct = snapshot.change_1d_pct;
  return since !== null && pct !== null && Math.abs(pct) >= POINT_RANK_MIN_PCT && day - since < POINT_RANK_RECENT_DAYS;
}

/** True when the last two moves to observation `i` went the same way and together moved at least TWO_DAY_MIN_PCT. */
function isTwoDayCandidate(values: Float64Array, i: number): boolean {
  if (i < 2) return false;
  const a = values[i - 2] ?? Number.NaN;
  const b = values[i - 1] ?? Number.NaN;
  const c = values[i] ?? Number.NaN;
  const same = Math.sign(b - a) !== 0 && Math.sign(b - a) === Math.sign(c - b);
  return same && Math.abs(c / a - 1) * 100 >= TWO_DAY_MIN_PCT;
}

/**
 * The extended statistics of `series` as of observation `i` (day `day`), given its snapshot:
 * the year's ranking and run (indexes and yields, on the year's last session), the two-session
 * move (indexes, when a candidate) and the point threshold (indexes, when the day's point move
 * is the largest in the data) and its rank (indexes, a 2% day whose point move was matched
 * within 60 days). The statistics index is built once, and only when one is due.
 */
export function extendedInputsOf(series: DailySeries, i: number, day: DayNumber, snapshot: StatsSnapshot): ExtendedInputs {
  const kind = series.instrument.kind;
  const isIndex = kind === 'index';
  const values = closesOf(series, snapshot.basis);
  const wantsYear = (isIndex || kind === 'yield') && isYearEndSession(series, i, day);
  const wantsTwoDay = isIndex && isTwoDayCandidate(values, i);
  const points = snapshot.change_1d;
  const wantsPoints = isIndex && points !== null && points !== 0 && snapshot.prev_close !== null && snapshot.biggest_1d_points_since === null;
  const wantsRank = isIndex && isPointRankCandidate(snapshot, day);
  if (!wantsYear && !wantsTwoDay && !wantsPoints && !wantsRank) return { yearEnd: null, twoDay: null, pointThreshold: null, pointRank: null };
  const index: StatsIndex = buildStatsIndex(series, snapshot.basis);
  const ranking = wantsYear ? periodRanking(index, day, 'year') : null;
  const threshold = wantsPoints && points !== null ? roundPointThreshold(points) : 0;
  return {
    yearEnd: ranking === null ? null : { ranking, run: yearRun(index, day), bigGainRun: yearRun(index, day, BIG_YEAR_GAIN_PCT) },
    twoDay: wantsTwoDay ? nDayMoveBiggestSince(index, day, 2) : null,
    pointThreshold:
      threshold > 0 && points !== null
        ? { threshold, daysAtLeast: pointMoveDays(index, { direction: points > 0 ? 'gain' : 'drop', points: threshold, to: day }).count }
        : null,
    pointRank: wantsRank ? pointMoveStanding(index, day) : null,
  };
}
