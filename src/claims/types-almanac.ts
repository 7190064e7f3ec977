/**
 * Claims of almanac and month or half-year stories: how a month or half ranks against the same
 * calendar period of earlier years ("its best November since 1928", "the best first half in
 * 15 years", "its best month in history"), a month's average over a span of years or in one
 * phase of the presidential cycle ("over 1950-2007, September averaged -0.5%", "-1.2% in
 * post-election Septembers"), and what the second half did after strong first halves ("in
 * those 20 years, the second half rose 15 times"). Read by `read/frames/almanac*.ts`, judged
 * by `judge/almanac.ts`; they share {@link ClaimBase} and the stated shapes of `types.ts`.
 */
import type { CyclePhase } from '../stats/index.js';
import type { ClaimBase, StatedDate, StatedNumber } from './types.js';

/** Fields of every almanac claim: the words its frame read, which cast no doubt on it (a span of years, "in those Septembers"). */
export interface AlmanacBase extends ClaimBase {
  readonly readWords: readonly string[];
}

/** A flag stated by words ("its best November in history": true). */
export interface StatedFlag {
  readonly type: 'flag';
  readonly value: boolean;
  readonly raw: string;
}

/**
 * "Best November since 1928", "best first half in the past 15 years", "best month in history":
 * the move of a month or half (to date when in progress) is the largest in its direction
 * since a year (`period_best_since`: no earlier one at least as large after the stated year,
 * and the stated year's was), over a window of years (`period_best_in_window`: none at least
 * as large in the N years before it) or in the whole history (`period_best_ever`). With
 * `sameCalendar` the comparison is with the same calendar month or half of earlier years.
 */
export interface PeriodBestClaim extends AlmanacBase {
  readonly kind: 'period-best';
  readonly metric: 'period_best_since' | 'period_best_in_window' | 'period_best_ever';
  readonly period: 'month' | 'half' | 'year';
  /** The period spoken of: its year and number (month 1-12, half 1-2, 1 for a year). */
  readonly year: number;
  readonly number: number;
  readonly sameCalendar: boolean;
  /** `up` for best or a gain, `down` for worst or a drop; null when the words give none ("largest move"). */
  readonly direction: 'up' | 'down' | null;
  /** N of "in the past N years" (`period_best_in_window`), else null. */
  readonly windowYears: number | null;
  /** The first year the text says the data reach ("in data going back to 1990"), for `period_best_ever`; else null. */
  readonly horizonYear: number | null;
  readonly stated: StatedDate | StatedFlag;
}

/**
 * "Over 1950-2007, the S&P 500 lost an average of 0.5% in September", "post-election
 * Septembers averaged -1.2%": the mean move of a calendar month over complete months of an
 * inclusive span of years, in the years of one presidential-cycle phase when `phase` is set.
 */
export interface AlmanacMeanClaim extends AlmanacBase {
  readonly kind: 'almanac-mean';
  readonly metric: 'month_mean_in_years';
  /** 1-12. */
  readonly month: number;
  /** First year of the span; null when none was said (all the data, and the reading is in doubt). */
  readonly fromYear: number | null;
  /** Last year of the span, or null for every complete month before the article date. */
  readonly toYear: number | null;
  readonly phase: CyclePhase | null;
  readonly stated: StatedNumber;
}

/**
 * What followed first halves that moved at least `min` percent (and less than `max`), in the
 * years `fromYear`-`toYear`: how many such years there were (`h1_years_at_least`), in how many
 * the second half rose (`h2_up_after_h1`) or gained at least `secondAtLeast`
 * (`h2_at_least_after_h1`), the second halves' average (`h2_mean_after_h1`), and the year of
 * the best and worst second half among them (`h2_best_after_h1`, `h2_worst_after_h1`).
 */
export interface HalfAfterClaim extends AlmanacBase {
  readonly kind: 'half-after';
  readonly metric: 'h1_years_at_least' | 'h2_up_after_h1' | 'h2_at_least_after_h1' | 'h2_mean_after_h1' | 'h2_best_after_h1' | 'h2_worst_after_h1';
  /** Percent. */
  readonly min: number;
  readonly max: number | null;
  readonly fromYear: number | null;
  readonly toYear: number | null;
  readonly secondAtLeast: number | null;
  readonly stated: StatedNumber | StatedDate;
}

/**
 * "Third straight losing year" (`year_run`: the signed run of calendar years, the date's year
 * to date included), "their first three-year string of declines since 1939-1941"
 * (`year_run_first_since`: a run of `length` years, and the last year of the most recent
 * earlier run at least as long).
 */
export interface YearRunClaim extends AlmanacBase {
  readonly kind: 'year-run';
  readonly metric: 'year_run' | 'year_run_first_since';
  /** The run said (signed: -3 is three down years); for `year_run` the same as the stated count. */
  readonly length: number;
  readonly stated: StatedNumber | StatedDate;
}

/** Every claim kind of this file. */
export type AlmanacClaim = PeriodBestClaim | AlmanacMeanClaim | HalfAfterClaim | YearRunClaim;
