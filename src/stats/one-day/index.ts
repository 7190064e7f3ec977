/** Which consecutive observations form a one-day move: the gap bound from the calendars, and Saturday sessions missing from the data. */
export * from './one-day-moves.js';
