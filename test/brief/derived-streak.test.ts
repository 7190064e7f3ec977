/**
 * "Longest streak since" through the brief: the fact and the sentence for the Dow's losing
 * streak of December 2024, against a plain scan of the CSV (the statistic itself is tested in
 * src/stats/streak-since.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { detectFacts, gatherFactInputs } from '../../src/facts/index.js';
import { renderText, writeBrief } from '../../src/narrative/index.js';
import { loadShippedSeries, readShippedRows } from '../helpers/shipped-series.js';
import { isoDay } from '../helpers/synthetic-series.js';
import { at, streak } from './scan.js';

describe("the Dow's losing streak of December 2024", () => {
  const dji = readShippedRows('DJI.yahoo.csv');
  // The end of the Dow's longest losing streak of 2024, found by the scan.
  let end = -1;
  for (let i = 1; i < dji.length; i++) if ((dji[i]?.date ?? '').startsWith('2024') && (end < 0 || streak(dji, i) < streak(dji, end))) end = i;
  const length = streak(dji, end);
  const date = dji[end]?.date ?? '';
  // The last earlier losing streak at least as long, by a plain scan.
  let since: string | null = null;
  for (let j = end + length - 1; j >= 1 && since === null; j--) if (streak(dji, j) <= length) since = dji[j]?.date ?? null;

  it('states its length and the last streak as long (none in the data)', () => {
    expect(length).toBeLessThanOrEqual(-10);
    const facts = detectFacts(gatherFactInputs([loadShippedSeries('DJI')], { date: isoDay(date) }));
    const fact = facts.find((f) => f.kind === 'streak');
    expect(fact).toMatchObject({ days: length, sinceDate: since });
    const text = renderText(writeBrief([loadShippedSeries('DJI')], { date: isoDay(date) }));
    expect(since).toBeNull();
    expect(text).toContain(`its ${-length}th straight loss, the longest losing streak since at least 1992`);
    expect(at(dji, date)).toBe(end);
  });
});
