/**
 * Questions a story asks of the calendar: is this the last session of the week, month or year
 * (so the story speaks of the period in the past tense), is this a holiday-shortened week, is
 * this the first session after a closure. Each takes the market's calendar and a day; weeks
 * run Monday to Sunday.
 */
import { addDays, civilFromDay, type DayNumber } from '../core/date.js';
import type { MarketCalendar } from './market-calendar.js';
import type { Holiday } from './types.js';

/** Day number of Monday 1970-01-05. */
const FIRST_MONDAY = 4;

/** Monday of the week (Monday to Sunday) that contains a day. */
export function mondayOf(day: DayNumber): DayNumber {
  return addDays(day, -((((day - FIRST_MONDAY) % 7) + 7) % 7));
}

/**
 * True when the day is a session and the market's next session falls in a later week: a
 * Friday normally, the Thursday before a Good Friday. False on any day that is not a session.
 */
export function isLastSessionOfWeek(calendar: MarketCalendar, day: DayNumber): boolean {
  return calendar.isSession(day) && mondayOf(calendar.nextSession(day)) !== mondayOf(day);
}

/** True when the day is a session and the next session falls in a later month (Nov. 29, 2024, a shortened Friday, closed November). */
export function isLastSessionOfMonth(calendar: MarketCalendar, day: DayNumber): boolean {
  if (!calendar.isSession(day)) return false;
  const next = civilFromDay(calendar.nextSession(day));
  const current = civilFromDay(day);
  return next.month !== current.month || next.year !== current.year;
}

/** True when the day is a session and the next session falls in a later year (Dec. 31 unless it is a weekend or a holiday). */
export function isLastSessionOfYear(calendar: MarketCalendar, day: DayNumber): boolean {
  return calendar.isSession(day) && civilFromDay(calendar.nextSession(day)).year !== civilFromDay(day).year;
}

/** The holidays on the weekdays of the week that contains a day, in date order (empty for a full week). */
export function holidaysInWeekOf(calendar: MarketCalendar, day: DayNumber): Holiday[] {
  const monday = mondayOf(day);
  return calendar.holidaysBetween(monday, addDays(monday, 4));
}

/**
 * True when a weekday of the week containing the day is a holiday ("the holiday-shortened
 * week"): Thanksgiving week, a week with a Monday holiday. Early closes do not shorten a week
 * here; ask {@link MarketCalendar.earlyCloseOn} for those.
 */
export function isHolidayShortenedWeek(calendar: MarketCalendar, day: DayNumber): boolean {
  return holidaysInWeekOf(calendar, day).length > 0;
}

/**
 * The closures between the previous session and a session, in date order: empty when the day
 * is not a session or the market was open on the weekday before (a plain weekend is not a
 * closure). Sept. 17, 2001 gives the four closures of Sept. 11 to 14; the Tuesday after
 * Labor Day gives Labor Day.
 */
export function closuresBefore(calendar: MarketCalendar, day: DayNumber): Holiday[] {
  if (!calendar.isSession(day)) return [];
  return calendar.holidaysBetween(addDays(calendar.previousSession(day), 1), addDays(day, -1));
}

/** True when the day is the first session after one or more weekday closures (see {@link closuresBefore}). */
export function isFirstSessionAfterClosure(calendar: MarketCalendar, day: DayNumber): boolean {
  return closuresBefore(calendar, day).length > 0;
}
