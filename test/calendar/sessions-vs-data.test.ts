/**
 * The calendars against answer files no one typed: the days the shipped index, ETF and yield
 * histories have rows for. The NYSE's sessions must be, day for day, the days the S&P 500
 * traded (1928 on, weekdays: the Yahoo history has no Saturday sessions); the bond market's
 * sessions the days FRED has a 10-year (and 2-year) Treasury yield (1986 on). The exceptions
 * a plain rule would make (the Good Fridays the bond market traded for the jobs report, the
 * days of mourning it traded through) are rules of the calendar, named in docs/calendar.md.
 */
import { describe, expect, it } from 'vitest';
import { calendarOf, type MarketId } from '../../src/calendar/index.js';
import { dayFromCivil, formatIsoDay, parseIsoDay, type DayNumber } from '../../src/core/date.js';
import { daysOnlyIn, shippedDays } from './shipped-days.js';

function dayOf(date: string): DayNumber {
  const day = parseIsoDay(date);
  if (day === null) throw new Error(`not a date: ${date}`);
  return day;
}

function compare(market: MarketId, fileName: string, fromYear: number, toYear: number): { sessionsWithoutRow: string[]; rowsOffSession: string[]; sessions: number } {
  const rows = shippedDays(fileName);
  const lastRow = rows[rows.length - 1] ?? 0;
  const from = Math.max(dayFromCivil(fromYear, 1, 1), rows[0] ?? 0) as DayNumber;
  const to = Math.min(dayFromCivil(toYear, 12, 31), lastRow) as DayNumber;
  const sessions = calendarOf(market).sessionsBetween(from, to);
  const iso = (days: number[]): string[] => days.map((day) => formatIsoDay(day as DayNumber));
  return {
    sessionsWithoutRow: iso(daysOnlyIn(sessions, new Set(rows), from, to)),
    rowsOffSession: iso(daysOnlyIn(rows, new Set(sessions), from, to)),
    sessions: sessions.length,
  };
}

describe('NYSE sessions against the shipped histories', () => {
  it('equal, day for day, the days the S&P 500 traded, 1990-2025', () => {
    const result = compare('nyse', 'GSPC.yahoo.csv', 1990, 2025);
    expect(result.sessionsWithoutRow).toEqual([]);
    expect(result.rowsOffSession).toEqual([]);
    expect(result.sessions).toBeGreaterThan(9000);
  });

  it('equal the weekday sessions of the S&P 500 from its first full year, 1928, to the end of the data', () => {
    const result = compare('nyse', 'GSPC.yahoo.csv', 1928, 2026);
    expect(result).toMatchObject({ sessionsWithoutRow: [], rowsOffSession: [] });
  });

  it.each([
    ['IXIC.yahoo.csv', 1972],
    ['DJI.yahoo.csv', 1992],
    ['RUT.yahoo.csv', 1988],
    ['SPY.yahoo.csv', 2005],
    ['IWM.yahoo.csv', 2005],
    ['VBK.yahoo.csv', 2005],
    ['VBK.adjclose.yahoo.csv', 2005],
    ['IWO.adjclose.yahoo.csv', 2001],
  ])('equal the days %s has rows for, from %i', (fileName, fromYear) => {
    expect(compare('nyse', fileName, fromYear, 2026)).toMatchObject({ sessionsWithoutRow: [], rowsOffSession: [] });
  });

  it('equal the days the VIX has rows for, 1990-2025; in 2026 it has three rows on NYSE holidays', () => {
    expect(compare('nyse', 'VIX.yahoo.csv', 1990, 2025)).toMatchObject({ sessionsWithoutRow: [], rowsOffSession: [] });
    const in2026 = compare('nyse', 'VIX.yahoo.csv', 2026, 2026);
    expect(in2026.sessionsWithoutRow).toEqual([]);
    // Cboe computed the index on these NYSE holidays (docs/calendar.md, "Sources of truth").
    expect(in2026.rowsOffSession.map((date) => calendarOf('nyse').holidayOn(dayOf(date))?.name)).toEqual(['Memorial Day', 'Juneteenth', 'Independence Day (observed)']);
  });
});

describe('bond-market sessions against the FRED Treasury yields', () => {
  it.each([['DGS10.fred.csv'], ['DGS2.fred.csv']])('equal the days %s has an observation, 1986 to the end of the data', (fileName) => {
    const result = compare('bonds', fileName, 1986, 2026);
    expect(result.sessionsWithoutRow).toEqual([]);
    expect(result.rowsOffSession).toEqual([]);
    expect(result.sessions).toBeGreaterThan(10000);
  });

  it('differ from the NYSE on the days the docs explain, 1990-2025', () => {
    const nyse = calendarOf('nyse');
    const bonds = calendarOf('bonds');
    const names = new Set<string>();
    for (let day = dayFromCivil(1990, 1, 1); day <= dayFromCivil(2025, 12, 31); day = (day + 1) as DayNumber) {
      if (nyse.isSession(day) === bonds.isSession(day)) continue;
      names.add(nyse.isSession(day) ? (bonds.holidayOn(day)?.name ?? '?').replace(' (observed)', '') : `NYSE: ${nyse.holidayOn(day)?.name ?? '?'}`);
    }
    expect([...names].sort()).toEqual([
      'Columbus Day',
      'Martin Luther King Jr. Day',
      'NYSE: Good Friday',
      'NYSE: Hurricane Sandy',
      'NYSE: National Day of Mourning for President Gerald R. Ford',
      'NYSE: National Day of Mourning for President Jimmy Carter',
      'NYSE: Terrorist attacks of Sept. 11',
      'Veterans Day',
    ]);
  });
});
