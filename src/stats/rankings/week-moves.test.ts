/** The week-to-date "biggest since": index-free against the index, a plain CSV scan, edges, invariants. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DayNumber } from '../../core/date.js';
import { isYield } from '../../core/instrument.js';
import { loadShippedSeries, readShippedRows, shippedFileOf } from '../../../test/helpers/shipped-series.js';
import { makeSeries } from '../../../test/helpers/synthetic-series.js';
import { weekBiggestSince } from './rankings.js';
import { buildStatsIndex } from '../stats-index.js';
import { weekMoveBiggestSince, weekStartBack } from './week-moves.js';

/** Monday-based week number of an ISO date, by the JavaScript Date (independent of the engine's calendar). */
function weekNumber(iso: string): number {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday 0
  return Math.round((ms / 86_400_000 - weekday) / 7);
}

/** Every completed week's move (last close over the prior week's last close) from plain rows. */
function plainWeeks(rows: readonly { date: string; close: number }[], moveOf: (a: number, b: number) => number): { end: number; move: number }[] {
  const weeks: { end: number; move: number }[] = [];
  let firstOfWeek = 0;
  for (let i = 1; i <= rows.length; i++) {
    const endOfWeek = i === rows.length || weekNumber(rows[i]?.date ?? '') !== weekNumber(rows[i - 1]?.date ?? '');
    if (!endOfWeek) continue;
    if (firstOfWeek > 0) weeks.push({ end: i - 1, move: moveOf(rows[firstOfWeek - 1]?.close ?? Number.NaN, rows[i - 1]?.close ?? Number.NaN) });
    firstOfWeek = i;
  }
  return weeks;
}

describe('weekMoveBiggestSince on the shipped data', () => {
  for (const symbol of ['RUT', 'US10Y', 'IWO'] as const) {
    it(`equals the index's weekBiggestSince on every 7th day of ${symbol}`, () => {
      const series = loadShippedSeries(symbol);
      const index = buildStatsIndex(series);
      let compared = 0;
      for (let i = 0; i < series.days.length; i += 7) {
        const engine = weekBiggestSince(index, (series.days[i] ?? 0) as DayNumber);
        expect(weekMoveBiggestSince(series.days, index.values, i, isYield(series.instrument))).toEqual(engine);
        compared++;
      }
      expect(compared).toBeGreaterThan(900);
    });
  }

  it('matches a plain scan of the RUT and DGS10 files at every Friday close of 2020-2024', () => {
    for (const symbol of ['RUT', 'US10Y'] as const) {
      const series = loadShippedSeries(symbol);
      const yieldSeries = isYield(series.instrument);
      const rows = readShippedRows(shippedFileOf(symbol));
      const moveOf = (a: number, b: number): number => (yieldSeries ? (b - a) * 100 : (b / a - 1) * 100);
      const weeks = plainWeeks(rows, moveOf);
      let checked = 0;
      weeks.forEach((week, w) => {
        const date = rows[week.end]?.date ?? '';
        if (date < '2020' || date >= '2025') return;
        let since: { end: number; move: number } | null = null;
        for (let k = w - 1; k >= 0 && since === null; k--) {
          const other = weeks[k];
          if (other !== undefined && ((week.move > 0 && other.move >= week.move - 1e-9) || (week.move < 0 && other.move <= week.move + 1e-9))) since = other;
        }
        const found = weekMoveBiggestSince(series.days, closesOfSeries(series), week.end, yieldSeries);
        expect(found?.move).toBeCloseTo(week.move, 6);
        expect(found?.since ?? null).toBe(since === null ? null : (rows[since.end]?.date ?? ''));
        if (since !== null) expect(found?.since_move).toBeCloseTo(since.move, 6);
        checked++;
      });
      expect(checked).toBeGreaterThan(250);
    }
  });
});

function closesOfSeries(series: { close: Float64Array | null; adjClose: Float64Array | null }): Float64Array {
  return series.close ?? series.adjClose ?? new Float64Array();
}

describe('weekMoveBiggestSince edges', () => {
  const closes = [100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 95];
  const s = makeSeries(closes, { start: '2024-01-01' }); // Mondays: indexes 0, 5, 10
  const values = closesOfSeries(s);

  it('the first week has no base; a one-point series; an index out of range', () => {
    expect(weekMoveBiggestSince(s.days, values, 3, false)).toBeNull();
    expect(weekMoveBiggestSince(s.days, values, -1, false)).toBeNull();
    expect(weekMoveBiggestSince(s.days, values, closes.length, false)).toBeNull();
    const one = makeSeries([100]);
    expect(weekMoveBiggestSince(one.days, closesOfSeries(one), 0, false)).toBeNull();
  });

  it('a week to date against completed weeks; the largest in the data has no since', () => {
    // Week 2 (2024-01-08..12): 104 -> 109, +4.8077%; week 3 to date (Monday): 109 -> 110.
    expect(weekMoveBiggestSince(s.days, values, 10, false)).toMatchObject({ since: '2024-01-12' });
    expect(weekMoveBiggestSince(s.days, values, 9, false)).toEqual({ move: expect.closeTo(((109 / 104) - 1) * 100, 9) as number, since: null, since_move: null });
    expect(weekMoveBiggestSince(s.days, values, 11, false)).toMatchObject({ since: null, since_move: null });
  });

  it('a flat week has no since; ties count; a gap week uses the last close before the week', () => {
    const flat = makeSeries([100, 100, 100, 100, 100, 100, 100, 100], { start: '2024-01-01' });
    expect(weekMoveBiggestSince(flat.days, closesOfSeries(flat), 7, false)).toEqual({ move: 0, since: null, since_move: null });
    const tie = makeSeries([100, 102, 104.04], { dates: ['2024-01-05', '2024-01-12', '2024-01-19'] });
    expect(weekMoveBiggestSince(tie.days, closesOfSeries(tie), 2, false)).toMatchObject({ since: '2024-01-12' });
    // No data in the week of Jan. 8 (a closed market): the week of Jan. 15 moves from Jan. 5's close.
    const gap = makeSeries([100, 110, 99], { dates: ['2024-01-05', '2024-01-15', '2024-01-16'] });
    expect(weekMoveBiggestSince(gap.days, closesOfSeries(gap), 2, false)?.move).toBeCloseTo(-1, 9);
  });

  it('yields move in basis points', () => {
    const y = makeSeries([4, 4.1, 4.05, 3.9], { dates: ['2024-01-05', '2024-01-12', '2024-01-19', '2024-01-26'], kind: 'yield' });
    expect(weekMoveBiggestSince(y.days, closesOfSeries(y), 3, true)).toEqual({ move: -15, since: null, since_move: null });
    expect(weekMoveBiggestSince(y.days, closesOfSeries(y), 2, true)).toEqual({ move: -5, since: null, since_move: null });
  });

  it('weekStartBack: the first observation of the week', () => {
    expect([0, 3, 4, 5, 9, 10].map((i) => weekStartBack(s.days, i))).toEqual([0, 0, 0, 5, 5, 10]);
  });
});

describe('weekMoveBiggestSince invariants', () => {
  const seriesArb = fc
    .tuple(fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 1, maxLength: 300 }), fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 300, maxLength: 300 }))
    .map(([steps, gaps]) => {
      let level = 100;
      const closes = steps.map((step) => (level = Math.max(1, level + step)));
      let day = 19_723; // 2024-01-01, a Monday
      const days = Int32Array.from(closes, (_, k) => (day += k === 0 ? 0 : (gaps[k] ?? 1)));
      return { days, values: Float64Array.from(closes) };
    });

  it('the week found moved at least as much, no completed week in between did, and the index agrees', () => {
    fc.assert(
      fc.property(seriesArb, fc.nat(), ({ days, values }, pick) => {
        const i = pick % values.length;
        const found = weekMoveBiggestSince(days, values, i, false);
        const index = buildStatsIndex({ ...makeSeries(Array.from(values)), days, close: values });
        expect(found).toEqual(weekBiggestSince(index, (days[i] ?? 0) as DayNumber));
        if (found === null) {
          expect(weekStartBack(days, i)).toBe(0);
          return;
        }
        const sinceIdx = found.since === null ? -1 : Array.from(days).findIndex((_, j) => formatted(days, j) === found.since);
        if (found.since !== null) {
          expect(sinceIdx).toBeGreaterThanOrEqual(0);
          expect(Math.sign(found.since_move ?? 0)).toBe(Math.sign(found.move));
          expect(Math.abs(found.since_move ?? 0)).toBeGreaterThanOrEqual(Math.abs(found.move));
        }
        // Every completed week after the one found (or every one) moved less in that direction.
        for (let end = weekStartBack(days, i) - 1; end > sinceIdx; end = weekStartBack(days, end) - 1) {
          const start = weekStartBack(days, end);
          if (start === 0) break;
          const move = ((values[end] ?? 0) / (values[start - 1] ?? 1) - 1) * 100;
          if (found.move > 0) expect(move).toBeLessThan(found.move + 1e-9);
          if (found.move < 0) expect(move).toBeGreaterThan(found.move - 1e-9);
        }
      }),
      { numRuns: 200 },
    );
  });
});

function formatted(days: Int32Array, j: number): string {
  return new Date((days[j] ?? 0) * 86_400_000).toISOString().slice(0, 10);
}
