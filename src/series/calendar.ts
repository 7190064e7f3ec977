/**
 * Calendar periods of trading dates: weeks (Monday to Sunday), months, quarters and years,
 * each identified by an integer key such that consecutive periods have consecutive keys.
 */
import { civilFromDay, dayFromCivil, daysInMonth, monthKeyOf, type DayNumber } from '../core/date.js';

/** The kinds of calendar period a return or a streak can be measured over. */
export const PeriodKinds = ['week', 'month', 'quarter', 'year'] as const;
/** One of {@link PeriodKinds}. */
export type PeriodKind = (typeof PeriodKinds)[number];

/** Day number of Monday 1970-01-05, the first day of week key 0. */
const FIRST_MONDAY = 4;

/** Week key of a date: weeks run Monday to Sunday; key 0 is the week of Monday 1970-01-05. */
export function weekKeyOf(day: DayNumber): number {
  return Math.floor((day - FIRST_MONDAY) / 7);
}

/** Quarter key `year * 4 + quarter - 1` of a month key. */
export function quarterKeyOfMonthKey(monthKey: number): number {
  return Math.floor(monthKey / 3);
}

/** Year of a month key. */
export function yearOfMonthKey(monthKey: number): number {
  return Math.floor(monthKey / 12);
}

/** Calendar month (1-12) of a month key. */
export function monthOfMonthKey(monthKey: number): number {
  return monthKey - Math.floor(monthKey / 12) * 12 + 1;
}

/** Key of the period of the given kind that contains a date. */
export function periodKeyOf(kind: PeriodKind, day: DayNumber): number {
  if (kind === 'week') return weekKeyOf(day);
  const monthKey = monthKeyOf(day);
  if (kind === 'month') return monthKey;
  if (kind === 'quarter') return quarterKeyOfMonthKey(monthKey);
  return yearOfMonthKey(monthKey);
}

/** First calendar day of the period of the given kind that contains a date. */
export function periodStartDay(kind: PeriodKind, day: DayNumber): DayNumber {
  if (kind === 'week') return (weekKeyOf(day) * 7 + FIRST_MONDAY) as DayNumber;
  const { year, month } = civilFromDay(day);
  if (kind === 'month') return dayFromCivil(year, month, 1);
  if (kind === 'quarter') return dayFromCivil(year, month - ((month - 1) % 3), 1);
  return dayFromCivil(year, 1, 1);
}

/**
 * The same calendar day `months` months earlier (negative) or later, clamped to the end of a
 * shorter month: March 31 minus one month is Feb. 28 (or 29).
 */
export function shiftMonths(day: DayNumber, months: number): DayNumber {
  const { year, month, day: dayOfMonth } = civilFromDay(day);
  const key = year * 12 + month - 1 + months;
  const newYear = Math.floor(key / 12);
  const newMonth = key - newYear * 12 + 1;
  return dayFromCivil(newYear, newMonth, Math.min(dayOfMonth, daysInMonth(newYear, newMonth)));
}
