/**
 * What a data update should find: the sessions a series lacks, and whether a session's close
 * has happened yet (a row for today fetched before the close is preliminary).
 */
import type { DayNumber } from '../core/date.js';
import { clockMinutes } from './clock.js';
import type { MarketCalendar } from './market-calendar.js';

/** The closing time of a session, `HH:MM` New York time (the early close when there is one), or null on a day with no session. */
export function closingTimeOn(calendar: MarketCalendar, day: DayNumber): string | null {
  if (!calendar.isSession(day)) return null;
  return calendar.earlyCloseOn(day)?.time ?? calendar.regularClose;
}

/**
 * True when the session of `day` has closed by `time` (`HH:MM` New York time) on that day:
 * at or after the closing time, early closes included. False on a day with no session and
 * for a time that is not `HH:MM`.
 */
export function hasClosedBy(calendar: MarketCalendar, day: DayNumber, time: string): boolean {
  const close = closingTimeOn(calendar, day);
  return close !== null && clockMinutes(time) >= clockMinutes(close);
}

/**
 * The sessions from `from` to `to` (both inclusive) that have no row in `days` (ascending day
 * numbers), in date order: the rows an update should bring, or the gaps of a history.
 */
export function sessionsWithoutRows(calendar: MarketCalendar, days: Int32Array, from: DayNumber, to: DayNumber): DayNumber[] {
  const have = new Set(days);
  const missing: DayNumber[] = [];
  for (const session of calendar.sessionsBetween(from, to)) if (!have.has(session)) missing.push(session as DayNumber);
  return missing;
}
