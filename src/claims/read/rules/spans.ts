/**
 * Words that make a superlative one over a span of sessions or weeks ("biggest two-day rise",
 * "largest 11-week rise"), read by `frames/span-since.ts`, never as a one-day move.
 */
import { COUNT_WORD, countOfWord } from '../tokens/numbers.js';

/** A descriptor naming N sessions or weeks ("two-day", "11-week", "five-session", "two-trading-day"). */
const SPAN_DESCRIPTOR = new RegExp(`\\b${COUNT_WORD}[\\s-](?:trading[\\s-])?(?:day|session|week)\\b`, 'i');

/** True when `descriptor` names a span of two or more sessions or weeks ("one-day" is the day's move, "one-week" the week's). */
export function namesSpan(descriptor: string): boolean {
  const m = SPAN_DESCRIPTOR.exec(descriptor);
  if (m === null) return false;
  const n = countOfWord(m[1] ?? '');
  return n !== null && n >= 2;
}
