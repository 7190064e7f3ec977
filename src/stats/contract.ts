/**
 * The shapes the statistics engine answers in. Field names are snake_case because they are
 * the JSON contract of `marketfacts stats --json` (docs/DESIGN contract): other tools rely
 * on them. Percent values are in percent (`11.17` means +11.17%), basis points in bp
 * (`-14` means down 0.14 percentage point), unrounded, except basis-point values of yields
 * (a difference of two 2-decimal levels), which are rounded to 1e-6 bp (src/stats/precision.ts).
 */
import type { OneDayMoveStatus } from './one-day/one-day-moves.js';

/**
 * Which closes a number was computed from: `price` unadjusted closes (price return), `total`
 * adjusted closes (total return), `level` the levels of a yield (changes in basis points, no
 * return). Every yield snapshot and move has basis `level`.
 */
export type ReturnBasis = 'price' | 'total' | 'level';

/** Drawdown state on a closing basis (docs/definitions.md). */
export type DrawdownState = 'none' | 'correction' | 'bear';

/** Every statistic of one instrument on one date. */
export interface StatsSnapshot {
  readonly symbol: string;
  /** The date used: the last observation on or before `requested_date`. */
  readonly date: string;
  /** The date asked for; differs from `date` on holidays, weekends and gaps. */
  readonly requested_date: string;
  /** First date of the data, for "highest close since data begin in 1987". */
  readonly data_start: string;
  readonly basis: ReturnBasis;
  readonly close: number;
  /** Null on the first day of the data. */
  readonly prev_close: number | null;
  readonly prev_date: string | null;
  /** Points; percentage points for yields. Null on the first day and when `change_1d_status` is `prior-too-far`. */
  readonly change_1d: number | null;
  /** Percent; null for yields (and as `change_1d`). */
  readonly change_1d_pct: number | null;
  /** Basis points; yields only, else null (and as `change_1d`). */
  readonly change_1d_bp: number | null;
  /** Whether the change from `prev_close` is a one-day move, and why not (`one-day`, `first-day`, `prior-too-far`, `spans-saturday`: see {@link OneDayMoveStatus}). Only `one-day` moves have a `biggest_1d_since`. */
  readonly change_1d_status: OneDayMoveStatus;
  /** Calendar days from `prev_date` to `date`; null on the first day. */
  readonly prev_gap_days: number | null;
  /** The longest such gap that is still a one-day move for the instrument's kind (its market's longest closure plus slack), calendar days. */
  readonly max_1d_gap_days: number;
  /** Period returns in percent; null for yields or when the base close is not in the data. */
  readonly wtd_pct: number | null;
  readonly mtd_pct: number | null;
  readonly qtd_pct: number | null;
  readonly ytd_pct: number | null;
  /** Period changes in basis points; yields only, else null. */
  readonly wtd_bp: number | null;
  readonly mtd_bp: number | null;
  readonly qtd_bp: number | null;
  readonly ytd_bp: number | null;
  /** The base closes of the period moves (the prior week's, month's, quarter's, year's last close). */
  readonly wtd_base_date: string | null;
  readonly mtd_base_date: string | null;
  readonly qtd_base_date: string | null;
  readonly ytd_base_date: string | null;
  readonly mtd_base_close: number | null;
  readonly ytd_base_close: number | null;
  /** Highest close on or before the date, and its (first) date. */
  readonly record_close: number;
  readonly record_date: string;
  /** Close strictly above every earlier close (false on the first day of the data). */
  readonly is_record: boolean;
  /** Record closes in the date's calendar year up to and including the date. */
  readonly record_count_ytd: number;
  /** Highest close before the date; null on the first day. */
  readonly prior_record_close: number | null;
  readonly prior_record_date: string | null;
  /** Percent from `record_close` (<= 0); null for yields (a level, see `bp_from_record`). */
  readonly pct_from_record: number | null;
  /** Percent from `prior_record_close` (> 0 on a record day); null on the first day and for yields. */
  readonly pct_from_prior_record: number | null;
  /** Yields only: basis points from the highest level, close minus `record_close` (<= 0, on the 1e-6 bp grid); null for prices. */
  readonly bp_from_record: number | null;
  /** Highest/lowest close in the 52 weeks (364 days) ending on the date, inclusive. */
  readonly high_52w: number;
  readonly low_52w: number;
  readonly is_52w_high: boolean;
  readonly is_52w_low: boolean;
  /** Null for yields: a level has no correction or bear market. */
  readonly drawdown_state: DrawdownState | null;
  /** The state on the previous observation, to see one being entered or left; null on the first day and for yields. */
  readonly prev_drawdown_state: DrawdownState | null;
  /** Percent below the drawdown peak (>= 0), the peak and the date the state began; all null for yields. */
  readonly drawdown_pct: number | null;
  readonly drawdown_peak_close: number | null;
  readonly drawdown_peak_date: string | null;
  readonly drawdown_state_since: string | null;
  /** Signed count of consecutive up (+) or down (-) closes ending on the date; 0 if unchanged. */
  readonly streak_days: number;
  /** Most recent earlier date whose one-day move, same direction, was at least as large (only one-day moves compare); null: none, or the date's change is not a one-day move (`change_1d_status`). */
  readonly biggest_1d_since: string | null;
  /** That day's move (percent for prices, bp for yields), and its from/to closes. */
  readonly biggest_1d_since_move: number | null;
  readonly biggest_1d_since_from: number | null;
  readonly biggest_1d_since_to: number | null;
  /** Most recent completed month (`YYYY-MM`) whose move, same direction, was at least the MTD move. */
  readonly month_biggest_since: string | null;
  /** That month's move (percent for prices, bp for yields). */
  readonly month_biggest_since_move: number | null;
  /** Most recent earlier date whose one-day move in points, same direction, was at least as large (one-day moves only, as `biggest_1d_since`). */
  readonly biggest_1d_points_since: string | null;
  /** Trading days since `record_date` (0 on the record day itself). */
  readonly trading_days_since_record: number;
  /** The close is the highest since this date: the most recent earlier date with a close at least as high; null when none (highest in the data). */
  readonly highest_since: string | null;
  /** Likewise for the lowest close. */
  readonly lowest_since: string | null;
  /** Latest dates of the 52-week high and low. */
  readonly high_52w_date: string;
  readonly low_52w_date: string;
  /** 50- and 200-day simple moving averages of the closes ending on the date; null with fewer observations. */
  readonly ma_50: number | null;
  readonly ma_200: number | null;
}

/** Seasonality of one calendar month over a range of years, complete months only. */
export interface MonthSeasonality {
  /** 1-12. */
  readonly month: number;
  /** Mean and median monthly move in percent; null when n = 0 and for yields. */
  readonly mean_pct: number | null;
  readonly median_pct: number | null;
  /** Mean and median monthly change in basis points; yields only (null otherwise and when n = 0). */
  readonly mean_bp: number | null;
  readonly median_bp: number | null;
  /** Share of years the month closed higher, 0-1; null when n = 0. */
  readonly up_ratio: number | null;
  /** Number of complete months in the range. */
  readonly n: number;
  /** Rank by mean among the 12 months, 1 = best; null when n = 0. */
  readonly rank: number | null;
  /** The years of the largest and smallest move: `pct` for prices, `bp` for yields, the other null; null when n = 0. */
  readonly best: SeasonalExtreme | null;
  readonly worst: SeasonalExtreme | null;
  /** The years actually covered by complete months. */
  readonly first_year: number | null;
  readonly last_year: number | null;
}

/** One year's move of a calendar month: percent for prices (`bp` null), basis points for yields (`pct` null). */
export interface SeasonalExtreme {
  readonly year: number;
  readonly pct: number | null;
  readonly bp: number | null;
}
