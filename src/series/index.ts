/** Price series as typed arrays: calendar periods, date lookup, choice of closes. */
export * from './calendar.js';
export * from './closes.js';
export * from './lookup.js';
