import { describe, expect, it } from 'vitest';
import { formatIsoDay, weekdayOf } from '../core/date.js';
import { easterSunday, goodFriday } from './easter.js';

describe('easterSunday', () => {
  // Published Easter dates (the Gregorian tables), including the earliest and latest possible.
  it.each([
    [1961, '1961-04-02'],
    [1990, '1990-04-15'],
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('%i: %s', (year, date) => {
    expect(formatIsoDay(easterSunday(year))).toBe(date);
  });

  it('is a Sunday from March 22 to April 25 in every year 1583-3000, and Good Friday two days before', () => {
    for (let year = 1583; year <= 3000; year += 1) {
      const easter = easterSunday(year);
      expect(weekdayOf(easter)).toBe(0);
      const text = formatIsoDay(easter).slice(5);
      expect(text >= '03-22' && text <= '04-25').toBe(true);
      expect(easter - goodFriday(year)).toBe(2);
    }
  });
});
