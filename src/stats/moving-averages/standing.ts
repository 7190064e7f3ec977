/**
 * The close against its moving average: above or below, by how much, for how many sessions in
 * a row, and "the first close below its 50-day average since July 6" (the last earlier close
 * on the same side before the current run). Simple averages of closes (movingAverageSeries).
 */
import type { DayNumber } from '../../core/date.js';
import { isoAtOrNull, resolveAsOf } from '../as-of.js';
import { bpChange, unroundedPctChange } from '../precision.js';
import type { StatsIndex } from '../stats-index.js';
import { movingAverageAt, movingAverageSeries } from './moving-average.js';

/** Side of the close against its average. */
export type AverageSide = 'above' | 'below' | 'equal';

/** The close against its `window`-day average on a date. */
export interface AverageStanding {
  readonly window: number;
  /** The average (the series' unit); null with fewer than `window` observations, and then every field below is null or 0. */
  readonly average: number | null;
  readonly side: AverageSide | null;
  /** (close / average − 1) × 100 (prices; null for yields) and (close − average) × 100 in bp (yields only). */
  readonly pct_from_average: number | null;
  readonly bp_from_average: number | null;
  /** Consecutive sessions on this side ending on the date (1: the first close on this side); 0 when equal or no average. */
  readonly sessions_on_side: number;
  /** The last close on the same side before the current run ("the first close below since D"); null when none since the average exists. */
  readonly previous_on_side: string | null;
}

/** {@link AverageStanding} as of `date` for a `window`-day average (50, 200). O(n). */
export function averageStanding(index: StatsIndex, date: DayNumber, window: number): AverageStanding {
  const i = resolveAsOf(index.days, date);
  const averages = movingAverageSeries(index.values.subarray(0, i + 1), window);
  const sideAt = (j: number): number => {
    const gap = (index.values[j] ?? Number.NaN) - (averages[j] ?? Number.NaN);
    return Number.isNaN(gap) ? Number.NaN : Math.sign(gap);
  };
  // The date's own average as the snapshot's `ma_50` / `ma_200` computes it (a fresh sum, not the running one).
  const average = movingAverageAt(index.values, i, window) ?? Number.NaN;
  if (Number.isNaN(average)) return { window, average: null, side: null, pct_from_average: null, bp_from_average: null, sessions_on_side: 0, previous_on_side: null };
  const close = index.values[i] ?? Number.NaN;
  const side = Math.sign(close - average);
  let run = 0;
  if (side !== 0) {
    run = 1;
    while (i - run >= 0 && sideAt(i - run) === side) run++;
  }
  let previous = -1;
  if (side !== 0) for (let j = i - run; j >= 0 && previous < 0; j--) if (sideAt(j) === side) previous = j;
  return {
    window,
    average,
    side: side > 0 ? 'above' : side < 0 ? 'below' : 'equal',
    pct_from_average: index.isYield ? null : unroundedPctChange(average, close),
    bp_from_average: index.isYield ? bpChange(average, close) : null,
    sessions_on_side: run,
    previous_on_side: isoAtOrNull(index.days, previous),
  };
}
