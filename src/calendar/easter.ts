/** Easter Sunday by the Gregorian computus, and Good Friday two days before it. */
import { addDays, dayFromCivil, type DayNumber } from '../core/date.js';

/**
 * Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"):
 * exact for every year from 1583 on. 2024 gives March 31, 2025 April 20.
 */
export function easterSunday(year: number): DayNumber {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayFromCivil(year, month, day);
}

/** Good Friday of a year: the Friday two days before {@link easterSunday}. */
export function goodFriday(year: number): DayNumber {
  return addDays(easterSunday(year), -2);
}
