/**
 * Round trip on random dates: a story sentence written here from the CSV rows (plain
 * arithmetic and Intl formatting, rounded as a story rounds) must come back supported, and
 * the same sentence with a figure pushed outside its rounding must come back contradicted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeAt, check, lastCloseBefore, pct, rowsOf, streakAt } from './scan.js';

const rut = rowsOf('RUT.yahoo.csv');
const spx = rowsOf('GSPC.yahoo.csv');
const dgs10 = rowsOf('DGS10.fred.csv');
const two = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const one = (x: number): string => Math.abs(x).toFixed(1);
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];

describe('round trip on random dates', () => {
  it('price index: day move, close, year to date and streak written from the rows are supported', () => {
    fc.assert(
      fc.property(fc.integer({ min: 300, max: rut.length - 1 }), fc.boolean(), (i, useSpx) => {
        const rows = useSpx ? spx.slice(-rut.length) : rut;
        const name = useSpx ? 'The S&P 500' : 'The Russell 2000';
        const row = rows[i];
        if (!row) return;
        const move = pct(closeAt(rows, i - 1), closeAt(rows, i));
        const ytd = pct(lastCloseBefore(rows, `${row.date.slice(0, 4)}-01-01`).close, row.close);
        const streak = streakAt(rows, i);
        const streakText = Math.abs(streak) >= 2 && Math.abs(streak) <= 9 ? ` It was its ${ORDINALS[Math.abs(streak) - 1] ?? ''} straight ${streak > 0 ? 'gain' : 'loss'}.` : '';
        const text = `${name} ${move >= 0 ? 'rose' : 'fell'} ${one(move)}% to ${two.format(row.close)}. It is ${ytd >= 0 ? 'up' : 'down'} ${one(ytd)}% this year.${streakText}`;
        const checked = check(text, undefined, row.date);
        expect(checked.map((c) => [c.claim.metric, c.verdict.verdict])).toEqual([
          ['change_1d_pct', 'supported'],
          ['close', 'supported'],
          ['ytd_pct', 'supported'],
          ...(streakText === '' ? [] : [['streak_days', 'supported']]),
        ]);
        const wrong = check(`${name} ${move >= 0 ? 'rose' : 'fell'} ${(Math.abs(move) + 0.2).toFixed(1)}%.`, undefined, row.date);
        expect(wrong.map((c) => c.verdict.verdict)).toEqual(['contradicted']);
      }),
      { numRuns: 60 },
    );
  });

  it('yield: basis-point move and level written from the rows are supported; a wrong level is contradicted', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: dgs10.length - 1 }), (i) => {
        const row = dgs10[i];
        if (!row) return;
        const bp = Math.round((closeAt(dgs10, i) - closeAt(dgs10, i - 1)) * 100);
        const text = `The 10-year Treasury yield ${bp >= 0 ? 'rose' : 'fell'} ${Math.abs(bp)} basis points to ${row.close.toFixed(2)}%.`;
        const checked = check(text, undefined, row.date);
        expect(checked.map((c) => [c.claim.metric, c.verdict.verdict])).toEqual([
          ['change_1d_bp', 'supported'],
          ['close', 'supported'],
        ]);
        const wrong = check(`The 10-year Treasury yield closed at ${(row.close + 0.05).toFixed(2)}%.`, undefined, row.date);
        expect(wrong.map((c) => c.verdict.verdict)).toEqual(['contradicted']);
      }),
      { numRuns: 60 },
    );
  });
});
