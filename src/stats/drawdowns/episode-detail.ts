/**
 * Drawdown episodes read on a date: the correction or bear market the date is in (its first
 * close, its lowest close so far), the first close N% above an episode's low ("up 20% from its
 * low"), and the age of the bull market (from the last bear market's lowest close). Closing
 * basis; states as in drawdown.ts.
 */
import type { DayNumber } from '../../core/date.js';
import { isoAt, isoAtOrNull, resolveAsOf } from '../as-of.js';
import { unroundedPctChange } from '../precision.js';
import type { StatsIndex } from '../stats-index.js';
import { DRAWDOWN_CODES } from './drawdown.js';

/** The episode a date belongs to (or the last one before it), as it stands on the date. */
export interface EpisodeOnDate {
  readonly kind: 'correction' | 'bear';
  /** True when the date is inside the episode (a correction or bear market is on). */
  readonly ongoing: boolean;
  readonly peak_date: string;
  readonly peak_close: number;
  /** The first close of the correction (10% below the peak) and, when it deepened, of the bear market. */
  readonly start_date: string;
  readonly bear_start_date: string | null;
  /** Lowest close from the start to the date (or to the episode's end), its date, and percent below the peak (negative). */
  readonly low_date: string;
  readonly low_close: number;
  readonly low_pct: number;
  /** First close of the next state (null while it lasts). */
  readonly end_date: string | null;
  /** Sessions from the start to the date (or to the end). */
  readonly sessions: number;
}

/**
 * The episode holding the date, or the last one that ended before it; null when the data up to
 * the date hold none. O(length of the episode) after a backward scan to its start.
 */
export function episodeOnDate(index: StatsIndex, date: DayNumber): EpisodeOnDate | null {
  const i = resolveAsOf(index.days, date);
  const { drawdownState: state, values } = index;
  let end = i;
  while (end >= 0 && (state[end] ?? 0) === DRAWDOWN_CODES.none) end--;
  if (end < 0) return null;
  let start = end;
  while (start > 0 && (state[start - 1] ?? 0) !== DRAWDOWN_CODES.none) start--;
  let bearStart = -1;
  let low = start;
  for (let j = start; j <= end; j++) {
    if (bearStart < 0 && state[j] === DRAWDOWN_CODES.bear) bearStart = j;
    if ((values[j] ?? Number.NaN) < (values[low] ?? Number.NaN)) low = j;
  }
  const peak = index.drawdownPeakIdx[start] ?? 0;
  const ongoing = end === i;
  return {
    kind: bearStart >= 0 ? 'bear' : 'correction',
    ongoing,
    peak_date: isoAt(index.days, peak),
    peak_close: values[peak] ?? Number.NaN,
    start_date: isoAt(index.days, start),
    bear_start_date: isoAtOrNull(index.days, bearStart),
    low_date: isoAt(index.days, low),
    low_close: values[low] ?? Number.NaN,
    low_pct: unroundedPctChange(values[peak] ?? Number.NaN, values[low] ?? Number.NaN),
    end_date: ongoing ? null : isoAt(index.days, end + 1),
    sessions: end - start + (ongoing ? 0 : 1),
  };
}

/**
 * The first close at least `pct` percent above the lowest close of the episode of the date
 * ({@link episodeOnDate}), on or before the date; null when no episode or no such close yet.
 * The low is the episode's lowest close up to the rebound: the first close after a low that is
 * `pct`% above the lowest close so far. O(i − start).
 */
export function reboundFromLow(index: StatsIndex, date: DayNumber, pct: number): { date: string; close: number; low_date: string; low_close: number; pct_from_low: number } | null {
  const i = resolveAsOf(index.days, date);
  const episode = episodeOnDate(index, date);
  if (!episode) return null;
  const { days, values } = index;
  let j = i;
  while (j > 0 && isoAt(days, j) > episode.start_date) j--;
  let low = j;
  for (; j <= i; j++) {
    const close = values[j] ?? Number.NaN;
    if (close < (values[low] ?? Number.NaN)) low = j;
    else if (close >= (values[low] ?? Number.NaN) * (1 + pct / 100) * (1 - 1e-12)) {
      return { date: isoAt(days, j), close, low_date: isoAt(days, low), low_close: values[low] ?? Number.NaN, pct_from_low: unroundedPctChange(values[low] ?? Number.NaN, close) };
    }
  }
  return null;
}

/** A bull market's run from a bear market's low. */
export interface BullRun {
  /** The lowest close of the last bear market before the run; null: no bear market in the data before it (the run is measured from the data start, `from_date`). */
  readonly low_date: string | null;
  readonly from_date: string;
  readonly from_close: number;
  /** The run's highest close so far (its latest record or peak) and its date. */
  readonly peak_date: string;
  readonly peak_close: number;
  /** True while the bull market lasts on the date; false when the date is in a bear market (the run that bear market ended). */
  readonly ongoing: boolean;
  /** Sessions and years (calendar days / 365.25) from `from_date` to `peak_date`, and the percent gain. */
  readonly sessions: number;
  readonly years: number;
  readonly pct: number;
}

/**
 * "A bull-market run of nearly 11 years": the bull market of the date measured from the last
 * bear market's lowest close to its highest close; on a date in a bear market, the run that
 * bear market ended (to its peak). O(i).
 */
export function bullRun(index: StatsIndex, date: DayNumber): BullRun {
  const i = resolveAsOf(index.days, date);
  const { drawdownState: state, values, days } = index;
  let end = i;
  while (end > 0 && (state[end] ?? 0) === DRAWDOWN_CODES.bear) end--;
  const inBear = end < i;
  // The peak of the run: the current peak, or the peak the bear market fell from.
  const peak = inBear ? (index.drawdownPeakIdx[i] ?? 0) : highestSinceLastBear(index, end);
  // The last bear market before the peak: its lowest close.
  let j = peak;
  while (j >= 0 && (state[j] ?? 0) !== DRAWDOWN_CODES.bear) j--;
  let low = -1;
  for (; j >= 0 && (state[j] ?? 0) === DRAWDOWN_CODES.bear; j--) if (low < 0 || (values[j] ?? Number.NaN) < (values[low] ?? Number.NaN)) low = j;
  const from = low < 0 ? 0 : low;
  return {
    low_date: isoAtOrNull(days, low),
    from_date: isoAt(days, from),
    from_close: values[from] ?? Number.NaN,
    peak_date: isoAt(days, peak),
    peak_close: values[peak] ?? Number.NaN,
    ongoing: !inBear,
    sessions: peak - from,
    years: ((days[peak] ?? 0) - (days[from] ?? 0)) / 365.25,
    pct: unroundedPctChange(values[from] ?? Number.NaN, values[peak] ?? Number.NaN),
  };
}

/** The first index of the highest close from the end of the last bear market before `end` (inclusive) to `end`. */
function highestSinceLastBear(index: StatsIndex, end: number): number {
  let best = end;
  for (let j = end; j >= 0 && (index.drawdownState[j] ?? 0) !== DRAWDOWN_CODES.bear; j--) if ((index.values[j] ?? Number.NaN) >= (index.values[best] ?? Number.NaN)) best = j;
  return best;
}
