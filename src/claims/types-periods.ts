/**
 * Claims about weeks, months, the 52-week range, seasonal ranks and level milestones: the
 * claim kinds read by `read/frames/period-phrases.ts` and judged by `judge/periods.ts`. They
 * share {@link ClaimBase} and the stated shapes of `types.ts`.
 */
import type { DayNumber } from '../core/date.js';
import type { ClaimBase, StatedDate, StatedNumber } from './types.js';

/**
 * "Closed at a 52-week high", "its highest close in a year": the close is at least the
 * highest (at most the lowest) close of the 52 weeks (364 days) ending on the date.
 */
export interface RangeFlagClaim extends ClaimBase {
  readonly kind: 'range-flag';
  readonly metric: 'is_52w_high' | 'is_52w_low';
  readonly stated: { readonly type: 'flag'; readonly value: boolean; readonly raw: string };
}

/**
 * "Third straight weekly gain", "fifth monthly advance in a row": a signed run of weeks
 * (Mon-Sun) or calendar months closing above (below) the one before; the period in progress
 * counts as of the date. `stated.value` is the signed count (unit `count`). With `ended`, the
 * run before the current one: "snapped a six-day winning streak", "since a three-week losing
 * streak came to an end" (days as well as weeks and months).
 */
export interface PeriodStreakClaim extends ClaimBase {
  readonly kind: 'period-streak';
  readonly metric: 'streak_days' | 'streak_weeks' | 'streak_months';
  /** The streak spoken of as over: the run that ended before the current one. */
  readonly ended: boolean;
  readonly stated: StatedNumber;
}

/** "Biggest weekly gain since Nov. 10, 2023": the week-to-date move against completed weeks. */
export interface WeekSinceClaim extends ClaimBase {
  readonly kind: 'week-since';
  readonly metric: 'week_biggest_since';
  /** The direction the text gave the move ("gain" up, "drop" down), or null ("move"). */
  readonly direction: 'up' | 'down' | null;
  /** True for "its best week ever": no date; `stated` is where the word "ever" stands (its `day` the claim's, unused). */
  readonly ever: boolean;
  readonly stated: StatedDate;
}

/**
 * "December has been the best month for the Russell 2000", "the third-best month",
 * "the second-worst month": the calendar month's rank by mean move over complete months
 * before the article date. `stated.value` is the ordinal as written (1 for "best" or
 * "worst"); `fromWorst` says which end it counts from.
 */
export interface SeasonalRankClaim extends ClaimBase {
  readonly kind: 'seasonal-rank';
  readonly metric: 'seasonal_rank';
  /** 1-12. */
  readonly month: number;
  /** First year asked for ("since 1990", "over the past 30 years"), or null for all the data. */
  readonly fromYear: number | null;
  readonly fromWorst: boolean;
  readonly stated: StatedNumber;
}

/**
 * "Closed above 6,000 for the first time", "its first close above 6,000": the close of the
 * date is the first close in the data strictly above the level. `stated` is the level
 * (unit `level`).
 */
export interface MilestoneClaim extends ClaimBase {
  readonly kind: 'milestone';
  readonly metric: 'first_close_above';
  readonly stated: StatedNumber;
  /**
   * The days the first close is said to have come in ("for the first time last week": the week
   * before the article's), `vague` when its edges are words ("in early November"); null when
   * none is said, and the first close is the claim's day.
   */
  readonly window: { readonly from: DayNumber; readonly to: DayNumber; readonly vague: boolean; readonly text: string } | null;
}

/**
 * "Its highest close in more than two years", "the lowest level in 18 months": no earlier
 * close at least as high (low) since `from` (the date less the window). A window of one year,
 * 12 months or 52 weeks written exactly is a {@link RangeFlagClaim} instead.
 */
export interface ExtremeWindowClaim extends ClaimBase {
  readonly kind: 'extreme-window';
  readonly metric: 'highest_in_window' | 'lowest_in_window';
  /** The start of the window: the date less N years, months or weeks. */
  readonly from: DayNumber;
  /** How the text named the window ("more than two years"). */
  readonly window: string;
  readonly stated: { readonly type: 'flag'; readonly value: boolean; readonly raw: string };
}

/** Every claim kind of this file. */
/**
 * "Its biggest drop in 16 months", "the worst day in more than a year", "its worst day ever":
 * the day's move is the largest of its direction (percent, or points when said) since at
 * least the window's start; `from` null for "ever" (the whole history).
 */
export interface MoveWindowClaim extends ClaimBase {
  readonly kind: 'move-window';
  readonly metric: 'biggest_1d_in_window' | 'biggest_1d_points_in_window';
  readonly direction: 'up' | 'down' | null;
  readonly from: DayNumber | null;
  /** How the text named the window ("16 months", "more than a year", "ever"). */
  readonly window: string;
  /** The percent figure it qualifies ("sank 3%, its biggest drop in 16 months") when that was read as the day's for want of period words; else null. */
  readonly figure: number | null;
  readonly stated: { readonly type: 'flag'; readonly value: boolean; readonly raw: string };
}

/** "Down nine of the past 11 trading days", "risen on six of the past seven sessions": how many of the last `of` sessions closed down (up). */
export interface SessionCountClaim extends ClaimBase {
  readonly kind: 'session-count';
  readonly metric: 'sessions_up_of_last' | 'sessions_down_of_last';
  /** The number of sessions counted back from the date, the date's included. */
  readonly of: number;
  readonly stated: StatedNumber;
}

/** The direction a day's move was said to take with no figure: up, down, flat, or flat to one side ("flat to lower"). */
export type StatedDirection = 'up' | 'down' | 'flat' | 'flat-or-up' | 'flat-or-down';

/**
 * "Treasury yields rose", "the three major indexes collectively rose", "yields were flat to
 * lower": the direction of the day's move, said with no figure.
 */
export interface DirectionClaim extends ClaimBase {
  readonly kind: 'direction';
  readonly metric: 'direction_1d';
  /** The predicate's words and where they stand (after the subject). */
  readonly stated: { readonly type: 'direction'; readonly value: StatedDirection; readonly raw: string; readonly start: number; readonly end: number };
}

export type PeriodClaim = RangeFlagClaim | PeriodStreakClaim | WeekSinceClaim | SeasonalRankClaim | MilestoneClaim | ExtremeWindowClaim | DirectionClaim | MoveWindowClaim | SessionCountClaim;
