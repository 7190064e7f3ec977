/**
 * Copy-desk notes on figures that hold but are written the way a desk would flag: a yield
 * move written in percent ("the 10-year yield fell 0.14%": yields move in basis points) and
 * a percent move rounded coarser than AP style ("rose 1%" for a 1.47% move: AP writes one
 * decimal, 1.5%). A note never changes the verdict.
 */
import { formatBasisPoints, formatNumber, formatPercent, roundHalfAway } from '../../narrative/ap-style.js';
import type { StatedNumber } from '../types.js';

/** The decimals AP style writes a percent move with. */
export const AP_PERCENT_DECIMALS = 1;

/**
 * "; yields move in basis points: 14 basis points (0.14 percentage point); a 0.14% fall would
 * be a percent change of the yield" for a yield move the text wrote with "%" or "percent"
 * (read as percentage points, `unit` 'pp'); '' when the text said "percentage point(s)" or bp.
 * Only for a yield's move: callers do not pass comparisons ("5% lower than"), also in pp.
 */
export function yieldPercentNote(stated: StatedNumber): string {
  if (stated.unit !== 'pp' || /percentage/i.test(stated.raw) || !/%|percent|pct/i.test(stated.raw)) return '';
  const size = Math.abs(stated.value);
  const written = formatNumber(size, stated.decimals);
  const move = !stated.signed ? 'move' : stated.value < 0 ? 'fall' : 'rise';
  return `; yields move in basis points: ${formatBasisPoints(size * 100)} (${written} percentage point); a ${written}% ${move} would be a percent change of the yield`;
}

/**
 * "; imprecise: the move was 1.5%" when a percent move is written with fewer decimals than AP
 * style uses (one) and the actual move (percent) rounds to a different one-decimal value.
 * Hedged figures ("about 1%") are meant loosely: no note. `actual` is in percent.
 */
export function imprecisionNote(stated: StatedNumber, actual: number): string {
  if (stated.unit !== 'percent' || stated.hedge !== 'exact' || stated.decimals >= AP_PERCENT_DECIMALS) return '';
  const ap = roundHalfAway(Math.abs(actual), AP_PERCENT_DECIMALS);
  if (ap === roundHalfAway(Math.abs(stated.value), AP_PERCENT_DECIMALS)) return '';
  return `; imprecise: the move was ${formatPercent(actual, AP_PERCENT_DECIMALS)}`;
}
