/** `statsOn`: every statistic of the stats contract for one date, from a built index. */
import type { DayNumber } from '../../core/date.js';
import { resolveAsOf } from '../as-of.js';
import { headlineMove, pointChange } from '../precision.js';
import { moveBack, valueBack } from '../scans.js';
import type { StatsSnapshot } from '../contract.js';
import { assembleSnapshot, type SnapshotCore } from './snapshot-assembly.js';
import type { StatsIndex } from '../stats-index.js';

/**
 * All statistics of the `stats --json` contract as of `date`: the last observation on or
 * before it. A date after the data end uses the last observation; `requested_date` then
 * differs from `date` and shows the gap. Throws ArgumentError('--date') when the date is before
 * the data begin. O(1) apart from the 52-week window, the moving averages and the
 * month scan (all short).
 */
export function statsOn(index: StatsIndex, date: DayNumber): StatsSnapshot {
  const i = resolveAsOf(index.days, date);
  return assembleSnapshot(index, indexedCore(index, i), date);
}

/** The snapshot core at observation i, read from the index. */
export function indexedCore(index: StatsIndex, i: number): SnapshotCore {
  const at = <T extends Int32Array | Uint8Array>(array: T, j: number): number => array[j] ?? -1;
  const monthBiggest = findMonthBiggestSince(index, i);
  const close = index.values[i] ?? Number.NaN;
  return {
    i,
    recordIdx: at(index.recordIdx, i),
    priorRecordIdx: i > 0 ? at(index.recordIdx, i - 1) : -1,
    isRecord: index.isRecord[i] === 1,
    recordCountYtd: at(index.recordCountYtd, i),
    streak: at(index.streak, i),
    biggestIdx: at(index.biggestSinceIdx, i),
    biggestPointsIdx: moveBack(index.values, i, pointChange, index.oneDay),
    higherSinceIdx: valueBack(index.values, i, (other) => other >= close),
    lowerSinceIdx: valueBack(index.values, i, (other) => other <= close),
    drawdownState: at(index.drawdownState, i),
    prevDrawdownState: i > 0 ? at(index.drawdownState, i - 1) : null,
    drawdownPeakIdx: at(index.drawdownPeakIdx, i),
    drawdownSinceIdx: at(index.drawdownSinceIdx, i),
    weekStart: at(index.weekStart, i),
    monthStart: at(index.monthStart, i),
    quarterStart: at(index.quarterStart, i),
    yearStart: at(index.yearStart, i),
    monthBiggestKey: monthBiggest.key,
    monthBiggestMove: monthBiggest.move,
  };
}

/**
 * "On track for its biggest monthly gain since M": the month-to-date move at observation i
 * against the completed months before i's month, most recent first; the first whose move in
 * the same direction is at least as large (compared on the precision grid). `move` is that
 * month's reported move (unrounded percent; bp for yields). key -1 when there is none or no
 * month-to-date move.
 */
export function findMonthBiggestSince(index: StatsIndex, i: number): { key: number; move: number } {
  const ordinal = index.monthOrdinal[i] ?? 0;
  const start = index.monthStart[i] ?? 0;
  if (start === 0) return { key: -1, move: Number.NaN };
  const months = index.months;
  const mtd = headlineMove(index.isYield, index.values[start - 1] ?? Number.NaN, index.values[i] ?? Number.NaN);
  for (let m = ordinal - 1; m >= 0; m--) {
    const move = months.moves[m] ?? Number.NaN;
    if ((mtd > 0 && move >= mtd) || (mtd < 0 && move <= mtd)) return { key: months.keys[m] ?? -1, move: months.reportedMoves[m] ?? Number.NaN };
  }
  return { key: -1, move: Number.NaN };
}
