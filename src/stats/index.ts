/**
 * The statistics engine: pure functions over typed arrays (docs/definitions.md), one folder per
 * concept. This is the public entry: other layers import only from here (and the JSON shapes
 * from `contract.ts`).
 */
export * from './as-of.js';
export * from './contract.js';
export * from './precision.js';
export * from './previous-extreme.js';
export * from './scans.js';
export * from './stats-index.js';
export * from './drawdowns/index.js';
export * from './funds/index.js';
export * from './highs-lows/index.js';
export * from './months/index.js';
export * from './moving-averages/index.js';
export * from './one-day/index.js';
export * from './points/index.js';
export * from './rankings/index.js';
export * from './records/index.js';
export * from './returns/index.js';
export * from './seasonality/index.js';
export * from './snapshot/index.js';
export * from './streaks/index.js';
