/** Drawdown episodes (corrections and bear markets) and "first correction since". */
import type { DayNumber } from '../../core/date.js';
import { isoAt, isoAtOrNull, resolveAsOf } from '../as-of.js';
import { DRAWDOWN_CODES } from './drawdown.js';
import { unroundedPctChange } from '../precision.js';
import type { StatsIndex } from '../stats-index.js';

/** One decline of 10% or more: from entering a correction (or a bear market) to its end. */
export interface DrawdownEpisode {
  /** The deepest state reached: a correction that became a bear market is a `bear`. */
  readonly kind: 'correction' | 'bear';
  /** First close 10% (or 20%) below the peak; the first close 20% below it when it became a bear. */
  readonly start_date: string;
  readonly bear_start_date: string | null;
  /** First close of the next state (back above the peak, or a new bull market); null: still on. */
  readonly end_date: string | null;
  readonly peak_close: number;
  readonly peak_date: string;
  /** Lowest close of the episode and its percent below the peak (negative). */
  readonly trough_close: number;
  readonly trough_date: string;
  readonly depth_pct: number;
}

/** Every correction and bear market in the data, in order. O(n). */
export function drawdownEpisodes(index: StatsIndex): DrawdownEpisode[] {
  const { drawdownState: state, drawdownPeakIdx: peakIdx, values, days } = index;
  const episodes: DrawdownEpisode[] = [];
  let i = 0;
  while (i < days.length) {
    if ((state[i] ?? 0) === DRAWDOWN_CODES.none) {
      i++;
      continue;
    }
    const start = i;
    const peak = peakIdx[i] ?? 0;
    let bearStart = -1;
    let trough = i;
    while (i < days.length && (state[i] ?? 0) !== DRAWDOWN_CODES.none) {
      if (bearStart < 0 && state[i] === DRAWDOWN_CODES.bear) bearStart = i;
      if ((values[i] ?? Number.NaN) < (values[trough] ?? Number.NaN)) trough = i;
      i++;
    }
    episodes.push({
      kind: bearStart >= 0 ? 'bear' : 'correction',
      start_date: isoAt(days, start),
      bear_start_date: isoAtOrNull(days, bearStart),
      end_date: i < days.length ? isoAt(days, i) : null,
      peak_close: values[peak] ?? Number.NaN,
      peak_date: isoAt(days, peak),
      trough_close: values[trough] ?? Number.NaN,
      trough_date: isoAt(days, trough),
      depth_pct: unroundedPctChange(values[peak] ?? Number.NaN, values[trough] ?? Number.NaN),
    });
  }
  return episodes;
}

/**
 * "The first correction since D": when the date is in a correction or bear market, the episode
 * before the current one (its start date names D); null when the date is in neither or there
 * is no earlier episode in the data.
 */
export function previousDrawdownEpisode(index: StatsIndex, date: DayNumber): DrawdownEpisode | null {
  const i = resolveAsOf(index.days, date);
  if ((index.drawdownState[i] ?? 0) === DRAWDOWN_CODES.none) return null;
  const today = isoAt(index.days, i);
  const earlier = drawdownEpisodes(index).filter((episode) => episode.start_date <= today);
  return earlier.length >= 2 ? (earlier[earlier.length - 2] ?? null) : null;
}
