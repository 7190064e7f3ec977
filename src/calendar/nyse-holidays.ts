/**
 * The New York Stock Exchange's recurring holidays since 1885, each with the years it was
 * kept (docs/calendar.md gives the history and the sources).
 */
import { addDays, type DayNumber } from '../core/date.js';
import { lastWeekdayOf, nthWeekdayOf, Weekday } from './date-rules.js';
import { goodFriday } from './easter.js';
import { fixedDate as fixed, FOREVER, type HolidayRule } from './holiday-rule.js';

/** Election Day: the Tuesday after the first Monday of November. */
export function electionDayIn(year: number): DayNumber {
  return addDays(nthWeekdayOf(year, 11, Weekday.monday, 1), 1);
}

/** The NYSE's recurring full-day holidays, oldest rules first. */
export const NYSE_HOLIDAY_RULES: readonly HolidayRule[] = [
  // A Saturday New Year's Day closes no Friday: the Friday before is the last session of the
  // year (so in the data every time from 1938 to 2022).
  { name: "New Year's Day", firstYear: 1885, lastYear: FOREVER, dateIn: fixed(1, 1), observance: 'sundayToMonday' },
  { name: 'Martin Luther King Jr. Day', firstYear: 1998, lastYear: FOREVER, dateIn: (y) => nthWeekdayOf(y, 1, Weekday.monday, 3), observance: 'none' },
  { name: "Lincoln's Birthday", firstYear: 1896, lastYear: 1953, dateIn: fixed(2, 12), observance: 'sundayToMonday' },
  { name: "Washington's Birthday", firstYear: 1885, lastYear: 1963, dateIn: fixed(2, 22), observance: 'sundayToMonday' },
  { name: "Washington's Birthday", firstYear: 1964, lastYear: 1970, dateIn: fixed(2, 22), observance: 'nearestWeekday' },
  { name: 'Presidents Day', firstYear: 1971, lastYear: FOREVER, dateIn: (y) => nthWeekdayOf(y, 2, Weekday.monday, 3), observance: 'none' },
  { name: 'Good Friday', firstYear: 1908, lastYear: FOREVER, dateIn: goodFriday, observance: 'none' },
  { name: 'Memorial Day', firstYear: 1885, lastYear: 1963, dateIn: fixed(5, 30), observance: 'sundayToMonday' },
  { name: 'Memorial Day', firstYear: 1964, lastYear: 1969, dateIn: fixed(5, 30), observance: 'nearestWeekday' },
  // 1970: May 30 was a Saturday and the exchange traded on Friday May 29.
  { name: 'Memorial Day', firstYear: 1970, lastYear: 1970, dateIn: fixed(5, 30), observance: 'sundayToMonday' },
  { name: 'Memorial Day', firstYear: 1971, lastYear: FOREVER, dateIn: (y) => lastWeekdayOf(y, 5, Weekday.monday), observance: 'none' },
  { name: 'Juneteenth', firstYear: 2022, lastYear: FOREVER, dateIn: fixed(6, 19), observance: 'nearestWeekday' },
  { name: 'Independence Day', firstYear: 1885, lastYear: 1953, dateIn: fixed(7, 4), observance: 'sundayToMonday' },
  { name: 'Independence Day', firstYear: 1954, lastYear: FOREVER, dateIn: fixed(7, 4), observance: 'nearestWeekday' },
  { name: 'Labor Day', firstYear: 1887, lastYear: FOREVER, dateIn: (y) => nthWeekdayOf(y, 9, Weekday.monday, 1), observance: 'none' },
  { name: 'Columbus Day', firstYear: 1909, lastYear: 1953, dateIn: fixed(10, 12), observance: 'sundayToMonday' },
  { name: 'Election Day', firstYear: 1885, lastYear: 1967, dateIn: electionDayIn, observance: 'none' },
  { name: 'Election Day', firstYear: 1968, lastYear: 1980, dateIn: electionDayIn, observance: 'none', keptIn: (y) => y % 4 === 0 },
  { name: 'Armistice Day', firstYear: 1934, lastYear: 1953, dateIn: fixed(11, 11), observance: 'sundayToMonday' },
  { name: 'Thanksgiving Day', firstYear: 1885, lastYear: 1938, dateIn: (y) => lastWeekdayOf(y, 11, Weekday.thursday), observance: 'none' },
  // 1939-1941: the date President Roosevelt proclaimed, a week before the last Thursday.
  { name: 'Thanksgiving Day', firstYear: 1939, lastYear: 1941, dateIn: (y) => addDays(lastWeekdayOf(y, 11, Weekday.thursday), -7), observance: 'none' },
  { name: 'Thanksgiving Day', firstYear: 1942, lastYear: FOREVER, dateIn: (y) => nthWeekdayOf(y, 11, Weekday.thursday, 4), observance: 'none' },
  { name: 'Christmas Day', firstYear: 1885, lastYear: 1953, dateIn: fixed(12, 25), observance: 'sundayToMonday' },
  { name: 'Christmas Day', firstYear: 1954, lastYear: FOREVER, dateIn: fixed(12, 25), observance: 'nearestWeekday' },
];
