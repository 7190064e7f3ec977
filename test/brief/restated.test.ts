/**
 * Figures said once, over every panel day: the comparison with the S&P 500's year never restates
 * the benchmark's figure (its own paragraph and the closing table give it); it is said in words
 * ("trailing the S&P 500", "while the S&P 500 is down") at most once a brief, and when small caps'
 * gap to it is news by a plain scan of the CSVs (5 points or more) it is theirs.
 */
import { describe, expect, it } from 'vitest';
import { renderText, writeBrief } from '../../src/narrative/index.js';
import { loadShippedSeries, readShippedRows, SHIPPED_SYMBOLS } from '../helpers/shipped-series.js';
import { isoDay } from '../helpers/synthetic-series.js';
import { PANEL } from './panel.js';
import { at, lastBefore, pct, row, storyPct } from './scan.js';
import { relativeWords } from './words.js';

const series = SHIPPED_SYMBOLS.map((symbol) => loadShippedSeries(symbol));
const spx = readShippedRows('GSPC.yahoo.csv');
const rut = readShippedRows('RUT.yahoo.csv');

/** The year-to-date percent of `rows` on `date` by the scan, or null when the date or the year's start is not in them. */
function ytd(rows: ReturnType<typeof readShippedRows>, date: string): number | null {
  if (!rows.some((r) => r.date === date) || (rows[0]?.date ?? date) >= `${date.slice(0, 4)}-01-01`) return null;
  return pct(lastBefore(rows, `${date.slice(0, 4)}-01-01`).close, row(rows, at(rows, date)).close);
}

describe('the benchmark\'s year compared once', () => {
  it('every panel day: no "against a X% ... for the S&P 500"; at most one comparison in words, small caps\' when their gap is news, its words by the scan\'s signs and gap', () => {
    let theirs = 0;
    for (const day of PANEL) {
      const text = renderText(writeBrief(series, { date: isoDay(day.date) }));
      expect(text, day.date).not.toMatch(/against an? [\d.]+% (gain|drop) for the S&P 500/);
      const said = text.match(/this year, (trailing|outpacing|far behind|far ahead of|while|a (far )?(smaller|bigger) drop than) the S&P 500/g) ?? [];
      expect(said.length, day.date).toBeLessThanOrEqual(1);
      const bench = ytd(spx, day.date);
      const small = ytd(rut, day.date);
      if (bench === null || small === null || Math.abs(small - bench) < 5 || day.date.slice(5) === '12-31' || said.length === 0) continue;
      theirs++;
      const words = relativeWords(small, bench);
      const tail = words === 'while' ? ` is ${bench >= 0 ? 'up' : 'down'}` : words.endsWith('drop than') ? "'s" : '';
      const compared = `${storyPct(Math.abs(small))} this year, ${words} the S&P 500${tail}.`;
      expect(text.slice(text.indexOf('The Russell 2000')), day.date).toContain(compared);
    }
    expect(theirs).toBeGreaterThan(10);
  });
});

describe('no period sentence of no change', () => {
  it('every panel day: a month and a year that both print as no change are not a sentence; a day with such a yield is in the panel (the scan finds it)', () => {
    const us2y = readShippedRows('DGS2.fred.csv');
    let flatDays = 0;
    for (const day of PANEL) {
      const text = renderText(writeBrief(series, { date: isoDay(day.date) }));
      expect(text, day.date).not.toMatch(/(unchanged|little changed) in \w+ and is (unchanged|little changed) this year/);
      const i = us2y.findIndex((r) => r.date === day.date);
      const month = i > 0 ? lastBefore(us2y, `${day.date.slice(0, 7)}-01`) : undefined;
      const year = i > 0 ? lastBefore(us2y, `${day.date.slice(0, 4)}-01-01`) : undefined;
      const bp = (base: { close: number } | undefined): number => (base === undefined ? Number.NaN : Math.round((row(us2y, i).close - base.close) * 100));
      if (bp(month) === 0 && bp(year) === 0) flatDays++;
    }
    expect(flatDays).toBeGreaterThan(0);
  });
});
