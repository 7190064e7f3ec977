/**
 * The per-series index: one pass over a series builds every running quantity (period starts,
 * running record, record counts, streaks, moves and "biggest since" links, drawdown states,
 * month-end closes), so that any question for any date is then O(1) or a short scan.
 */
import { InputError } from '../core/errors.js';
import { isYield } from '../core/instrument.js';
import type { DailySeries } from '../core/series.js';
import { closesOf, defaultBasis, reportedBasis } from '../series/closes.js';
import type { ReturnBasis } from './contract.js';
import { runDrawdown } from './drawdowns/drawdown.js';
import { monthStartsOf, monthTableFrom, type MonthTable } from './months/month-table.js';
import { maxOneDayGapDays, OneDayCode, oneDayMoveCodes } from './one-day/one-day-moves.js';
import { headlineMove } from './precision.js';
import { previousMoveAtLeast } from './previous-extreme.js';
import { nextStreak } from './streaks/streaks.js';

/** Everything {@link buildStatsIndex} computes for one series; read-only after the build. */
export interface StatsIndex {
  readonly series: DailySeries;
  readonly symbol: string;
  readonly basis: ReturnBasis;
  /** True for yields: moves in basis points, no percent returns. */
  readonly isYield: boolean;
  readonly days: Int32Array;
  /** The closes of `basis` (unadjusted for price, adjusted for total). */
  readonly values: Float64Array;
  /** Month key of each observation. */
  readonly monthKey: Int32Array;
  /** Index of the first observation of the observation's week (Mon-Sun), month, quarter, year. */
  readonly weekStart: Int32Array;
  readonly monthStart: Int32Array;
  readonly quarterStart: Int32Array;
  readonly yearStart: Int32Array;
  /** Index of the highest close on or before i (its first occurrence): the record. */
  readonly recordIdx: Int32Array;
  /** 1 when close i is strictly above every earlier close (0 on the first day). */
  readonly isRecord: Uint8Array;
  /** Record closes in i's calendar year up to and including i. */
  readonly recordCountYtd: Int32Array;
  /** Signed streak of closes above (+) or below (-) the prior close; 0 when unchanged or when the prior observation is too far back (one-day/). */
  readonly streak: Int32Array;
  /** Status code of each observation's pair with the one before (one-day/one-day-moves.ts `OneDayCode`). */
  readonly oneDay: Uint8Array;
  /** The longest gap in calendar days that is still a one-day move for the instrument's kind (`maxOneDayGapDays`). */
  readonly maxOneDayGapDays: number;
  /** One-day headline move (percent; bp for yields), on the grid; NaN on the first day and for every pair that is not a one-day move. */
  readonly moves: Float64Array;
  /** "Biggest since" link of `moves` (see previousMoveAtLeast); -1 for none. */
  readonly biggestSinceIdx: Int32Array;
  /** Drawdown state code (drawdowns/drawdown.ts), peak index and index the state began (-1: from the start). */
  readonly drawdownState: Uint8Array;
  readonly drawdownPeakIdx: Int32Array;
  readonly drawdownSinceIdx: Int32Array;
  readonly months: MonthTable;
  /** Position of each observation's month in `months`. */
  readonly monthOrdinal: Int32Array;
}

/** The indexes built so far of each series given to {@link shareStatsIndexes}, by the basis asked for. */
const sharedIndexes = new WeakMap<DailySeries, Map<ReturnBasis, StatsIndex>>();

/**
 * Marks a series as never changing for as long as it is in use (a store held in memory:
 * the server, `openStore`): {@link buildStatsIndex} then builds each basis's index of it once
 * and returns the same index after, and `statsOnSeries` answers from that index instead of
 * scanning the series again. Nothing changes for any other series.
 */
export function shareStatsIndexes(series: DailySeries): void {
  if (!sharedIndexes.has(series)) sharedIndexes.set(series, new Map());
}

/** True when {@link shareStatsIndexes} was called for the series. */
export function hasSharedStatsIndexes(series: DailySeries): boolean {
  return sharedIndexes.has(series);
}

/**
 * Builds the index of a series in one pass (plus O(n) stack passes). `basis` defaults to
 * `level` for a yield, `price` when unadjusted closes exist, else `total` (adjusted-only data);
 * a yield's index always has basis `level`. Throws InputError
 * when the series lacks the closes of the basis asked for, or has no observation. A series
 * given to {@link shareStatsIndexes} has each basis's index built once.
 */
export function buildStatsIndex(series: DailySeries, basis: ReturnBasis = defaultBasis(series)): StatsIndex {
  const shared = sharedIndexes.get(series);
  const built = shared?.get(basis);
  if (built !== undefined) return built;
  const index = computeStatsIndex(series, basis);
  shared?.set(basis, index);
  return index;
}

function computeStatsIndex(series: DailySeries, basis: ReturnBasis): StatsIndex {
  const values = closesOf(series, basis);
  const days = series.days;
  const n = days.length;
  if (n === 0) throw new InputError(`${series.instrument.symbol}: the series has no observation`);
  const yieldSeries = isYield(series.instrument);
  const monthKey = new Int32Array(n);
  const weekStart = new Int32Array(n);
  const monthStart = new Int32Array(n);
  const quarterStart = new Int32Array(n);
  const yearStart = new Int32Array(n);
  const recordIdx = new Int32Array(n);
  const isRecord = new Uint8Array(n);
  const recordCountYtd = new Int32Array(n);
  const streak = new Int32Array(n);
  const moves = new Float64Array(n);
  const monthOrdinal = new Int32Array(n);
  const { keys: monthKeys, starts: monthStarts } = monthStartsOf(days);
  const oneDay = oneDayMoveCodes(days, series.instrument.kind);

  let ordinal = 0;
  let week = Number.NaN;
  let bestIdx = 0;
  for (let i = 0; i < n; i++) {
    const day = days[i] ?? 0;
    const close = values[i] ?? Number.NaN;
    if (monthStarts[ordinal + 1] === i) ordinal++;
    const currentMonth = monthKeys[ordinal] ?? 0;
    monthKey[i] = currentMonth;
    monthOrdinal[i] = ordinal;
    const weekKey = Math.floor((day - 4) / 7);
    if (i === 0) {
      week = weekKey;
      moves[0] = Number.NaN;
      continue;
    }
    const prevMonth = monthKey[i - 1] ?? 0;
    const newMonth = currentMonth !== prevMonth;
    monthStart[i] = newMonth ? i : (monthStart[i - 1] ?? 0);
    quarterStart[i] = Math.floor(currentMonth / 3) !== Math.floor(prevMonth / 3) ? i : (quarterStart[i - 1] ?? 0);
    const newYear = Math.floor(currentMonth / 12) !== Math.floor(prevMonth / 12);
    yearStart[i] = newYear ? i : (yearStart[i - 1] ?? 0);
    weekStart[i] = weekKey !== week ? i : (weekStart[i - 1] ?? 0);
    week = weekKey;

    const prev = values[i - 1] ?? Number.NaN;
    const best = values[bestIdx] ?? Number.NaN;
    const record = close > best;
    if (record) bestIdx = i;
    recordIdx[i] = bestIdx;
    isRecord[i] = record ? 1 : 0;
    recordCountYtd[i] = (newYear ? 0 : (recordCountYtd[i - 1] ?? 0)) + (record ? 1 : 0);
    const code = oneDay[i] ?? OneDayCode.oneDay;
    streak[i] = code === OneDayCode.priorTooFar ? 0 : nextStreak(streak[i - 1] ?? 0, prev, close);
    moves[i] = code === OneDayCode.oneDay ? headlineMove(yieldSeries, prev, close) : Number.NaN;
  }

  const drawdownState = new Uint8Array(n);
  const drawdownPeakIdx = new Int32Array(n);
  const drawdownSinceIdx = new Int32Array(n);
  runDrawdown(values, n - 1, { state: drawdownState, peakIdx: drawdownPeakIdx, sinceIdx: drawdownSinceIdx });

  return {
    series,
    symbol: series.instrument.symbol,
    basis: reportedBasis(series, basis),
    isYield: yieldSeries,
    days,
    values,
    monthKey,
    weekStart,
    monthStart,
    quarterStart,
    yearStart,
    recordIdx,
    isRecord,
    recordCountYtd,
    streak,
    oneDay,
    maxOneDayGapDays: maxOneDayGapDays(series.instrument.kind),
    moves,
    biggestSinceIdx: previousMoveAtLeast(moves),
    drawdownState,
    drawdownPeakIdx,
    drawdownSinceIdx,
    months: monthTableFrom(values, monthKeys, monthStarts, yieldSeries),
    monthOrdinal,
  };
}

/**
 * True when month `ordinal` of the table is complete as of observation `asOfIdx`: the data
 * contain an observation of a later month on or before `asOfIdx`. The last month of the data
 * therefore never counts as complete (the data cannot show that it is over).
 */
export function isMonthComplete(index: StatsIndex, ordinal: number, asOfIdx: number = index.days.length - 1): boolean {
  return (index.months.endIdx[ordinal] ?? Number.MAX_SAFE_INTEGER) < asOfIdx;
}
