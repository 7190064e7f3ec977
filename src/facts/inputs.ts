/**
 * What the fact detectors read: for each instrument, its statistics on the date (from the
 * statistics engine), and the few extra statistics some detectors need. Detectors never
 * compute statistics themselves; they compare, select and score.
 */
import type { Instrument } from '../core/instrument.js';
import type { DailySeries } from '../core/series.js';
import type { MonthSeasonality, StatsSnapshot } from '../stats/contract.js';
import type { BiggestSince, PeriodRanking, PointMoveStanding, YearRun } from '../stats/index.js';

/** The week-to-date move and the last earlier week that moved at least as much the same way. */
export interface WeekMove {
  /** Percent for prices, basis points for yields. */
  readonly move: number;
  /** Last date of that earlier week (ISO); null when no earlier week moved as much. */
  readonly sinceDate: string | null;
  readonly sinceMove: number | null;
}

/** The earlier streak found for "the longest losing streak since ...": its last date (ISO) and its signed length in trading days. */
export interface EarlierStreak {
  readonly endDate: string;
  readonly days: number;
}

/** A level stated before the daily close exists (`--snapshot US10Y=4.27@15:00`). */
export interface SnapshotMark {
  readonly value: number;
  /** Minutes after midnight, exchange time; null when no time was stated. */
  readonly minutes: number | null;
}

/** The year's result on its last session: the engine's ranking of the year (`periodRanking`, years) and its run of up or down years (`yearRun`). */
export interface YearEndStats {
  readonly ranking: PeriodRanking;
  readonly run: YearRun;
  /** The run of years that each rose more than {@link BIG_YEAR_GAIN_PCT}%, ending with this one (`yearRun` with a minimum gain); length 0 when this year did not. */
  readonly bigGainRun: YearRun;
}

/** A year's gain larger than this (percent) is a "20% year"; two in a row are news. */
export const BIG_YEAR_GAIN_PCT = 20;

/**
 * On a day whose point move is the largest in the data in its direction: the round number of
 * points it reached (1, 2 or 5 times a power of ten: 1,086 points reach 1,000) and how
 * many days of the data, this one included, moved at least that many points that way
 * (`pointMoveDays`); 1 is "its first 1,000-point gain".
 */
export interface PointThresholdStats {
  /** Points (> 0). */
  readonly threshold: number;
  readonly daysAtLeast: number;
}

/**
 * On a date in a correction or a bear market: the current stay at or beyond the state's line
 * (10% below the peak for a correction, 20% for a bear market; `lineStayAt`).
 */
export interface DrawdownStay {
  /** First close of the current unbroken stay at or beyond the line (ISO); null when the close is back above the line. */
  readonly sinceDate: string | null;
  /** True when the stay began after the state did: the close came back above the line and fell past it again. */
  readonly isReentry: boolean;
}

/** A weekday the market was closed: its date (ISO), the calendar's name ("Thanksgiving Day"), and whether it was a special closure (a storm, a day of mourning) rather than a rule holiday. */
export interface WeekClosure {
  readonly date: string;
  readonly name: string;
  readonly special: boolean;
}

/**
 * On the week's last session (the market's calendar): what the week's result needs beyond its
 * move and "biggest since" (`week`): the closures that shortened it and its run of up (down)
 * weeks.
 */
export interface WeekEndStats {
  /** The market's closures on the week's weekdays, in date order; empty for a full week. */
  readonly closures: readonly WeekClosure[];
  /** Signed run of weeks ending with this one whose last close was above (+) or below (-) the prior week's last close; 0 for an unchanged week. */
  readonly run: number;
}

/** One instrument's statistics on the brief's date. */
export interface InstrumentStats {
  readonly instrument: Instrument;
  /** The series the statistics were computed from (with a snapshot level appended, if any). */
  readonly series: DailySeries;
  /** Statistics on the headline basis: price (unadjusted) when the data hold it, else total. */
  readonly snapshot: StatsSnapshot;
  /** Statistics on the total-return basis when the headline is price and adjusted closes exist. */
  readonly totalSnapshot: StatsSnapshot | null;
  /** Week-to-date "biggest since"; null when not computed. */
  readonly week: WeekMove | null;
  /** The most recent earlier streak at least as long as the current one, computed when |streak| >= 3; null otherwise or when there is none. */
  readonly earlierStreak: EarlierStreak | null;
  /** The signed length of the streak the date's move ended (four sessions or more, the other way), when the date's streak is one session; else null. */
  readonly snappedStreak: number | null;
  /** Seasonality of the coming month, when the date is near a month's end; else null. */
  readonly comingMonth: MonthSeasonality | null;
  /** Set when the date's level is a stated snapshot, not a daily close. */
  readonly preliminary: SnapshotMark | null;
  /** Indexes and yields on the year's last session (the market's calendar): the year's ranking and run; else null. */
  readonly yearEnd: YearEndStats | null;
  /** On the week's last session (not on a stated snapshot level): the week's holidays and run of weeks; else null. */
  readonly weekEnd: WeekEndStats | null;
  /** Indexes whose last two sessions moved the same way by 2% or more together: the two-session move and its biggest since (`nDayMoveBiggestSince`, n = 2); else null. */
  readonly twoDay: BiggestSince | null;
  /** Indexes on a day whose point move is the largest in the data in its direction (see PointThresholdStats); else null. */
  readonly pointThreshold: PointThresholdStats | null;
  /** Indexes on a day that moved 2% or more whose point move's "biggest since" is within 60 days: where the move ranks among all daily point moves (`pointMoveStanding`); else null. */
  readonly pointRank: PointMoveStanding | null;
  /** Indexes and funds in a correction or a bear market: the stay beyond the state's line; else null. */
  readonly drawdownStay: DrawdownStay | null;
}

/** Everything a fact pass reads. */
export interface FactInputs {
  /** The date asked for (ISO). */
  readonly requestedDate: string;
  readonly instruments: readonly InstrumentStats[];
  /** The instrument relative performance is measured against (`SPX`); absent: none. */
  readonly benchmark: string | null;
}
