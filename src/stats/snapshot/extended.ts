/**
 * The statistics beyond the contract snapshot, for one date: what `stats --json` adds under the
 * names below (docs/definitions.md, "Extended statistics"). Computed on demand from the index
 * (each a short scan or one O(n) pass), so the contract path (`statsOn`, `statsOnSeries`) does
 * not pay for them.
 */
import { monthOfMonthKey, yearOfMonthKey } from '../../series/calendar.js';
import type { DayNumber } from '../../core/date.js';
import { resolveAsOf } from '../as-of.js';
import { bullRun, episodeOnDate, type BullRun, type EpisodeOnDate } from '../drawdowns/episode-detail.js';
import { fundReport, type FundReport } from '../funds/fund-returns.js';
import { closeExtremesSince, fiftyTwoWeekStanding, yearToDateRange, type ExtremeSince, type RangeStanding } from '../highs-lows/standing.js';
import { periodRanking, yearRun, type PeriodRanking, type YearRun } from '../months/periods.js';
import { averageStanding, type AverageStanding } from '../moving-averages/standing.js';
import { pointMoveStanding, type PointMoveStanding } from '../points/point-moves.js';
import { nDayMoveBiggestSince, weekBiggestSince, type BiggestSince } from '../rankings/rankings.js';
import { currentRecordDrought, recordStreak, recordYear, type CurrentDrought, type RecordStreak, type RecordYear } from '../records/record-runs.js';
import { trailingReturn, type Move } from '../returns/returns.js';
import { nWeekMoveBiggestSince, pastMonthMoves, sessionsUpDown, type SessionCount } from '../returns/windows.js';
import { cycleSeasonality, nthTradingDayMoves, presidentialCyclePhase, summarizeMoves, type CyclePhase, type MoveSummary } from '../seasonality/cycle.js';
import type { StatsIndex } from '../stats-index.js';

/** Everything `stats --json` reports beyond the contract fields, as of one date. */
export interface ExtendedStats {
  /** The day's move in points: biggest since, ranks from the top and bottom. */
  readonly points_1d: PointMoveStanding;
  /** The drought since the last record (or the one a record just ended), records of the year, consecutive record closes. */
  readonly record_drought: CurrentDrought;
  readonly record_year: RecordYear;
  readonly record_streak: RecordStreak;
  /** The close against the year-to-date and 52-week highs and lows. */
  readonly ytd_range: RangeStanding;
  readonly range_52w: RangeStanding;
  /** "Highest (lowest) close since D" with that date's close and the years between. */
  readonly highest_close_since: ExtremeSince;
  readonly lowest_close_since: ExtremeSince;
  /** Up, down and unchanged sessions among the last 5, 10 and 20. */
  readonly sessions_5: SessionCount;
  readonly sessions_10: SessionCount;
  readonly sessions_20: SessionCount;
  /** 2-, 3- and 5-session moves and their biggest since (null when the data are shorter). */
  readonly move_2d: BiggestSince | null;
  readonly move_3d: BiggestSince | null;
  readonly move_5d: BiggestSince | null;
  /** Week to date against completed weeks, and 4- and 13-week moves against earlier ones. */
  readonly move_wtd: BiggestSince | null;
  readonly move_4w: BiggestSince | null;
  readonly move_13w: BiggestSince | null;
  /** "The past month" by the calendar and by 21 sessions; trailing 3-month and 1-year moves. */
  readonly past_month: { calendar: Move | null; sessions: Move | null };
  readonly return_3m: Move | null;
  readonly return_1y: Move | null;
  /** The month, quarter, half and year of the date (to date when in progress) ranked against earlier ones. */
  readonly month_rank: PeriodRanking | null;
  readonly quarter_rank: PeriodRanking | null;
  readonly half_rank: PeriodRanking | null;
  readonly year_rank: PeriodRanking | null;
  /** Consecutive up or down calendar years ending with the date's year. */
  readonly year_run: YearRun;
  /** The close against its 50- and 200-day averages. */
  readonly ma_50_standing: AverageStanding;
  readonly ma_200_standing: AverageStanding;
  /** The correction or bear market of the date (or the last before it) and the bull market's run; null for yields. */
  readonly drawdown_episode: EpisodeOnDate | null;
  readonly bull_run: BullRun | null;
  /** 1-, 3- and 5-year returns on each basis the data hold, with growth of $1,000 and maximum drawdown; null for yields. */
  readonly trailing_years: FundReport | null;
  /** The date's year in the presidential cycle, and the date's calendar month in years of that phase and in all years (complete months before the date's month). */
  readonly cycle_phase: CyclePhase;
  readonly month_in_cycle_phase: MoveSummary;
  /** The first trading day of the date's calendar month in every earlier year of the data. */
  readonly first_trading_day_of_month: MoveSummary;
}

/** {@link ExtendedStats} as of `date`. Throws ArgumentError('--date') before the data begin. */
export function extendedStatsOn(index: StatsIndex, date: DayNumber): ExtendedStats {
  const i = resolveAsOf(index.days, date);
  const key = index.monthKey[i] ?? 0;
  const year = yearOfMonthKey(key);
  const month = monthOfMonthKey(key);
  const phase = presidentialCyclePhase(year);
  const extremes = closeExtremesSince(index, date);
  return {
    points_1d: pointMoveStanding(index, date),
    record_drought: currentRecordDrought(index, date),
    record_year: recordYear(index, date),
    record_streak: recordStreak(index, date),
    ytd_range: yearToDateRange(index, date),
    range_52w: fiftyTwoWeekStanding(index, date),
    highest_close_since: extremes.highest,
    lowest_close_since: extremes.lowest,
    sessions_5: sessionsUpDown(index, date, 5),
    sessions_10: sessionsUpDown(index, date, 10),
    sessions_20: sessionsUpDown(index, date, 20),
    move_2d: nDayMoveBiggestSince(index, date, 2),
    move_3d: nDayMoveBiggestSince(index, date, 3),
    move_5d: nDayMoveBiggestSince(index, date, 5),
    move_wtd: weekBiggestSince(index, date),
    move_4w: nWeekMoveBiggestSince(index, date, 4),
    move_13w: nWeekMoveBiggestSince(index, date, 13),
    past_month: pastMonthMoves(index, date),
    return_3m: trailingReturn(index, date, 3, 'months'),
    return_1y: trailingReturn(index, date, 1, 'years'),
    month_rank: periodRanking(index, date, 'month'),
    quarter_rank: periodRanking(index, date, 'quarter'),
    half_rank: periodRanking(index, date, 'half'),
    year_rank: periodRanking(index, date, 'year'),
    year_run: yearRun(index, date),
    ma_50_standing: averageStanding(index, date, 50),
    ma_200_standing: averageStanding(index, date, 200),
    drawdown_episode: index.isYield ? null : episodeOnDate(index, date),
    bull_run: index.isYield ? null : bullRun(index, date),
    trailing_years: index.isYield ? null : fundReport(index.series, date),
    cycle_phase: phase,
    month_in_cycle_phase: cycleSeasonality(index, phase, month, { toYear: year - 1 }),
    first_trading_day_of_month: summarizeMoves(nthTradingDayMoves(index, 1, month, { toYear: year - 1 })),
  };
}
