/** The coming month's seasonality near a month's end, from the month-end table (no index). */
import { describe, expect, it } from 'vitest';
import { loadShippedSeries, readShippedRows, shippedFileOf } from '../../test/helpers/shipped-series.js';
import { isoDay, makeSeries } from '../../test/helpers/synthetic-series.js';
import { buildStatsIndex, seasonalityOfIndex } from '../stats/index.js';
import { comingMonthSeasonality, isMonthEnding } from './gather.js';

describe('comingMonthSeasonality', () => {
  it('equals the seasonality of the full index over the same years', () => {
    for (const symbol of ['RUT', 'SPX', 'IXIC'] as const) {
      const series = loadShippedSeries(symbol);
      const index = buildStatsIndex(series);
      const firstYear = Number((readShippedRows(shippedFileOf(symbol))[0]?.date ?? '').slice(0, 4));
      for (const [date, coming, toYear] of [['2024-11-25', 12, 2023], ['2023-10-27', 11, 2022], ['2024-12-27', 1, 2024], ['2020-03-27', 4, 2019]] as const) {
        const day = isoDay(date);
        expect(isMonthEnding(day)).toBe(true);
        expect(comingMonthSeasonality(series, day)).toEqual(seasonalityOfIndex(index, { fromYear: firstYear, toYear, asOf: day })[coming - 1]);
      }
    }
  });

  it("matches a plain scan of the RUT file: Decembers 1987-2023 as of Nov. 25, 2024", () => {
    const rows = readShippedRows(shippedFileOf('RUT'));
    const lastClose = new Map<string, number>();
    for (const row of rows) lastClose.set(row.date.slice(0, 7), row.close);
    const moves: number[] = [];
    for (let year = 1987; year <= 2023; year++) {
      const base = lastClose.get(`${year}-11`);
      const end = lastClose.get(`${year}-12`);
      if (base !== undefined && end !== undefined) moves.push((end / base - 1) * 100);
    }
    const found = comingMonthSeasonality(loadShippedSeries('RUT'), isoDay('2024-11-25'));
    expect(found?.month).toBe(12);
    expect(found?.n).toBe(moves.length);
    expect(found?.mean_pct).toBeCloseTo(moves.reduce((sum, move) => sum + move, 0) / moves.length, 6);
    expect(found?.up_ratio).toBeCloseTo(moves.filter((move) => move > 0).length / moves.length, 12);
  });

  it('edges: data beginning in the same year; the first month of the data counts nowhere', () => {
    const young = makeSeries(Array.from({ length: 230 }, (_, k) => 100 + (k % 7)), { start: '2024-01-02' });
    expect(comingMonthSeasonality(young, isoDay('2024-11-25'))).toBeNull();
    expect(comingMonthSeasonality(young, isoDay('2024-12-27'))).toMatchObject({ month: 1, n: 0, mean_pct: null });
  });
});
