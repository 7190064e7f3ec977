/**
 * Turning the positions a statistics path found (record index, streak, drawdown state, ...)
 * into the JSON snapshot. Shared by the indexed path (statsOn) and the single-date path
 * (statsOnSeries), so both answer in exactly the same shape and units.
 */
import { formatIsoDay, formatMonthKey, type DayNumber } from '../../core/date.js';
import type { DrawdownState, ReturnBasis, StatsSnapshot } from '../contract.js';
import { isoAt, isoAtOrNull } from '../as-of.js';
import { DRAWDOWN_NAMES } from '../drawdowns/drawdown.js';
import { oneDayMoveStatusAt } from '../one-day/one-day-moves.js';
import { bpChange, reportedMove, unroundedPctChange, unroundedPointChange } from '../precision.js';
import { DAYS_IN_52_WEEKS, rangeOverDays } from '../highs-lows/range.js';
import { movingAverageAt } from '../moving-averages/moving-average.js';

/** The series a snapshot is computed on. */
export interface SnapshotSeries {
  readonly symbol: string;
  readonly basis: ReturnBasis;
  readonly isYield: boolean;
  readonly days: Int32Array;
  readonly values: Float64Array;
  /** Status code of each observation's pair with the one before (`oneDayMoveCodes`). */
  readonly oneDay: Uint8Array;
  /** The kind's longest gap that is still a one-day move, calendar days (`maxOneDayGapDays`). */
  readonly maxOneDayGapDays: number;
}

/** Positions and counts at observation `i`, found by either statistics path. */
export interface SnapshotCore {
  readonly i: number;
  /** Index of the highest close on or before i, and before i (-1 on the first day). */
  readonly recordIdx: number;
  readonly priorRecordIdx: number;
  readonly isRecord: boolean;
  readonly recordCountYtd: number;
  readonly streak: number;
  /** "Biggest since" links (-1: none) of the headline and the points move. */
  readonly biggestIdx: number;
  readonly biggestPointsIdx: number;
  readonly higherSinceIdx: number;
  readonly lowerSinceIdx: number;
  readonly drawdownState: number;
  readonly prevDrawdownState: number | null;
  readonly drawdownPeakIdx: number;
  readonly drawdownSinceIdx: number;
  /** First observation of i's week, month, quarter, year. */
  readonly weekStart: number;
  readonly monthStart: number;
  readonly quarterStart: number;
  readonly yearStart: number;
  /** Month key and reported move (unrounded percent; bp for yields) of the month found by "month biggest since", or -1 / NaN. */
  readonly monthBiggestKey: number;
  readonly monthBiggestMove: number;
}

/**
 * Builds the contract snapshot from a core. `requested` is the date asked for. Values are
 * reported unrounded (basis points of yields on the 1e-6 bp grid); a yield has no percent
 * values and no drawdown (those fields are null) but `bp_from_record`.
 */
export function assembleSnapshot(series: SnapshotSeries, core: SnapshotCore, requested: DayNumber): StatsSnapshot {
  const { days, values, isYield } = series;
  const i = core.i;
  const close = values[i] ?? Number.NaN;
  const at = (j: number): number => values[j] ?? Number.NaN;
  const prev = i > 0 ? at(i - 1) : null;
  const status = oneDayMoveStatusAt(series.oneDay, i);
  // A prior observation too far back gives no day's move at all; a two-session pair keeps its change.
  const dayBase = status === 'prior-too-far' ? null : prev;
  const pctFrom = (base: number): number | null => (isYield ? null : unroundedPctChange(base, close));
  const bpFrom = (base: number): number | null => (isYield ? bpChange(base, close) : null);
  const period = (start: number): { pct: number | null; bp: number | null; date: string | null; base: number | null } =>
    start <= 0
      ? { pct: null, bp: null, date: null, base: null }
      : { pct: pctFrom(at(start - 1)), bp: bpFrom(at(start - 1)), date: isoAt(days, start - 1), base: at(start - 1) };
  const week = period(core.weekStart);
  const month = period(core.monthStart);
  const quarter = period(core.quarterStart);
  const year = period(core.yearStart);
  const record = at(core.recordIdx);
  const priorRecord = core.priorRecordIdx >= 0 ? at(core.priorRecordIdx) : null;
  const range = rangeOverDays(days, values, i, DAYS_IN_52_WEEKS);
  const peak = isYield ? null : at(core.drawdownPeakIdx);
  const stateName = (code: number | null): DrawdownState | null => (isYield || code === null ? null : (DRAWDOWN_NAMES[code] ?? 'none'));
  const biggest = core.biggestIdx;
  return {
    symbol: series.symbol,
    date: isoAt(days, i),
    requested_date: formatIsoDay(requested),
    data_start: isoAt(days, 0),
    basis: series.basis,
    close,
    prev_close: prev,
    prev_date: isoAtOrNull(days, i - 1),
    change_1d: dayBase === null ? null : unroundedPointChange(dayBase, close),
    change_1d_pct: dayBase === null ? null : pctFrom(dayBase),
    change_1d_bp: dayBase === null ? null : bpFrom(dayBase),
    change_1d_status: status,
    prev_gap_days: i > 0 ? (days[i] ?? 0) - (days[i - 1] ?? 0) : null,
    max_1d_gap_days: series.maxOneDayGapDays,
    wtd_pct: week.pct,
    mtd_pct: month.pct,
    qtd_pct: quarter.pct,
    ytd_pct: year.pct,
    wtd_bp: week.bp,
    mtd_bp: month.bp,
    qtd_bp: quarter.bp,
    ytd_bp: year.bp,
    wtd_base_date: week.date,
    mtd_base_date: month.date,
    qtd_base_date: quarter.date,
    ytd_base_date: year.date,
    mtd_base_close: month.base,
    ytd_base_close: year.base,
    record_close: record,
    record_date: isoAt(days, core.recordIdx),
    is_record: core.isRecord,
    record_count_ytd: core.recordCountYtd,
    prior_record_close: priorRecord,
    prior_record_date: isoAtOrNull(days, core.priorRecordIdx),
    pct_from_record: pctFrom(record),
    pct_from_prior_record: priorRecord === null ? null : pctFrom(priorRecord),
    bp_from_record: bpFrom(record),
    high_52w: range.high,
    low_52w: range.low,
    is_52w_high: close >= range.high,
    is_52w_low: close <= range.low,
    drawdown_state: stateName(core.drawdownState),
    prev_drawdown_state: stateName(core.prevDrawdownState),
    drawdown_pct: peak === null ? null : -unroundedPctChange(peak, close) || 0,
    drawdown_peak_close: peak,
    drawdown_peak_date: isYield ? null : isoAt(days, core.drawdownPeakIdx),
    drawdown_state_since: isYield ? null : isoAtOrNull(days, core.drawdownSinceIdx),
    streak_days: core.streak,
    biggest_1d_since: isoAtOrNull(days, biggest),
    biggest_1d_since_move: biggest < 0 ? null : reportedMove(isYield, at(biggest - 1), at(biggest)),
    biggest_1d_since_from: biggest < 0 ? null : at(biggest - 1),
    biggest_1d_since_to: biggest < 0 ? null : at(biggest),
    month_biggest_since: core.monthBiggestKey < 0 ? null : formatMonthKey(core.monthBiggestKey),
    month_biggest_since_move: core.monthBiggestKey < 0 ? null : core.monthBiggestMove,
    biggest_1d_points_since: isoAtOrNull(days, core.biggestPointsIdx),
    trading_days_since_record: i - core.recordIdx,
    highest_since: isoAtOrNull(days, core.higherSinceIdx),
    lowest_since: isoAtOrNull(days, core.lowerSinceIdx),
    high_52w_date: isoAt(days, range.highIdx),
    low_52w_date: isoAt(days, range.lowIdx),
    ma_50: movingAverageAt(values, i, 50),
    ma_200: movingAverageAt(values, i, 200),
  };
}
