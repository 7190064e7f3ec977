/**
 * "Its best week ever", "its largest ever weekly percentage jump": the week to date is the
 * largest move of its direction of any completed week (Monday to Sunday). Judged where the data
 * hold the instrument's whole history (the VIX from its first day); before the data otherwise.
 * Weeks are scanned from the shipped rows.
 */
import { describe, expect, it } from 'vitest';
import { check, closeAt, rowsOf } from './scan.js';
import type { ShippedRow } from '../helpers/shipped-series.js';

/** The Monday (ISO date) of a date's week. */
function mondayOf(iso: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  return new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
}

/** Each week's last row index and its move in percent over the last close of the week before. */
function weeks(rows: readonly ShippedRow[]): { last: number; move: number }[] {
  const out: { last: number; move: number }[] = [];
  let prevEnd = -1;
  for (let i = 0; i < rows.length; i++) {
    const next = rows[i + 1];
    if (next !== undefined && mondayOf(next.date) === mondayOf(rows[i]?.date ?? '')) continue;
    if (prevEnd >= 0) out.push({ last: i, move: (closeAt(rows, i) / closeAt(rows, prevEnd) - 1) * 100 });
    prevEnd = i;
  }
  return out;
}

/** The last week whose gain beat every week before it, and a later week that did not. */
function bestEverAndNot(rows: readonly ShippedRow[]): { ever: string; not: string; since: string } {
  const list = weeks(rows);
  let best = Number.NEGATIVE_INFINITY;
  let ever = -1;
  list.forEach((w, k) => {
    if (w.move > best) {
      best = w.move;
      if (k > 0) ever = k;
    }
  });
  const later = list.slice(ever + 1).find((w) => w.move > 0) ?? list[list.length - 1];
  const laterAt = list.indexOf(later ?? { last: 0, move: 0 });
  const since = [...list.slice(0, laterAt)].reverse().find((w) => w.move >= (later?.move ?? 0));
  return { ever: rows[list[ever]?.last ?? 0]?.date ?? '', not: rows[later?.last ?? 0]?.date ?? '', since: rows[since?.last ?? 0]?.date ?? '' };
}

function verdictOf(text: string, date: string): { verdict: string; reason: string | null; corrected: string | null } {
  const claim = check(text, undefined, date).find((c) => c.claim.kind === 'week-since');
  const v = claim?.verdict;
  return { verdict: v?.verdict ?? 'none', reason: v?.verdict === 'unverifiable' ? v.reason : null, corrected: v?.verdict === 'contradicted' ? (v.corrected ?? null) : null };
}

describe('a week "ever"', () => {
  const vix = bestEverAndNot(rowsOf('VIX.yahoo.csv'));

  it('the VIX week that beat every week before it: "its best week ever" and "its largest ever weekly percentage jump" are right', () => {
    expect(verdictOf('The VIX had its best week ever.', vix.ever).verdict).toBe('supported');
    expect(verdictOf('The VIX posted its largest ever weekly percentage jump.', vix.ever).verdict).toBe('supported');
  });

  it('a later gain that did not is wrong, and the correction names the month of the last week as large', () => {
    const result = verdictOf('The VIX had its best week ever.', vix.not);
    expect(result.verdict).toBe('contradicted');
    const month = new Date(`${vix.since}T12:00:00Z`).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
    expect(result.corrected).toContain(`since ${month}`);
  });

  it('where the data begin after the instrument did, the largest week of the data is not "ever"', () => {
    const rut = bestEverAndNot(rowsOf('RUT.yahoo.csv'));
    expect(verdictOf('The Russell 2000 had its best week ever.', rut.ever)).toMatchObject({ verdict: 'unverifiable', reason: 'before-data' });
  });
});
