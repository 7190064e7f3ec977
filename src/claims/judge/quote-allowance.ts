/**
 * The yield quote allowance on dates: news quotes yields at 3 p.m. or from Tradeweb, the data are
 * FRED's closes, and the two differ by up to {@link YIELD_BP_ALLOWANCE} basis points. A "highest
 * since D" or "biggest one-day (weekly) rise since D" whose answer turns on closes or moves that
 * close to each other may rank the other way on the desk's quotes: such a disagreement is
 * `unclear`, not wrong. Prices have no such allowance.
 */
import { parseIsoDay, type DayNumber } from '../../core/date.js';
import type { DailySeries } from '../../core/series.js';
import { indexOnOrBefore } from '../../series/lookup.js';
import { YIELD_BP_ALLOWANCE } from './tolerance.js';

/** What a "since" claim compares: closes (highest, lowest) or one-day moves. */
export type SinceMeasure = 'high' | 'low' | 'day-move';

/** Basis points between two yield levels, on the 1e-6 grid. */
const bpBetween = (a: number, b: number): number => Math.round((b - a) * 100 * 1e6) / 1e6;

/**
 * The note saying why a yield's "since" date that disagrees with FRED's is unclear, or null when
 * the disagreement is beyond the quote allowance (or the series is no yield). `actual` is FRED's
 * date (ISO), `stated` the story's day, `day` the claim's date.
 */
export function quoteDoubtOnSince(series: DailySeries, measure: SinceMeasure, day: DayNumber, actual: string | null, stated: DayNumber): string | null {
  const values = series.close;
  if (series.instrument.kind !== 'yield' || values === null) return null;
  const i = indexOnOrBefore(series.days, day);
  const at = (d: DayNumber | null): number => (d === null ? -1 : indexOnOrBefore(series.days, d));
  const j = at(actual === null ? null : parseIsoDay(actual));
  const k = at(stated);
  const value = (q: number): number => {
    if (q < 0) return Number.NaN;
    if (measure !== 'day-move') return values[q] ?? Number.NaN;
    return q < 1 ? Number.NaN : bpBetween(values[q - 1] ?? Number.NaN, values[q] ?? Number.NaN);
  };
  const now = value(i);
  // How far a close (move) is beyond today's, in bp: > 0 blocks "since" (a move by size, same direction).
  const beyond = (q: number): number => {
    const other = value(q);
    if (measure === 'day-move') return Math.sign(other) === Math.sign(now) ? Math.abs(other) - Math.abs(now) : Number.NEGATIVE_INFINITY;
    return measure === 'high' ? bpBetween(now, other) : bpBetween(other, now);
  };
  if (k < 0 || k >= i || !Number.isFinite(now)) return null;
  let blockers = 0;
  for (let q = k + 1; q < i; q++) {
    const by = beyond(q);
    if (by > YIELD_BP_ALLOWANCE) return null;
    if (by >= 0) blockers++;
  }
  // Every close (move) after the stated day that FRED ranks above today's is within the allowance; or none is, and the stated day's falls short by no more.
  const near = blockers > 0 || (j <= k && beyond(k) >= -YIELD_BP_ALLOWANCE);
  if (!near) return null;
  const what = measure === 'day-move' ? 'moves' : 'closes';
  return `the ${what} that decide it are within the ${YIELD_BP_ALLOWANCE} bp a yield quoted at 3 p.m. or from Tradeweb may differ from the FRED close`;
}
