/** Simple moving averages and crossings (the close or a fast average over a slow one). */
export * from './moving-average.js';
export * from './standing.js';
