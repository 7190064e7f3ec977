/**
 * The reference day of DESIGN.md (2024-11-25): every statistic of the table, the expected value
 * computed here by a plain scan of the CSV rows, then checked against the rounded figure the
 * table quotes.
 */
import { describe, expect, it } from 'vitest';
import { parseIsoDay, type DayNumber } from '../../src/core/date.js';
import { buildStatsIndex, seasonality, statsOn, statsOnSeries } from '../../src/stats/index.js';
import { loadShippedSeries, readShippedRows, SHIPPED_SYMBOLS } from '../helpers/shipped-series.js';
import { highestBefore, lastRowBefore, monthReturns, pct, recordsInYearUpTo, rowAt, rowIndex, runEndingAt } from './scan.js';

const DAY = '2024-11-25';

function day(text: string): DayNumber {
  const parsed = parseIsoDay(text);
  if (parsed === null) throw new Error(text);
  return parsed;
}

function round(value: number, decimals: number): number {
  return Number(value.toFixed(decimals));
}

describe('reference day 2024-11-25: Russell 2000', () => {
  const rows = readShippedRows('RUT.yahoo.csv');
  const i = rowIndex(rows, DAY);
  const close = rowAt(rows, i).close;
  const prev = rowAt(rows, i - 1).close;
  const snap = statsOn(buildStatsIndex(loadShippedSeries('RUT')), day(DAY));

  it('close, move in percent and points, sixth straight gain', () => {
    expect(snap.close).toBe(close);
    expect(snap.change_1d_pct).toBeCloseTo(pct(prev, close), 8);
    expect(snap.change_1d).toBeCloseTo(close - prev, 6);
    expect(snap.streak_days).toBe(runEndingAt(rows, i));
    expect([round(close, 2), round(pct(prev, close), 2), round(close - prev, 2), runEndingAt(rows, i)]).toEqual([2442.03, 1.47, 35.36, 6]);
  });

  it('prior record close and distance from it', () => {
    const record = highestBefore(rows, i);
    expect(snap.prior_record_close).toBe(record.close);
    expect(snap.prior_record_date).toBe(record.date);
    expect(snap.is_record).toBe(close > record.close);
    expect(snap.pct_from_record).toBeCloseTo(pct(record.close, close), 8);
    expect([round(record.close, 2), record.date, round(pct(record.close, close), 2), snap.is_record]).toEqual([2442.74, '2021-11-08', -0.03, false]);
  });

  it('month to date and the biggest monthly gain since', () => {
    const base = lastRowBefore(rows, '2024-11-01');
    if (!base) throw new Error('no base');
    const mtd = pct(base.close, close);
    expect(snap.mtd_pct).toBeCloseTo(mtd, 8);
    expect(snap.mtd_base_date).toBe(base.date);
    const months = monthReturns(rows, '2024-11');
    const since = [...months].reverse().find((month) => month.pct >= mtd);
    expect(snap.month_biggest_since).toBe(since?.month);
    expect(snap.month_biggest_since_move).toBeCloseTo(since?.pct ?? Number.NaN, 8);
    expect([round(mtd, 2), base.date, round(base.close, 2), since?.month, round(since?.pct ?? 0, 2)]).toEqual([11.17, '2024-10-31', 2196.65, '2023-12', 12.05]);
  });

  it('year to date', () => {
    const base = lastRowBefore(rows, '2024-01-01');
    if (!base) throw new Error('no base');
    expect(snap.ytd_pct).toBeCloseTo(pct(base.close, close), 8);
    expect(snap.ytd_base_date).toBe(base.date);
    expect([round(pct(base.close, close), 2), base.date, round(base.close, 2)]).toEqual([20.47, '2023-12-29', 2027.07]);
  });

  it('December seasonality 1987-2023', () => {
    const decembers = monthReturns(rows, '2024-11').filter((m) => m.month.endsWith('-12') && m.month >= '1987' && m.month < '2024');
    const mean = decembers.reduce((sum, m) => sum + m.pct, 0) / decembers.length;
    const up = decembers.filter((m) => m.pct > 0).length / decembers.length;
    const table = seasonality(loadShippedSeries('RUT'), { fromYear: 1987, toYear: 2023 });
    const december = table[11];
    expect(december?.n).toBe(decembers.length);
    expect(december?.mean_pct).toBeCloseTo(mean, 6);
    expect(december?.up_ratio).toBeCloseTo(up, 12);
    const bestMean = Math.max(...table.map((m) => m.mean_pct ?? Number.NEGATIVE_INFINITY));
    expect(december?.rank).toBe(1);
    expect(december?.mean_pct).toBe(bestMean);
    expect([round(mean, 2), decembers.length, Math.round(up * 100), decembers[0]?.month]).toEqual([2.75, 37, 81, '1987-12']);
  });
});

describe('reference day 2024-11-25: S&P 500', () => {
  const rows = readShippedRows('GSPC.yahoo.csv');
  const i = rowIndex(rows, DAY);
  const close = rowAt(rows, i).close;
  const snap = statsOn(buildStatsIndex(loadShippedSeries('SPX')), day(DAY));

  it('close, move, month and year to date', () => {
    const prev = rowAt(rows, i - 1).close;
    const mtdBase = lastRowBefore(rows, '2024-11-01')?.close ?? Number.NaN;
    const ytdBase = lastRowBefore(rows, '2024-01-01')?.close ?? Number.NaN;
    expect(snap.change_1d_pct).toBeCloseTo(pct(prev, close), 8);
    expect(snap.mtd_pct).toBeCloseTo(pct(mtdBase, close), 8);
    expect(snap.ytd_pct).toBeCloseTo(pct(ytdBase, close), 8);
    expect([round(close, 2), round(pct(prev, close), 2), round(pct(mtdBase, close), 2), round(pct(ytdBase, close), 2)]).toEqual([5987.37, 0.3, 4.94, 25.53]);
  });

  it('record close and the count of records in 2024', () => {
    const record = highestBefore(rows, i + 1);
    const count = recordsInYearUpTo(rows, i, '2024');
    expect(snap.record_close).toBe(record.close);
    expect(snap.record_date).toBe(record.date);
    expect(snap.record_count_ytd).toBe(count);
    expect([round(record.close, 2), record.date, count]).toEqual([6001.35, '2024-11-11', 51]);
  });
});

describe('reference day 2024-11-25: 10-year Treasury yield', () => {
  const rows = readShippedRows('DGS10.fred.csv');
  const i = rowIndex(rows, DAY);
  const snap = statsOn(buildStatsIndex(loadShippedSeries('US10Y')), day(DAY));

  it('a change in basis points, no percent return', () => {
    const bp = Math.round((rowAt(rows, i).close - rowAt(rows, i - 1).close) * 100 * 1e6) / 1e6;
    expect(snap.change_1d_bp).toBe(bp);
    expect(snap.change_1d_pct).toBeNull();
    expect([snap.mtd_pct, snap.ytd_pct, snap.wtd_pct, snap.qtd_pct]).toEqual([null, null, null, null]);
    expect([rowAt(rows, i - 1).close, rowAt(rows, i).close, bp]).toEqual([4.41, 4.27, -14]);
  });

  it('the biggest one-day decline since', () => {
    const bpAt = (j: number): number => Math.round((rowAt(rows, j).close - rowAt(rows, j - 1).close) * 100 * 1e6) / 1e6;
    const move = bpAt(i);
    let j = i - 1;
    while (j > 0 && bpAt(j) > move) j--;
    expect(snap.biggest_1d_since).toBe(rowAt(rows, j).date);
    expect(snap.biggest_1d_since_move).toBe(bpAt(j));
    expect([rowAt(rows, j).date, rowAt(rows, j - 1).close, rowAt(rows, j).close]).toEqual(['2024-08-02', 3.99, 3.8]);
  });
});

describe('reference day 2024-11-25: ETFs, price and total return', () => {
  it('VBK year to date, price return from unadjusted closes', () => {
    const rows = readShippedRows('VBK.yahoo.csv', 'Close');
    const close = rowAt(rows, rowIndex(rows, DAY)).close;
    const base = lastRowBefore(rows, '2024-01-01')?.close ?? Number.NaN;
    const snap = statsOn(buildStatsIndex(loadShippedSeries('VBK')), day(DAY));
    expect(snap.basis).toBe('price');
    expect(snap.ytd_pct).toBeCloseTo(pct(base, close), 8);
    expect(round(pct(base, close), 2)).toBe(24.77);
  });

  it('IWO: total return from adjusted closes; a price return is refused', () => {
    const rows = readShippedRows('IWO.adjclose.yahoo.csv', 'Close');
    const close = rowAt(rows, rowIndex(rows, DAY)).close;
    const base = lastRowBefore(rows, '2024-01-01')?.close ?? Number.NaN;
    const series = loadShippedSeries('IWO');
    const snap = statsOn(buildStatsIndex(series), day(DAY));
    expect(snap.basis).toBe('total');
    expect(snap.ytd_pct).toBeCloseTo(pct(base, close), 8);
    expect(round(pct(base, close), 2)).toBe(25.29);
    expect(() => buildStatsIndex(series, 'price')).toThrow(/price return cannot be computed/);
  });
});

describe('reference day 2024-11-25: the single-date path', () => {
  it('gives the indexed snapshot for every shipped symbol', () => {
    for (const symbol of SHIPPED_SYMBOLS) {
      const series = loadShippedSeries(symbol);
      expect(statsOnSeries(series, day(DAY))).toEqual(statsOn(buildStatsIndex(series), day(DAY)));
    }
  });
});
