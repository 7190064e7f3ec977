/**
 * Calendar dates as day numbers.
 *
 * A `DayNumber` is the count of days since 1970-01-01 (day 0), in the proleptic Gregorian
 * calendar, with no time of day and no time zone: a trading date on the exchange's own
 * calendar. All arithmetic is integer arithmetic, so no local time zone can shift a date.
 * A `TradingDate` is the same date written `YYYY-MM-DD`.
 */

/** Days since 1970-01-01; an integer. */
export type DayNumber = number & { readonly __brand: 'DayNumber' };

/** An ISO calendar date `YYYY-MM-DD`, validated. */
export type TradingDate = string & { readonly __brand: 'TradingDate' };

/** Year, month (1-12) and day of month (1-31) of a date. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Day number of a civil date (Howard Hinnant's days_from_civil). No validation. */
export function dayFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return (era * 146097 + doe - 719468) as DayNumber;
}

/** Civil date of a day number (Howard Hinnant's civil_from_days). */
export function civilFromDay(dayNumber: DayNumber): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Year of a day number. */
export function yearOf(dayNumber: DayNumber): number {
  return civilFromDay(dayNumber).year;
}

/** Month key `year * 12 + (month - 1)`: consecutive months have consecutive keys. */
export function monthKeyOf(dayNumber: DayNumber): number {
  const { year, month } = civilFromDay(dayNumber);
  return year * 12 + month - 1;
}

/** Day of the week, 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(dayNumber: DayNumber): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** True for Saturday and Sunday. */
export function isWeekend(dayNumber: DayNumber): boolean {
  const weekday = weekdayOf(dayNumber);
  return weekday === 0 || weekday === 6;
}

/** Days in a month of a year (1-12), Gregorian leap years. */
export function daysInMonth(year: number, month: number): number {
  return dayFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - dayFromCivil(year, month, 1);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses `YYYY-MM-DD` into a day number; `null` when the text is not a real calendar date
 * (2023-02-29 and 2024-13-01 are rejected).
 */
export function parseIsoDay(text: string): DayNumber | null {
  const match = ISO_DATE.exec(text);
  if (match === null) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayFromCivil(year, month, day);
}

/** `YYYY-MM-DD` of a day number. */
export function formatIsoDay(dayNumber: DayNumber): TradingDate {
  const { year, month, day } = civilFromDay(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as TradingDate;
}

/** `YYYY-MM` of a month key (see {@link monthKeyOf}). */
export function formatMonthKey(monthKey: number): string {
  const year = Math.floor(monthKey / 12);
  const month = monthKey - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** Adds a whole number of days. */
export function addDays(dayNumber: DayNumber, days: number): DayNumber {
  return (dayNumber + days) as DayNumber;
}
