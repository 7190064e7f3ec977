/**
 * "Ever" when the data hold an instrument's whole history: the Nasdaq composite's file begins
 * on its base date (Feb. 5, 1971), the VIX's on Cboe's first day (Jan. 2, 1990), so their
 * "worst day ever" and "third-best day ever" are judged on the data. The Dow's file begins in
 * 1992, long after the Dow did: its "ever" stays unverifiable (before the data). Expected
 * values are plain scans of the shipped rows.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_INSTRUMENTS } from '../../src/data/instruments.js';
import { at, check, closeAt, find, rowsOf } from './scan.js';

const ixic = rowsOf('IXIC.yahoo.csv');
const dji = rowsOf('DJI.yahoo.csv');
const move = (rows: typeof ixic, i: number): number => closeAt(rows, i) / closeAt(rows, i - 1) - 1;

/** The rank of day i's move among the drops (1 = the worst) from the file's second row to i. */
function dropRank(rows: typeof ixic, i: number): number {
  let rank = 1;
  for (let k = 1; k < i; k++) if (move(rows, k) < move(rows, i)) rank++;
  return rank;
}

/** A day whose drop is the worst in the file so far, and one ranked third, found by a scan. */
function dayRanked(rows: typeof ixic, wanted: number, after: string): string {
  for (let i = at(rows, after); i < rows.length; i++) if (move(rows, i) < 0 && dropRank(rows, i) === wanted) return rows[i]?.date ?? '';
  throw new Error(`no day ranked ${wanted}`);
}

describe('the data hold the whole history', () => {
  it('the registry says so for the S&P 500, the Nasdaq composite, the VIX and the two Treasury yields only, on each file’s first day', () => {
    const begins = BUILTIN_INSTRUMENTS.filter((i) => i.historyBegins !== undefined).map((i) => [i.symbol, i.historyBegins]);
    expect(begins).toEqual([
      ['SPX', rowsOf('GSPC.yahoo.csv')[0]?.date],
      ['IXIC', ixic[0]?.date],
      ['VIX', rowsOf('VIX.yahoo.csv')[0]?.date],
      ['US10Y', rowsOf('DGS10.fred.csv')[0]?.date],
      ['US2Y', rowsOf('DGS2.fred.csv')[0]?.date],
    ]);
  });

  it('"its worst day ever" for the Nasdaq is judged: supported on its worst drop, contradicted on a lesser one', () => {
    const worst = dayRanked(ixic, 1, '2000-01-03');
    const checked = check(`The Nasdaq composite lost ${(-move(ixic, at(ixic, worst)) * 100).toFixed(1)}%, its worst day ever.`, undefined, worst);
    expect(find(checked, 'biggest_1d_in_window', 'IXIC').verdict.verdict).toBe('supported');
    const third = dayRanked(ixic, 3, '2000-01-03');
    const lesser = check('The Nasdaq composite had its worst day ever.', undefined, third);
    expect(find(lesser, 'biggest_1d_in_window', 'IXIC').verdict.verdict).toBe('contradicted');
  });

  it('a rank "ever" is judged for the Nasdaq, and stays before-data for the Dow', () => {
    const third = dayRanked(ixic, 3, '2000-01-03');
    const wrong = check('The Nasdaq composite had its second-worst day ever.', undefined, third);
    const ranked = find(wrong, 'rank_1d', 'IXIC');
    expect(ranked.verdict.verdict).toBe('contradicted');
    expect(ranked.verdict.actual).toBe(3);
    const dowThird = dayRanked(dji, 3, '2000-01-03');
    const dow = find(check('The Dow had its second-worst day ever.', undefined, dowThird), 'rank_1d', 'DJI');
    expect(dow.verdict.verdict).toBe('unverifiable');
    expect(dow.verdict.verdict === 'unverifiable' ? dow.verdict.reason : null).toBe('before-data');
  });
});
