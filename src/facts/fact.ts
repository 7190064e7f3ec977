/**
 * Facts are data: a discriminated union on `kind`. Every fact names its instrument and date,
 * holds exact (unrounded) values, a newsworthiness score, and its provenance: the observations
 * it was computed from and the rule that produced it. Sentences are written from facts
 * (src/narrative); a fact never holds text a reader sees.
 *
 * Units: fields ending in `Pct` are percent (`11.17` means +11.17%), `Bp` basis points
 * (`-14` means down 0.14 percentage point), `Points` index points or dollars; a field named
 * `move` is percent for prices and basis points for yields, as `unit` says.
 */
import type { EarlyCloseFact, PointRankFact, PointThresholdFact, TwoDayMoveFact, WeekResultFact, YearResultFact, YtdTurnFact } from './fact-beyond-day.js';
import type { DrawdownChangeFact, DrawdownStandingFact, FundReturnFact, MonthOnTrackFact, PeriodMoveFact, RelativePerformanceFact, SeasonalityFact, TotalReturnMoveFact } from './fact-periods.js';

export type { DrawdownChangeFact, DrawdownStandingFact, FundReturnFact, MonthOnTrackFact, PeriodMoveFact, RelativePerformanceFact, SeasonalityFact, TotalReturnMoveFact } from './fact-periods.js';

/** One observation a fact was computed from: the value of `symbol` on `date` (ISO). */
export interface Observation {
  readonly symbol: string;
  readonly date: string;
  /** The close (a yield level in percent for yields). */
  readonly value: number;
  /** What the value is: "close", "prior close", "record close", "base close"... */
  readonly role: string;
  /** True when the value is a stated snapshot, not a daily close. */
  readonly preliminary?: boolean;
}

/** Where a fact came from: the rule (a stable id and its plain statement) and its inputs. */
export interface Provenance {
  readonly rule: string;
  readonly statement: string;
  readonly observations: readonly Observation[];
}

/** `pct` for price instruments (percent moves), `bp` for yields (basis-point moves). */
export type MoveUnit = 'pct' | 'bp';

/** Fields every fact has. */
export interface FactBase {
  readonly symbol: string;
  /** The date the fact is about (the date used, ISO). */
  readonly date: string;
  /** Newsworthiness 0-100; higher leads the story. */
  readonly score: number;
  /** True when computed from a stated snapshot level rather than a daily close. */
  readonly preliminary: boolean;
  /** True when the data reach back to the instrument's first day (core/series `holdsWholeHistory`): "the largest in the data" is then "the largest ever". */
  readonly wholeHistory: boolean;
  readonly provenance: Provenance;
}

/** The day's close and move against the prior close. */
export interface DayMoveFact extends FactBase {
  readonly kind: 'day-move';
  readonly close: number;
  readonly prevClose: number;
  readonly prevDate: string;
  /** Points (percentage points for yields). */
  readonly changePoints: number;
  /** Percent for prices, basis points for yields. */
  readonly move: number;
  readonly unit: MoveUnit;
  /** The snapshot's time of day in minutes after midnight, when preliminary and stated. */
  readonly snapshotMinutes: number | null;
}

/**
 * The day's close when there is no day's move to tell (src/stats/one-day): the first day of
 * the data (`data-start`), or a prior observation more than `maxGapDays` calendar days back
 * (`after-gap`: missing data, not a closure).
 */
export interface DayCloseFact extends FactBase {
  readonly kind: 'day-close';
  readonly close: number;
  readonly reason: 'data-start' | 'after-gap';
  /** The prior observation's date and its distance in calendar days; null on the first day. */
  readonly prevDate: string | null;
  readonly gapDays: number | null;
  /** The longest gap that is still a one-day move for the instrument's kind, calendar days. */
  readonly maxGapDays: number;
}

/** A record close: the close is above every earlier close. */
export interface RecordCloseFact extends FactBase {
  readonly kind: 'record-close';
  readonly close: number;
  readonly priorRecordClose: number;
  readonly priorRecordDate: string;
  /** Record closes in the calendar year up to and including the date (this one included). */
  readonly countYtd: number;
  readonly year: number;
  /** True when the prior record is in an earlier year: "the first record close since D". */
  readonly isFirstSince: boolean;
  readonly dataStart: string;
  /**
   * True when the year is the data's first year: the count runs from the data start, not from
   * Jan. 1 ("its fifth record close since the data begin on Sept. 10, 1987").
   */
  readonly countSinceDataBegin: boolean;
}

/** The latest record close this year, when the date itself is not a record. */
export interface LatestRecordFact extends FactBase {
  readonly kind: 'latest-record';
  readonly recordClose: number;
  readonly recordDate: string;
  /** How far the date's close is below that record, percent (positive). */
  readonly belowPct: number;
  /** Record closes in the year up to the date: the latest record was the nth. */
  readonly countYtd: number;
  readonly year: number;
  readonly dataStart: string;
  /** True when the year is the data's first year: the count runs from the data start. */
  readonly countSinceDataBegin: boolean;
}

/** The close is within 1% of the record close without being one. */
export interface NearRecordFact extends FactBase {
  readonly kind: 'near-record';
  readonly close: number;
  readonly recordClose: number;
  readonly recordDate: string;
  /** Percent below the record (> 0). */
  readonly belowPct: number;
  readonly belowPoints: number;
}

/** A 52-week high or low close (not reported when it is also a record close). */
export interface FiftyTwoWeekFact extends FactBase {
  readonly kind: 'fifty-two-week';
  readonly side: 'high' | 'low';
  readonly close: number;
}

/** The highest (lowest) close since a date more than 52 weeks back, short of a record. */
export interface ExtremeSinceFact extends FactBase {
  readonly kind: 'extreme-since';
  readonly side: 'high' | 'low';
  readonly close: number;
  /** The most recent earlier date with a close at least as high (low); null: the lowest in the data. */
  readonly sinceDate: string | null;
  readonly sinceClose: number | null;
  readonly dataStart: string;
  /** True when `sinceDate` is the date of the record close (the close is below the record, so the highest since the record). */
  readonly sinceIsRecord: boolean;
}

/** The biggest one-day (or week-to-date) move since a date. */
export interface BiggestMoveFact extends FactBase {
  readonly kind: 'biggest-move';
  readonly period: 'day' | 'week';
  readonly move: number;
  readonly unit: MoveUnit;
  /** The most recent earlier date (the day, or the week's last date) that moved at least as much; null: the largest in the data. */
  readonly sinceDate: string | null;
  readonly sinceMove: number | null;
  /** That day's from/to closes, when known. */
  readonly sinceFrom: number | null;
  readonly sinceTo: number | null;
  readonly dataStart: string;
}

/** The biggest one-day move in index points since a date: "its biggest point drop since Oct. 27, 1997". */
export interface PointMoveFact extends FactBase {
  readonly kind: 'point-move';
  /** The day's change in index points (signed). */
  readonly points: number;
  /** The day's move in percent, for the sentence's "or X%". */
  readonly movePct: number;
  /** The most recent earlier day whose point move, same direction, was at least as large (ties count); null: the largest in the data. */
  readonly sinceDate: string | null;
  readonly dataStart: string;
  /**
   * True when the move is at least 25% of the data's first close: larger than any one-day move
   * on record (22.6%, Oct. 19, 1987) at the level where the data begin, so a largest point move
   * in the data is the largest ever, not an artifact of where the file starts.
   */
  readonly beyondDataStart: boolean;
}

/**
 * A market closed by its calendar around the date: the exchange's first session after a closure
 * of two weekdays or more (`resumed`), or the bond market closed on the date asked for while the
 * series' figures are of an earlier day (`closed`).
 */
export interface MarketClosedFact extends FactBase {
  readonly kind: 'market-closed';
  /** `nyse` or `bonds` (src/calendar). */
  readonly market: 'nyse' | 'bonds';
  /** `resumed`: the date is the first session after the closure; `closed`: the market was closed on `closedDate`. */
  readonly situation: 'resumed' | 'closed';
  /** The closure's name from the calendar ("Hurricane Sandy", "Columbus Day"). */
  readonly holiday: string;
  /** Weekdays closed (ISO), in order. */
  readonly closedDays: readonly string[];
  /** The last session before the closure (ISO). */
  readonly lastSession: string;
}

/** Consecutive up or down closes, three or more. */
export interface StreakFact extends FactBase {
  readonly kind: 'streak';
  /** Signed: +6 is six straight gains, -3 three straight losses. */
  readonly days: number;
  /** Last date of the most recent earlier streak in the same direction at least as long; null: the longest in the data. */
  readonly sinceDate: string | null;
  /** That streak's signed length, trading days; null with `sinceDate`. */
  readonly sinceDays: number | null;
  /** A streak snapped: the signed length of the streak the date's move ended (`days` is then ±1); else null. */
  readonly snapped: number | null;
  readonly dataStart: string;
}

/** First close ever above a round level. */
export interface MilestoneFact extends FactBase {
  readonly kind: 'milestone';
  readonly level: number;
  readonly close: number;
  /** True for the larger round numbers (6,000 rather than 5,900). */
  readonly isMajor: boolean;
}

/** Every fact kind. */
export type Fact =
  | DayMoveFact
  | DayCloseFact
  | RecordCloseFact
  | LatestRecordFact
  | NearRecordFact
  | FiftyTwoWeekFact
  | ExtremeSinceFact
  | BiggestMoveFact
  | PointMoveFact
  | MarketClosedFact
  | MonthOnTrackFact
  | StreakFact
  | DrawdownChangeFact
  | DrawdownStandingFact
  | TotalReturnMoveFact
  | MilestoneFact
  | PeriodMoveFact
  | RelativePerformanceFact
  | SeasonalityFact
  | FundReturnFact
  | WeekResultFact
  | YearResultFact
  | YtdTurnFact
  | TwoDayMoveFact
  | PointThresholdFact
  | PointRankFact
  | EarlyCloseFact;

/** The `kind` of a fact. */
export type FactKind = Fact['kind'];

/** The fact of a given kind. */
export type FactOf<K extends FactKind> = Extract<Fact, { kind: K }>;
