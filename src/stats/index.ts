/** The statistics engine: pure functions over typed arrays (docs/definitions.md). */
export * from './as-of.js';
export * from './contract.js';
export * from './drawdown.js';
export * from './precision.js';
export * from './previous-extreme.js';
export * from './seasonality.js';
export * from './snapshot.js';
export * from './snapshot-assembly.js';
export * from './stats-index.js';
export * from './window.js';
export * from './drawdown-episodes.js';
export * from './moving-average.js';
export * from './rankings.js';
export * from './records.js';
export * from './returns.js';
export * from './streaks.js';
export * from './single-date.js';
