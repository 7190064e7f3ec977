/**
 * Briefs of about a hundred days across 35 years of the shipped data: no broken words, and
 * every fact about an index or a yield that a story should state is stated (the quarter to
 * date, the month's relative move and mid-table seasonality stay in the JSON by design).
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/facts/index.js';
import { renderText, writeBrief } from '../../src/narrative/index.js';
import { loadShippedSeries, SHIPPED_SYMBOLS } from '../helpers/shipped-series.js';

const series = SHIPPED_SYMBOLS.map((symbol) => loadShippedSeries(symbol));
const spx = loadShippedSeries('SPX');

/** Facts that may stay out of the text. */
function mayStayUnsaid(fact: Fact): boolean {
  if (['SPY', 'IWM', 'VBK', 'IWO'].includes(fact.symbol)) return fact.kind !== 'fund-return';
  if (fact.kind === 'period-move') return fact.period === 'qtd';
  if (fact.kind === 'relative-performance') return fact.period === 'mtd';
  if (fact.kind === 'seasonality') return fact.rank > 3 && fact.rank < 10;
  return false;
}

describe('briefs across the data', () => {
  it('state what they should, in clean words', () => {
    const start = spx.days.findIndex((day) => day >= 7305); // 1990-01-01
    let briefs = 0;
    for (let i = start; i < spx.days.length; i += 89) {
      const brief = writeBrief(series, { date: spx.days[i] as never });
      const text = renderText(brief);
      expect(text).not.toMatch(/NaN|undefined|Infinity|null| {2}|\.\.|,,| ,| \./);
      const said = new Set(brief.paragraphs.flatMap((p) => p.sentences.flatMap((s) => s.facts)));
      const unsaid = brief.facts.filter((fact) => !said.has(fact) && !mayStayUnsaid(fact)).map((f) => `${f.symbol} ${f.kind} ${f.date}`);
      expect(unsaid).toEqual([]);
      briefs++;
    }
    expect(briefs).toBeGreaterThan(90);
  });
});
