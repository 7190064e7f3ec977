/** Simple moving averages (50-, 200-day) at one observation and over a series, and their crossings. */
import type { DayNumber } from '../../core/date.js';
import { isoAt, resolveAsOf } from '../as-of.js';
import type { StatsIndex } from '../stats-index.js';

/** Simple moving average of every observation (NaN before `window` observations exist). O(n). */
export function movingAverageSeries(values: Float64Array, window: number): Float64Array {
  const result = new Float64Array(values.length).fill(Number.NaN);
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    sum += values[i] ?? Number.NaN;
    if (i >= window) sum -= values[i - window] ?? Number.NaN;
    if (i >= window - 1) result[i] = sum / window;
  }
  return result;
}

/** A crossing of two lines on a date. */
export interface Crossing {
  readonly date: string;
  /** `above`: the fast line (or the close) crossed above the slow one; `below`: under it. */
  readonly direction: 'above' | 'below';
}

function crossings(index: StatsIndex, fast: Float64Array, slow: Float64Array, end: number): Crossing[] {
  const result: Crossing[] = [];
  let side = 0;
  for (let i = 0; i <= end; i++) {
    const gap = (fast[i] ?? Number.NaN) - (slow[i] ?? Number.NaN);
    if (Number.isNaN(gap) || gap === 0) continue;
    const now = gap > 0 ? 1 : -1;
    if (side !== 0 && now !== side) result.push({ date: isoAt(index.days, i), direction: now > 0 ? 'above' : 'below' });
    side = now;
  }
  return result;
}

/**
 * Crossings of the `fastWindow`-day average over the `slowWindow`-day average up to `date`
 * (default: all): `above` is a "golden cross" (50 over 200), `below` a "death cross". A
 * crossing is the first observation on the other side; touching (equal) is no crossing.
 */
export function movingAverageCrossings(index: StatsIndex, fastWindow = 50, slowWindow = 200, date?: DayNumber): Crossing[] {
  const end = date === undefined ? index.days.length - 1 : resolveAsOf(index.days, date);
  return crossings(index, movingAverageSeries(index.values, fastWindow), movingAverageSeries(index.values, slowWindow), end);
}

/** Crossings of the close over its `window`-day average up to `date` (default: all). */
export function closeCrossings(index: StatsIndex, window = 200, date?: DayNumber): Crossing[] {
  const end = date === undefined ? index.days.length - 1 : resolveAsOf(index.days, date);
  return crossings(index, index.values, movingAverageSeries(index.values, window), end);
}

/**
 * Simple moving average of the `window` closes ending at observation `end` (inclusive), in
 * the series' unit; null when fewer than `window` observations exist. O(window).
 */
export function movingAverageAt(values: Float64Array, end: number, window: number): number | null {
  if (window < 1 || end - window + 1 < 0 || end >= values.length) return null;
  let sum = 0;
  for (let j = end - window + 1; j <= end; j++) sum += values[j] ?? Number.NaN;
  return sum / window;
}
