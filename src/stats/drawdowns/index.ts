/** Drawdowns on a closing basis: the correction and bear-market state machine and its episodes. */
export * from './drawdown.js';
export * from './drawdown-episodes.js';
export * from './episode-detail.js';
export * from './drawdown-line.js';
