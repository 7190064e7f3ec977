/**
 * Groups of instruments: one figure said of a list with "each" or "both", or a record said of
 * a group name ("all three major indexes"), gives one claim per member; as many figures as
 * names are given in order; a figure said of a list without such words is a doubt (which
 * member?); a period opening the sentence ("For the week,") holds for the whole list.
 * Expected verdicts from scans of the shipped CSV rows.
 */
import { describe, expect, it } from 'vitest';
import { at, check, closeAt, lastCloseBefore, pct, recordBefore, roundsTo, rowsOf, verdictOf } from './scan.js';
import type { CheckedClaim } from '../../src/claims/types.js';

const rows = { SPX: rowsOf('GSPC.yahoo.csv'), DJI: rowsOf('DJI.yahoo.csv'), IXIC: rowsOf('IXIC.yahoo.csv') };
type Sym = keyof typeof rows;
const dayPct = (symbol: Sym, date: string): number => {
  const r = rows[symbol];
  return pct(closeAt(r, at(r, date) - 1), closeAt(r, at(r, date)));
};
const bySymbol = (checked: readonly CheckedClaim[], metric: string): Map<string, CheckedClaim> => new Map(checked.filter((c) => c.claim.metric === metric).map((c) => [c.claim.symbol ?? '', c]));
const MONDAY = '2024-11-11';

describe('groups (Nov. 11, 2024)', () => {
  it('gives a figure said of a list with "each" to every member', () => {
    const claims = bySymbol(check('Monday, Nov. 11, 2024 — The S&P 500 and the Dow Jones Industrial Average each rose 0.1%.'), 'change_1d_pct');
    expect([...claims.keys()].sort()).toEqual(['DJI', 'SPX']);
    for (const symbol of ['SPX', 'DJI'] as const) expect(claims.get(symbol)?.verdict.verdict).toBe(verdictOf(roundsTo(dayPct(symbol, MONDAY), 0.1, 1)));
  });

  it('gives a list of figures to a list of names in order', () => {
    const claims = bySymbol(check('Monday, Nov. 11, 2024 — The S&P 500, the Dow and the Nasdaq rose 0.1%, 0.7% and 0.1%.'), 'change_1d_pct');
    for (const [symbol, stated] of [['SPX', 0.1], ['DJI', 0.7], ['IXIC', 0.1]] as const) {
      const claim = claims.get(symbol);
      expect(claim?.claim.stated.type === 'number' && claim.claim.stated.value).toBe(stated);
      expect(claim?.verdict.verdict).toBe(verdictOf(roundsTo(dayPct(symbol, MONDAY), stated, 1)));
    }
  });

  it('gives a record said of "all three major indexes" to each of them', () => {
    const claims = bySymbol(check('Monday, Nov. 11, 2024 — All three major indexes closed at records.'), 'is_record');
    for (const symbol of ['SPX', 'DJI', 'IXIC'] as const) {
      const r = rows[symbol];
      expect(claims.get(symbol)?.verdict.verdict).toBe(verdictOf(closeAt(r, at(r, MONDAY)) > recordBefore(r, MONDAY).close));
    }
  });

  it('makes a figure said of a list without "each" a doubt: never contradicted', () => {
    const checked = check('Monday, Nov. 11, 2024 — The S&P 500 and the Nasdaq rose 0.7%.');
    expect(roundsTo(dayPct('IXIC', MONDAY), 0.7, 1) || roundsTo(dayPct('SPX', MONDAY), 0.7, 1)).toBe(false);
    expect(checked.length).toBeGreaterThan(0);
    for (const c of checked) expect(c.verdict.verdict === 'unverifiable' && c.verdict.reason).toBe('unclear');
  });

  it('holds a period that opens the sentence for every member of the list', () => {
    const claims = bySymbol(check('Friday, Nov. 15, 2024 — For the week, the Dow and the S&P 500 both fell 1.2%.'), 'wtd_pct');
    for (const symbol of ['DJI', 'SPX'] as const) {
      const r = rows[symbol];
      const week = pct(lastCloseBefore(r, '2024-11-11').close, closeAt(r, at(r, '2024-11-15')));
      expect(claims.get(symbol)?.verdict.verdict).toBe(verdictOf(roundsTo(week, -1.2, 1)));
    }
  });
});
