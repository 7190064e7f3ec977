/** Choosing which closes a return is computed from: unadjusted (price) or adjusted (total). */
import { InputError } from '../core/errors.js';
import type { DailySeries } from '../core/series.js';

/** `price`: unadjusted closes (price return); `total`: dividend-adjusted closes (total return). */
export type CloseBasis = 'price' | 'total';

/** True when the series holds the closes a basis needs. */
export function hasBasis(series: DailySeries, basis: CloseBasis): boolean {
  return (basis === 'price' ? series.close : series.adjClose) !== null;
}

/** The basis used when none is asked for: `price` when unadjusted closes exist, else `total`. */
export function defaultBasis(series: DailySeries): CloseBasis {
  return series.close !== null ? 'price' : 'total';
}

/**
 * The closes of a basis. Throws InputError when the series does not hold them: a price return
 * cannot be computed from adjusted-only data (nor a total return from unadjusted-only data),
 * and the engine says so rather than guess.
 */
export function closesOf(series: DailySeries, basis: CloseBasis): Float64Array {
  const values = basis === 'price' ? series.close : series.adjClose;
  if (values !== null) return values;
  const symbol = series.instrument.symbol;
  throw new InputError(
    basis === 'price'
      ? `${symbol}: a price return cannot be computed: the data hold only adjusted closes (total return)`
      : `${symbol}: a total return cannot be computed: the data hold no adjusted closes`,
  );
}
