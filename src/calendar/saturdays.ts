/**
 * Saturday sessions. Until 1952 the NYSE also traded on Saturday mornings (a two-hour session,
 * 10 a.m. to noon), except in the summers of 1945 to 1951 (June to September) and on holidays.
 * The calendar's sessions are weekday sessions; the Saturday sessions are a fact about the era,
 * not listed day by day: the shipped S&P 500 history (Yahoo) holds no Saturday rows, so a week's
 * or a month's last close before June 1952 may come from a Saturday the data do not have.
 */
import { dayFromCivil, weekdayOf, type DayNumber } from '../core/date.js';

/** The NYSE's last Saturday session: May 24, 1952. */
export const LAST_SATURDAY_SESSION: DayNumber = dayFromCivil(1952, 5, 24);

/**
 * True for a Saturday on or before {@link LAST_SATURDAY_SESSION} outside the summer closures
 * of 1945-1951 (June to September): a day the NYSE normally traded a short session. Holiday
 * Saturdays are not singled out. False for any other day.
 */
export function hadSaturdaySession(day: DayNumber): boolean {
  if (weekdayOf(day) !== 6 || day > LAST_SATURDAY_SESSION) return false;
  const summer = dayFromCivil(1945, 1, 1) <= day && isJuneToSeptember(day);
  return !summer;
}

function isJuneToSeptember(day: DayNumber): boolean {
  for (let year = 1945; year <= 1951; year += 1) {
    if (day >= dayFromCivil(year, 6, 1) && day <= dayFromCivil(year, 9, 30)) return true;
  }
  return false;
}
