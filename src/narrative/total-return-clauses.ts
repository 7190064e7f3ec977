/** The day's move of adjusted-only data (a total return, no traded level) in words, and when its "biggest since" is news. */
import type { TotalReturnMoveFact } from '../facts/index.js';
import { sinceText } from './clauses.js';
import { dayOfIso, flatWords, isFlat, moveNoun, pastVerb, percentText } from './phrases.js';

/** Days back a total-return move's "biggest since" must reach to be news (as a day's biggest-move). */
const TOTAL_RETURN_SINCE_DAYS = 60;

/** True when a total-return move is the biggest since a day at least 60 days back, or in the data. */
export function isNotableTotalReturn(fact: TotalReturnMoveFact): boolean {
  if (isFlat(fact.move, 'pct')) return false;
  return fact.sinceDate === null || dayOfIso(fact.date) - dayOfIso(fact.sinceDate) >= TOTAL_RETURN_SINCE_DAYS;
}

/**
 * The day's move of adjusted-only data, which has no traded level: `fell 12.7% as a total
 * return, its biggest one-day drop in data going back to 2000` (the "biggest" part only when
 * notable).
 */
export function totalReturnMovePhrase(fact: TotalReturnMoveFact, storyYear: number): string {
  const flat = flatWords(fact.move, 'pct');
  if (flat !== null) return `was ${flat} as a total return`;
  const base = `${pastVerb(fact.move)} ${percentText(fact.move)} as a total return`;
  if (!isNotableTotalReturn(fact)) return base;
  return `${base}, its biggest one-day ${moveNoun(fact.move, 'pct')} ${sinceText(fact.sinceDate, fact, storyYear)}`;
}
