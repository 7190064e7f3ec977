/**
 * Claims of the data-talk items desks write about a yield or an index: the year's closing high
 * and low (level, date and distance), the move over N weeks and the largest N-session or N-week
 * move since a date, the longest run of weekly gains since a week, and a level said of a stretch
 * of days ("from just 4.01% early last month"). Read by `read/frames/yield-talk.ts`, judged by
 * `judge/yield-talk.ts`; they share {@link ClaimBase} and the stated shapes of `types.ts`.
 */
import type { DayNumber } from '../core/date.js';
import type { ClaimBase, StatedDate, StatedNumber } from './types.js';

/**
 * "Its 2023 closing low of 3.285%" (`year_high`, `year_low`: a level), "off 0.675 percentage
 * point from its 2023 closing high", "24.10% from its 2022 closing high" (`from_year_high`,
 * `from_year_low`: a magnitude, percent of the high or low for a price, basis points for a
 * yield): the closing high and low of the date's calendar year up to the date.
 */
export interface YearRangeClaim extends ClaimBase {
  readonly kind: 'year-range';
  readonly metric: 'year_high' | 'year_low' | 'from_year_high' | 'from_year_low';
  readonly stated: StatedNumber;
}

/** "Its 2023 closing high of 4.072%, reached Thursday, March 2, 2023": the date the year's closing high (low) was set. */
export interface YearRangeDateClaim extends ClaimBase {
  readonly kind: 'year-range-date';
  readonly metric: 'year_high_date' | 'year_low_date';
  readonly stated: StatedDate;
}

/**
 * "Across those 11 weeks it has gained 1.363 percentage points": the move over the last `weeks`
 * weeks (from the last close of the week `weeks` weeks before the date's week to the date's
 * close): basis points for a yield, percent for a price.
 */
export interface WeeksMoveClaim extends ClaimBase {
  readonly kind: 'weeks-move';
  readonly metric: 'weeks_pct' | 'weeks_bp';
  readonly weeks: number;
  readonly stated: StatedNumber;
}

/**
 * "Biggest two-day rise in the yield since Oct. 11, 2022" (`sessions_biggest_since`), "the
 * largest 11-week rise since the week ended Oct. 16, 1987" (`weeks_biggest_since`): the move
 * over the last `n` sessions (weeks) against every earlier one, same direction; the stated
 * date is the most recent earlier one at least as large (a week: any day of it).
 */
export interface SpanSinceClaim extends ClaimBase {
  readonly kind: 'span-since';
  readonly metric: 'sessions_biggest_since' | 'weeks_biggest_since';
  readonly n: number;
  readonly direction: 'up' | 'down' | null;
  readonly stated: StatedDate;
}

/**
 * "Longest run of weekly gains since the week ended Sept. 23, 2022": the most recent earlier
 * run of weeks in the same direction at least as long as the current one ended in the stated
 * week.
 */
export interface StreakSinceClaim extends ClaimBase {
  readonly kind: 'streak-since';
  readonly metric: 'streak_weeks_longest_since';
  readonly direction: 'up' | 'down';
  readonly stated: StatedDate;
}

/**
 * "From just 4.01% early last month": a close within the days `from`..`to` (inclusive);
 * `extreme` says the text named the low ("just", "as low as") or the high ("as high as") of
 * them, else null (some close of the stretch).
 */
export interface StretchLevelClaim extends ClaimBase {
  readonly kind: 'stretch-level';
  readonly metric: 'level_in_stretch';
  readonly from: DayNumber;
  readonly to: DayNumber;
  /** How the text named the stretch ("early last month"). */
  readonly window: string;
  readonly extreme: 'low' | 'high' | null;
  readonly stated: StatedNumber;
}

/** Every claim kind of this file. */
export type YieldTalkClaim = YearRangeClaim | YearRangeDateClaim | WeeksMoveClaim | SpanSinceClaim | StreakSinceClaim | StretchLevelClaim;
