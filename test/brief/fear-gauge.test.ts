/**
 * The fear gauge's own story, over every panel day against plain scans of the VIX's shipped
 * CSV: a record close, a one-day move the largest ever or in five years or more, or a month just
 * ended its largest ever puts the VIX paragraph right after the S&P 500's own paragraph (which
 * follows the lead's), ahead of small caps and bonds; on other days it stays after the bonds. A headline with nothing beside its first
 * news says it.
 */
import { describe, expect, it } from 'vitest';
import type { Brief } from '../../src/narrative/index.js';
import { writeBrief } from '../../src/narrative/index.js';
import { loadShippedSeries, readShippedRows, SHIPPED_SYMBOLS } from '../helpers/shipped-series.js';
import { isoDay } from '../helpers/synthetic-series.js';
import { PANEL } from './panel.js';
import { at, biggestDaySince, monthEnds, monthMovesBefore, pct, recordBefore, row } from './scan.js';

const series = SHIPPED_SYMBOLS.map((symbol) => loadShippedSeries(symbol));
const vix = readShippedRows('VIX.yahoo.csv');
const briefs = PANEL.map((day) => ({ day, brief: writeBrief(series, { date: isoDay(day.date) }) as Brief }));
const FIVE_YEARS_DAYS = 5 * 365;

/** What the scan says the VIX's news is on `date`: 'record', 'day' (ever or five years), 'month' (ever), or null. */
function scannedNews(date: string): 'record' | 'day' | 'month' | null {
  const i = vix.findIndex((r) => r.date === date);
  if (i < 1) return null;
  if (row(vix, i).close > recordBefore(vix, i).close) return 'record';
  const since = biggestDaySince(vix, i, false);
  if (since.date === null || (Date.parse(date) - Date.parse(since.date)) / 86_400_000 >= FIVE_YEARS_DAYS) return 'day';
  const isMonthsLast = vix[i + 1] !== undefined && vix[i + 1]?.date.slice(0, 7) !== date.slice(0, 7);
  if (!isMonthsLast) return null;
  const ends = monthEnds(vix);
  const k = ends.findIndex((e) => e.month === date.slice(0, 7));
  const prior = ends[k - 1];
  if (prior === undefined) return null;
  const m = pct(prior.close, row(vix, i).close);
  const bigger = monthMovesBefore(vix, date.slice(0, 7)).some((e) => (m > 0 ? e.pct >= m : e.pct <= m));
  return bigger ? null : 'month';
}

/** The index of the first paragraph about `symbol` (by its sentences' facts), or -1. */
function paragraphOf(brief: Brief, symbol: string): number {
  return brief.paragraphs.findIndex((p) => p.sentences.some((s) => s.facts[0]?.symbol === symbol));
}

describe("the fear gauge's own story", () => {
  it('every panel day: the VIX paragraph right after the stocks\' when the scan finds its news, after the bonds otherwise', () => {
    let moved = 0;
    let stayed = 0;
    for (const { day, brief } of briefs) {
      const vixAt = paragraphOf(brief, 'VIX');
      const bondsAt = paragraphOf(brief, 'US10Y');
      const smallAt = paragraphOf(brief, 'RUT');
      const leadsAtVix = brief.paragraphs[0]?.sentences[0]?.facts[0]?.symbol === 'VIX';
      if (vixAt < 0 || bondsAt < 0 || leadsAtVix) continue;
      const news = scannedNews(day.date);
      if (news !== null) {
        moved++;
        expect(vixAt, `${day.date}: ${news}`).toBeLessThan(bondsAt);
        // After the stocks (small caps in story order), and the benchmark's own paragraph, which keeps its state and periods beside its day.
        if (smallAt >= 0) expect(vixAt, day.date).toBeGreaterThan(smallAt);
        expect(['SPX', 'RUT'], day.date).toContain(brief.paragraphs[vixAt - 1]?.symbols[0]);
      } else {
        stayed++;
        expect(vixAt, day.date).toBeGreaterThan(bondsAt);
      }
    }
    expect(moved).toBeGreaterThan(3);
    expect(stayed).toBeGreaterThan(20);
  });

  it('a headline with no "as" clause of its own says the VIX\'s record or its move', () => {
    let said = 0;
    for (const { day, brief } of briefs) {
      const news = scannedNews(day.date);
      if (news === null || brief.paragraphs[0]?.sentences[0]?.facts[0]?.symbol === 'VIX') {
        expect(brief.headline, day.date).not.toMatch(/ as VIX /);
        continue;
      }
      const hasOwnClause = / as (?!VIX)| and enters | and /.test(brief.headline);
      if (hasOwnClause) continue;
      said++;
      if (news === 'record') expect(brief.headline, day.date).toMatch(/ as VIX closes at a record$/);
      if (news === 'day') {
        const i = at(vix, day.date);
        const since = biggestDaySince(vix, i, false);
        const when = since.date === null ? 'ever' : `since ${since.date.slice(0, 4)}`;
        const noun = row(vix, i).close > row(vix, i - 1).close ? 'jump' : 'drop';
        expect(brief.headline, day.date).toMatch(new RegExp(` as VIX has its biggest one-day ${noun} ${when}$`));
      }
    }
    // The Dow's points take the "as" clause where they are the largest in its data (Sept. 29, 2008: "as Dow falls 778 points").
    expect(said).toBeGreaterThan(0);
  });
});
