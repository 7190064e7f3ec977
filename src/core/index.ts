export * from './date.js';
export * from './errors.js';
export * from './instrument.js';
export * from './series.js';
