/**
 * The NYSE's scheduled early closes from 1990: Christmas Eve, the day after Thanksgiving and the
 * day before (or after) Independence Day, at 2 p.m. until 1992 and 1 p.m. since 1993.
 */
import { dayFromCivil, weekdayOf, type DayNumber } from '../core/date.js';
import { addDays } from '../core/date.js';
import { nthWeekdayOf, Weekday } from './date-rules.js';
import type { EarlyClose } from './types.js';

/** First year whose early closes the calendar lists (earlier years list none). */
export const NYSE_EARLY_CLOSES_FROM = 1990;

/** One-off 1 p.m. closes outside the rules: Fridays after Christmas and the 1999 year end. */
const NYSE_SPECIAL_EARLY_CLOSES: readonly { readonly date: readonly [number, number, number]; readonly name: string }[] = [
  { date: [1997, 12, 26], name: 'day after Christmas' },
  { date: [1999, 12, 31], name: "New Year's Eve" },
  { date: [2003, 12, 26], name: 'day after Christmas' },
];

/**
 * The NYSE's early closes in a year, in date order, from {@link NYSE_EARLY_CLOSES_FROM}:
 * - Christmas Eve on a Monday to Thursday (a Friday Dec. 24 is a holiday or a full session);
 * - the day after Thanksgiving, from 1992;
 * - July 3 on a Monday, Tuesday or Thursday from 1995, and on a Wednesday from 2013; before
 *   2013 a Thursday Independence Day gave an early close on Friday July 5 instead;
 * - the one-off early closes of 1997, 1999 and 2003.
 * Time: 14:00 before 1993, 13:00 since.
 */
export function nyseEarlyClosesIn(year: number): EarlyClose[] {
  if (year < NYSE_EARLY_CLOSES_FROM) return [];
  const time = year < 1993 ? '14:00' : '13:00';
  const closes: EarlyClose[] = [];
  const add = (day: DayNumber, name: string): void => {
    closes.push({ day, time, name });
  };
  if (year >= 1995) {
    const july3 = dayFromCivil(year, 7, 3);
    const weekday = weekdayOf(july3);
    if (weekday === Weekday.monday || weekday === Weekday.tuesday || weekday === Weekday.thursday) add(july3, 'day before Independence Day');
    if (weekday === Weekday.wednesday && year >= 2013) add(july3, 'day before Independence Day');
    if (weekday === Weekday.wednesday && year < 2013) add(addDays(july3, 2), 'day after Independence Day');
  }
  if (year >= 1992) add(addDays(nthWeekdayOf(year, 11, Weekday.thursday, 4), 1), 'day after Thanksgiving');
  const christmasEve = dayFromCivil(year, 12, 24);
  const weekday = weekdayOf(christmasEve);
  if (weekday >= Weekday.monday && weekday <= Weekday.thursday) add(christmasEve, 'Christmas Eve');
  for (const special of NYSE_SPECIAL_EARLY_CLOSES) {
    const [y, m, d] = special.date;
    if (y === year) add(dayFromCivil(y, m, d), special.name);
  }
  return closes.sort((a, b) => a.day - b.day);
}
