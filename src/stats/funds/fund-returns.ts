/**
 * Fund figures as fact sheets give them: trailing 1-, 3- and 5-year returns on a price basis
 * (unadjusted closes) and a total-return basis (adjusted closes) side by side where the data
 * allow, annualised, the growth of $1,000, and the maximum drawdown over the window. Every
 * figure names its basis; a basis the data lack is null, never guessed.
 */
import type { DayNumber } from '../../core/date.js';
import type { DailySeries } from '../../core/series.js';
import { shiftMonths } from '../../series/calendar.js';
import { hasBasis, closesOf } from '../../series/closes.js';
import { indexOnOrBefore } from '../../series/lookup.js';
import { isoAt, resolveAsOf } from '../as-of.js';
import { unroundedPctChange } from '../precision.js';

/** A trailing return over whole years on one basis. */
export interface FundReturn {
  readonly years: number;
  readonly basis: 'price' | 'total';
  /** Base: the close as of the same calendar day `years` earlier (clamped to month end); end: the close as of the date. */
  readonly from_date: string;
  readonly to_date: string;
  /** Cumulative percent return, and annualised: ((1 + pct/100)^(1/years) − 1) × 100. */
  readonly pct: number;
  readonly annualized_pct: number;
  /** Dollars: $1,000 invested at the base close, valued at the end close. */
  readonly growth_of_1000: number;
  /** Largest peak-to-trough fall of closes within the window (percent, ≤ 0: `-42.01`), with its peak and trough. */
  readonly max_drawdown_pct: number;
  readonly max_drawdown_peak_date: string;
  readonly max_drawdown_trough_date: string;
}

/**
 * The largest fall from a running peak to a later close over observations [from, to] of
 * `values` (percent, ≤ 0; 0 when the closes only rise), and the peak and trough indexes.
 */
export function maxDrawdownBetween(values: Float64Array, from: number, to: number): { pct: number; peakIdx: number; troughIdx: number } {
  let peakIdx = from;
  let best = { pct: 0, peakIdx: from, troughIdx: from };
  for (let j = from; j <= to; j++) {
    const close = values[j] ?? Number.NaN;
    if (close > (values[peakIdx] ?? Number.NaN)) peakIdx = j;
    const fall = unroundedPctChange(values[peakIdx] ?? Number.NaN, close);
    if (fall < best.pct) best = { pct: fall, peakIdx, troughIdx: j };
  }
  return best;
}

/**
 * {@link FundReturn} over `years` ending as of observation i of (`days`, `values`) on `basis`;
 * null when the window reaches before the data begin.
 */
export function trailingFundReturn(days: Int32Array, values: Float64Array, i: number, years: number, basis: 'price' | 'total'): FundReturn | null {
  const baseIdx = indexOnOrBefore(days, shiftMonths((days[i] ?? 0) as DayNumber, -12 * years));
  if (baseIdx < 0) return null;
  const pct = unroundedPctChange(values[baseIdx] ?? Number.NaN, values[i] ?? Number.NaN);
  const drawdown = maxDrawdownBetween(values, baseIdx, i);
  return {
    years,
    basis,
    from_date: isoAt(days, baseIdx),
    to_date: isoAt(days, i),
    pct,
    annualized_pct: (Math.pow(1 + pct / 100, 1 / years) - 1) * 100,
    growth_of_1000: 1000 * (1 + pct / 100),
    max_drawdown_pct: drawdown.pct,
    max_drawdown_peak_date: isoAt(days, drawdown.peakIdx),
    max_drawdown_trough_date: isoAt(days, drawdown.troughIdx),
  };
}

/** Trailing returns of a fund on both bases. */
export interface FundReport {
  /** Price-basis returns for each window (null entries: window before the data); null when the data hold no unadjusted closes (IWO). */
  readonly price: (FundReturn | null)[] | null;
  /** Total-return basis likewise; null when the data hold no adjusted closes. */
  readonly total: (FundReturn | null)[] | null;
}

/**
 * 1-, 3- and 5-year (or `windows`) returns of a series as of `date`, on every basis its data
 * hold. Throws ArgumentError('--date') before the data begin.
 */
export function fundReport(series: DailySeries, date: DayNumber, windows: readonly number[] = [1, 3, 5]): FundReport {
  const i = resolveAsOf(series.days, date);
  const on = (basis: 'price' | 'total'): (FundReturn | null)[] | null => {
    if (!hasBasis(series, basis)) return null;
    const values = closesOf(series, basis);
    return windows.map((years) => trailingFundReturn(series.days, values, i, years, basis));
  };
  return { price: on('price'), total: on('total') };
}
