/**
 * Each of the Dow and the Nasdaq told in one place, over every panel day: the sentences about
 * it alone (its day, its state, its month and year) are in consecutive paragraphs right after the
 * lead paragraph, before the S&P 500's own paragraph; and no name opens two sentences about one
 * index in a row there.
 */
import { describe, expect, it } from 'vitest';
import type { Brief } from '../../src/narrative/index.js';
import { writeBrief } from '../../src/narrative/index.js';
import { loadShippedSeries, SHIPPED_SYMBOLS } from '../helpers/shipped-series.js';
import { isoDay } from '../helpers/synthetic-series.js';
import { PANEL } from './panel.js';

const series = SHIPPED_SYMBOLS.map((symbol) => loadShippedSeries(symbol));
const briefs = PANEL.map((day) => ({ day, brief: writeBrief(series, { date: isoDay(day.date) }) as Brief }));

/** The indexes of the paragraphs with a sentence about `symbol` alone. */
function paragraphsAbout(brief: Brief, symbol: string): number[] {
  return brief.paragraphs.flatMap((p, k) => (p.sentences.some((s) => s.facts.length > 0 && s.facts.every((f) => f.symbol === symbol)) ? [k] : []));
}

describe('the Dow and the Nasdaq told in one place', () => {
  it('every panel day: their own sentences are in consecutive paragraphs after the lead\'s, before the S&P 500\'s own', () => {
    let told = 0;
    for (const { day, brief } of briefs) {
      if (brief.paragraphs[0]?.sentences[0]?.text.startsWith('The S&P 500') !== true && brief.paragraphs[0]?.sentences[0]?.text.startsWith('Stocks') !== true) continue;
      const benchmarkOwn = brief.paragraphs.findIndex((p, k) => k > 0 && p.symbols[0] === 'SPX');
      for (const symbol of ['DJI', 'IXIC']) {
        const at = paragraphsAbout(brief, symbol).filter((k) => k > 0);
        if (at.length === 0) continue;
        told++;
        const first = at[0] ?? 0;
        const last = at[at.length - 1] ?? 0;
        expect(last - first, `${day.date} ${symbol}: paragraphs ${at.join(', ')}`).toBeLessThanOrEqual(1);
        if (benchmarkOwn > 0) expect(last, `${day.date} ${symbol}`).toBeLessThan(benchmarkOwn);
      }
    }
    expect(told).toBeGreaterThan(40);
  });
});
