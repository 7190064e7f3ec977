/**
 * Verdicts on "its biggest drop in 16 months", "the worst day in more than a year", "its
 * worst day ever": the day's move (same direction) was not matched on or after the window's
 * start. "Ever" is judged only as far as the data reach: the largest move in the data is
 * unverifiable as "ever" when the data begin after the instrument did (which the data cannot
 * tell), said with the data's first date, and judged when they reach its first day
 * (Instrument.historyBegins: the Nasdaq composite, the VIX).
 */
import { formatIsoDay, parseIsoDay, type DayNumber } from '../../core/date.js';
import { holdsWholeHistory, type DailySeries } from '../../core/series.js';
import type { ReturnBasis } from '../../stats/index.js';
import { formatApDate } from '../../narrative/ap-style.js';
import { noOneDayMoveNote } from './dates.js';
import { largestDayMove } from './number.js';
import { asOfNote, provenanceOf, sentenceName, unverifiable, type StatsCache } from './support.js';
import type { Verdict } from '../types.js';
import type { MoveWindowClaim } from '../types-periods.js';

/** The verdict on a move-in-a-window claim. */
export function judgeMoveWindow(claim: MoveWindowClaim, series: DailySeries, basis: ReturnBasis, cache: StatsCache): Verdict {
  const snap = cache.snapshot(series.instrument.symbol, basis, claim.day);
  if (snap === null) return unverifiable('before-data', 'the data begin after the date');
  const noMove = noOneDayMoveNote(snap);
  if (noMove !== null) return unverifiable('not-computable', noMove);
  const points = claim.metric === 'biggest_1d_points_in_window';
  const move = points ? snap.change_1d : (snap.change_1d_pct ?? snap.change_1d_bp);
  const since = points ? snap.biggest_1d_points_since : snap.biggest_1d_since;
  if (move === null) return unverifiable('not-computable', `no one-day move for ${snap.symbol} on ${snap.date}`);
  const firstDay = (series.days[0] ?? 0) as DayNumber;
  const provenance = provenanceOf(series.instrument, basis, snap.date, `no earlier one-day move of the same direction at least as large (${points ? 'points' : 'percent'}) on or after the window's start (${claim.window})`, [
    { symbol: snap.symbol, date: snap.prev_date ?? snap.date, value: snap.prev_close ?? Number.NaN, role: 'prior close' },
    { symbol: snap.symbol, date: snap.date, value: snap.close, role: 'close' },
  ]);
  // "climbing 13.8%, their largest gain in 14 years": the figure it qualifies is no day's move.
  if (claim.figure !== null && Math.abs(claim.figure) > largestDayMove(series, basis, cache, claim.day, false)) {
    return unverifiable('unclear', `the figure it qualifies (${claim.figure}%) is larger than any one-day move in the data: the window is of a longer period`, null, provenance);
  }
  const sign = Math.sign(move);
  const wanted = claim.direction === 'up' ? 1 : claim.direction === 'down' ? -1 : sign;
  if (sign !== wanted) {
    return { verdict: 'contradicted', actual: move, note: `wrong direction: ${snap.symbol} ${sign > 0 ? 'rose' : sign < 0 ? 'fell' : 'was unchanged'} on the day${asOfNote(snap)}`, corrected: `${sentenceName(series.instrument)} ${sign > 0 ? 'rose' : 'fell'} on the day.`, provenance };
  }
  const last = since === null ? 'no earlier move as large in the data' : `the last move as large was on ${since}`;
  const note = `${last}; the data begin ${formatIsoDay(firstDay)}${claim.from === null ? '' : `; the window begins ${formatIsoDay(claim.from)}`}${asOfNote(snap)}`;
  if (since === null) {
    if (holdsWholeHistory(series)) return { verdict: 'supported', actual: null, note: `${note}, the first day of its history`, provenance };
    if (claim.from === null || claim.from < firstDay) return unverifiable('before-data', `${note}: the window reaches before the data`, null, provenance);
    return { verdict: 'supported', actual: null, note, provenance };
  }
  if (claim.from !== null && since < formatIsoDay(claim.from)) return { verdict: 'supported', actual: since, note, provenance };
  const sinceDay = parseIsoDay(since);
  const when = sinceDay === null ? since : formatApDate(sinceDay);
  return { verdict: 'contradicted', actual: since, note, corrected: `${sentenceName(series.instrument)} had its biggest ${points ? 'point ' : ''}${sign > 0 ? 'gain' : 'drop'} since ${when}.`, provenance };
}
