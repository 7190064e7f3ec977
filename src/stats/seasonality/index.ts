/** Seasonality by calendar month over a range of years, complete months only. */
export * from './seasonality.js';
export * from './cycle.js';
