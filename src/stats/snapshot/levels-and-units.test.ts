/**
 * Units of the contracts: values reported unrounded (basis points of yields on the 1e-6 grid),
 * the precision grid kept for comparisons only, and yields reported as levels (no percent, no
 * drawdown; `bp_from_record`, `*_bp` seasonality). Reference values from plain CSV scans.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDay, makeSeries } from '../../../test/helpers/synthetic-series.js';
import { loadShippedSeries, readShippedRows } from '../../../test/helpers/shipped-series.js';
import { buildStatsIndex } from '../stats-index.js';
import { statsOn } from './snapshot.js';
import { statsOnSeries } from './single-date.js';
import { periodReturn, relativePerformance } from '../returns/returns.js';
import { weekBiggestSince } from '../rankings/rankings.js';
import { seasonality } from '../seasonality/seasonality.js';
import { comparableMove, headlineMove, reportedMove } from '../precision.js';

/** Position of `date` in plain rows; throws when absent. */
function rowIndexOf(rows: readonly { date: string }[], date: string): number {
  const i = rows.findIndex((row) => row.date === date);
  if (i < 0) throw new Error(`no row ${date}`);
  return i;
}

describe('reported values are unrounded', () => {
  const rows = readShippedRows('RUT.yahoo.csv');
  const index = buildStatsIndex(loadShippedSeries('RUT'));

  it('RUT 2024-11-25: change_1d and change_1d_pct are the exact float differences of the closes', () => {
    const i = rowIndexOf(rows, '2024-11-25');
    const close = rows[i]?.close ?? Number.NaN;
    const prev = rows[i - 1]?.close ?? Number.NaN;
    const snap = statsOn(index, isoDay('2024-11-25'));
    expect(snap.change_1d).toBe(close - prev);
    expect(snap.change_1d_pct).toBe((close / prev - 1) * 100);
    expect(snap.basis).toBe('price');
  });

  it('compare: the move and the difference are unrounded', () => {
    const spx = buildStatsIndex(loadShippedSeries('SPX'));
    const move = periodReturn(index, isoDay('2024-01-02'), isoDay('2024-11-25'));
    expect(move.change).toBe(move.to_close - move.from_close);
    expect(move.pct).toBe((move.to_close / move.from_close - 1) * 100);
    const relative = relativePerformance(index, spx, isoDay('2024-01-02'), isoDay('2024-11-25'));
    expect(relative.difference_pp).toBe((relative.a.pct ?? Number.NaN) - (relative.b.pct ?? Number.NaN));
  });

  it('week "biggest since": the week-to-date move is unrounded (RUT 2024-11-26, from the prior Friday)', () => {
    const i = rowIndexOf(rows, '2024-11-26');
    const friday = rowIndexOf(rows, '2024-11-22');
    const found = weekBiggestSince(index, isoDay('2024-11-26'));
    expect(found?.move).toBe(((rows[i]?.close ?? Number.NaN) / (rows[friday]?.close ?? Number.NaN) - 1) * 100);
  });

  it('seasonality: December mean is the plain mean of the month moves', () => {
    const moves: number[] = [];
    for (let j = 1; j < rows.length; j++) {
      const row = rows[j];
      const next = rows[j + 1];
      if (!row || !next || row.date.slice(5, 7) !== '12' || next.date.slice(5, 7) === '12') continue;
      let k = j;
      while (k > 0 && (rows[k]?.date.slice(5, 7) ?? '') === '12') k--;
      const base = rows[k]?.close ?? Number.NaN;
      if (k > 0 || rows[0]?.date.slice(5, 7) !== '12') moves.push((row.close / base - 1) * 100);
    }
    const december = seasonality(loadShippedSeries('RUT'))[11];
    const mean = moves.reduce((sum, move) => sum + move, 0) / moves.length;
    expect(december?.n).toBe(moves.length);
    expect(december?.mean_pct).toBeCloseTo(mean, 10);
    expect(december?.mean_bp).toBeNull();
    expect(december?.best?.bp).toBeNull();
    expect(december?.best?.pct).toBe(Math.max(...moves));
  });

  it('property: the reported move on the comparison grid is the comparison move', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.integer({ min: 1, max: 2_000_000 }), fc.integer({ min: 1, max: 2_000_000 }), (isYield, a, b) => {
        const base = a / 100;
        const value = b / 100;
        expect(comparableMove(isYield, reportedMove(isYield, base, value))).toBe(headlineMove(isYield, base, value));
      }),
    );
  });

  it('property: the snapshot reports the exact percent change of its closes', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 100, max: 100_000 }), { minLength: 2, maxLength: 40 }), (cents) => {
        const closes = cents.map((c) => c / 100);
        const series = makeSeries(closes);
        const snap = statsOnSeries(series, isoDay('2030-01-01'));
        const close = closes[closes.length - 1] ?? Number.NaN;
        const prev = closes[closes.length - 2] ?? Number.NaN;
        expect(snap.change_1d_pct).toBe((close / prev - 1) * 100);
        expect(snap.pct_from_record).toBe((close / Math.max(...closes) - 1) * 100);
      }),
    );
  });
});

describe('yields are levels', () => {
  const rows = readShippedRows('DGS10.fred.csv');
  const series = loadShippedSeries('US10Y');

  it('US10Y 2020-03-16: basis level, no percent, no drawdown, bp from the highest level', () => {
    const i = rowIndexOf(rows, '2020-03-16');
    let highest = Number.NEGATIVE_INFINITY;
    for (let j = 0; j <= i; j++) highest = Math.max(highest, rows[j]?.close ?? Number.NEGATIVE_INFINITY);
    const close = rows[i]?.close ?? Number.NaN;
    for (const snap of [statsOn(buildStatsIndex(series), isoDay('2020-03-16')), statsOnSeries(series, isoDay('2020-03-16'))]) {
      expect(snap.basis).toBe('level');
      expect(snap.drawdown_state).toBeNull();
      expect(snap.prev_drawdown_state).toBeNull();
      expect(snap.pct_from_record).toBeNull();
      expect(snap.pct_from_prior_record).toBeNull();
      expect(snap.drawdown_pct).toBeNull();
      expect(snap.drawdown_peak_close).toBeNull();
      expect(snap.record_close).toBe(highest);
      expect(snap.bp_from_record).toBeCloseTo((close - highest) * 100, 6);
      expect(snap.bp_from_record ?? 1).toBeLessThanOrEqual(0);
    }
  });

  it('prices have no bp_from_record', () => {
    expect(statsOn(buildStatsIndex(loadShippedSeries('SPX')), isoDay('2020-03-16')).bp_from_record).toBeNull();
  });

  it('asking a yield for the price basis still reports level', () => {
    expect(buildStatsIndex(series, 'price').basis).toBe('level');
    expect(periodReturn(buildStatsIndex(series), isoDay('2024-11-22'), isoDay('2024-11-25')).basis).toBe('level');
  });

  it('a record level: bp_from_record is 0', () => {
    const snap = statsOnSeries(makeSeries([4, 4.5], { kind: 'yield' }), isoDay('2030-01-01'));
    expect(snap.is_record).toBe(true);
    expect(snap.bp_from_record).toBe(0);
  });

  it('seasonality of a yield: bp fields, percent fields null (US10Y 2000 on)', () => {
    const table = seasonality(series, { fromYear: 2000 });
    for (const month of table) {
      expect(month.mean_pct).toBeNull();
      expect(month.median_pct).toBeNull();
      expect(month.best?.pct ?? null).toBeNull();
      expect(month.mean_bp).not.toBeNull();
      expect(month.best?.bp).not.toBeNull();
      expect(month.best?.bp ?? 0).toBeGreaterThanOrEqual(month.worst?.bp ?? 0);
    }
    // March 2000 on, plain scan: last level of each March minus last level of February, in bp.
    const marches: number[] = [];
    const lastDate = rows.at(-1)?.date ?? '';
    for (let year = 2000; `${year}-03-31` < lastDate; year++) {
      const feb = rows.filter((row) => row.date.startsWith(`${year}-02`)).at(-1);
      const mar = rows.filter((row) => row.date.startsWith(`${year}-03`)).at(-1);
      if (feb && mar) marches.push((mar.close - feb.close) * 100);
    }
    const march = table[2];
    expect(march?.n).toBe(marches.length);
    expect(march?.mean_bp).toBeCloseTo(marches.reduce((sum, move) => sum + move, 0) / marches.length, 5);
  });

  it('ties of yield months compare on the grid: the earliest year wins', () => {
    // Two Januaries of -14 bp with opposite float noise: 4.00 - 4.14 and 4.27 - 4.41.
    const dates = ['2020-12-31', '2021-01-29', '2021-12-31', '2022-01-31', '2022-02-28'];
    const table = seasonality(makeSeries([4.14, 4.0, 4.41, 4.27, 4.27], { kind: 'yield', dates }));
    expect(table[0]?.worst).toEqual({ year: 2021, pct: null, bp: -14 });
    expect(table[0]?.best).toEqual({ year: 2021, pct: null, bp: -14 });
    expect(table[0]?.mean_bp).toBe(-14);
  });
});
