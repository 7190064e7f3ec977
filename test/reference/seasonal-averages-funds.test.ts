/**
 * Seasonality beyond the month, moving averages, funds and drawdown episodes on dates the
 * stories quote: post-election Septembers and first trading days (Aug. 31, 2009), second halves
 * after strong first halves (June 28, 2013), first closes below the 50-, 100- and 200-day
 * averages (Oct. 10, 2018), VBK's and IWO's 1- and 5-year figures (January 2026), the Nasdaq's
 * 2025 bear market and rebound, the S&P 500's bull run to February 2020. Plain CSV scans.
 */
import { describe, expect, it } from 'vitest';
import {
  averageStanding,
  buildStatsIndex,
  bullRun,
  cycleSeasonality,
  episodeOnDate,
  fundReport,
  nthTradingDayMoves,
  reboundFromLow,
  secondHalfAfterFirstHalf,
  summarizeMoves,
} from '../../src/stats/index.js';
import { loadShippedSeries, readShippedRows, type ShippedRow } from '../helpers/shipped-series.js';
import { day, halfKey, meanOfLast, pctChange, periodEnds } from './extended-scan.js';
import { drawdownStateAt } from './scan.js';

const spxRows = readShippedRows('GSPC.yahoo.csv');
const spx = buildStatsIndex(loadShippedSeries('SPX'));

describe('seasonality beyond the month', () => {
  it('post-election Septembers, 1950-2008: the S&P 500 averaged -1.16%', () => {
    const months = periodEnds(spxRows, (date) => date.slice(0, 7));
    const moves: number[] = [];
    for (let k = 1; k < months.length; k++) {
      const year = Number(months[k]?.key.slice(0, 4));
      if (months[k]?.key.endsWith('-09') && year >= 1950 && year <= 2008 && year % 4 === 1) moves.push(pctChange(months[k - 1]?.close ?? 0, months[k]?.close ?? 0));
    }
    const summary = cycleSeasonality(spx, 'post-election', 9, { fromYear: 1950, toYear: 2008 });
    expect(summary.n).toBe(moves.length);
    expect(summary.mean).toBeCloseTo(moves.reduce((a, b) => a + b, 0) / moves.length, 9);
    expect(summary.mean?.toFixed(2)).toBe('-1.16');
    expect(summary.up).toBe(moves.filter((move) => move > 0).length);
  });

  it('the first trading day of September rose in 14 of the 21 years 1988-2008', () => {
    let up = 0;
    let n = 0;
    for (let year = 1988; year <= 2008; year++) {
      const i = spxRows.findIndex((row) => row.date >= `${year}-09-01`);
      n++;
      if ((spxRows[i]?.close ?? 0) > (spxRows[i - 1]?.close ?? 0)) up++;
    }
    const summary = summarizeMoves(nthTradingDayMoves(spx, 1, 9, { fromYear: 1988, toYear: 2008 }));
    expect([summary.n, summary.up]).toEqual([n, up]);
    expect([summary.n, summary.up]).toEqual([21, 14]);
  });

  it('first halves of 10% or more, 1946-2012: second halves rose in 15 of 19, best 1954, worst 1987', () => {
    const halves = periodEnds(spxRows, halfKey);
    const pairs: { year: number; second: number }[] = [];
    for (let k = 1; k + 1 < halves.length; k++) {
      const key = halves[k]?.key ?? '';
      const year = Number(key.slice(0, 4));
      if (!key.endsWith('H1') || year < 1946 || year > 2012) continue;
      if (pctChange(halves[k - 1]?.close ?? 0, halves[k]?.close ?? 0) >= 10) pairs.push({ year, second: pctChange(halves[k]?.close ?? 0, halves[k + 1]?.close ?? 0) });
    }
    const result = secondHalfAfterFirstHalf(spx, 10, { fromYear: 1946, toYear: 2012, secondHalfAtLeast: 10 });
    expect(result.years.map((entry) => entry.year)).toEqual(pairs.map((pair) => pair.year));
    expect(result.second_half.up).toBe(pairs.filter((pair) => pair.second > 0).length);
    expect(result.second_half_at_least).toBe(pairs.filter((pair) => pair.second >= 10).length);
    expect([result.second_half.n, result.second_half.up, result.second_half_at_least, result.second_half.best?.year, result.second_half.worst?.year]).toEqual([19, 15, 9, 1954, 1987]);
  });
});

describe('moving averages, Oct. 10, 2018', () => {
  it.each([
    ['DJI', 50, '2018-07-06', 'DJI.yahoo.csv'],
    ['SPX', 100, '2018-06-27', 'GSPC.yahoo.csv'],
    ['IXIC', 200, '2016-06-29', 'IXIC.yahoo.csv'],
  ] as const)('%s: the first close below its %i-day average since %s', (symbol, window, since, file) => {
    const rows = readShippedRows(file);
    const i = rows.findIndex((row) => row.date === '2018-10-10');
    const below = (j: number): boolean => (rows[j]?.close ?? 0) < meanOfLast(rows, j, window);
    let j = i - 1;
    while (j >= 0 && !below(j)) j--;
    const standing = averageStanding(buildStatsIndex(loadShippedSeries(symbol)), day('2018-10-10'), window);
    expect(standing.average).toBeCloseTo(meanOfLast(rows, i, window), 6);
    expect(standing.side).toBe('below');
    expect(standing.sessions_on_side).toBe(below(i - 1) ? 2 : 1);
    expect(standing.previous_on_side).toBe(rows[j]?.date);
    expect(standing.previous_on_side).toBe(since);
  });
});

describe('funds', () => {
  function windowFigures(rows: readonly ShippedRow[], date: string, years: number): { pct: number; maxDrawdown: number } {
    const end = rows.findIndex((row) => row.date === date);
    const baseDate = `${Number(date.slice(0, 4)) - years}${date.slice(4)}`;
    const start = rows.filter((row) => row.date <= baseDate).length - 1;
    let peak = rows[start]?.close ?? 0;
    let maxDrawdown = 0;
    for (let j = start; j <= end; j++) {
      peak = Math.max(peak, rows[j]?.close ?? 0);
      maxDrawdown = Math.min(maxDrawdown, pctChange(peak, rows[j]?.close ?? 0));
    }
    return { pct: pctChange(rows[start]?.close ?? 0, rows[end]?.close ?? 0), maxDrawdown };
  }

  it('VBK, Jan. 16, 2026: 1-year +12.47% price, +13.12% total; $1,000 over 5 years: $1,155 price, $1,188 total', () => {
    const report = fundReport(loadShippedSeries('VBK'), day('2026-01-16'));
    const price = windowFigures(readShippedRows('VBK.yahoo.csv'), '2026-01-16', 1);
    const total = windowFigures(readShippedRows('VBK.yahoo.csv', 'adjclose'), '2026-01-16', 1);
    expect(report.price?.[0]?.pct).toBeCloseTo(price.pct, 9);
    expect(report.total?.[0]?.pct).toBeCloseTo(total.pct, 9);
    expect([report.price?.[0]?.pct.toFixed(2), report.total?.[0]?.pct.toFixed(2)]).toEqual(['12.47', '13.12']);
    expect([Math.round(report.price?.[2]?.growth_of_1000 ?? 0), Math.round(report.total?.[2]?.growth_of_1000 ?? 0)]).toEqual([1155, 1188]);
    expect(report.price?.[2]?.max_drawdown_pct).toBeCloseTo(windowFigures(readShippedRows('VBK.yahoo.csv'), '2026-01-16', 5).maxDrawdown, 9);
  });

  it('IWO, Jan. 23, 2026: total return only; 5-year maximum drawdown -42.01%', () => {
    const report = fundReport(loadShippedSeries('IWO'), day('2026-01-23'));
    const rows = readShippedRows('IWO.adjclose.yahoo.csv');
    expect(report.price).toBeNull();
    expect(report.total?.[0]?.pct).toBeCloseTo(windowFigures(rows, '2026-01-23', 1).pct, 9);
    expect(report.total?.[2]?.max_drawdown_pct).toBeCloseTo(windowFigures(rows, '2026-01-23', 5).maxDrawdown, 9);
    expect(report.total?.[2]?.max_drawdown_pct.toFixed(2)).toBe('-42.01');
  });
});

describe('drawdown episodes', () => {
  it('Nasdaq 2025: a bear market from April 4, its April 8 low and the first close 20% above it', () => {
    const rows = readShippedRows('IXIC.yahoo.csv');
    const i = rows.findIndex((row) => row.date === '2025-04-04');
    expect(drawdownStateAt(rows, i).state).toBe('bear');
    expect(drawdownStateAt(rows, i - 1).state).not.toBe('bear');
    const ixic = buildStatsIndex(loadShippedSeries('IXIC'));
    const episode = episodeOnDate(ixic, day('2025-06-27'));
    expect(episode?.bear_start_date).toBe('2025-04-04');
    const inEpisode = rows.filter((row) => row.date >= (episode?.start_date ?? '') && row.date < (episode?.end_date ?? ''));
    const low = inEpisode.reduce((best, row) => (row.close < best.close ? row : best));
    expect([episode?.low_date, episode?.low_close]).toEqual([low.date, low.close]);
    expect(episode?.low_date).toBe('2025-04-08');
    const rebound = rows.find((row) => row.date > low.date && row.close >= low.close * 1.2);
    expect(reboundFromLow(ixic, day('2025-06-27'), 20)?.date).toBe(rebound?.date);
  });

  it('S&P 500, March 12, 2020: a bull run of nearly 11 years from the March 9, 2009 low', () => {
    const bull = bullRun(spx, day('2020-03-12'));
    const runRows = spxRows.filter((row) => row.date >= '2009-03-09' && row.date <= '2020-03-12');
    const peak = runRows.reduce((best, row) => (row.close > best.close ? row : best));
    const bearLow = spxRows.filter((row) => row.date >= '2007-10-09' && row.date <= '2009-12-31').reduce((best, row) => (row.close < best.close ? row : best));
    expect([bull.low_date, bull.peak_date, bull.ongoing]).toEqual([bearLow.date, peak.date, false]);
    expect(bull.years).toBeCloseTo((Date.parse(peak.date) - Date.parse(bearLow.date)) / 86_400_000 / 365.25, 9);
    expect(bull.years).toBeGreaterThan(10.5);
    expect(bull.years).toBeLessThan(11);
  });
});
