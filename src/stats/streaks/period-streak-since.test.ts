/** Runs of weeks and "the longest run of weekly gains since": hand-made weekly closes and a plain scan of the shipped 2-year yield. */
import { describe, expect, it } from 'vitest';
import { parseIsoDay, type DayNumber } from '../../core/date.js';
import { loadShippedSeries, readShippedRows } from '../../../test/helpers/shipped-series.js';
import { makeSeries } from '../../../test/helpers/synthetic-series.js';
import { buildStatsIndex } from '../stats-index.js';
import { longestPeriodStreakSince } from './period-streak-since.js';

const day = (iso: string): DayNumber => parseIsoDay(iso) ?? (0 as DayNumber);

describe('longestPeriodStreakSince on hand-made closes, one a week', () => {
  // Weekdays Monday to Friday: with a close every day, a week's last close is its Friday's.
  const weekly = [10, 11, 12, 13, 12, 13, 14, 15, 15, 16, 17];
  const closes = weekly.flatMap((c) => [c, c, c, c, c]);
  const index = buildStatsIndex(makeSeries(closes, { start: '2024-01-01' }), 'price');
  const friday = (w: number): string => new Date(Date.UTC(2024, 0, 5 + 7 * w)).toISOString().slice(0, 10);

  it('names the last earlier run at least as long, counted whole; an unchanged week breaks runs', () => {
    // Week 10 ends two gains (15 -> 16 -> 17, after the unchanged week 8); the three gains to week 7 are the last as long.
    const at10 = longestPeriodStreakSince(index, day(friday(10)), 'week');
    expect(at10.current.length).toBe(2);
    expect(at10.since).toEqual({ length: 3, start_date: friday(4), end_date: friday(7) });
    // Three gains to week 7 (12 -> 15): as long as the run to week 3.
    expect(longestPeriodStreakSince(index, day(friday(7)), 'week').since?.end_date).toBe(friday(3));
    // The run to week 3 is the first: the longest in the data so far; an unchanged week has no run.
    expect(longestPeriodStreakSince(index, day(friday(3)), 'week').since).toBeNull();
    expect(longestPeriodStreakSince(index, day(friday(8)), 'week')).toEqual({ current: { length: 0, start_date: null, end_date: null }, since: null });
  });
});

describe('longestPeriodStreakSince against a plain scan of the 2-year yield', () => {
  const rows = readShippedRows('DGS2.fred.csv');
  const index = buildStatsIndex(loadShippedSeries('US2Y'), 'level');
  const weekKey = (iso: string): number => Math.floor((Date.parse(`${iso}T00:00:00Z`) / 86_400_000 - 4) / 7);
  const ends = rows.filter((row, i) => weekKey(row.date) !== weekKey(rows[i + 1]?.date ?? '9999-12-31'));
  const dir = (k: number): number => Math.sign((ends[k]?.close ?? 0) - (ends[k - 1]?.close ?? 0));
  const run = (k: number): number => {
    let n = 0;
    for (let q = k; q >= 1 && dir(k) !== 0 && dir(q) === dir(k); q--) n++;
    return n * dir(k);
  };

  it('agrees on every week end of 2022-2023 with a run of three or more', () => {
    let checked = 0;
    ends.forEach((row, k) => {
      if (row.date < '2022-01-01' || row.date > '2023-12-31' || Math.abs(run(k)) < 3) return;
      let q = k - Math.abs(run(k));
      while (q >= 1 && !(Math.sign(run(q)) === Math.sign(run(k)) && Math.abs(run(q)) >= Math.abs(run(k)))) q -= Math.max(1, Math.abs(run(q)));
      const found = longestPeriodStreakSince(index, day(row.date), 'week');
      expect(found.current.length).toBe(run(k));
      expect(found.since?.end_date ?? null).toBe(q >= 1 ? (ends[q]?.date ?? null) : null);
      checked++;
    });
    expect(checked).toBeGreaterThan(5);
  });
});
