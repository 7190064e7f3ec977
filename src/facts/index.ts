/** Fact detectors over the statistics engine: typed facts with provenance and a score. */
export * from './detect.js';
export * from './detector.js';
export * from './fact.js';
export * from './fact-beyond-day.js';
export * from './gather.js';
export * from './inputs.js';
export * from './registry.js';
export * from './snapshot-level.js';
