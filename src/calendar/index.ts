/**
 * Market calendars: NYSE and U.S. bond-market sessions, holidays with their names, early
 * closes with their times, and the period questions stories ask. Pure and rule-based; see
 * docs/calendar.md.
 */
export * from './types.js';
export { easterSunday, goodFriday } from './easter.js';
export { MarketCalendar } from './market-calendar.js';
export { calendarOf, calendarOfKind, freshCalendarOf, marketOfKind } from './calendars.js';
export { NYSE_FIRST_YEAR } from './nyse.js';
export { NYSE_EARLY_CLOSES_FROM } from './nyse-early-closes.js';
export { BOND_FIRST_YEAR, BOND_EARLY_CLOSES_FROM } from './bonds.js';
export { LAST_CALENDAR_YEAR } from './market-rules.js';
export { LAST_SATURDAY_SESSION, hadSaturdaySession } from './saturdays.js';
export * from './periods.js';
export { holidayRowWarnings } from './holiday-rows.js';
export { clockMinutes, nowInNewYork, todayInNewYork } from './clock.js';
export { closingTimeOn, hasClosedBy, sessionsWithoutRows } from './expected-rows.js';
