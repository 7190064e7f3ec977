/**
 * The day's sentence of each instrument, over every panel day: a streak with its "longest since"
 * ("its ninth straight decline, the longest run of declines since September 1992") is two
 * clauses' worth, so it never shares the day's sentence with another clause.
 */
import { describe, expect, it } from 'vitest';
import type { Brief } from '../../src/narrative/index.js';
import { writeBrief } from '../../src/narrative/index.js';
import { loadShippedSeries, SHIPPED_SYMBOLS } from '../helpers/shipped-series.js';
import { isoDay } from '../helpers/synthetic-series.js';
import { PANEL } from './panel.js';

const series = SHIPPED_SYMBOLS.map((symbol) => loadShippedSeries(symbol));
const briefs = PANEL.map((day) => ({ day, brief: writeBrief(series, { date: isoDay(day.date) }) as Brief }));

/** The clause kinds a day's sentence can carry beside its move. */
const CLAUSE_KINDS = new Set(['record-close', 'milestone', 'biggest-move', 'point-move', 'point-rank', 'two-day-move', 'ytd-turn', 'near-record', 'streak', 'extreme-since', 'fifty-two-week']);

describe("the day's sentence", () => {
  it('every panel day: a streak with its "longest since" is the only clause beside its move', () => {
    let streaks = 0;
    for (const { day, brief } of briefs) {
      for (const sentence of brief.paragraphs.flatMap((p) => p.sentences)) {
        const move = sentence.facts.find((f) => f.kind === 'day-move');
        if (move === undefined || !/(the longest|longest) (losing |winning )?(streak|run)/.test(sentence.text)) continue;
        // "to a record 1,347.20" is the move's own words, not a clause (a count is: "its 53rd record close of 2024").
        const bareRecord = !/record close/.test(sentence.text);
        const own = sentence.facts.filter((f) => f.symbol === move.symbol && CLAUSE_KINDS.has(f.kind) && f.kind !== 'fifty-two-week' && !(bareRecord && f.kind === 'record-close'));
        if (!own.some((f) => f.kind === 'streak')) continue;
        streaks++;
        expect(own.map((f) => f.kind), `${day.date}: ${sentence.text}`).toEqual(['streak']);
      }
    }
    expect(streaks).toBeGreaterThan(0);
  });
});
