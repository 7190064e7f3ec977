/** Returns and windows: period-to-date, calendar-period, trailing and date-range moves, relative performance. */
export * from './returns.js';
export * from './windows.js';
