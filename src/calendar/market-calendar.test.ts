import { describe, expect, it } from 'vitest';
import { formatIsoDay, parseIsoDay, type DayNumber } from '../core/date.js';
import { calendarOf } from './calendars.js';
import type { MarketId } from './types.js';

function day(date: string): DayNumber {
  const parsed = parseIsoDay(date);
  if (parsed === null) throw new Error(date);
  return parsed;
}

function holidaysOf(market: MarketId, year: number): string[] {
  return calendarOf(market)
    .year(year)
    .holidays.map((h) => formatIsoDay(h.day));
}

describe('NYSE years ahead, against the exchange published holiday schedule', () => {
  // NYSE's published schedule for 2026-2028 (nyse.com, "Holidays and trading hours").
  it('2026', () => {
    expect(holidaysOf('nyse', 2026)).toEqual(['2026-01-01', '2026-01-19', '2026-02-16', '2026-04-03', '2026-05-25', '2026-06-19', '2026-07-03', '2026-09-07', '2026-11-26', '2026-12-25']);
    expect(calendarOf('nyse').year(2026).earlyCloses.map((e) => `${formatIsoDay(e.day)} ${e.time}`)).toEqual(['2026-11-27 13:00', '2026-12-24 13:00']);
  });
  it('2027: Juneteenth and Christmas on a Saturday close the Friday before', () => {
    expect(holidaysOf('nyse', 2027)).toEqual(['2027-01-01', '2027-01-18', '2027-02-15', '2027-03-26', '2027-05-31', '2027-06-18', '2027-07-05', '2027-09-06', '2027-11-25', '2027-12-24']);
    expect(calendarOf('nyse').year(2027).earlyCloses.map((e) => formatIsoDay(e.day))).toEqual(['2027-11-26']);
  });
  it("2028: a Saturday New Year's Day closes no Friday", () => {
    expect(holidaysOf('nyse', 2028)).toEqual(['2028-01-17', '2028-02-21', '2028-04-14', '2028-05-29', '2028-06-19', '2028-07-04', '2028-09-04', '2028-11-23', '2028-12-25']);
    expect(calendarOf('nyse').isSession(day('2027-12-31'))).toBe(true);
    expect(calendarOf('nyse').year(2028).earlyCloses.map((e) => formatIsoDay(e.day))).toEqual(['2028-07-03', '2028-11-24']);
  });
});

describe('NYSE rules by era', () => {
  const nyse = calendarOf('nyse');
  it('names the holidays, observed days and special closures', () => {
    expect(nyse.holidayOn(day('2021-12-24'))?.name).toBe('Christmas Day (observed)');
    expect(nyse.holidayOn(day('2012-10-29'))?.name).toBe('Hurricane Sandy');
    expect(nyse.holidayOn(day('1963-11-25'))?.name).toBe('National Day of Mourning for President John F. Kennedy');
    expect(nyse.holidayOn(day('2024-11-28'))?.name).toBe('Thanksgiving Day');
    expect(nyse.holidayOn(day('2024-11-27'))).toBeUndefined();
    expect(nyse.holidayOn(day('2024-11-30'))).toBeUndefined();
  });
  it('MLK Day from 1998, Juneteenth from 2022', () => {
    expect(nyse.isSession(day('1997-01-20'))).toBe(true);
    expect(nyse.holidayOn(day('1998-01-19'))?.name).toBe('Martin Luther King Jr. Day');
    expect(nyse.isSession(day('2021-06-18'))).toBe(true);
    expect(nyse.holidayOn(day('2022-06-20'))?.name).toBe('Juneteenth (observed)');
  });
  it('early closes: 2 p.m. before 1993, 1 p.m. since; July 5 before 2013, July 3 since', () => {
    expect(nyse.earlyCloseOn(day('1991-12-24'))).toMatchObject({ time: '14:00', name: 'Christmas Eve' });
    expect(nyse.earlyCloseOn(day('2024-12-24'))).toMatchObject({ time: '13:00', name: 'Christmas Eve' });
    expect(nyse.earlyCloseOn(day('2002-07-05'))).toMatchObject({ time: '13:00', name: 'day after Independence Day' });
    expect(nyse.earlyCloseOn(day('2013-07-03'))).toMatchObject({ time: '13:00', name: 'day before Independence Day' });
    expect(nyse.earlyCloseOn(day('2013-07-05'))).toBeUndefined();
    expect(nyse.earlyCloseOn(day('2024-12-23'))).toBeUndefined();
  });
  it('years outside the calendar are a RangeError naming the range', () => {
    expect(() => nyse.isSession(day('1927-12-30'))).toThrow(/covers 1928 to 9999, not 1927/);
    expect(() => calendarOf('bonds').year(1985)).toThrow(/covers 1986/);
    expect(nyse.covers(day('1927-12-31'))).toBe(false);
  });
});

describe('bond market', () => {
  const bonds = calendarOf('bonds');
  // SIFMA's published 2025 U.S. recommendations: full closes, and early closes at 2 p.m.
  it("2025, against SIFMA's published schedule", () => {
    expect(holidaysOf('bonds', 2025)).toEqual(['2025-01-01', '2025-01-20', '2025-02-17', '2025-04-18', '2025-05-26', '2025-06-19', '2025-07-04', '2025-09-01', '2025-10-13', '2025-11-11', '2025-11-27', '2025-12-25']);
    expect(bonds.year(2025).earlyCloses.map((e) => `${formatIsoDay(e.day)} ${e.time}`)).toEqual(['2025-01-09 14:00', '2025-04-17 14:00', '2025-05-23 14:00', '2025-07-03 14:00', '2025-11-28 14:00', '2025-12-24 14:00', '2025-12-31 14:00']);
  });
  it('closes on Columbus Day and Veterans Day, with 2 p.m. early closes', () => {
    expect(bonds.holidayOn(day('2024-10-14'))?.name).toBe('Columbus Day');
    expect(bonds.holidayOn(day('2024-11-11'))?.name).toBe('Veterans Day');
    expect(bonds.isSession(day('2023-11-10'))).toBe(true);
    expect(bonds.earlyCloseOn(day('2024-11-29'))).toMatchObject({ time: '14:00', name: 'day after Thanksgiving' });
    expect(bonds.earlyCloseOn(day('2024-03-28'))).toMatchObject({ time: '14:00', name: 'day before Good Friday' });
  });
  it('trades a Good Friday with the jobs report until noon', () => {
    expect(bonds.isSession(day('2021-04-02'))).toBe(true);
    expect(bonds.earlyCloseOn(day('2021-04-02'))).toMatchObject({ time: '12:00' });
    expect(bonds.earlyCloseOn(day('2021-04-01'))).toMatchObject({ time: '14:00', name: 'day before Good Friday' });
    expect(bonds.isSession(day('2024-03-29'))).toBe(false);
    expect(bonds.earlyCloseOn(day('2034-04-07'))).toMatchObject({ time: '12:00', name: 'Good Friday (employment report)' });
    expect(bonds.isSession(day('1994-04-01'))).toBe(false);
  });
});
