/**
 * Which dates a data file may hold: none in the future, none before markets kept daily closes,
 * and a warning for a gap far longer than any market closure.
 */
import { addDays, dayFromCivil, formatIsoDay, type DayNumber } from '../core/date.js';

/** The exchanges' time zone: "tomorrow" is judged there, not on the machine's clock. */
export const EXCHANGE_TIME_ZONE = 'America/New_York';

/**
 * The earliest date a row may carry: 1800-01-01. No daily close of an index, fund or yield in
 * any data source we know of is older (the S&P 500's shipped history begins on 1927-12-30), so
 * an older date (`0000-01-01`, `1066-10-14`) is a broken cell.
 */
export const EARLIEST_PLAUSIBLE_DAY: DayNumber = dayFromCivil(1800, 1, 1);

/**
 * The longest run of calendar days between two consecutive rows that passes without a
 * warning: 150. The longest closure of the New York Stock Exchange, from July 31 to Dec. 12,
 * 1914, left 134 days between closes; no other closure (Sept. 11, 2001: 6 days; Hurricane
 * Sandy: 4) comes near. A longer gap means missing data, and a move across it is not a day's.
 */
export const LONGEST_PLAUSIBLE_GAP_DAYS = 150;

/** Today's date in {@link EXCHANGE_TIME_ZONE} as a day number, from `now`. */
export function exchangeToday(now: Date = new Date()): DayNumber {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: EXCHANGE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string): number => Number(parts.find((one) => one.type === type)?.value ?? Number.NaN);
  return dayFromCivil(part('year'), part('month'), part('day'));
}

/** The latest date a row may carry: tomorrow in the exchange's time zone (a file written late at night). */
export function latestPlausibleDay(now: Date = new Date()): DayNumber {
  return addDays(exchangeToday(now), 1);
}

/**
 * The reason a row's date is out of bounds, or null when it is within them: after `latest`
 * (see {@link latestPlausibleDay}) or before {@link EARLIEST_PLAUSIBLE_DAY}.
 */
export function dateOutOfBounds(day: DayNumber, latest: DayNumber): string | null {
  if (day > latest) return `date ${formatIsoDay(day)} is in the future (after ${formatIsoDay(latest)}, tomorrow in New York)`;
  if (day < EARLIEST_PLAUSIBLE_DAY) return `date ${formatIsoDay(day)} is before ${formatIsoDay(EARLIEST_PLAUSIBLE_DAY)}, older than any daily market data`;
  return null;
}
