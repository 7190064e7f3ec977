/** Rows dated on a market holiday: the warning on its own and through the CSV reader at ingest. */
import { describe, expect, it } from 'vitest';
import { holidayRowWarnings } from '../../src/calendar/index.js';
import { parseIsoDay } from '../../src/core/date.js';
import { readSeriesText } from '../../src/data/reader.js';

function days(...dates: string[]): Int32Array {
  return Int32Array.from(dates, (date) => parseIsoDay(date) ?? Number.NaN);
}

describe('holidayRowWarnings', () => {
  const lines = Int32Array.from([2, 3, 4, 5]);
  it('counts the rows on NYSE holidays and names the first, its holiday and its line', () => {
    expect(holidayRowWarnings(days('2024-12-24', '2024-12-25', '2024-12-26', '2025-01-01'), lines, 'index')).toEqual(['2 rows dated on a NYSE holiday, first 2024-12-25 (Christmas Day, line 3)']);
  });
  it('uses the bond market for yields: Columbus Day is a holiday there, Good Friday usually too', () => {
    expect(holidayRowWarnings(days('2024-10-11', '2024-10-14', '2024-10-15'), lines, 'yield')).toEqual(['1 row dated on a bond-market holiday, first 2024-10-14 (Columbus Day, line 3)']);
    expect(holidayRowWarnings(days('2024-10-14'), lines, 'index')).toEqual([]);
    expect(holidayRowWarnings(days('2021-04-02'), lines, 'yield')).toEqual([]);
  });
  it('says nothing for kinds without a calendar, for the VIX, for weekends and for days before the calendar', () => {
    expect(holidayRowWarnings(days('2024-12-25'), lines, 'other')).toEqual([]);
    expect(holidayRowWarnings(days('2024-12-25'), lines, 'volatility')).toEqual([]);
    expect(holidayRowWarnings(days('2024-12-28'), lines, 'stock')).toEqual([]);
    expect(holidayRowWarnings(days('1927-12-26'), lines, 'index')).toEqual([]);
  });
});

describe('at ingest', () => {
  it('the reader warns of a row on Thanksgiving', () => {
    const text = 'Date,Close\n2024-11-27,100\n2024-11-28,101\n2024-11-29,102\n';
    expect(readSeriesText(text, { fileName: 'x.csv', kind: 'etf' }).warnings).toEqual(['1 row dated on a NYSE holiday, first 2024-11-28 (Thanksgiving Day, line 3)']);
  });
});
