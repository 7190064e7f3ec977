/** Invariants of every market calendar, over random days from 1928 (1986 for bonds) to 2200. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, civilFromDay, dayFromCivil, daysInMonth, isWeekend, weekdayOf, type DayNumber } from '../core/date.js';
import { calendarOf } from './calendars.js';
import { closuresBefore, isFirstSessionAfterClosure, isHolidayShortenedWeek, isLastSessionOfMonth, isLastSessionOfWeek, isLastSessionOfYear, mondayOf } from './periods.js';
import { hadSaturdaySession, LAST_SATURDAY_SESSION } from './saturdays.js';
import { MarketIds } from './types.js';

const LAST = dayFromCivil(2200, 12, 31);
const marketAndDay = fc.constantFrom(...MarketIds).chain((market) => {
  // Leave a week at the start so previousSession stays inside the calendar.
  return fc.integer({ min: calendarOf(market).firstDay + 10, max: LAST }).map((day) => ({ market, day: day as DayNumber }));
});

describe('calendar invariants', () => {
  it('no session on a weekend; a holiday is never a session; a weekday is a session or a holiday', () => {
    fc.assert(
      fc.property(marketAndDay, ({ market, day }) => {
        const calendar = calendarOf(market);
        const holiday = calendar.holidayOn(day);
        if (isWeekend(day)) expect(calendar.isSession(day)).toBe(false);
        else expect(calendar.isSession(day)).toBe(holiday === undefined);
        if (holiday !== undefined) expect(holiday.name.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('next and previous sessions are sessions, with no session between them and the day', () => {
    fc.assert(
      fc.property(marketAndDay, ({ market, day }) => {
        const calendar = calendarOf(market);
        const next = calendar.nextSession(day);
        const previous = calendar.previousSession(day);
        expect(next > day && previous < day).toBe(true);
        expect(calendar.isSession(next) && calendar.isSession(previous)).toBe(true);
        expect(next - day).toBeLessThanOrEqual(7);
        expect(calendar.sessionsBetween(addDays(previous, 1), addDays(next, -1)).length).toBe(calendar.isSession(day) ? 1 : 0);
        if (calendar.isSession(day)) expect(calendar.previousSession(next)).toBe(day);
      }),
      { numRuns: 1000 },
    );
  });

  it('an early close is on a session and earlier than the regular close', () => {
    fc.assert(
      fc.property(marketAndDay, ({ market, day }) => {
        const calendar = calendarOf(market);
        const early = calendar.earlyCloseOn(day);
        if (early === undefined) return;
        expect(calendar.isSession(day)).toBe(true);
        expect(early.time < calendar.regularClose).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('each week, month and year has exactly one last session, the latest session in it', () => {
    fc.assert(
      fc.property(marketAndDay, ({ market, day }) => {
        const calendar = calendarOf(market);
        const monday = mondayOf(day);
        const week = calendar.sessionsBetween(monday, addDays(monday, 6));
        expect(Array.from(week).filter((d) => isLastSessionOfWeek(calendar, d as DayNumber))).toEqual(week.length === 0 ? [] : [week[week.length - 1]]);
        const { year, month } = civilFromDay(day);
        const first = dayFromCivil(year, month, 1);
        const last = addDays(dayFromCivil(year, month, daysInMonth(year, month)), 0);
        const monthSessions = calendar.sessionsBetween(first, last);
        expect(Array.from(monthSessions).filter((d) => isLastSessionOfMonth(calendar, d as DayNumber))).toEqual([monthSessions[monthSessions.length - 1]]);
        const lastOfYear = calendar.previousSession(dayFromCivil(year + 1, 1, 1));
        expect(isLastSessionOfYear(calendar, lastOfYear)).toBe(true);
        expect(isLastSessionOfYear(calendar, calendar.previousSession(lastOfYear))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('a holiday-shortened week has fewer than five sessions or a holiday; the first session after a closure follows one', () => {
    fc.assert(
      fc.property(marketAndDay, ({ market, day }) => {
        const calendar = calendarOf(market);
        const monday = mondayOf(day);
        const sessions = calendar.sessionsBetween(monday, addDays(monday, 4)).length;
        expect(isHolidayShortenedWeek(calendar, day)).toBe(sessions < 5);
        const closures = closuresBefore(calendar, day);
        expect(isFirstSessionAfterClosure(calendar, day)).toBe(closures.length > 0);
        for (const closure of closures) expect(closure.day < day && !calendar.isSession(closure.day)).toBe(true);
        if (calendar.isSession(day) && weekdayOf(day) !== 1 && !calendar.isSession(addDays(day, -1))) expect(closures.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('every year of the NYSE from 1953 has seven to thirteen weekday holidays (1968, the paperwork crisis, more)', () => {
    const nyse = calendarOf('nyse');
    for (let year = 1953; year <= 2200; year += 1) {
      const count = nyse.year(year).holidays.length;
      if (year === 1968) expect(count).toBeGreaterThan(25);
      else expect({ year, inRange: count >= 7 && count <= 13 }).toEqual({ year, inRange: true });
    }
  });
});

describe('Saturday sessions', () => {
  it('were held until May 24, 1952 and never after', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayFromCivil(1928, 1, 1), max: LAST }), (n) => {
        const day = n as DayNumber;
        if (hadSaturdaySession(day)) expect(weekdayOf(day) === 6 && day <= LAST_SATURDAY_SESSION).toBe(true);
        if (day > LAST_SATURDAY_SESSION) expect(hadSaturdaySession(day)).toBe(false);
      }),
      { numRuns: 2000 },
    );
    expect(hadSaturdaySession(dayFromCivil(1952, 5, 24))).toBe(true);
    expect(hadSaturdaySession(dayFromCivil(1952, 5, 31))).toBe(false);
    expect(hadSaturdaySession(dayFromCivil(1950, 7, 1))).toBe(false);
    expect(hadSaturdaySession(dayFromCivil(1950, 5, 27))).toBe(true);
    expect(hadSaturdaySession(dayFromCivil(1950, 9, 9))).toBe(true);
    expect(hadSaturdaySession(dayFromCivil(1945, 6, 30))).toBe(true);
    expect(hadSaturdaySession(dayFromCivil(1945, 7, 7))).toBe(false);
    // The bank holiday shut the exchange from Saturday, March 4, to Tuesday, March 14, 1933.
    expect(hadSaturdaySession(dayFromCivil(1933, 3, 4))).toBe(false);
    expect(hadSaturdaySession(dayFromCivil(1933, 3, 11))).toBe(false);
    expect(hadSaturdaySession(dayFromCivil(1933, 3, 18))).toBe(true);
  });
});
