/** The article checker: claims from text, verdicts from data, reports for people and machines. */
export * from './check.js';
export * from './extract.js';
export * from './input.js';
export * from './judge.js';
export { type SeriesBySymbol } from './judge-support.js';
export * from './render.js';
export * from './report-json.js';
export * from './tolerance.js';
export * from './types.js';
