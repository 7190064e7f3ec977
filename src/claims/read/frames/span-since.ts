/**
 * Superlatives over a span of sessions or weeks, said with the date they reach back to:
 * "biggest two-day rise in the yield since Oct. 11, 2022", "the largest 11-week rise since the
 * week ended Oct. 16, 1987", "longest run of weekly gains since the week ended Sept. 23, 2022".
 */
import { claimBase } from './claim-base.js';
import { subjectAt, type ClaimDraft, type SentenceContext } from './context.js';
import { DOWN_WORDS, matches, sinceTarget, UP_WORDS } from './phrases.js';
import { COUNT_WORD, countOfWord } from '../tokens/numbers.js';

const SPAN_SINCE = new RegExp(
  `\\b(?:biggest|largest|sharpest|steepest|best|worst|strongest|weakest|greatest)\\s+${COUNT_WORD}[\\s-](?:trading[\\s-])?(day|session|week)\\s+(rise|gain|increase|advance|climb|jump|rally|drop|decline|fall|loss|slide|retreat|move|swing|change)s?\\b[^;,]{0,40}?\\bsince\\s+(?:the\\s+week\\s+(?:ended|ending)\\s+)?`,
  'i',
);

const STREAK_SINCE = /\blongest\s+(?:run|streak|stretch|string)\s+of\s+weekly\s+(gains|advances|increases|rises|losses|declines|drops|falls)\s+since\s+(?:the\s+week\s+(?:ended|ending)\s+)?|\blongest\s+weekly\s+(winning|losing)\s+streak\s+since\s+(?:the\s+week\s+(?:ended|ending)\s+)?/i;

/** "biggest two-day rise since D", "largest 11-week rise since the week ended D", "longest run of weekly gains since the week ended D". */
export function spanSinceClaims(ctx: SentenceContext): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  if (!/\bsince\b/i.test(ctx.sentence.text)) return claims;
  for (const { m, start, end } of matches(SPAN_SINCE, ctx)) {
    const n = countOfWord(m[1] ?? '');
    const target = sinceTarget(ctx, end);
    if (n === null || n < 2 || target === null) continue;
    const word = m[3] ?? '';
    const direction = UP_WORDS.test(word) || /best|strongest/i.test(m[0]) ? 'up' : DOWN_WORDS.test(word) || /worst|weakest/i.test(m[0]) ? 'down' : null;
    const metric = /week/i.test(m[2] ?? '') ? 'weeks_biggest_since' : 'sessions_biggest_since';
    // "biggest two-day drop for the Dow since", "in the yield": the name inside the phrase is its subject.
    const named = ctx.mentions.find((mention) => mention.start > start && mention.end <= end && /\b(?:for|in|of)\s+$/i.test(ctx.text.slice(start, mention.start)));
    claims.push({ ...claimBase(ctx, named ?? subjectAt(ctx, start), start, target.end), kind: 'span-since', metric, n, direction, stated: target });
  }
  for (const { m, start, end } of matches(STREAK_SINCE, ctx)) {
    const target = sinceTarget(ctx, end);
    if (target === null) continue;
    const word = m[1] ?? m[2] ?? '';
    const direction = /gain|advance|increase|rise|winning/i.test(word) ? 'up' : 'down';
    claims.push({ ...claimBase(ctx, subjectAt(ctx, start), start, target.end), kind: 'streak-since', metric: 'streak_weeks_longest_since', direction, stated: target });
  }
  return claims;
}
