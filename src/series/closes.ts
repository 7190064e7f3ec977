/** Choosing which closes a return is computed from: unadjusted (price) or adjusted (total). */
import { InputError } from '../core/errors.js';
import { isYield } from '../core/instrument.js';
import type { DailySeries } from '../core/series.js';

/**
 * `price`: unadjusted closes (price return); `total`: dividend-adjusted closes (total return);
 * `level`: a yield's levels (its unadjusted closes; changes in basis points, no return).
 */
export type CloseBasis = 'price' | 'total' | 'level';

/** The closes a basis reads: adjusted for `total`, unadjusted for `price` and `level`. */
function closesOfBasis(series: DailySeries, basis: CloseBasis): Float64Array | null {
  return basis === 'total' ? series.adjClose : series.close;
}

/** True when the series holds the closes a basis needs. */
export function hasBasis(series: DailySeries, basis: CloseBasis): boolean {
  return closesOfBasis(series, basis) !== null;
}

/**
 * The basis used when none is asked for: `level` for a yield, else `price` when unadjusted
 * closes exist, else `total`.
 */
export function defaultBasis(series: DailySeries): CloseBasis {
  if (isYield(series.instrument)) return 'level';
  return series.close !== null ? 'price' : 'total';
}

/** The basis a statistic reports: `level` for every yield (whatever was asked), else `basis`. */
export function reportedBasis(series: DailySeries, basis: CloseBasis): CloseBasis {
  return isYield(series.instrument) && basis !== 'total' ? 'level' : basis;
}

/**
 * The closes of a basis. Throws InputError when the series does not hold them: a price return
 * cannot be computed from adjusted-only data (nor a total return from unadjusted-only data),
 * and the engine says so rather than guess.
 */
export function closesOf(series: DailySeries, basis: CloseBasis): Float64Array {
  const values = closesOfBasis(series, basis);
  if (values !== null) return values;
  const symbol = series.instrument.symbol;
  if (basis === 'level') throw new InputError(`${symbol}: the data hold no levels (unadjusted closes)`);
  throw new InputError(
    basis === 'price'
      ? `${symbol}: a price return cannot be computed: the data hold only adjusted closes (total return)`
      : `${symbol}: a total return cannot be computed: the data hold no adjusted closes`,
  );
}
