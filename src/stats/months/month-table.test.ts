/** The month-end closes table without the index, and seasonality from it: equal to the index's, on real and random data. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DayNumber } from '../../core/date.js';
import { loadShippedSeries, readShippedRows, shippedFileOf } from '../../../test/helpers/shipped-series.js';
import { isoDay, makeSeries } from '../../../test/helpers/synthetic-series.js';
import { closesOf, defaultBasis } from '../../series/closes.js';
import { monthOrdinalOf, monthTableOf } from './month-table.js';
import { completeMonthMoves, completeMonthMovesOf, seasonality, seasonalityOfIndex, seriesMonthTable } from '../seasonality/seasonality.js';
import { buildStatsIndex } from '../stats-index.js';

describe('monthTableOf', () => {
  it('edges: no observation, one point, a month with no trading day', () => {
    const empty = monthTableOf(new Int32Array(), new Float64Array(), false);
    expect([empty.keys.length, empty.moves.length, monthOrdinalOf(empty, 0)]).toEqual([0, 0, -1]);
    const one = makeSeries([100]);
    const table = monthTableOf(one.days, Float64Array.from([100]), false);
    expect(Array.from(table.keys)).toEqual([2020 * 12]);
    expect(Number.isNaN(table.moves[0])).toBe(true);
    // January and March 2024 only: March moves from January's last close.
    const gap = makeSeries([100, 110, 121], { dates: ['2024-01-30', '2024-01-31', '2024-03-01'] });
    const gapTable = monthTableOf(gap.days, Float64Array.from([100, 110, 121]), false);
    expect(Array.from(gapTable.keys)).toEqual([2024 * 12, 2024 * 12 + 2]);
    expect(Array.from(gapTable.startIdx)).toEqual([0, 2]);
    expect(Array.from(gapTable.endIdx)).toEqual([1, 2]);
    expect(gapTable.moves[1]).toBeCloseTo(10, 9);
    expect([0, 1, 2].map((i) => monthOrdinalOf(gapTable, i))).toEqual([0, 0, 1]);
    expect(() => seriesMonthTable({ ...one, days: new Int32Array(), close: new Float64Array() })).toThrow(/no observation/);
  });

  for (const symbol of ['RUT', 'US10Y', 'IWO', 'SPY'] as const) {
    it(`equals the index's table and seasonality on ${symbol}`, () => {
      const series = loadShippedSeries(symbol);
      const index = buildStatsIndex(series);
      const table = monthTableOf(series.days, closesOf(series, defaultBasis(series)), index.isYield);
      expect(table).toEqual(index.months);
      for (let i = 0; i < series.days.length; i += 97) expect(monthOrdinalOf(table, i)).toBe(index.monthOrdinal[i]);
      expect(seasonality(series)).toEqual(seasonalityOfIndex(index));
      const asOf = isoDay('2019-11-27');
      expect(seasonality(series, { fromYear: 2005, toYear: 2019, asOf })).toEqual(seasonalityOfIndex(index, { fromYear: 2005, toYear: 2019, asOf }));
      expect(completeMonthMovesOf(series.days, table, { asOf })).toEqual(completeMonthMoves(index, { asOf }));
    });
  }

  it("matches a plain scan of the RUT file: each month's last close over the prior month's", () => {
    const rows = readShippedRows(shippedFileOf('RUT'));
    const ends: { month: string; close: number }[] = [];
    for (const row of rows) {
      const month = row.date.slice(0, 7);
      const last = ends[ends.length - 1];
      if (last !== undefined && last.month === month) last.close = row.close;
      else ends.push({ month, close: row.close });
    }
    const series = loadShippedSeries('RUT');
    const table = seriesMonthTable(series);
    expect(table.keys.length).toBe(ends.length);
    for (let m = 1; m < ends.length; m++) expect(table.moves[m]).toBeCloseTo(((ends[m]?.close ?? 0) / (ends[m - 1]?.close ?? 1) - 1) * 100, 6);
  });

  it('random series with gaps: the same table, ordinals and seasonality as the index', () => {
    const arb = fc.tuple(fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 1, maxLength: 500 }), fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 500, maxLength: 500 }), fc.nat());
    fc.assert(
      fc.property(arb, ([steps, gaps, pick]) => {
        let level = 100;
        const closes = Float64Array.from(steps, (step) => (level = Math.max(1, level + step)));
        let day = 18_000;
        const days = Int32Array.from(closes, (_, k) => (day += k === 0 ? 0 : (gaps[k] ?? 1)));
        const series = { ...makeSeries([1]), days, close: closes };
        const index = buildStatsIndex(series);
        const table = monthTableOf(days, closes, false);
        expect(table).toEqual(index.months);
        const i = pick % closes.length;
        expect(monthOrdinalOf(table, i)).toBe(index.monthOrdinal[i]);
        const asOf = { asOf: (days[i] ?? 0) as DayNumber };
        expect(seasonality(series, asOf)).toEqual(seasonalityOfIndex(index, asOf));
      }),
      { numRuns: 100 },
    );
  });
});
