/** The `stats --json` snapshot of one date: from the index (`statsOn`) or by scans without it (`statsOnSeries`). */
export * from './snapshot.js';
export * from './snapshot-assembly.js';
export * from './single-date.js';
export * from './extended.js';
