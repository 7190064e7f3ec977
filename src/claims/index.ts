/** The article checker: claims from text, verdicts from data, reports for people and machines. */
export * from './check.js';
export * from './read/extract.js';
export * from './read/document/input.js';
export * from './judge/judge.js';
export { type SeriesBySymbol } from './judge/support.js';
export * from './report/render.js';
export * from './report/json.js';
export * from './judge/tolerance.js';
export * from './types.js';
