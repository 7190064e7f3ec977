/** Records on a closing basis: record closes and lows, counts per year, droughts, first close above a level, "highest since". */
export * from './records.js';
export * from './record-runs.js';
