/**
 * The date arithmetic holiday rules are written in: the nth or last weekday of a month, and
 * the observance rules that move a holiday falling on a weekend to a weekday.
 */
import { addDays, dayFromCivil, daysInMonth, weekdayOf, type DayNumber } from '../core/date.js';

/** Weekday numbers as {@link weekdayOf} gives them. */
export const Weekday = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 } as const;

/** The `n`th (1-based) given weekday of a month: the third Monday of January 2024 is Jan. 15. */
export function nthWeekdayOf(year: number, month: number, weekday: number, n: number): DayNumber {
  const first = dayFromCivil(year, month, 1);
  const offset = (weekday - weekdayOf(first) + 7) % 7;
  return addDays(first, offset + (n - 1) * 7);
}

/** The last given weekday of a month: the last Monday of May 2024 is May 27. */
export function lastWeekdayOf(year: number, month: number, weekday: number): DayNumber {
  const last = dayFromCivil(year, month, daysInMonth(year, month));
  return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
}

/**
 * How a holiday that falls on a weekend is observed:
 * - `nearestWeekday`: Saturday moves to the Friday before, Sunday to the Monday after;
 * - `sundayToMonday`: Sunday moves to Monday, a Saturday holiday closes no weekday;
 * - `none`: a weekend holiday closes no weekday.
 */
export type Observance = 'nearestWeekday' | 'sundayToMonday' | 'none';

/** The weekday a holiday on `day` closes under an observance rule, or null when none. */
export function observedDay(day: DayNumber, observance: Observance): DayNumber | null {
  const weekday = weekdayOf(day);
  if (weekday === Weekday.sunday) return observance === 'none' ? null : addDays(day, 1);
  if (weekday === Weekday.saturday) return observance === 'nearestWeekday' ? addDays(day, -1) : null;
  return day;
}
