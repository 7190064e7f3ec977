/**
 * Facts of periods, drawdowns and funds (units as in fact.ts): the month on track, the period
 * moves and the gap to the benchmark, the drawdown's changes and standing, the coming month's
 * seasonal record, and the returns of funds.
 */
import type { DrawdownState, ReturnBasis } from '../stats/contract.js';
import type { FactBase, MoveUnit } from './fact.js';

/** The month-to-date move, on track for the biggest monthly move since a month. */
export interface MonthOnTrackFact extends FactBase {
  readonly kind: 'month-on-track';
  readonly move: number;
  readonly unit: MoveUnit;
  /** The month (`YYYY-MM`) last moving at least as much the same way; null: the largest in the data. */
  readonly sinceMonth: string | null;
  readonly sinceMove: number | null;
  /** True when the data already hold a later month: the move is the month's, not one in progress. */
  readonly isMonthComplete: boolean;
  readonly dataStart: string;
}

/**
 * Entering or leaving a correction or a bear market; a new bull market; or falling back past
 * the line of a state entered earlier (10% below the peak for a correction, 20% for a bear
 * market) after closing above it (`isReentry`: "fell back into a correction").
 */
export interface DrawdownChangeFact extends FactBase {
  readonly kind: 'drawdown-change';
  /** The state on the previous observation and on the date; both the state when `isReentry`. */
  readonly from: DrawdownState;
  readonly to: DrawdownState;
  /** True when the close fell back past the line of the state it was already in. */
  readonly isReentry: boolean;
  /** The first close of the engine's state on the date (`drawdown_state_since`): for a re-entry, the day the state began. */
  readonly stateSinceDate: string | null;
  /** Percent below the peak (>= 0) on the date. */
  readonly drawdownPct: number;
  readonly peakClose: number;
  readonly peakDate: string;
  /** The record close (highest close on or before the date) and its date: a peak after a rally is not the record. */
  readonly recordClose: number;
  readonly recordDate: string;
  /** Percent below the record close (>= 0) on the date. */
  readonly belowRecordPct: number;
}

/** Standing in a correction or bear market entered on an earlier day (the day of entering is a drawdown-change). */
export interface DrawdownStandingFact extends FactBase {
  readonly kind: 'drawdown-standing';
  readonly state: 'correction' | 'bear';
  /** Percent below the peak (> 0) on the date. */
  readonly drawdownPct: number;
  readonly peakClose: number;
  readonly peakDate: string;
  /** True when the peak is the record close ("below its record of Feb. 19"). */
  readonly peakIsRecord: boolean;
  /**
   * The first close of the current stay at or beyond the state's line (10% below the peak for a
   * correction, 20% for a bear market): the day the state was entered, or the later day the
   * close fell back past the line after closing above it; null when the close is now above the
   * line (the index has recovered part of the way: "still 8.1% below its record").
   */
  readonly sinceDate: string | null;
  /** True when the current stay began after the state did: the close came back above the line in between ("has been back in a correction since"). */
  readonly isReentry: boolean;
  /** The first close of the engine's state (`drawdown_state_since`), which lasts until a close above the peak (a bear market: 20% above its low). */
  readonly stateSinceDate: string | null;
  /** The record close and its date (the same as the peak when `peakIsRecord`). */
  readonly recordClose: number;
  readonly recordDate: string;
  /** Percent below the record close (> 0) on the date; equals `drawdownPct` when the peak is the record. */
  readonly belowRecordPct: number;
}

/**
 * The day's move of an instrument whose data hold only adjusted closes (IWO): a total return,
 * dividends included. It has no close level: an adjusted close is not a price anyone traded at.
 */
export interface TotalReturnMoveFact extends FactBase {
  readonly kind: 'total-return-move';
  readonly basis: 'total';
  /** Percent, from the prior adjusted close. */
  readonly move: number;
  readonly prevDate: string;
  /** The most recent earlier day whose total return, same direction, was at least as large; null: the largest in the data. */
  readonly sinceDate: string | null;
  /** That day's total return, percent; null with `sinceDate`. */
  readonly sinceMove: number | null;
  readonly dataStart: string;
}

/** A week-, month-, quarter- or year-to-date move. */
export interface PeriodMoveFact extends FactBase {
  readonly kind: 'period-move';
  /** `wtd` from the prior week's last close (the closing table's "For the week"), then month, quarter, year. */
  readonly period: 'wtd' | 'mtd' | 'qtd' | 'ytd';
  readonly move: number;
  /** The close minus the base close: index points (dollars for funds, percentage points for yields). */
  readonly changePoints: number;
  readonly unit: MoveUnit;
  readonly basis: ReturnBasis;
  readonly baseClose: number;
  readonly baseDate: string;
  /** Month (1-12) or quarter (1-4) or year the period is, for "in November"; the year for a week. */
  readonly periodNumber: number;
}

/** One instrument's period move against a benchmark's. */
export interface RelativePerformanceFact extends FactBase {
  readonly kind: 'relative-performance';
  readonly period: 'mtd' | 'ytd';
  readonly move: number;
  readonly benchmark: string;
  readonly benchmarkMove: number;
  /** move - benchmarkMove, percentage points. */
  readonly gapPoints: number;
}

/** The seasonal record of the coming month, stated when a month is ending. */
export interface SeasonalityFact extends FactBase {
  readonly kind: 'seasonality';
  /** The coming month, 1-12. */
  readonly month: number;
  /** Mean and median move: percent for prices, basis points for yields (as `unit` says). */
  readonly meanPct: number;
  readonly medianPct: number;
  /** Share of years higher, 0-1. */
  readonly upRatio: number;
  readonly n: number;
  /** 1 = best of the 12 months, 12 = worst. */
  readonly rank: number;
  readonly firstYear: number;
  readonly lastYear: number;
  /** The years of the largest and smallest move of that month, and the moves (percent; bp for yields). */
  readonly bestYear: number;
  readonly bestMove: number;
  readonly worstYear: number;
  readonly worstMove: number;
  readonly unit: MoveUnit;
}

/** An ETF's year-to-date return, saying which kind it is and which one cannot be computed. */
export interface FundReturnFact extends FactBase {
  readonly kind: 'fund-return';
  /** Price return in percent (unadjusted closes); null when the data hold none. */
  readonly pricePct: number | null;
  /** Total return in percent (adjusted closes); null when the data hold none. */
  readonly totalPct: number | null;
  /** Why a missing return cannot be computed, or null when both are known. */
  readonly unavailable: 'price' | 'total' | null;
}
