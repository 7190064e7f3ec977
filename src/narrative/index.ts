/** Facts into AP-style sentences and briefs. */
export * from './ap-style.js';
export * from './brief.js';
export * from './default-date.js';
export * from './phrases.js';
export * from './pool.js';
export * from './render.js';
export * from './write-brief.js';
