/** The month-end closes table: every calendar month of a series with its first and last observation and its move. */
export * from './month-table.js';
export * from './periods.js';
