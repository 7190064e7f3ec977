import { describe, expect, it } from 'vitest';
import { isoDay, makeSeries } from '../../../test/helpers/synthetic-series.js';
import { loadShippedSeries, readShippedRows } from '../../../test/helpers/shipped-series.js';
import { closeExtremeSince, firstCloseAbove, longestRecordDroughts, recordCloses, recordCountsByYear, recordLowCloses, tradingDaysSinceRecord } from './records.js';
import { buildStatsIndex } from '../stats-index.js';

const dates = ['2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05', '2024-01-08', '2024-01-09', '2025-01-02', '2025-01-03'];
const closes = [100, 102, 101, 101, 103, 104, 95, 105];
const index = buildStatsIndex(makeSeries(closes, { dates }));

describe('records', () => {
  it('lists record highs and lows, counts per year and droughts', () => {
    expect(recordCloses(index).map((r) => r.date)).toEqual(['2024-01-03', '2024-01-08', '2024-01-09', '2025-01-03']);
    expect(recordLowCloses(index).map((r) => r.close)).toEqual([95]);
    expect(recordCountsByYear(index)).toEqual([{ year: 2024, count: 3 }, { year: 2025, count: 1 }]);
    expect(longestRecordDroughts(index, 2)).toEqual([
      { from_date: '2024-01-03', to_date: '2024-01-08', trading_days: 3, calendar_days: 5 },
      { from_date: '2024-01-09', to_date: '2025-01-03', trading_days: 2, calendar_days: 360 },
    ]);
    expect(tradingDaysSinceRecord(index, isoDay('2024-01-05'))).toBe(2);
  });

  it('first close above a level, with and without a start date', () => {
    expect(firstCloseAbove(index, 102.5)?.date).toBe('2024-01-08');
    expect(firstCloseAbove(index, 102)?.date).toBe('2024-01-08');
    expect(firstCloseAbove(index, 99)?.date).toBe('2024-01-02');
    expect(firstCloseAbove(index, 200)).toBeNull();
    expect(firstCloseAbove(index, 100, isoDay('2025-01-01'))?.date).toBe('2025-01-03');
  });

  it('first close of the S&P 500 above 6,000, by a plain scan', () => {
    const rows = readShippedRows('GSPC.yahoo.csv');
    const first = rows.find((row) => row.close > 6000);
    expect(firstCloseAbove(buildStatsIndex(loadShippedSeries('SPX')), 6000)).toEqual({ date: first?.date, close: first?.close });
  });

  it('highest and lowest close since', () => {
    expect(closeExtremeSince(index, isoDay('2024-01-05'))).toEqual({ highest_since: '2024-01-04', lowest_since: '2024-01-04' });
    expect(closeExtremeSince(index, isoDay('2025-01-02'))).toEqual({ highest_since: '2024-01-09', lowest_since: null });
  });
});
