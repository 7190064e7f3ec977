/**
 * The trading date of an instant in an exchange's time zone. Yahoo stamps a daily bar with the
 * session's opening instant (13:30 or 14:30 UTC for New York, 07:00 UTC for Frankfurt, the
 * previous day's 22:00 or 23:00 UTC for Sydney): its date is the date on the exchange's clock,
 * never the UTC date and never the date of the machine's zone.
 */
import { parseIsoDay, type DayNumber } from '../../core/date.js';

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch {
      formatter = null;
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The day number of `epochSeconds` on the clock of `timeZone` (an IANA name such as
 * `America/New_York`, which carries the daylight-saving history). When the zone is unknown to
 * this runtime, `fallbackOffsetSeconds` (Yahoo's `gmtoffset`, the zone's offset from UTC in
 * seconds at the time of the request) is added instead. Returns null when neither is usable.
 */
export function exchangeDayOf(epochSeconds: number, timeZone: string | undefined, fallbackOffsetSeconds: number | undefined): DayNumber | null {
  const formatter = timeZone === undefined ? null : formatterFor(timeZone);
  if (formatter !== null) return parseIsoDay(formatter.format(new Date(epochSeconds * 1000)));
  if (fallbackOffsetSeconds === undefined) return null;
  return Math.floor((epochSeconds + fallbackOffsetSeconds) / 86_400) as DayNumber;
}

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  return formatterFor(timeZone) !== null;
}

/** `HH:MM` on the clock of `timeZone` (24-hour), for "as of 3:02 p.m." style marks. */
export function exchangeClockOf(instant: Date, timeZone: string): { readonly hours: number; readonly minutes: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: isKnownTimeZone(timeZone) ? timeZone : 'UTC', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
  const value = (type: string): number => Number(parts.find((part) => part.type === type)?.value ?? '0');
  return { hours: value('hour'), minutes: value('minute') };
}
