/**
 * Invariants of the fact pass and the brief on random walks (fast-check): scores in range,
 * observations never after the fact's date, finite values, every sentence a sentence, no
 * sentence twice, no fact said twice, no fact computed from data after the date.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DailySeries } from '../../src/core/series.js';
import { findBuiltinInstrument } from '../../src/data/instruments.js';
import { detectFacts, gatherFactInputs } from '../../src/facts/index.js';
import { composeBrief, renderText } from '../../src/narrative/index.js';
import { formatIsoDay, type DayNumber } from '../../src/core/date.js';
import { weekdays } from '../helpers/synthetic-series.js';

function walk(symbol: string, steps: readonly number[], start: number, yieldLike: boolean): DailySeries {
  const instrument = findBuiltinInstrument(symbol);
  if (instrument === undefined) throw new Error(symbol);
  const days = weekdays('2015-01-01', steps.length);
  const close = new Float64Array(steps.length);
  let level = start;
  steps.forEach((step, i) => {
    level = yieldLike ? Math.max(0.01, Math.round((level + step / 10) * 100) / 100) : Math.max(0.01, level * (1 + step / 100));
    close[i] = level;
  });
  return { instrument, days, close, adjClose: symbol === 'VBK' ? close.map((v) => v * 0.98) : null };
}

const stepsArb = fc.array(fc.double({ min: -8, max: 8, noNaN: true }), { minLength: 1, maxLength: 400 });

describe('fact pass and brief invariants', () => {
  it('hold on random walks of indexes, a yield and a fund', () => {
    fc.assert(
      fc.property(stepsArb, stepsArb, stepsArb, fc.nat({ max: 420 }), (a, b, c, pick) => {
        const series = [walk('SPX', a, 1000, false), walk('US10Y', b, 4, true), walk('VBK', c, 100, false)];
        const longest = series.reduce((x, s) => Math.max(x, s.days.length), 0);
        const day = (weekdays('2015-01-01', longest)[Math.min(pick, longest - 1)] ?? 0) as DayNumber;
        const inputs = gatherFactInputs(series, { date: day });
        const facts = detectFacts(inputs);
        const iso = formatIsoDay(day);
        for (const fact of facts) {
          expect(fact.score).toBeGreaterThanOrEqual(0);
          expect(fact.score).toBeLessThanOrEqual(100);
          expect(fact.date <= iso).toBe(true);
          for (const o of fact.provenance.observations) {
            expect(o.date <= fact.date).toBe(true);
            expect(Number.isFinite(o.value)).toBe(true);
          }
          for (const value of Object.values(fact)) if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
        }
        const brief = composeBrief(facts, {
          date: iso,
          requestedDate: iso,
          instruments: inputs.instruments.map((i) => i.instrument),
          datesUsed: new Map(),
          unbriefed: inputs.unbriefed,
          snapshots: new Map(),
        });
        const sentences = brief.paragraphs.flatMap((p) => p.sentences);
        const texts = sentences.map((s) => s.text);
        expect(new Set(texts).size).toBe(texts.length);
        for (const text of texts) expect(text).toMatch(/^[A-Z][^\n]*\.$/);
        const said = sentences.flatMap((s) => s.facts);
        expect(new Set(said).size).toBe(said.length);
        expect(renderText(brief)).not.toMatch(/NaN|undefined|Infinity|null/);
      }),
      { numRuns: 60 },
    );
  });
});
