import { describe, expect, it } from 'vitest';
import { isoDay, makeSeries } from '../../test/helpers/synthetic-series.js';
import { loadShippedSeries, readShippedRows } from '../../test/helpers/shipped-series.js';
import { drawdownEpisodes, previousDrawdownEpisode } from './drawdown-episodes.js';
import { closeCrossings, movingAverageCrossings, movingAverageSeries } from './moving-average.js';
import { calendarDayMoves, calendarDayRank, dayMoveRank, monthBiggestSince, monthRanking, nDayMoveBiggestSince, weekBiggestSince } from './rankings.js';
import { statsOn } from './snapshot.js';
import { buildStatsIndex } from './stats-index.js';
import { movingAverageAt } from './window.js';

describe('drawdown state machine on a hand-built path', () => {
  // peak 100, correction at 90, bear at 80, low 70, bull at 84 (70 * 1.2), correction from 84 at 75.6.
  const closes = [100, 95, 90, 92, 80, 70, 80, 84, 83, 75.6, 85];
  const index = buildStatsIndex(makeSeries(closes, { start: '2024-01-01' }));
  const states = closes.map((_, i) => statsOn(index, (index.days[i] ?? 0) as never).drawdown_state);

  it('enters a correction at 10%, a bear at 20%, and a bull market 20% above the low', () => {
    expect(states).toEqual(['none', 'none', 'correction', 'correction', 'bear', 'bear', 'bear', 'none', 'none', 'correction', 'none']);
    const bull = statsOn(index, (index.days[8] ?? 0) as never);
    expect(bull.drawdown_peak_close).toBe(84);
    expect(bull.pct_from_record).toBeCloseTo(-17, 9);
  });

  it('lists episodes and the one before the current', () => {
    const episodes = drawdownEpisodes(index);
    expect(episodes.map((e) => [e.kind, e.peak_close, e.trough_close, e.end_date === null])).toEqual([
      ['bear', 100, 70, false],
      ['correction', 84, 75.6, false],
    ]);
    expect(episodes[0]?.depth_pct).toBeCloseTo(-30, 9);
    expect(previousDrawdownEpisode(index, (index.days[9] ?? 0) as never)?.kind).toBe('bear');
    expect(previousDrawdownEpisode(index, (index.days[10] ?? 0) as never)).toBeNull();
  });

  it('on the S&P 500: the 2022 bear market and the 2023 correction that followed it', () => {
    const spx = buildStatsIndex(loadShippedSeries('SPX'));
    const episodes = drawdownEpisodes(spx).filter((e) => e.start_date >= '2022' && e.start_date < '2024');
    expect(episodes.map((e) => e.kind)).toEqual(['bear', 'correction']);
    expect(episodes[0]?.trough_date).toBe('2022-10-12');
    expect(episodes[1]?.peak_date).toBe('2023-07-31');
    expect(previousDrawdownEpisode(spx, isoDay('2023-10-27'))?.kind).toBe('bear');
  });
});

describe('moving averages', () => {
  it('average, golden and death crosses, close crossings', () => {
    const values = Float64Array.from([1, 2, 3, 4, 5, 4, 3, 2, 1, 2, 3, 4]);
    expect(Array.from(movingAverageSeries(values, 3)).slice(2, 5)).toEqual([2, 3, 4]);
    expect(movingAverageAt(values, 2, 3)).toBe(2);
    expect(movingAverageAt(values, 1, 3)).toBeNull();
    const index = buildStatsIndex(makeSeries(Array.from(values), { start: '2024-01-01' }));
    expect(movingAverageCrossings(index, 2, 4).map((c) => c.direction)).toEqual(['below', 'above']);
    expect(closeCrossings(index, 3).map((c) => c.direction)).toEqual(['below', 'above']);
  });
});

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
