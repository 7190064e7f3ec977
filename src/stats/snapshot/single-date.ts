/**
 * `statsOnSeries`: the same snapshot as `statsOn(buildStatsIndex(series), date)`, computed for
 * one date without building the index: one forward pass for the record and the drawdown
 * state up to the date, binary searches for period starts, and short backward scans for
 * streaks and "biggest since". For screening many instruments on one date.
 */
import { civilFromDay, dayFromCivil, type DayNumber } from '../../core/date.js';
import { isYield } from '../../core/instrument.js';
import type { DailySeries } from '../../core/series.js';
import { periodStartDay } from '../../series/calendar.js';
import { closesOf, defaultBasis, reportedBasis } from '../../series/closes.js';
import { indexOnOrAfter } from '../../series/lookup.js';
import { resolveAsOf } from '../as-of.js';
import type { ReturnBasis, StatsSnapshot } from '../contract.js';
import { runDrawdown } from '../drawdowns/drawdown.js';
import { buildStatsIndex, hasSharedStatsIndexes } from '../stats-index.js';
import { headlineMove, pointChange, reportedMove } from '../precision.js';
import { maxOneDayGapDays, oneDayMoveCodes } from '../one-day/one-day-moves.js';
import { moveBack, streakBack, valueBack } from '../scans.js';
import { assembleSnapshot, type SnapshotCore, type SnapshotSeries } from './snapshot-assembly.js';
import { statsOn } from './snapshot.js';

/**
 * Every statistic of the stats contract for one date, without an index; identical to
 * `statsOn(buildStatsIndex(series, basis), date)`. O(number of observations up to the date);
 * for a series given to `shareStatsIndexes`, that index's look-up. Throws as buildStatsIndex
 * and statsOn do.
 */
export function statsOnSeries(series: DailySeries, date: DayNumber, basis: ReturnBasis = defaultBasis(series)): StatsSnapshot {
  const values = closesOf(series, basis);
  // A series kept in memory (shareStatsIndexes) has its index built once: a look-up, not a scan.
  if (series.days.length > 0 && hasSharedStatsIndexes(series)) return statsOn(buildStatsIndex(series, basis), date);
  const kind = series.instrument.kind;
  const view: SnapshotSeries = {
    symbol: series.instrument.symbol,
    basis: reportedBasis(series, basis),
    isYield: isYield(series.instrument),
    days: series.days,
    values,
    oneDay: oneDayMoveCodes(series.days, kind),
    maxOneDayGapDays: maxOneDayGapDays(kind),
  };
  const i = resolveAsOf(series.days, date);
  return assembleSnapshot(view, singleDateCore(view, i), date);
}

/** The snapshot core at observation i, computed by scans. */
export function singleDateCore(view: SnapshotSeries, i: number): SnapshotCore {
  const { days, values, isYield: yieldSeries, oneDay } = view;
  const day = (days[i] ?? 0) as DayNumber;
  const yearStart = indexOnOrAfter(days, periodStartDay('year', day));
  let best = values[0] ?? Number.NaN;
  let bestIdx = 0;
  let priorIdx = 0;
  let count = 0;
  for (let j = 1; j <= i; j++) {
    const close = values[j] ?? Number.NaN;
    if (j === i) priorIdx = bestIdx;
    if (close > best) {
      best = close;
      bestIdx = j;
      if (j >= yearStart) count++;
    }
  }
  const drawdown = runDrawdown(values, i);
  const close = values[i] ?? Number.NaN;
  const monthStart = indexOnOrAfter(days, periodStartDay('month', day));
  const monthBiggest = scanMonthBiggest(view, i, monthStart);
  return {
    i,
    recordIdx: bestIdx,
    priorRecordIdx: i > 0 ? priorIdx : -1,
    isRecord: i > 0 && bestIdx === i,
    recordCountYtd: count,
    streak: streakBack(values, i, oneDay),
    biggestIdx: moveBack(values, i, (a, b) => headlineMove(yieldSeries, a, b), oneDay),
    biggestPointsIdx: moveBack(values, i, pointChange, oneDay),
    higherSinceIdx: valueBack(values, i, (other) => other >= close),
    lowerSinceIdx: valueBack(values, i, (other) => other <= close),
    drawdownState: drawdown.state,
    prevDrawdownState: drawdown.prevState,
    drawdownPeakIdx: drawdown.peakIdx,
    drawdownSinceIdx: drawdown.sinceIdx,
    weekStart: indexOnOrAfter(days, periodStartDay('week', day)),
    monthStart,
    quarterStart: indexOnOrAfter(days, periodStartDay('quarter', day)),
    yearStart,
    monthBiggestKey: monthBiggest.key,
    monthBiggestMove: monthBiggest.move,
  };
}

function scanMonthBiggest(view: SnapshotSeries, i: number, monthStart: number): { key: number; move: number } {
  const { days, values, isYield: yieldSeries } = view;
  const none = { key: -1, move: Number.NaN };
  if (monthStart === 0) return none;
  const mtd = headlineMove(yieldSeries, values[monthStart - 1] ?? Number.NaN, values[i] ?? Number.NaN);
  if (!(mtd !== 0)) return none;
  const { year, month } = civilFromDay((days[i] ?? 0) as DayNumber);
  let key = year * 12 + month - 1;
  let end = monthStart - 1;
  while (end >= 0) {
    key--;
    const start = indexOnOrAfter(days, dayFromCivil(Math.floor(key / 12), (key % 12) + 1, 1));
    if (start > end) continue;
    if (start === 0) return none;
    const base = values[start - 1] ?? Number.NaN;
    const last = values[end] ?? Number.NaN;
    const move = headlineMove(yieldSeries, base, last);
    if ((mtd > 0 && move >= mtd) || (mtd < 0 && move <= mtd)) return { key, move: reportedMove(yieldSeries, base, last) };
    end = start - 1;
  }
  return none;
}
