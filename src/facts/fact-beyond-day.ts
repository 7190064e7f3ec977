/**
 * Facts that look beyond the day's own move (units as in fact.ts): the week's and the year's
 * results on their last sessions, the year-to-date move changing sign, the two-day move, the first move of a
 * round number of points, and an early close of the exchange.
 */
import type { FactBase, MoveUnit } from './fact.js';

/** The year's result on its last session, ranked against the data's earlier years. */
export interface YearResultFact extends FactBase {
  readonly kind: 'year-result';
  readonly year: number;
  /** Percent for prices, basis points for yields. */
  readonly move: number;
  readonly unit: MoveUnit;
  /** The close minus the prior year-end close: index points (percentage points for yields). */
  readonly changePoints: number;
  readonly baseClose: number;
  readonly baseDate: string;
  /** The most recent earlier year that moved at least as much the same way, and its move; null: none in the data. */
  readonly sinceYear: number | null;
  readonly sinceMove: number | null;
  /** True when `sinceYear` is news: at least three years back, or none in ten years or more of data. */
  readonly sinceIsNews: boolean;
  /** Rank among the data's years to date, this one included: 1 = the best (`rank`) or the worst (`rankFromBottom`); `years` ranked. */
  readonly rank: number;
  readonly rankFromBottom: number;
  readonly years: number;
  /** Signed run of up (+) or down (-) years ending with this one; 0 for an unchanged year. */
  readonly run: number;
  /** Last year of the most recent earlier run the same way at least as long (for a run of 1: the last earlier up or down year); null: none. */
  readonly runSinceYear: number | null;
  /** True when the run is news (prices only): a first up (down) year in three years or more, or three gains (two losses) in a row or more. */
  readonly runIsNews: boolean;
  /** Years in a row, ending with this one, that each rose more than 20% (prices; 0 when this year did not, and for yields). */
  readonly bigGainRun: number;
  /** Last year of the most recent earlier run of such years at least as long; null: none in the data. */
  readonly bigGainRunSinceYear: number | null;
  readonly dataStart: string;
}

/** The week's result on its last session: its move, its "best (worst) week since", the closures that shortened it and its run of weeks. */
export interface WeekResultFact extends FactBase {
  readonly kind: 'week-result';
  /** Percent for prices, basis points for yields, from the prior week's last close (`baseDate`). */
  readonly move: number;
  readonly unit: MoveUnit;
  /** The close minus the prior week's last close: index points (percentage points for yields). */
  readonly changePoints: number;
  readonly baseClose: number;
  readonly baseDate: string;
  /** Last date of the most recent earlier week that moved at least as much the same way, and its move; null: none in the data. */
  readonly sinceDate: string | null;
  readonly sinceMove: number | null;
  /** True when `sinceDate` is news: 13 weeks back or more, or none in a year of data or more. */
  readonly sinceIsNews: boolean;
  /** The market's closures on the week's weekdays (ISO date, name, whether a special closure); empty for a full week. */
  readonly closures: readonly { readonly date: string; readonly name: string; readonly special: boolean }[];
  /** Signed run of up (+) or down (-) weeks ending with this one; 0 for an unchanged week. */
  readonly run: number;
  /** True when the run is news: five weeks or more. */
  readonly runIsNews: boolean;
  readonly dataStart: string;
}

/** The year-to-date move changed sign on the day: "turned negative for the year". */
export interface YtdTurnFact extends FactBase {
  readonly kind: 'ytd-turn';
  readonly year: number;
  /** Year to date on the day and on the prior session, percent (opposite signs, neither zero). */
  readonly move: number;
  readonly priorMove: number;
  readonly baseClose: number;
  readonly baseDate: string;
  readonly prevDate: string;
}

/** The two-session move when it reaches further back than the day's own: "its biggest two-day drop since March 12, 2020". */
export interface TwoDayMoveFact extends FactBase {
  readonly kind: 'two-day-move';
  /** Percent, from the close two sessions back (`fromDate`). */
  readonly move: number;
  readonly unit: MoveUnit;
  readonly fromDate: string;
  readonly fromClose: number;
  /** Last day of the most recent earlier two-session window that moved at least as much the same way; null: none in the data. */
  readonly sinceDate: string | null;
  readonly sinceMove: number | null;
  /** The day's own "biggest since" (the engine's `biggest_1d_since`), which the two-day move reaches beyond. */
  readonly daySinceDate: string | null;
  readonly dataStart: string;
}

/** The first day in the data whose point move reached a round number of points: "its first 1,000-point gain". */
export interface PointThresholdFact extends FactBase {
  readonly kind: 'point-threshold';
  /** The day's change in points (signed) and in percent. */
  readonly points: number;
  readonly movePct: number;
  /** The round number reached (> 0): the largest 1, 2 or 5 times a power of ten at or below the move's size. */
  readonly threshold: number;
  readonly dataStart: string;
}

/** A big day's point move among the biggest in the data, matched within 60 days: "its second-biggest point drop ever". */
export interface PointRankFact extends FactBase {
  readonly kind: 'point-rank';
  /** The day's change in points (signed) and in percent. */
  readonly points: number;
  readonly movePct: number;
  /** 2 = the second-biggest gain (drop) among every daily point move of the data to the date; ties share the better rank. */
  readonly rank: number;
  /** Daily moves ranked. */
  readonly count: number;
  /** As point-move's: the move is at least 25% of the data's first close, so the rank is of all time ("ever"). */
  readonly beyondDataStart: boolean;
  readonly dataStart: string;
}

/** The exchange closed early on the date (the NYSE calendar's early closes): "in a shortened session". */
export interface EarlyCloseFact extends FactBase {
  readonly kind: 'early-close';
  /** Closing time, 24-hour `HH:MM` New York time. */
  readonly closeTime: string;
  /** The occasion: "Christmas Eve", "day after Thanksgiving". */
  readonly occasion: string;
}
