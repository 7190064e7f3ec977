/**
 * Records, highs and lows on dates the stories quote: the S&P 500's 70 records of 2021 (second
 * to 1995's 77), its seven straight records of July 2, 2021, the Russell 2000's first record since
 * August 2018, the Dow's milestones, the S&P 500 and 10-year yield against their year-to-date and
 * 52-week ranges, the Nasdaq's lowest close in six years. Expected values from plain CSV scans.
 */
import { describe, expect, it } from 'vitest';
import {
  buildStatsIndex,
  closeExtremesSince,
  currentRecordDrought,
  fiftyTwoWeekStanding,
  firstCloseAbove,
  firstCloseBelow,
  milestoneClimbs,
  recordStreak,
  recordYear,
  yearToDateRange,
} from '../../src/stats/index.js';
import { loadShippedSeries, readShippedRows } from '../helpers/shipped-series.js';
import { day, daysBetween, pctChange, recordDates, rowsTo } from './extended-scan.js';

const spxRows = readShippedRows('GSPC.yahoo.csv');
const spx = buildStatsIndex(loadShippedSeries('SPX'));

describe('records of a year and record streaks', () => {
  it('S&P 500, Dec. 29, 2021: 70 records, 28% of sessions, second to 1995', () => {
    const records = recordDates(rowsTo(spxRows, '2021-12-29'));
    const perYear = new Map<string, number>();
    for (const date of records) perYear.set(date.slice(0, 4), (perYear.get(date.slice(0, 4)) ?? 0) + 1);
    const count = perYear.get('2021') ?? 0;
    const sessions = spxRows.filter((row) => row.date.startsWith('2021') && row.date <= '2021-12-29').length;
    const year = recordYear(spx, day('2021-12-29'));
    expect(year.count).toBe(count);
    expect(year.share_pct).toBeCloseTo((count / sessions) * 100, 9);
    expect(year.rank).toBe([...perYear.entries()].filter(([y, c]) => y !== '2021' && c > count).length + 1);
    expect([year.count, Math.round(year.share_pct), year.rank, year.most_since_year, year.most_since_count]).toEqual([70, 28, 2, 1995, 77]);
  });

  it('S&P 500, July 2, 2021: seven consecutive record closes', () => {
    const records = new Set(recordDates(spxRows));
    const upTo = rowsTo(spxRows, '2021-07-02');
    let run = 0;
    while (records.has(upTo[upTo.length - 1 - run]?.date ?? '')) run++;
    const streak = recordStreak(spx, day('2021-07-02'));
    expect(streak.length).toBe(run);
    expect(streak.length).toBe(7);
    expect(streak.start_date).toBe(upTo[upTo.length - run]?.date);
    expect(recordStreak(spx, day('2021-07-06')).length).toBe(records.has('2021-07-06') ? 8 : 0);
  });
});

describe('record droughts', () => {
  it('Russell 2000, Nov. 13, 2020: the first record since August 2018', () => {
    const rows = readShippedRows('RUT.yahoo.csv');
    const records = recordDates(rowsTo(rows, '2020-11-13'));
    expect(records[records.length - 1]).toBe('2020-11-13');
    const prior = records[records.length - 2] ?? '';
    const drought = currentRecordDrought(buildStatsIndex(loadShippedSeries('RUT')), day('2020-11-13'));
    expect(drought.from_date).toBe(prior);
    expect(drought.from_date.slice(0, 7)).toBe('2018-08');
    expect(drought.ended_on).toBe('2020-11-13');
    expect(drought.sessions).toBe(rows.filter((row) => row.date > prior && row.date <= '2020-11-13').length);
    expect(drought.calendar_days).toBe(daysBetween(prior, '2020-11-13'));
    const lengths: number[] = [];
    let last = 0;
    for (let j = 1; j < rows.length && (rows[j]?.date ?? '') <= prior; j++) {
      if (records.includes(rows[j]?.date ?? '')) {
        lengths.push(j - last);
        last = j;
      }
    }
    expect(drought.rank).toBe(lengths.filter((length) => length > drought.sessions).length + 1);
  });
});

describe('round levels', () => {
  const djiRows = readShippedRows('DJI.yahoo.csv');
  const dji = buildStatsIndex(loadShippedSeries('DJI'));

  it('the Dow: first closes above 28,000 (Nov. 15, 2019) and 30,000 (Nov. 24, 2020), and the sessions between milestones', () => {
    const firstAbove = (level: number): string | undefined => djiRows.find((row) => row.close > level)?.date;
    expect(firstCloseAbove(dji, 28000)?.date).toBe(firstAbove(28000));
    expect(firstAbove(28000)).toBe('2019-11-15');
    expect(firstAbove(30000)).toBe('2020-11-24');
    const climbs = milestoneClimbs(dji, 1000);
    const climb = climbs.find((entry) => entry.level === 30000);
    const from = djiRows.findIndex((row) => row.close > 29000);
    const to = djiRows.findIndex((row) => row.close > 30000);
    expect(climb?.date).toBe('2020-11-24');
    expect(climb?.sessions_from_previous).toBe(to - from);
  });

  it('the Dow back below 20,000 in March 2020: the first close below from a date', () => {
    const expected = djiRows.find((row) => row.date >= '2020-02-01' && row.close < 20000);
    expect(firstCloseBelow(dji, 20000, day('2020-02-01'))?.date).toBe(expected?.date);
  });
});

describe('highs and lows other than records', () => {
  it('S&P 500, Sept. 29, 2022: 24.10% below its 52-week and year-to-date high of 4,796.56 on Jan. 3', () => {
    const i = spxRows.findIndex((row) => row.date === '2022-09-29');
    const close = spxRows[i]?.close ?? Number.NaN;
    const ytd = spxRows.filter((row) => row.date >= '2022-01-01' && row.date <= '2022-09-29');
    const high = ytd.reduce((best, row) => (row.close > best.close ? row : best));
    const standing = yearToDateRange(spx, day('2022-09-29'));
    expect(standing.high).toBe(high.close);
    expect(standing.high_date).toBe(high.date);
    expect(standing.pct_below_high).toBeCloseTo(-pctChange(high.close, close), 9);
    expect(standing.pct_below_high?.toFixed(2)).toBe('24.10');
    const window = spxRows.filter((row) => row.date > '2021-09-30' && row.date <= '2022-09-29');
    const high52 = Math.max(...window.map((row) => row.close));
    expect(fiftyTwoWeekStanding(spx, day('2022-09-29')).pct_below_high).toBeCloseTo((1 - close / high52) * 100, 9);
    expect(fiftyTwoWeekStanding(spx, day('2022-09-29')).pct_above_low).toBe(0);
  });

  it('10-year yield, April 25, 2023: basis points from the year-to-date high and low', () => {
    const rows = readShippedRows('DGS10.fred.csv').filter((row) => !Number.isNaN(row.close));
    const ytd = rows.filter((row) => row.date >= '2023-01-01' && row.date <= '2023-04-25');
    const close = ytd[ytd.length - 1]?.close ?? Number.NaN;
    const high = ytd.reduce((best, row) => (row.close > best.close ? row : best));
    const low = ytd.reduce((best, row) => (row.close < best.close ? row : best));
    const standing = yearToDateRange(buildStatsIndex(loadShippedSeries('US10Y')), day('2023-04-25'));
    expect([standing.high_date, standing.low_date]).toEqual([high.date, low.date]);
    expect(standing.bp_below_high).toBeCloseTo((high.close - close) * 100, 6);
    expect(standing.bp_above_low).toBeCloseTo((close - low.close) * 100, 6);
    expect(standing.pct_below_high).toBeNull();
  });

  it('Nasdaq, Oct. 9, 2002: the lowest close in six years', () => {
    const rows = readShippedRows('IXIC.yahoo.csv');
    const i = rows.findIndex((row) => row.date === '2002-10-09');
    const close = rows[i]?.close ?? Number.NaN;
    let j = i - 1;
    while (j >= 0 && (rows[j]?.close ?? Number.NaN) > close) j--;
    const lowest = closeExtremesSince(buildStatsIndex(loadShippedSeries('IXIC')), day('2002-10-09')).lowest;
    expect(lowest.since).toBe(rows[j]?.date);
    expect(lowest.since_close).toBe(rows[j]?.close);
    expect(Math.floor(lowest.years ?? 0)).toBe(6);
  });

  it('10-year yield, Oct. 14, 2022: the highest level since April 5, 2010', () => {
    const rows = readShippedRows('DGS10.fred.csv').filter((row) => !Number.isNaN(row.close));
    const i = rows.findIndex((row) => row.date === '2022-10-14');
    let j = i - 1;
    while (j >= 0 && (rows[j]?.close ?? 0) < (rows[i]?.close ?? 0)) j--;
    const highest = closeExtremesSince(buildStatsIndex(loadShippedSeries('US10Y')), day('2022-10-14')).highest;
    expect(highest.since).toBe(rows[j]?.date);
    expect(highest.since).toBe('2010-04-05');
    expect(highest.since_close).toBe(rows[j]?.close);
  });
});
