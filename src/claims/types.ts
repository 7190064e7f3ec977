/**
 * Claims and verdicts as data. A claim is one checkable statement found in an article: one
 * number (or date, month, state) said about one instrument. A verdict is the answer: the
 * claim holds within the rounding the text used (`supported`), it does not (`contradicted`,
 * with the actual value and a corrected sentence), or the data cannot say (`unverifiable`,
 * with the reason). Both are discriminated unions: an unverifiable claim is a result, not an
 * exception.
 *
 * Offsets (`start`, `end`) are UTF-16 code-unit positions in the article text as decoded
 * (a leading byte-order mark removed), `end` exclusive.
 */
import type { DayNumber } from '../core/date.js';
import type { DrawdownState, ReturnBasis } from '../stats/index.js';
import type { PeriodClaim } from './types-periods.js';
import type { SinceClaim } from './types-since.js';
import type { YieldTalkClaim } from './types-yield-talk.js';
import type { AlmanacClaim } from './types-almanac.js';

/** How a figure was hedged: the word changes the tolerance (docs/claims.md). */
export const Hedges = ['exact', 'about', 'nearly', 'more-than', 'less-than', 'just-over', 'within'] as const;
/** One of {@link Hedges}. */
export type Hedge = (typeof Hedges)[number];

/** What the figure is measured in, as written: percent, basis points, percentage points, points, a level. */
export type StatedUnit = 'percent' | 'bp' | 'pp' | 'points' | 'level' | 'count';

/** A number as the text wrote it, with its precision. */
export interface StatedNumber {
  readonly type: 'number';
  /** Signed value in the claim's unit (a fall of 14 bp is -14). */
  readonly value: number;
  /** Decimal places written (`11.2` -> 1); the rounding tolerance follows from it. */
  readonly decimals: number;
  readonly unit: StatedUnit;
  readonly hedge: Hedge;
  /** False when the text gave no direction (a bare "25.5%"): only the magnitude is judged. */
  readonly signed: boolean;
  /** The characters of the number in the text, and where they are. */
  readonly raw: string;
  readonly start: number;
  readonly end: number;
}

/** A calendar date as the text wrote it; `precision` says how much it named. */
export interface StatedDate {
  readonly type: 'date';
  /** The day named (precision day), or the first day of the month or year named. */
  readonly day: DayNumber;
  readonly precision: 'day' | 'month' | 'year';
  /** False when the year was missing and inferred ("since Aug. 2": the latest Aug. 2 before the article date). */
  readonly yearGiven: boolean;
  readonly raw: string;
  readonly start: number;
  readonly end: number;
}

/** Where the figure stands in the day: the close, a time of day ("as of 3 p.m."), or intraday. */
export type Timing = { readonly kind: 'close' } | { readonly kind: 'time-of-day'; readonly minutes: number | null } | { readonly kind: 'intraday' };

/** Calendar periods of period moves: week, month, quarter, year to date. */
export type ToDatePeriod = 'wtd' | 'mtd' | 'qtd' | 'ytd';

/** Where one part of a claim's reading came from. */
export interface ReadingSource {
  /**
   * `sentence`: named in the claim's sentence; `possessive`: "the S&P 500's 25.5%";
   * `earlier-sentence`: carried from a sentence before; `heading`: a section heading ("For the
   * week:"); `weekday`: a weekday in the clause ("on Thursday"); `date`: a date in the clause
   * ("on Oct. 31"); `article-date`: the article date; `period-words`: words of the clause
   * ("this year"); `earlier-clause`: the figure before it in the sentence; `none`: nothing.
   */
  readonly from: 'sentence' | 'possessive' | 'earlier-sentence' | 'heading' | 'weekday' | 'date' | 'article-date' | 'period-words' | 'earlier-clause' | 'none';
  /** The words that set it ("For the week", "Thursday"), or null. */
  readonly text: string | null;
}

/**
 * How a claim was read: where its subject, date and period came from, and the words that make
 * the reading uncertain (a contradicted verdict on an uncertain reading becomes `unclear`).
 */
export interface ClaimReading {
  readonly subject: ReadingSource;
  readonly date: ReadingSource;
  readonly period: ReadingSource;
  /** Words that leave the subject, date, period or quantity unpinned; empty when the reading is certain. */
  readonly doubts: readonly string[];
  /** The statistic the claim's clause names that the engine does not compute ("moving average"), or null. */
  readonly notComputed: string | null;
}

/** Fields every claim has. */
export interface ClaimBase {
  /** 1-based, in order of appearance. */
  readonly id: number;
  /** Canonical symbol, or null when the instrument is not in the registry. */
  readonly symbol: string | null;
  /** The trading date the claim is about: the article date, or the date the text named ("on Oct. 31"). */
  readonly day: DayNumber;
  /** How the article named the instrument ("small caps", "the index"). */
  readonly instrumentText: string;
  /** The claim's span in the article and its text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The sentence it is in, and where that starts. */
  readonly sentence: string;
  readonly sentenceStart: number;
  readonly timing: Timing;
  /** `total` when the text said "total return", else `price`. */
  readonly basis: ReturnBasis;
  /** Where the subject, date and period came from. */
  readonly reading: ClaimReading;
}

/** A number about the article date: the close, a move, a period move, a record level, a count, a distance. */
export interface NumberClaim extends ClaimBase {
  readonly kind: 'number';
  readonly metric:
    | 'close'
    | 'prev_close'
    | 'change_1d'
    | 'change_1d_pct'
    | 'change_1d_bp'
    | `${ToDatePeriod}_pct`
    | `${ToDatePeriod}_bp`
    | `${ToDatePeriod}_points`
    | 'record_close'
    | 'prior_record_close'
    | 'record_count_ytd'
    | 'pct_from_record'
    | 'streak_days'
    | 'high_52w'
    | 'low_52w'
    | 'from_high_52w'
    | 'from_low_52w';
  readonly stated: StatedNumber;
}

/** A date said about the article date: when the record was set, "biggest since D", "highest since D". */
export interface DateClaim extends ClaimBase {
  readonly kind: 'date';
  readonly metric: 'record_date' | 'prior_record_date' | 'biggest_1d_since' | 'biggest_1d_points_since' | 'highest_since' | 'lowest_since';
  /** For "biggest since": the direction the text gave the move ("drop"), or null ("move"). */
  readonly direction: 'up' | 'down' | null;
  readonly stated: StatedDate;
}

/** "Best month since December 2023": the month-to-date move against completed months. */
export interface MonthSinceClaim extends ClaimBase {
  readonly kind: 'month-since';
  readonly metric: 'month_biggest_since';
  readonly direction: 'up' | 'down' | null;
  readonly stated: StatedDate;
}

/** A completed calendar month's or year's move ("rose 12% in December 2023", "gained 16.9% in 2023"). */
export interface CalendarClaim extends ClaimBase {
  readonly kind: 'calendar';
  readonly metric: 'month_pct' | 'month_bp' | 'year_pct' | 'year_bp';
  readonly year: number;
  /** 1-12 for a month, null for a year. */
  readonly month: number | null;
  readonly stated: StatedNumber;
}

/** A seasonal statistic of a calendar month ("December has averaged 2.8%", "higher in 81% of them"). */
export interface SeasonalClaim extends ClaimBase {
  readonly kind: 'seasonal';
  readonly metric: 'seasonal_mean' | 'seasonal_up_ratio';
  readonly month: number;
  /** First year asked for ("since 1990"), or null for all the data. */
  readonly fromYear: number | null;
  readonly stated: StatedNumber;
}

/** Drawdown state: "in correction territory", "in a bear market". */
export interface StateClaim extends ClaimBase {
  readonly kind: 'state';
  readonly metric: 'drawdown_state';
  readonly stated: { readonly type: 'state'; readonly value: DrawdownState; readonly raw: string };
}

/** "Closed at a record" (true) or "just short of its record" (false). */
export interface RecordFlagClaim extends ClaimBase {
  readonly kind: 'flag';
  readonly metric: 'is_record';
  readonly stated: { readonly type: 'flag'; readonly value: boolean; readonly raw: string };
}

/**
 * A gap between two instruments' moves over the same period ("about 5 points lower than the
 * S&P 500's 25.5%"): this instrument's move minus the other's, in percentage points (bp for yields).
 */
export interface ComparisonClaim extends ClaimBase {
  readonly kind: 'comparison';
  readonly metric: 'gap_pct_points';
  readonly otherSymbol: string | null;
  readonly otherText: string;
  /** The period both moves are over: a to-date period or the day. */
  readonly period: ToDatePeriod | 'day';
  readonly stated: StatedNumber;
}

/**
 * A move over a window that is not a calendar period: "up 20% since Aug. 5", "over the past
 * 12 months". The base is the close on or before `from`; the end is the close of `day`.
 */
export interface RangeClaim extends ClaimBase {
  readonly kind: 'range';
  readonly metric: 'pct_since' | 'bp_since';
  readonly from: DayNumber;
  /** How the text named the window. */
  readonly window: string;
  /**
   * For a trailing window of weeks, months or years ("over the last three months"): the same
   * window in sessions by the desk convention (5 a week, 21 a month, 252 a year), also
   * accepted; null for a window from a date.
   */
  readonly sessions: number | null;
  /** True when the window was said in sessions ("over the last two trading days"): the base is `sessions` sessions back, and `from` only a bound. */
  readonly inSessions: boolean;
  readonly stated: StatedNumber;
}

/** Every claim the extractor finds (the week, month, 52-week, seasonal-rank and milestone kinds are in `types-periods.ts`). */
export type Claim = NumberClaim | DateClaim | MonthSinceClaim | CalendarClaim | SeasonalClaim | StateClaim | RecordFlagClaim | ComparisonClaim | RangeClaim | PeriodClaim | SinceClaim | YieldTalkClaim | AlmanacClaim;

export * from './types-verdicts.js';
