/** "Longest streak since": hand-made closes, a plain scan of the shipped files, the index, invariants. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DayNumber } from '../../core/date.js';
import { loadShippedSeries, readShippedRows, shippedFileOf } from '../../../test/helpers/shipped-series.js';
import { isoDay, makeSeries } from '../../../test/helpers/synthetic-series.js';
import { streakBack } from '../scans.js';
import { buildStatsIndex } from '../stats-index.js';
import { longestStreakSince, longestStreakSinceAt } from './streak-since.js';
import { closeDirection, nextStreak } from './streaks.js';

const valuesOf = (series: { close: Float64Array | null; adjClose: Float64Array | null }): Float64Array => series.close ?? series.adjClose ?? new Float64Array();

describe('longestStreakSinceAt on hand-made closes', () => {
  const closes = [10, 11, 12, 13, 14, 13, 14, 15, 14, 14, 15, 16, 17];
  const s = makeSeries(closes, { start: '2024-01-01' });
  const values = valuesOf(s);
  const dates = ['2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05', '2024-01-08', '2024-01-09', '2024-01-10', '2024-01-11', '2024-01-12', '2024-01-15', '2024-01-16', '2024-01-17'];
  const date = (i: number): string => dates[i] ?? '';

  it('finds the last streak as long, counted whole; an unchanged close breaks streaks', () => {
    // Index 12 ends three gains (14 -> 15 -> 16 -> 17, from the unchanged close at 9); four gains ended at index 4.
    expect(longestStreakSinceAt(s.days, values, 12)).toEqual({
      current: { length: 3, start_date: date(9), end_date: date(12) },
      since: { length: 4, start_date: date(0), end_date: date(4) },
    });
    // Two gains to index 7; the streak before it (four gains) is longer, and is the one named.
    expect(longestStreakSinceAt(s.days, values, 7).since).toEqual({ length: 4, start_date: date(0), end_date: date(4) });
    // One loss at 8; the last earlier loss ended at 5.
    expect(longestStreakSinceAt(s.days, values, 8)).toEqual({
      current: { length: -1, start_date: date(7), end_date: date(8) },
      since: { length: -1, start_date: date(4), end_date: date(5) },
    });
    // The first loss of the data has no earlier one; four gains are the longest in the data.
    expect(longestStreakSinceAt(s.days, values, 5).since).toBeNull();
    expect(longestStreakSinceAt(s.days, values, 4).since).toBeNull();
  });

  it('edges: unchanged close, first day, one point, an index past the end', () => {
    const none = { current: { length: 0, start_date: null, end_date: null }, since: null };
    expect(longestStreakSinceAt(s.days, values, 9)).toEqual(none);
    expect(longestStreakSinceAt(s.days, values, 0)).toEqual(none);
    expect(longestStreakSinceAt(s.days, values, closes.length)).toEqual(none);
    const one = makeSeries([100]);
    expect(longestStreakSinceAt(one.days, valuesOf(one), 0)).toEqual(none);
    expect(longestStreakSince(buildStatsIndex(one), isoDay('2020-01-01'))).toEqual(none);
  });

  it('the index path resolves the date as of (a weekend uses Friday) and agrees', () => {
    const index = buildStatsIndex(s);
    expect(longestStreakSince(index, isoDay('2024-01-07'))).toEqual(longestStreakSinceAt(s.days, values, 4));
    expect(() => longestStreakSince(index, isoDay('2023-12-29'))).toThrow(/^--date: /);
  });

  it('the one streak step: unchanged and NaN closes end a streak', () => {
    expect([nextStreak(3, 1, 2), nextStreak(-3, 1, 2), nextStreak(3, 2, 1), nextStreak(5, 2, 2), nextStreak(2, Number.NaN, 2)]).toEqual([4, 1, -1, 0, 0]);
    expect([closeDirection(1, 2), closeDirection(2, 1), closeDirection(1, 1), closeDirection(1, Number.NaN)]).toEqual([1, -1, 0, 0]);
    expect(streakBack(Float64Array.from([1, Number.NaN, 2, 3]), 3)).toBe(1);
  });
});

describe('longestStreakSinceAt on the shipped data', () => {
  for (const symbol of ['DJI', 'US10Y', 'IWO'] as const) {
    it(`matches a plain scan of the ${symbol} file, and the index, on every 5th day`, () => {
      const series = loadShippedSeries(symbol);
      const rows = readShippedRows(shippedFileOf(symbol));
      // Plain forward scan: every maximal run of same-direction closes.
      const runs: { sign: number; start: number; end: number }[] = [];
      for (let k = 1; k < rows.length; k++) {
        const sign = Math.sign((rows[k]?.close ?? 0) - (rows[k - 1]?.close ?? 0));
        const last = runs[runs.length - 1];
        if (sign !== 0 && last !== undefined && last.sign === sign && last.end === k - 1) last.end = k;
        else if (sign !== 0) runs.push({ sign, start: k, end: k });
      }
      const index = buildStatsIndex(series);
      let checked = 0;
      let found = 0;
      for (let i = 1; i < rows.length; i += 5) {
        const current = runs.find((run) => run.start <= i && run.end >= i);
        const ours = longestStreakSinceAt(series.days, valuesOf(series), i);
        expect(ours).toEqual(longestStreakSince(index, (series.days[i] ?? 0) as DayNumber));
        if (current === undefined) {
          expect(ours.current.length).toBe(0);
          continue;
        }
        const length = i - current.start + 1;
        expect(ours.current.length).toBe(current.sign * length);
        let since: (typeof runs)[number] | undefined;
        for (const run of runs) if (run.end < current.start && run.sign === current.sign && run.end - run.start + 1 >= length) since = run;
        expect(ours.since?.end_date ?? null).toBe(since === undefined ? null : (rows[since.end]?.date ?? ''));
        if (since !== undefined) {
          expect(ours.since?.length).toBe(since.sign * (since.end - since.start + 1));
          expect(ours.since?.start_date).toBe(rows[since.start - 1]?.date);
          found++;
        }
        checked++;
      }
      expect(checked).toBeGreaterThan(700);
      expect(found).toBeGreaterThan(100);
    });
  }
});

describe('longestStreakSinceAt invariants', () => {
  const closesArb = fc.array(fc.integer({ min: -2, max: 2 }), { minLength: 1, maxLength: 400 }).map((steps) => {
    let level = 100;
    return steps.map((step) => (level = Math.max(1, level + step)));
  });

  it('never shorter than the current streak, same direction, before it, none as long in between; the index agrees', () => {
    fc.assert(
      fc.property(closesArb, fc.nat(), (closes, pick) => {
        const series = makeSeries(closes, { start: '2022-03-01' });
        const index = buildStatsIndex(series);
        const i = pick % closes.length;
        const result = longestStreakSinceAt(series.days, valuesOf(series), i);
        expect(result).toEqual(longestStreakSince(index, (series.days[i] ?? 0) as DayNumber));
        const length = result.current.length;
        expect(length).toBe(index.streak[i]);
        if (length === 0) {
          expect(result.since).toBeNull();
          return;
        }
        const iso = (j: number): string => new Date((series.days[j] ?? 0) * 86_400_000).toISOString().slice(0, 10);
        const startIdx = i - Math.abs(length);
        const endIdx = result.since === null ? 0 : Array.from(series.days).findIndex((_, j) => iso(j) === result.since?.end_date);
        if (result.since !== null) {
          expect(Math.sign(result.since.length)).toBe(Math.sign(length));
          expect(Math.abs(result.since.length)).toBeGreaterThanOrEqual(Math.abs(length));
          expect(endIdx).toBeLessThan(startIdx);
          expect(index.streak[endIdx]).toBe(result.since.length);
        }
        // No streak ending between the one found (or the data start) and the current one is as long.
        for (let j = endIdx + 1; j <= startIdx; j++) {
          const other = index.streak[j] ?? 0;
          expect(Math.sign(other) === Math.sign(length) && Math.abs(other) >= Math.abs(length)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('streakBack equals the index streak at every observation', () => {
    fc.assert(
      fc.property(closesArb, (closes) => {
        const series = makeSeries(closes);
        const index = buildStatsIndex(series);
        for (let i = 0; i < closes.length; i++) expect(streakBack(valuesOf(series), i)).toBe(index.streak[i]);
      }),
      { numRuns: 100 },
    );
  });
});
