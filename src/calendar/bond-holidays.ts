/**
 * The U.S. bond market's recurring holidays (SIFMA's recommended full closes, which the Treasury
 * market and the Treasury's daily yield curve follow): the federal holidays, Columbus Day and
 * Veterans Day included.
 */
import { lastWeekdayOf, nthWeekdayOf, Weekday } from './date-rules.js';
import { goodFriday } from './easter.js';
import { fixedDate as fixed, FOREVER, type HolidayRule } from './holiday-rule.js';

/**
 * The bond market's recurring full-day holidays from 1986 (the first Martin Luther King Jr.
 * Day). A Saturday New Year's Day or Veterans Day closes no Friday; a Saturday Independence Day
 * or Christmas closes the Friday before; a Sunday holiday closes the Monday after.
 */
export const BOND_HOLIDAY_RULES: readonly HolidayRule[] = [
  { name: "New Year's Day", firstYear: 1986, lastYear: FOREVER, dateIn: fixed(1, 1), observance: 'sundayToMonday' },
  { name: 'Martin Luther King Jr. Day', firstYear: 1986, lastYear: FOREVER, dateIn: (y) => nthWeekdayOf(y, 1, Weekday.monday, 3), observance: 'none' },
  { name: 'Presidents Day', firstYear: 1986, lastYear: FOREVER, dateIn: (y) => nthWeekdayOf(y, 2, Weekday.monday, 3), observance: 'none' },
  { name: 'Good Friday', firstYear: 1986, lastYear: FOREVER, dateIn: goodFriday, observance: 'none' },
  { name: 'Memorial Day', firstYear: 1986, lastYear: FOREVER, dateIn: (y) => lastWeekdayOf(y, 5, Weekday.monday), observance: 'none' },
  { name: 'Juneteenth', firstYear: 2022, lastYear: FOREVER, dateIn: fixed(6, 19), observance: 'nearestWeekday' },
  { name: 'Independence Day', firstYear: 1986, lastYear: FOREVER, dateIn: fixed(7, 4), observance: 'nearestWeekday' },
  { name: 'Labor Day', firstYear: 1986, lastYear: FOREVER, dateIn: (y) => nthWeekdayOf(y, 9, Weekday.monday, 1), observance: 'none' },
  { name: 'Columbus Day', firstYear: 1986, lastYear: FOREVER, dateIn: (y) => nthWeekdayOf(y, 10, Weekday.monday, 2), observance: 'none' },
  { name: 'Veterans Day', firstYear: 1986, lastYear: FOREVER, dateIn: fixed(11, 11), observance: 'sundayToMonday' },
  { name: 'Thanksgiving Day', firstYear: 1986, lastYear: FOREVER, dateIn: (y) => nthWeekdayOf(y, 11, Weekday.thursday, 4), observance: 'none' },
  { name: 'Christmas Day', firstYear: 1986, lastYear: FOREVER, dateIn: fixed(12, 25), observance: 'nearestWeekday' },
];
