/**
 * The market's sentence in the lead's second paragraph, over every panel day: two indexes' days
 * share one sentence only while it stays short (fewer than nine clause commas and at most 45
 * words once news joins them), and three indexes' days join as "A and B, while C", never with a comma splice (a series of three in semicolons).
 */
import { describe, expect, it } from 'vitest';
import type { Brief } from '../../src/narrative/index.js';
import { writeBrief } from '../../src/narrative/index.js';
import { loadShippedSeries, SHIPPED_SYMBOLS } from '../helpers/shipped-series.js';
import { isoDay } from '../helpers/synthetic-series.js';
import { PANEL } from './panel.js';

const series = SHIPPED_SYMBOLS.map((symbol) => loadShippedSeries(symbol));
const briefs = PANEL.map((day) => ({ day, brief: writeBrief(series, { date: isoDay(day.date) }) as Brief }));

/** Clause commas, the comma of a date's year not counted. */
function commas(text: string): number {
  return text.replace(/, \d{4}\b/g, '').split(', ').length - 1;
}

/** How many index days ("fell 554 points, or 7.2%, to 7,161.20") a sentence tells. */
function daysTold(text: string): number {
  return (text.match(/(rose|fell) [\d,.]+ points?, or [\d.]+%, to /g) ?? []).length;
}

describe("the lead's second paragraph", () => {
  it('every panel day: a sentence of two index days is short', () => {
    let shared = 0;
    for (const { day, brief } of briefs) {
      for (const sentence of brief.paragraphs[1]?.sentences ?? []) {
        if (daysTold(sentence.text) < 2) continue;
        shared++;
        // The joined days themselves take four commas each ("fell N points, or X%, to L, and ..."); news beyond keeps it under nine.
        expect(commas(sentence.text), `${day.date}: ${sentence.text}`).toBeLessThan(9);
        expect(sentence.text.split(/\s+/).length, `${day.date}: ${sentence.text}`).toBeLessThanOrEqual(45);
      }
    }
    expect(shared).toBeGreaterThan(20);
  });

  it('every panel day: no comma splice between index days ("..., the Dow fell ...")', () => {
    let read = 0;
    for (const { day, brief } of briefs) {
      for (const sentence of brief.paragraphs.flatMap((p) => p.sentences)) {
        read++;
        expect(sentence.text, day.date).not.toMatch(/\d, the (Dow Jones Industrial Average|Nasdaq composite|S&P 500|Russell 2000) (rose|fell) /);
      }
    }
    expect(read).toBeGreaterThan(300);
  });
});
