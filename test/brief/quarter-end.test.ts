/**
 * A quarter's last session (not the year's) says the quarter beside the month: "The index rose
 * 3.6% in March and 10% in the first quarter." The quarter's move is the close over the prior
 * quarter's last close, from a plain scan of the shipped CSV; the days are found by the scan.
 */
import { describe, expect, it } from 'vitest';
import { renderText, writeBrief } from '../../src/narrative/index.js';
import { loadShippedSeries, readShippedRows, SHIPPED_SYMBOLS } from '../helpers/shipped-series.js';
import { isoDay } from '../helpers/synthetic-series.js';
import { monthEnds, pct, storyPct } from './scan.js';

const series = SHIPPED_SYMBOLS.map((symbol) => loadShippedSeries(symbol));
const spx = readShippedRows('GSPC.yahoo.csv');
const ends = monthEnds(spx);
const ORDINALS = ['first', 'second', 'third'];
const MONTHS = { 3: 'March', 6: 'June', 9: 'September' } as const;

describe('a quarter\'s last session', () => {
  it('the S&P 500\'s paragraph gives the month and the quarter (the year too after the first quarter), 2010 to 2019', () => {
    const found = ends.flatMap((end, k) => {
      const month = Number(end.month.slice(5, 7));
      if (![3, 6, 9].includes(month) || end.month < '2010-01' || end.month > '2019-12') return [];
      const prior = ends[k - 3];
      const base = ends[k - 1];
      const yearBase = ends.find((e) => e.month === `${Number(end.month.slice(0, 4)) - 1}-12`);
      if (prior === undefined || base === undefined || yearBase === undefined) return [];
      const date = spx.filter((r) => r.date.startsWith(end.month)).at(-1)?.date ?? '';
      return [{ date, month: month as 3 | 6 | 9, monthMove: pct(base.close, end.close), quarterMove: pct(prior.close, end.close), yearMove: pct(yearBase.close, end.close) }];
    });
    expect(found.length).toBe(30);
    const esc = (text: string): string => text.replace(/\./g, '\\.');
    for (const q of found) {
      const text = renderText(writeBrief(series, { date: isoDay(q.date) }));
      const name = `in the ${ORDINALS[q.month / 3 - 1] ?? ''} quarter`;
      const sameWay = Math.sign(q.monthMove) === Math.sign(q.quarterMove);
      const verb = (move: number): string => (move > 0 ? 'rose' : 'fell');
      const year = (joiner: string): string => (q.month === 3 ? '' : `${joiner}is ${q.yearMove > 0 ? 'up' : 'down'} ${storyPct(q.yearMove)} this year`);
      const subject = '(The index|The S&P 500|It)';
      // With the month: "rose 3.6% in March and 10% in the first quarter"; the month told apart (the lead's, or its
      // superlative's sentence): "The index rose 4.9% in the first quarter."
      const withMonth = new RegExp(`${subject} ${verb(q.monthMove)} ${esc(storyPct(q.monthMove))} in ${MONTHS[q.month]} and ${sameWay ? '' : `${verb(q.quarterMove)} `}${esc(storyPct(q.quarterMove))} ${name}${esc(year(', and '))}[.,]`);
      const alone = new RegExp(`${subject} ${verb(q.quarterMove)} ${esc(storyPct(q.quarterMove))} ${name}${esc(year(' and '))}[.,]`);
      expect(withMonth.test(text) || alone.test(text), q.date).toBe(true);
    }
  });
});
