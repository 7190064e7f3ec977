/**
 * Periods read or left unclear: "since then" takes the last day named before the sentence
 * (and the present-perfect figures after it share it), "ending December" is the month, and a
 * figure whose period words the reader does not take for certain ("over the full year", read
 * as the year to date in December; "in those Decembers", read as the day) is, when the data
 * disagree, `unclear` rather than contradicted. Expected values from scans of the shipped CSV rows.
 */
import { describe, expect, it } from 'vitest';
import { article, at, check, closeAt, find, lastCloseBefore, pct, roundsTo, rowsOf, verdictOf } from './scan.js';

const checked = check(article('year-end-review.txt'));
const DATE = '2024-12-30';
const rows = { DJI: rowsOf('DJI.yahoo.csv'), SPX: rowsOf('GSPC.yahoo.csv'), IXIC: rowsOf('IXIC.yahoo.csv') };
const since = (symbol: keyof typeof rows, from: string): number => {
  const r = rows[symbol];
  return pct(closeAt(r, at(r, from)), closeAt(r, at(r, DATE)));
};
const within = (actual: number, stated: number, margin: number): boolean => Math.abs(actual - stated) <= margin;

describe('a year-end review (Dec. 30, 2024)', () => {
  it('reads "since then" as since the last day named before, for every present-perfect figure of the sentence', () => {
    const spx = find(checked, 'pct_since', 'SPX');
    expect(spx.verdict.verdict).toBe(verdictOf(roundsTo(since('SPX', '2024-08-05'), 13.9, 1)));
    const dow = find(checked, 'pct_since', 'DJI');
    expect(dow.verdict.verdict).toBe(verdictOf(within(since('DJI', '2024-08-05'), 10, Math.max(1, 0.3))));
    const nasdaq = find(checked, 'pct_since', 'IXIC');
    expect(roundsTo(since('IXIC', '2024-08-05'), 16, 0)).toBe(false);
    expect(nasdaq.verdict.verdict).toBe('contradicted');
  });

  it('reads "ending December down 5.2%" as the month to date', () => {
    const r = rows.DJI;
    const mtd = pct(lastCloseBefore(r, '2024-12-01').close, closeAt(r, at(r, DATE)));
    expect(find(checked, 'mtd_pct', 'DJI').verdict.verdict).toBe(verdictOf(roundsTo(mtd, -5.2, 1)));
  });

  it('makes a figure with period words it cannot take for certain unclear, naming the words, never contradicted', () => {
    const r = rows.DJI;
    const ytd = pct(lastCloseBefore(r, '2024-01-01').close, closeAt(r, at(r, DATE)));
    // "Over the full year" in December is read as the year to date, but the words stay a doubt.
    const fullYear = find(checked, 'ytd_pct', 'DJI', '19%');
    expect(roundsTo(ytd, 19, 0)).toBe(false);
    expect(fullYear.verdict.verdict === 'unverifiable' && fullYear.verdict.reason).toBe('unclear');
    expect(fullYear.verdict.note).toContain('full year');
    const decembers = checked.filter((c) => c.claim.sentence.includes('those Decembers'));
    expect(decembers.length).toBeGreaterThan(0);
    for (const c of decembers) expect(c.verdict.verdict).not.toBe('contradicted');
  });
});
