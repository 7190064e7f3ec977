/** Fact detectors over the statistics engine: typed facts with provenance and a score. */
export * from './detect.js';
export * from './detector.js';
export * from './fact.js';
export * from './fact-beyond-day.js';
export * from './gather.js';
export * from './inputs.js';
export * from './registry.js';
export * from './snapshot-level.js';
/** The drawdown lines (fractions of the peak: a correction 10% below, a bear market 20%), as the stats define them. */
export { DRAWDOWN_LINES } from '../stats/index.js';
