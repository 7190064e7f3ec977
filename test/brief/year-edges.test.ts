/**
 * The year's edges, from plain scans of the S&P 500's shipped CSV: its first session says so
 * ("on Monday, the first trading day of 2022") and has no "For the year" table (the year is the
 * day); its last session gives the year, not a bare December beside it, and another
 * instrument's year superlative follows its figure.
 */
import { describe, expect, it } from 'vitest';
import type { Brief } from '../../src/narrative/index.js';
import { writeBrief } from '../../src/narrative/index.js';
import { loadShippedSeries, readShippedRows, SHIPPED_SYMBOLS } from '../helpers/shipped-series.js';
import { isoDay } from '../helpers/synthetic-series.js';
import { PANEL } from './panel.js';

const series = SHIPPED_SYMBOLS.map((symbol) => loadShippedSeries(symbol));
const spx = readShippedRows('GSPC.yahoo.csv');
const briefOn = (date: string): Brief => writeBrief(series, { date: isoDay(date) });
const sentences = (brief: Brief): string[] => brief.paragraphs.flatMap((p) => p.sentences.map((s) => s.text));

/** The first (last) session of each year from 1990, by the scan: a row whose neighbour is in another year. */
const firsts = spx.filter((r, i) => i > 0 && r.date >= '1990' && spx[i - 1]?.date.slice(0, 4) !== r.date.slice(0, 4)).map((r) => r.date);
const lasts = spx.filter((r, i) => r.date >= '1990' && spx[i + 1] !== undefined && spx[i + 1]?.date.slice(0, 4) !== r.date.slice(0, 4)).map((r) => r.date);
/** Every third year, the latest included: every era, and the test stays quick. */
const every3 = (dates: readonly string[]): string[] => dates.filter((_, k) => k % 3 === 0 || k === dates.length - 1);

describe("the year's first session", () => {
  for (const date of every3(firsts)) {
    it(`${date}: the lead says it is the first trading day of ${date.slice(0, 4)}; no year table`, () => {
      const brief = briefOn(date);
      expect(brief.paragraphs[0]?.sentences.map((s) => s.text).join(' '), date).toContain(`, the first trading day of ${date.slice(0, 4)}`);
      expect(brief.table.map((section) => section.title), date).not.toContain('For the year:');
    });
  }

  it('every first session from 1990 whose headline gives records of several indexes says they start the year there ("S&P 500 and Dow start 2022 at records"), by the scan\'s records', () => {
    let said = 0;
    for (const date of firsts) {
      const i = spx.findIndex((r) => r.date === date);
      const spxRecord = spx.slice(0, i).every((r) => r.close < (spx[i]?.close ?? 0));
      const headline = briefOn(date).headline;
      if (/ close at records/.test(headline)) expect(headline, date).not.toMatch(/^[^,]* close at records$/);
      if (!/ start \d{4} at records/.test(headline)) continue;
      said++;
      expect(headline, date).toContain(`start ${date.slice(0, 4)} at records`);
      expect(spxRecord || !headline.includes('S&P 500'), date).toBe(true);
    }
    expect(said).toBeGreaterThan(0);
  });

  it('no other panel day says "first trading day", and each has its year table', () => {
    for (const day of PANEL.filter((d) => !firsts.includes(d.date))) {
      const brief = briefOn(day.date);
      expect(sentences(brief).join(' '), day.date).not.toContain('first trading day');
      expect(brief.table.map((section) => section.title), day.date).toContain('For the year:');
    }
  });
});

describe("the year's last session", () => {
  for (const date of every3(lasts)) {
    it(`${date}: no bare December for the S&P 500 beside its year`, () => {
      const spxOnly = briefOn(date).paragraphs.flatMap((p) => p.sentences).filter((s) => s.facts.every((f) => f.symbol === 'SPX'));
      for (const sentence of spxOnly) expect(sentence.text, date).not.toMatch(/^(The S&P 500|The index|It) (rose|fell) [\d.]+% in December\.$/);
    });
  }
});

describe("another instrument's year superlative", () => {
  for (const date of every3(lasts)) {
    it(`${date}: follows its year's figure, never a sentence of its own beside one`, () => {
      const all = briefOn(date).paragraphs.flatMap((p) => p.sentences);
      for (const sentence of all) {
        const ranked = sentence.facts.find((f) => f.kind === 'year-result' && f.symbol !== 'SPX');
        // A superlative shared with the one before it ("The 2-year yield also had ...") is shared-facts.test.ts's.
        if (ranked === undefined || sentence.facts.length > 1 || sentence.text.includes(' also had ')) continue;
        const figure = all.some((s) => s.facts.some((f) => f.kind === 'period-move' && f.period === 'ytd' && f.symbol === ranked.symbol));
        expect(figure, `${date}: ${sentence.text}`).toBe(false);
      }
    });
  }
});
