/**
 * Saturday sessions. Until 1952 the NYSE also traded on Saturday mornings (a two-hour
 * session, 10 a.m. to noon), except on holidays, on many Saturdays taken off one by one (the
 * backlogs of 1928-1929, the thin markets of the early 1930s), and in summer from 1945: from
 * Independence Day to Labor Day in 1945, from Memorial Day to Labor Day in 1946-1951. The
 * summer five-day week of 1952 was made permanent; May 24, 1952 was the last Saturday session.
 * The Saturdays of a multi-day closure in the calendar are closed too: March 4 and 11, 1933,
 * in the bank holiday (the exchange was shut from March 4 to March 14, 1933).
 *
 * The calendar's sessions are weekday sessions; the Saturday sessions are a fact about the era,
 * not listed day by day: the shipped S&P 500 history (Yahoo) holds no Saturday rows, so a week's
 * or a month's last close before June 1952 may come from a Saturday the data do not have.
 */
import { dayFromCivil, weekdayOf, type DayNumber } from '../core/date.js';
import { nthWeekdayOf, Weekday } from './date-rules.js';

/** The NYSE's last Saturday session: May 24, 1952. */
export const LAST_SATURDAY_SESSION: DayNumber = dayFromCivil(1952, 5, 24);

/** Saturdays inside a multi-day closure of the calendar (special-closures.ts): the 1933 bank holiday. */
const CLOSURE_SATURDAYS: readonly DayNumber[] = [dayFromCivil(1933, 3, 4), dayFromCivil(1933, 3, 11)];

/**
 * True for a Saturday on or before {@link LAST_SATURDAY_SESSION} outside the summer closures
 * of 1945-1951 and the Saturdays of the 1933 bank holiday: a Saturday the NYSE's schedule had
 * a short session. Holiday Saturdays and the Saturdays taken off one by one are not singled
 * out (the schedule, not a day-by-day record). False for any other day.
 */
export function hadSaturdaySession(day: DayNumber): boolean {
  if (weekdayOf(day) !== Weekday.saturday || day > LAST_SATURDAY_SESSION) return false;
  return !isSummerClosure(day) && !CLOSURE_SATURDAYS.includes(day);
}

/** The summer closures of Saturdays, 1945-1951: [first, last] day of each (Independence Day 1945, then Memorial Day, to Labor Day). */
const SUMMER_CLOSURES: readonly (readonly [DayNumber, DayNumber])[] = Array.from({ length: 7 }, (_, k) => {
  const year = 1945 + k;
  return [dayFromCivil(year, year === 1945 ? 7 : 5, year === 1945 ? 4 : 30), nthWeekdayOf(year, 9, Weekday.monday, 1)] as const;
});

function isSummerClosure(day: DayNumber): boolean {
  return SUMMER_CLOSURES.some(([start, laborDay]) => day >= start && day <= laborDay);
}
