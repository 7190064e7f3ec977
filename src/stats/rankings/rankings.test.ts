import { describe, expect, it } from 'vitest';
import { isoDay, makeSeries } from '../../../test/helpers/synthetic-series.js';
import { isPlainOneDayMove } from '../../../test/helpers/one-day-scan.js';
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

  // The same closes on consecutive sessions: every pair a one-day move.
  const dailyDates = ['2024-11-21', '2024-11-22', '2024-11-25', '2024-11-26', '2024-11-27', '2024-11-29', '2024-12-02', '2024-12-03'];
  const daily = buildStatsIndex(makeSeries(closes, { dates: dailyDates }));

  it('N-day and weekly moves against earlier ones', () => {
    expect(nDayMoveBiggestSince(daily, isoDay('2024-12-03'), 2)?.since).toBe('2024-12-02');
    expect(nDayMoveBiggestSince(daily, isoDay('2024-11-22'), 2)).toBeNull();
    expect(weekBiggestSince(index, isoDay('2024-12-03'))?.since).toBe('2024-11-29');
  });

  it('an N-day window across a gap in the data is no N-day move, and is not compared', () => {
    // Month-end closes: 2024-02-29 to 2024-11-29 is nine months, far beyond any closure.
    expect(nDayMoveBiggestSince(index, isoDay('2024-11-29'), 2)).toBeNull();
    expect(nDayMoveBiggestSince(index, isoDay('2024-12-03'), 2)?.since).toBeNull();
  });

  it('day move rank and calendar-day moves', () => {
    const rank = dayMoveRank(daily, isoDay('2024-11-29'));
    expect(rank.rank).toBe(1);
    expect(rank.count).toBe(5);
    expect(calendarDayMoves(daily, 11, 29).map((m) => m.year)).toEqual([2024]);
  });

  it('moves across gaps in the data are not ranked, nor counted', () => {
    // Month-end closes: only 2024-11-29 to 2024-12-02 (3 days) and 2024-12-02 to 2024-12-03 are one-day moves.
    expect(dayMoveRank(index, isoDay('2024-11-29'))).toEqual({ move: null, rank: null, count: 0, rank_from_bottom: null });
    const last = dayMoveRank(index, isoDay('2024-12-03'));
    expect(last.count).toBe(2);
    expect(last.rank).toBe(1);
    expect(calendarDayMoves(index, 11, 29)).toEqual([]);
  });

  it('the best Dec. 26 of the S&P 500, by a plain scan', () => {
    const rows = readShippedRows('GSPC.yahoo.csv');
    // One-day moves only: a pre-1952 Monday, Dec. 26 after a Saturday session the data lack is two sessions.
    const moves = rows.flatMap((row, k) => {
      const prior = rows[k - 1];
      return prior !== undefined && row.date.endsWith('-12-26') && isPlainOneDayMove(prior.date, row.date, 'nyse') ? [{ date: row.date, pct: (row.close / prior.close - 1) * 100 }] : [];
    });
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
