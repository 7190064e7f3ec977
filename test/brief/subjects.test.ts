/**
 * Subjects as a writer varies them, over every panel day: no paragraph opens two sentences in a
 * row with one index's full name when the first tells of that index alone ("The S&P 500 fell
 * back into a correction ... The S&P 500 is down 3.8% in April" is "The index is down ..."); and no
 * paragraph after the lead is one sentence about the Dow or the Nasdaq alone.
 */
import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/narrative/pool.js';
import type { Brief } from '../../src/narrative/index.js';
import { writeBrief } from '../../src/narrative/index.js';
import { loadShippedSeries, SHIPPED_SYMBOLS } from '../helpers/shipped-series.js';
import { isoDay } from '../helpers/synthetic-series.js';
import { PANEL } from './panel.js';

const series = SHIPPED_SYMBOLS.map((symbol) => loadShippedSeries(symbol));
const briefs = PANEL.map((day) => ({ day, brief: writeBrief(series, { date: isoDay(day.date) }) as Brief }));
const NAMES: Record<string, string> = { SPX: 'The S&P 500 ', DJI: 'The Dow Jones Industrial Average ', IXIC: 'The Nasdaq composite ', RUT: 'The Russell 2000 ' };

describe('subjects', () => {
  it('every panel day: an index named in full is not named in full again by the next sentence about it alone', () => {
    let pairs = 0;
    for (const { day, brief } of briefs) {
      for (const paragraph of brief.paragraphs) {
        paragraph.sentences.forEach((sentence, k) => {
          const next = paragraph.sentences[k + 1];
          const symbol = sentence.facts[0]?.symbol ?? '';
          const name = NAMES[symbol];
          if (next === undefined || name === undefined || !sentence.facts.every((f) => f.symbol === symbol) || !sentence.text.startsWith(name)) return;
          if (next.facts[0]?.symbol !== symbol) return;
          pairs++;
          expect(next.text.startsWith(name), `${day.date}: ${sentence.text} / ${next.text}`).toBe(false);
        });
      }
    }
    expect(pairs).toBeGreaterThan(30);
  });
});

describe('no stub paragraphs', () => {
  it('every panel day: after the lead, no paragraph of one sentence about the Dow or the Nasdaq alone', () => {
    let read = 0;
    for (const { day, brief } of briefs) {
      brief.paragraphs.slice(2).forEach((p) => {
        read++;
        const about = new Set(p.sentences.flatMap((s) => s.facts.map((f) => f.symbol)));
        const major = about.size === 1 && (about.has('DJI') || about.has('IXIC'));
        expect(major && p.sentences.length === 1, `${day.date}: ${p.sentences[0]?.text ?? ''}`).toBe(false);
      });
    }
    expect(read).toBeGreaterThan(150);
  });
});

describe("the lead paragraph keeps the day's news", () => {
  it("every panel day: the S&P 500's plain figures (its week, month and year, no superlative) join the lead paragraph after a lead of two sentences or fewer, and are never a stub paragraph of their own then", () => {
    const FIGURES = new Set(['period-move', 'week-result', 'streak', 'relative-performance']);
    const plain = (s: Sentence): boolean => s.facts.length > 0 && s.facts.every((f) => f.symbol === 'SPX' && FIGURES.has(f.kind)) && !/\b(since|ever|record)\b/.test(s.text);
    let joined = 0;
    for (const { day, brief } of briefs) {
      const lead = brief.paragraphs[0]?.sentences ?? [];
      const k = lead.findIndex((s) => s.facts.length > 0 && s.facts.every((f) => f.symbol === 'SPX' && f.kind === 'period-move'));
      if (k >= 0) {
        joined++;
        expect(k, `${day.date}: ${lead.map((s) => s.text).join(' ')}`).toBeLessThanOrEqual(2);
      }
      for (const paragraph of brief.paragraphs.slice(1)) {
        const stub = paragraph.symbols[0] === 'SPX' && paragraph.sentences.length <= 2 && paragraph.sentences.every(plain);
        if (stub) expect(lead.length, `${day.date}: ${paragraph.sentences.map((s) => s.text).join(' ')}`).toBeGreaterThan(2);
      }
    }
    expect(joined).toBeGreaterThan(3);
  });

  it('every panel day: the Dow, the Nasdaq and the yields are named in full once; a later sentence opens with the name people know', () => {
    const FULL: Record<string, { full: string; short: string }> = {
      DJI: { full: 'Dow Jones Industrial Average', short: 'The Dow ' },
      IXIC: { full: 'Nasdaq composite', short: 'The Nasdaq ' },
      US10Y: { full: 'yield on the 10-year Treasury', short: 'The 10-year yield ' },
    };
    let shortened = 0;
    for (const { day, brief } of briefs) {
      const sentences = brief.paragraphs.flatMap((p) => p.sentences.map((s) => s.text));
      for (const { full, short } of Object.values(FULL)) {
        const first = sentences.findIndex((text) => text.includes(full));
        if (first < 0) continue;
        for (const text of sentences.slice(first + 1)) {
          expect(text.startsWith(`The ${full} `), `${day.date}: ${text}`).toBe(false);
          if (text.startsWith(short)) shortened++;
        }
      }
    }
    expect(shortened).toBeGreaterThan(20);
  });
});
