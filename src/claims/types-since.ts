/**
 * Claims about the last time something happened: "finished under its 50-day moving average for
 * the first time since July 6", "its first five-day losing streak since November 2016", and
 * when the record now standing was set ("the all-time high it set just last month", "its
 * November peak"). They share {@link ClaimBase} and the stated shapes of `types.ts`.
 */
import type { DayNumber } from '../core/date.js';
import type { ClaimBase, StatedDate, StatedNumber } from './types.js';

/**
 * The last earlier session like the date's: `ma_side_since` the last close on the same side of
 * its `window`-day simple moving average before the current run (averageStanding); `streak_since`
 * the last streak of at least `length` sessions in the same direction before the current one
 * (longestStreakSince).
 */
export interface FirstSinceClaim extends ClaimBase {
  readonly kind: 'first-since';
  readonly metric: 'ma_side_since' | 'streak_since';
  /** The average's window in sessions (`ma_side_since`), or the streak's length in sessions (`streak_since`). */
  readonly sessions: number;
  /** The side of the average ("under its 50-day"), or the streak's direction (`below` = losing). */
  readonly side: 'above' | 'below';
  readonly stated: StatedDate;
}

/**
 * When the record standing on the date was set, said as a window: "set just last month", "in
 * early January", "earlier in the week", "less than two months ago", "its November peak". The
 * record is the highest close on or before the date, or before it when the date itself set
 * one ("topped its prior high set earlier in the week"). Days `from` to `to`, both included;
 * `vague` when the window's edges are words ("early", "less than"), so a miss is a doubt.
 * `low_set_on`: the year's lowest close to the date was on the day named ("since their recent
 * lowest close on April 8", "its closing low of the year on Oct. 9"); `vague` when no word of
 * the year pins the low ("recent"), so a miss is a doubt.
 */
export interface RecordWhenClaim extends ClaimBase {
  readonly kind: 'record-when';
  readonly metric: 'record_set_in' | 'low_set_on';
  readonly from: DayNumber;
  readonly to: DayNumber;
  readonly vague: boolean;
  readonly stated: { readonly type: 'flag'; readonly value: boolean; readonly raw: string };
}

/**
 * "The Nasdaq composite led the market with a 0.8% gain": the subject's one-day percent move
 * was the largest, in its direction (`up` for "led the gains", `down` for "led the decline",
 * the day's own for "led the market"), among the major U.S. indexes ({@link MAJOR_INDEXES}).
 */
export interface LedMarketClaim extends ClaimBase {
  readonly kind: 'led-market';
  readonly metric: 'led_indexes_1d';
  readonly direction: 'up' | 'down' | null;
  readonly stated: { readonly type: 'flag'; readonly value: boolean; readonly raw: string };
}

/** The indexes a desk means by "the market" that one of them "led": the S&P 500, the Dow, the Nasdaq composite and the Russell 2000. */
export const MAJOR_INDEXES: readonly string[] = ['SPX', 'DJI', 'IXIC', 'RUT'];

/** Every claim kind of this file. */
export type SinceClaim = FirstSinceClaim | RecordWhenClaim | RecordRunClaim | MoveRankClaim | PointThresholdClaim | FundFigureClaim | LedMarketClaim;

/**
 * Counts of record closes (recordYear, recordStreak): `record_share_ytd` the percent of the
 * year's sessions to date that closed at a record ("at a peak 28% of the time"),
 * `record_count_rank` the rank of the year's count to date among whole years ("the
 * second-highest number of record closes ever"), `record_count_year` the count of a past
 * calendar `year` ("the 77 closing highs in 1995"), `record_streak_days` consecutive record
 * closes ending on the date ("its seventh consecutive all-time high").
 */
export interface RecordRunClaim extends ClaimBase {
  readonly kind: 'record-run';
  readonly metric: 'record_share_ytd' | 'record_count_rank' | 'record_count_year' | 'record_streak_days';
  /** The calendar year of `record_count_year`; else null. */
  readonly year: number | null;
  readonly stated: StatedNumber;
}

/**
 * A day's move ranked: "its third-best day since 1940", "the sixth-worst decline ever
 * measured in points". The rank among the one-day moves of its direction from `from` (null:
 * the whole data) to the date, the date's included (dayMoveRank; pointMoveStanding in points).
 */
export interface MoveRankClaim extends ClaimBase {
  readonly kind: 'move-rank';
  readonly metric: 'rank_1d' | 'rank_1d_points';
  readonly direction: 'up' | 'down';
  readonly from: DayNumber | null;
  readonly stated: StatedNumber;
}

/**
 * Days whose point move passed a threshold (pointMoveDays, lastPointMoveBeyond): "only the
 * ninth time in history" it fell more than 600 points (`count_1d_points_beyond`, the date's
 * included), "the eight other times" (`excludesDate`), and "its previous drop of more than
 * 600 points came on June 24, 2016" (`last_1d_points_beyond`, a date).
 */
export interface PointThresholdClaim extends ClaimBase {
  readonly kind: 'point-threshold';
  readonly metric: 'count_1d_points_beyond' | 'last_1d_points_beyond';
  /** The threshold in points (positive), strictly passed ("more than 600 points"). */
  readonly points: number;
  readonly direction: 'up' | 'down';
  readonly excludesDate: boolean;
  readonly stated: StatedNumber | StatedDate;
}

/**
 * A figure of a fund fact-sheet table ("1-yr Return (as of Jan. 17, 2026) | 12.47%", "Max
 * Drawdown (5 y) | -38.39%", "Growth of $1,000 over 5 years | $1,155"): the trailing return
 * over `years` (percent), its maximum drawdown (percent, negative) or the growth of $1,000
 * (dollars), on either basis the data hold (fundReport).
 */
export interface FundFigureClaim extends ClaimBase {
  readonly kind: 'fund-figure';
  readonly metric: 'fund_return' | 'fund_max_drawdown' | 'fund_growth_of_1000';
  readonly years: number;
  readonly stated: StatedNumber;
}
