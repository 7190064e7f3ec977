import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  civilFromDay,
  dayFromCivil,
  daysInMonth,
  formatIsoDay,
  formatMonthKey,
  isWeekend,
  monthKeyOf,
  parseIsoDay,
  weekdayOf,
  type DayNumber,
} from './date.js';

describe('day numbers', () => {
  it('puts 1970-01-01 at day 0 and counts from there', () => {
    expect(dayFromCivil(1970, 1, 1)).toBe(0);
    expect(dayFromCivil(1970, 1, 2)).toBe(1);
    expect(dayFromCivil(1969, 12, 31)).toBe(-1);
  });

  it('agrees with the platform calendar in UTC on every day from 1900 to 2100', () => {
    const start = Date.UTC(1900, 0, 1) / 86_400_000;
    const end = Date.UTC(2100, 11, 31) / 86_400_000;
    for (let day = start; day <= end; day += 1) {
      const date = new Date(day * 86_400_000);
      const civil = civilFromDay(day as DayNumber);
      if (civil.year !== date.getUTCFullYear() || civil.month !== date.getUTCMonth() + 1 || civil.day !== date.getUTCDate()) {
        throw new Error(`mismatch on day ${day}`);
      }
    }
    expect(formatIsoDay(dayFromCivil(2024, 11, 25))).toBe('2024-11-25');
  });

  it('round-trips civil dates (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (day) => {
        const { year, month, day: dom } = civilFromDay(day as DayNumber);
        expect(dayFromCivil(year, month, dom)).toBe(day);
        expect(parseIsoDay(formatIsoDay(day as DayNumber))).toBe(year >= 0 ? day : null);
      }),
    );
  });

  it('knows weekdays and weekends: 2024-11-25 was a Monday', () => {
    const monday = dayFromCivil(2024, 11, 25);
    expect(weekdayOf(monday)).toBe(1);
    expect(isWeekend(monday)).toBe(false);
    expect(isWeekend(addDays(monday, -1))).toBe(true);
    expect(isWeekend(addDays(monday, -2))).toBe(true);
    expect(weekdayOf(dayFromCivil(1969, 12, 28))).toBe(0);
  });

  it('gives consecutive month keys to consecutive months, across years', () => {
    expect(monthKeyOf(dayFromCivil(2023, 12, 31)) + 1).toBe(monthKeyOf(dayFromCivil(2024, 1, 1)));
    expect(formatMonthKey(monthKeyOf(dayFromCivil(2023, 12, 5)))).toBe('2023-12');
  });

  it('counts leap days by the Gregorian rule', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2024, 12)).toBe(31);
  });
});

describe('parseIsoDay', () => {
  it('rejects what is not a real date', () => {
    for (const text of ['2023-02-29', '2024-13-01', '2024-00-10', '2024-11-31', '24-11-25', '2024-11-25T00:00', '', 'Nov 25']) {
      expect(parseIsoDay(text)).toBeNull();
    }
  });

  it('accepts leap days', () => {
    expect(parseIsoDay('2024-02-29')).toBe(dayFromCivil(2024, 2, 29));
  });
});
