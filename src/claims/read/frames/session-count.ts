/**
 * "Down nine of the past 11 trading days", "the yield has risen on six of the past seven
 * trading days": a count of down (up) sessions among the last M, the date's included.
 */
import { claimBase, phraseStart } from './claim-base.js';
import { clauseOf, subjectAt, type ClaimDraft, type SentenceContext } from './context.js';
import { directionAround } from './figure-direction.js';
import { matches } from './phrases.js';
import { COUNT_WORD, countOfWord } from '../tokens/numbers.js';
import type { StatedNumber } from '../../types.js';

const OF_LAST = new RegExp(`\\b${COUNT_WORD}\\s+of\\s+the\\s+(?:past|last|previous)\\s+${COUNT_WORD}\\s+(?:trading\\s+days|sessions)\\b`, 'i');

/** The session-count claims of a sentence. */
export function sessionCountClaims(ctx: SentenceContext): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  for (const { m, start, end } of matches(OF_LAST, ctx)) {
    const count = countOfWord(m[1] ?? '');
    const of = countOfWord(m[2] ?? '');
    if (count === null || of === null || count > of || of < 2) continue;
    const clause = clauseOf(ctx, start);
    const sign = directionAround(ctx.text.slice(clause.start, start), '');
    if (sign === 0) continue;
    const raw = m[1] ?? '';
    const stated: StatedNumber = { type: 'number', value: count, decimals: 0, unit: 'count', hedge: 'exact', signed: false, raw, start, end: start + raw.length };
    const base = claimBase(ctx, subjectAt(ctx, start), phraseStart(ctx.text, clause.start, start), end);
    claims.push({ ...base, kind: 'session-count', metric: sign > 0 ? 'sessions_up_of_last' : 'sessions_down_of_last', of, stated });
  }
  return claims;
}
