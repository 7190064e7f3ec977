/**
 * "Its largest ever weekly percentage jump", "its worst week ever", "its biggest weekly gain on
 * record": the week to date is the largest move of its direction of any completed week. It is
 * the week-since claim with no date (`ever`); the word "ever" stands where the date would.
 */
import { claimBase } from './claim-base.js';
import { subjectAt, type ClaimDraft, type SentenceContext } from './context.js';
import { MOVE_NOUN_WORDS } from './figure-period.js';
import { DOWN_WORDS, matches, UP_WORDS } from './phrases.js';

/** "weekly percentage jump" (group 3: the move's noun), or "week". */
const WEEKLY_NOUN = `(?:weekly\\s+(?:percentage\\s+|percent\\s+)?(${MOVE_NOUN_WORDS})s?|week)`;
const WEEK_EVER = new RegExp(`\\b(biggest|largest|best|worst|sharpest|steepest|strongest|weakest)\\s+(?:(ever)\\s+)?${WEEKLY_NOUN}(?:\\s+(ever|on record|in (?:its |the index's )?history))?`, 'i');

/** The "ever" week claims of a sentence. */
export function weekEverClaims(ctx: SentenceContext): ClaimDraft[] {
  if (!/\b(?:ever|on record|history)\b/i.test(ctx.sentence.text) || !/\bweek/i.test(ctx.sentence.text)) return [];
  const claims: ClaimDraft[] = [];
  for (const { m, start, end } of matches(WEEK_EVER, ctx)) {
    const ever = m[2] ?? m[4];
    if (ever === undefined) continue;
    const word = (m[1] ?? '').toLowerCase();
    const noun = m[3] ?? '';
    const direction = UP_WORDS.test(noun) ? 'up' : DOWN_WORDS.test(noun) ? 'down' : word === 'best' || word === 'strongest' ? 'up' : word === 'worst' || word === 'weakest' ? 'down' : null;
    const at = start + m[0].toLowerCase().lastIndexOf(ever.toLowerCase());
    const base = claimBase(ctx, subjectAt(ctx, start), start, end);
    claims.push({ ...base, kind: 'week-since', metric: 'week_biggest_since', direction, ever: true, stated: { type: 'date', day: base.day, precision: 'year', yearGiven: false, raw: ever, start: at, end: at + ever.length } });
  }
  return claims;
}
