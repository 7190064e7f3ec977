/**
 * Briefs of about a hundred days across 35 years of the shipped data: no broken words; every
 * piece of news about an index or a yield (a record, a milestone, a drawdown, a one-day
 * "biggest since", a high or low since a date) is stated; at most one seasonal record; and the
 * closing table has a row for every index that traded (filler stays in the JSON by design).
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/facts/index.js';
import { renderText, writeBrief } from '../../src/narrative/index.js';
import { loadShippedSeries, SHIPPED_SYMBOLS } from '../helpers/shipped-series.js';

const series = SHIPPED_SYMBOLS.map((symbol) => loadShippedSeries(symbol));
const spx = loadShippedSeries('SPX');

/** News that a story must state whenever an index or a yield has it (the rest may stay in the JSON as filler). */
const NEWS: ReadonlySet<Fact['kind']> = new Set(['record-close', 'milestone', 'drawdown-change', 'drawdown-standing', 'near-record', 'extreme-since']);

/**
 * True for a fact of an index or a yield that is the day's news and must be in the text. A one-day
 * "biggest since" may be left to the JSON when it only echoes the S&P 500's (another index, the
 * same way, a "since" no further back), or reaches only the data's start of a file that begins
 * after the index did (said at most once an instrument).
 */
function mustBeSaid(fact: Fact, briefDate: string, facts: readonly Fact[]): boolean {
  if (['SPY', 'IWM', 'VBK', 'IWO'].includes(fact.symbol) || fact.date !== briefDate) return false;
  if (fact.kind === 'biggest-move') {
    if (fact.period !== 'day') return false;
    if (fact.sinceDate === null) return fact.wholeHistory;
    const spxDay = facts.find((f) => f.kind === 'biggest-move' && f.symbol === 'SPX' && f.period === 'day');
    const isIndex = ['DJI', 'IXIC', 'RUT'].includes(fact.symbol);
    const echo = isIndex && spxDay?.kind === 'biggest-move' && spxDay.sinceDate !== null && spxDay.sinceDate <= fact.sinceDate && Math.sign(spxDay.move) === Math.sign(fact.move);
    return !echo;
  }
  return NEWS.has(fact.kind);
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
      const unsaid = brief.facts.filter((fact) => !said.has(fact) && mustBeSaid(fact, brief.date, brief.facts)).map((f) => `${f.symbol} ${f.kind} ${f.date}`);
      expect(unsaid).toEqual([]);
      // At most one seasonal record; every index with the day's move has its row in the closing table.
      expect([...said].filter((f) => f.kind === 'seasonality').length).toBeLessThanOrEqual(1);
      const rows = new Set((brief.table[0]?.rows ?? []).flatMap((r) => r.facts.map((f) => f.symbol)));
      const moved = brief.facts.filter((f) => f.kind === 'day-move' && f.date === brief.date && series.some((x) => x.instrument.symbol === f.symbol && x.instrument.kind === 'index'));
      expect([...rows].sort()).toEqual(moved.map((f) => f.symbol).sort());
      briefs++;
    }
    expect(briefs).toBeGreaterThan(90);
  });
});
