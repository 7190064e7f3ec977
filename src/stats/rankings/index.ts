/** "Biggest since" beyond the day and rankings: N-day, week and month moves against earlier ones, ranks of a day or month. */
export * from './rankings.js';
export * from './week-moves.js';
