/** Points, not just percent: the day's point move, its "biggest since" and rank, counts of N-point days, the last move beyond N points. */
export * from './point-moves.js';
