/** Highs and lows other than records: the range of closes over a trailing calendar window (52-week high and low). */
export * from './range.js';
export * from './standing.js';
