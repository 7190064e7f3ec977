import { describe, expect, it } from 'vitest';
import { isoDay, makeSeries } from '../../../test/helpers/synthetic-series.js';
import { loadShippedSeries, readShippedRows } from '../../../test/helpers/shipped-series.js';
import { calendarDayMoves, calendarDayRank, dayMoveRank, monthBiggestSince, monthRanking, nDayMoveBiggestSince, weekBiggestSince } from './rankings.js';
import { buildStatsIndex } from '../stats-index.js';

describe('rankings and "biggest since" beyond the day', () => {
  const closes = [100, 110, 100, 105, 95, 120, 118, 130];
  const dates = ['2023-10-31', '2023-11-30', '2023-12-29', '2024-01-31', '2024-02-29', '2024-11-29', '2024-12-02', '2024-12-03'];
  const index = buildStatsIndex(makeSeries(closes, { dates }));

  it('month ranking: same month in earlier years, within the year, among all', () => {
    const ranking = monthRanking(index, isoDay('2024-11-29'));
    expect(ranking.month).toBe('2024-11');
    expect(ranking.move).toBeCloseTo(100 * (120 / 95 - 1), 6);
    expect(ranking.same_month_since_year).toBeNull();
    expect(ranking.same_month_rank).toBe(1);
    expect(ranking.rank_in_year).toBe(1);
    expect(ranking.rank_all).toBe(1);
    const december = monthRanking(index, isoDay('2024-12-03'));
    expect(december.in_progress).toBe(true);
    expect(december.same_month_since_year).toBeNull();
    expect(monthRanking(index, isoDay('2024-12-02')).same_month_since_year).toBe(2023);
  });

  it('N-day and weekly moves against earlier ones', () => {
    expect(nDayMoveBiggestSince(index, isoDay('2024-12-03'), 2)?.since).toBe('2024-12-02');
    expect(nDayMoveBiggestSince(index, isoDay('2023-11-30'), 2)).toBeNull();
    expect(weekBiggestSince(index, isoDay('2024-12-03'))?.since).toBe('2024-11-29');
  });

  it('day move rank and calendar-day moves', () => {
    const rank = dayMoveRank(index, isoDay('2024-11-29'));
    expect(rank.rank).toBe(1);
    expect(rank.count).toBe(5);
    expect(calendarDayMoves(index, 11, 29).map((m) => m.year)).toEqual([2024]);
  });

  it('the best Dec. 26 of the S&P 500, by a plain scan', () => {
    const rows = readShippedRows('GSPC.yahoo.csv');
    const moves = rows.flatMap((row, k) => (k > 0 && row.date.endsWith('-12-26') ? [{ date: row.date, pct: ((row.close / (rows[k - 1]?.close ?? 1)) - 1) * 100 }] : []));
    const best = moves.reduce((a, b) => (b.pct > a.pct ? b : a));
    const spx = buildStatsIndex(loadShippedSeries('SPX'));
    const ranked = calendarDayRank(spx, isoDay(best.date));
    expect(ranked.rank).toBe(1);
    expect(ranked.move).toBeCloseTo(best.pct, 8);
    expect(ranked.count).toBe(moves.filter((m) => m.date <= best.date).length);
    expect(calendarDayMoves(spx, 12, 26)).toHaveLength(moves.length);
  });

  it('a completed month against earlier months: the Russell 2000 in December 2023, by a plain scan', () => {
    const rows = readShippedRows('RUT.yahoo.csv');
    const ends = new Map<string, number>();
    for (const row of rows) ends.set(row.date.slice(0, 7), row.close);
    const months = [...ends.entries()];
    const returns = months.slice(1).map(([month, close], k) => ({ month, pct: (close / (months[k]?.[1] ?? 1) - 1) * 100 }));
    const december = returns.findIndex((m) => m.month === '2023-12');
    const target = returns[december]?.pct ?? 0;
    const since = returns.slice(0, december).reverse().find((m) => m.pct >= target);
    const found = monthBiggestSince(buildStatsIndex(loadShippedSeries('RUT')), 2023, 12);
    expect(found?.move).toBeCloseTo(target, 8);
    expect(found?.since).toBe(since?.month ?? null);
    expect(monthBiggestSince(buildStatsIndex(loadShippedSeries('RUT')), 1987, 9)).toBeNull();
  });
});
