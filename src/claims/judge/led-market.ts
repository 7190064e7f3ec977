/**
 * The verdict on "X led the market": X's one-day percent move was the largest, in its direction,
 * among the major indexes the store holds. A leader by another measure (points, the day's
 * early trading) may be what the writer meant, so a miss is `unclear`, never wrong.
 */
import { formatIsoDay } from '../../core/date.js';
import type { DailySeries } from '../../core/series.js';
import type { ReturnBasis } from '../../stats/index.js';
import { MAJOR_INDEXES, type LedMarketClaim } from '../types-since.js';
import { provenanceOf, unverifiable, type StatsCache } from './support.js';
import type { Verdict, VerdictInput } from '../types.js';

/** The verdict on a led-market claim. */
export function judgeLedMarket(claim: LedMarketClaim, series: DailySeries, basis: ReturnBasis, cache: StatsCache): Verdict {
  const symbol = series.instrument.symbol;
  const mine = cache.snapshot(symbol, basis, claim.day);
  if (mine === null || mine.change_1d_pct === null) return unverifiable('not-computable', `no one-day move for ${symbol} on ${formatIsoDay(claim.day)}`);
  const sign = claim.direction === 'up' ? 1 : claim.direction === 'down' ? -1 : Math.sign(mine.change_1d_pct);
  const moves: { symbol: string; pct: number; date: string }[] = [];
  for (const other of MAJOR_INDEXES) {
    const snap = cache.series.has(other) ? cache.snapshot(other, 'price', claim.day) : null;
    // Only the indexes with a move on the same day as the subject's compare.
    if (snap !== null && snap.change_1d_pct !== null && snap.date === mine.date) moves.push({ symbol: other, pct: snap.change_1d_pct, date: snap.date });
  }
  const inputs: VerdictInput[] = moves.map((move) => ({ symbol: move.symbol, date: move.date, value: move.pct, role: 'one-day percent move' }));
  const provenance = provenanceOf(series.instrument, basis, mine.date, `the largest one-day percent move ${sign >= 0 ? 'up' : 'down'} among ${moves.map((m) => m.symbol).join(', ')}`, inputs);
  if (moves.length < 2) return unverifiable('not-computable', 'fewer than two of the major indexes have a move that day', null, provenance);
  const leader = moves.reduce((best, move) => (sign * move.pct > sign * best.pct ? move : best));
  const note = moves.map((move) => `${move.symbol} ${move.pct >= 0 ? '+' : ''}${move.pct.toFixed(2)}%`).join(', ');
  if (Math.sign(mine.change_1d_pct) === sign && leader.symbol === symbol) return { verdict: 'supported', actual: symbol, note, provenance };
  return unverifiable('unclear', `by the day's percent moves ${leader.symbol} led, not ${symbol} (${note}); a lead by points or in early trading cannot be ruled out`, leader.symbol, provenance);
}
