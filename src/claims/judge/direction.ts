/**
 * Verdicts on a direction said with no figure ("Treasury yields rose", "yields were flat to
 * lower"). Up and down are the sign of the day's move; flat is a move within the flat band
 * (0.1% for a price, 1 basis point for a yield). A yield moving the other way by no more
 * than the 3 bp a 3 p.m. quote may differ from the FRED close is unclear, not contradicted.
 */
import type { DailySeries } from '../../core/series.js';
import type { ReturnBasis } from '../../stats/index.js';
import { noOneDayMoveNote } from './dates.js';
import { asOfNote, provenanceOf, sentenceName, unverifiable, type StatsCache } from './support.js';
import { YIELD_BP_ALLOWANCE } from './tolerance.js';
import type { Verdict } from '../types.js';
import type { DirectionClaim, StatedDirection } from '../types-periods.js';

/** Largest move called flat: percent for prices, basis points for yields. */
export const FLAT_PERCENT = 0.1;
export const FLAT_BP = 1;

/** True when a move (percent, or bp for a yield) goes the way `stated` says. */
export function directionHolds(stated: StatedDirection, move: number, flatBand: number): boolean {
  const flat = Math.abs(move) <= flatBand;
  switch (stated) {
    case 'up':
      return move > 0;
    case 'down':
      return move < 0;
    case 'flat':
      return flat;
    case 'flat-or-up':
      return flat || move > 0;
    case 'flat-or-down':
      return flat || move < 0;
  }
}

/** The verdict on a direction claim. */
export function judgeDirection(claim: DirectionClaim, series: DailySeries, basis: ReturnBasis, cache: StatsCache): Verdict {
  const symbol = series.instrument.symbol;
  const snap = cache.snapshot(symbol, basis, claim.day);
  if (snap === null) return unverifiable('before-data', `${symbol} data begin after the date`);
  const noMove = noOneDayMoveNote(snap);
  if (noMove !== null) return unverifiable('not-computable', noMove);
  const isYield = series.instrument.kind === 'yield';
  const move = isYield ? snap.change_1d_bp : snap.change_1d_pct;
  if (move === null) return unverifiable('not-computable', `no one-day move for ${symbol} on ${snap.date}`);
  const unit = isYield ? 'bp' : '%';
  const shown = `${move > 0 ? '+' : ''}${Number(move.toFixed(isYield ? 1 : 2))}${unit === 'bp' ? ' bp' : '%'}`;
  const provenance = provenanceOf(series.instrument, basis, snap.date, `the sign of the day's move; flat within ${isYield ? `${FLAT_BP} bp` : `${FLAT_PERCENT}%`}`, [
    { symbol, date: snap.prev_date ?? snap.date, value: snap.prev_close ?? Number.NaN, role: 'prior close' },
    { symbol, date: snap.date, value: snap.close, role: 'close' },
  ]);
  const note = `the day's move was ${shown}${asOfNote(snap)}`;
  if (directionHolds(claim.stated.value, move, isYield ? FLAT_BP : FLAT_PERCENT)) return { verdict: 'supported', actual: move, note, provenance };
  if (isYield && Math.abs(move) <= YIELD_BP_ALLOWANCE) return unverifiable('unclear', `${note}: within the ${YIELD_BP_ALLOWANCE} bp a yield quoted during the day may differ from the FRED close`, move, provenance);
  const moved = Math.abs(move) <= (isYield ? FLAT_BP : FLAT_PERCENT) ? 'was little changed' : move > 0 ? 'rose' : 'fell';
  return { verdict: 'contradicted', actual: move, note, corrected: `${sentenceName(series.instrument)} ${moved} on the day.`, provenance };
}
