/** "Longest streak since": the earlier streak at least as long, on hand-made and real closes. */
import { describe, expect, it } from 'vitest';
import { earlierStreakAtLeast } from '../../src/facts/derived-streak.js';
import { detectFacts, gatherFactInputs } from '../../src/facts/index.js';
import { renderText, writeBrief } from '../../src/narrative/index.js';
import { loadShippedSeries, readShippedRows } from '../helpers/shipped-series.js';
import { isoDay, makeSeries } from '../helpers/synthetic-series.js';
import { at, streak } from './scan.js';

describe('earlierStreakAtLeast', () => {
  const closes = [10, 11, 12, 13, 14, 13, 14, 15, 14, 14, 15, 16, 17];
  const s = makeSeries(closes, { start: '2024-01-01' });
  const values = s.close ?? new Float64Array();
  const date = (i: number): string => ['2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05', '2024-01-08', '2024-01-09', '2024-01-10', '2024-01-11', '2024-01-12', '2024-01-15', '2024-01-16', '2024-01-17'][i] ?? '';
  it('finds the last run as long, counted whole; an unchanged close breaks runs', () => {
    // Index 12 ends a run of three gains (14 -> 15 -> 16 -> 17); the run of four gains ended at index 4.
    expect(earlierStreakAtLeast(s.days, values, 12, 3)).toEqual({ endDate: date(4), days: 4 });
    expect(earlierStreakAtLeast(s.days, values, 12, 2)).toEqual({ endDate: date(7), days: 2 });
    expect(earlierStreakAtLeast(s.days, values, 12, 5)).toBeNull();
    expect(earlierStreakAtLeast(s.days, values, 8, -1)).toEqual({ endDate: date(5), days: -1 });
    expect(earlierStreakAtLeast(s.days, values, 12, 0)).toBeNull();
    expect(earlierStreakAtLeast(s.days, values, 2, 2)).toBeNull();
  });
});

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
    expect(text).toContain(`its ${-length}th straight loss, the longest losing streak in data going back to 1992`);
    expect(at(dji, date)).toBe(end);
  });
});
