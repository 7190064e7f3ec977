/** Streaks of consecutive up or down closes over days, weeks and months, and "the longest streak since". */
export * from './streaks.js';
export * from './streak-since.js';
export * from './period-streak-since.js';
