import { describe, expect, it } from 'vitest';
import type { DayNumber } from '../../core/date.js';
import { isoDay, makeSeries } from '../../../test/helpers/synthetic-series.js';
import { loadShippedSeries, readShippedRows } from '../../../test/helpers/shipped-series.js';
import { currentStreak, longestStreaks } from './streaks.js';
import { buildStatsIndex } from '../stats-index.js';

const dates = ['2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05', '2024-01-08', '2024-01-09', '2025-01-02', '2025-01-03'];
const closes = [100, 102, 101, 101, 103, 104, 95, 105];
const index = buildStatsIndex(makeSeries(closes, { dates }));

describe('streaks', () => {
  it('days: current and longest; an unchanged close ends a streak', () => {
    expect(currentStreak(index, isoDay('2024-01-05')).length).toBe(0);
    expect(currentStreak(index, isoDay('2024-01-09'))).toEqual({ length: 2, start_date: '2024-01-05', end_date: '2024-01-09' });
    const longest = longestStreaks(index);
    expect(longest.up).toEqual({ length: 2, start_date: '2024-01-05', end_date: '2024-01-09' });
    expect(longest.down.length).toBe(-1);
  });

  it('weeks and months use period closes, the date standing for its period in progress', () => {
    const weekly = buildStatsIndex(makeSeries([100, 101, 99, 102, 103, 104], { dates: ['2024-01-05', '2024-01-12', '2024-01-15', '2024-01-19', '2024-01-22', '2024-01-26'] }));
    expect(currentStreak(weekly, isoDay('2024-01-26'), 'week').length).toBe(3);
    expect(currentStreak(weekly, isoDay('2024-01-15'), 'week').length).toBe(-1);
    expect(currentStreak(weekly, isoDay('2024-01-26'), 'month').length).toBe(0);
    expect(longestStreaks(weekly, 'week').up.length).toBe(3);
  });

  it('longest daily streaks of the S&P 500 by a plain scan', () => {
    const rows = readShippedRows('GSPC.yahoo.csv');
    let best = 0;
    let run = 0;
    for (let i = 1; i < rows.length; i++) {
      run = (rows[i]?.close ?? 0) > (rows[i - 1]?.close ?? 0) ? run + 1 : 0;
      best = Math.max(best, run);
    }
    const spx = buildStatsIndex(loadShippedSeries('SPX'));
    expect(longestStreaks(spx).up.length).toBe(best);
    expect(currentStreak(spx, (spx.days[spx.days.length - 1] ?? 0) as DayNumber).length).toBe(spx.streak[spx.days.length - 1]);
  });
});
