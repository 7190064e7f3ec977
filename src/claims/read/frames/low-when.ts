/**
 * When the year's closing low was set: "since their recent lowest close on April 8", "its
 * lowest close of the year on Oct. 9", "the year's closing low of March 23". One claim per
 * subject; "their" before two or more instruments named later in the sentence ("Since their
 * lowest close on April 8, the S&P 500 has surged 23.5% and the Nasdaq 32%") is said of each.
 */
import { claimBase } from './claim-base.js';
import { subjectAt, type ClaimDraft, type ResolvedMention, type SentenceContext } from './context.js';
import { resolveMentionDay } from '../tokens/dates.js';

/** The low's noun and the words before its date; group 1 the owner, 2 and 3 the words that pin it to the year. */
const LOW_ON = /\b(its|their|the)\s+(?:(recent|latest|year's|year’s|(?:19|20)\d\d|this year's)\s+)?(?:lowest close|lowest closing level|closing low|lowest finish)(\s+(?:of|for) the year|\s+this year|\s+of (?:19|20)\d\d)?\s+(?:on|of)\s+$/i;

/** The low-when claims of a sentence. */
export function lowWhenClaims(ctx: SentenceContext): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  for (const date of ctx.dates) {
    if (date.day === null) continue;
    const before = ctx.text.slice(Math.max(ctx.sentence.start, date.start - 80), date.start);
    const m = LOW_ON.exec(before);
    if (m === null) continue;
    const day = resolveMentionDay(date, ctx.articleDay, true);
    if (day === null) continue;
    const start = date.start - before.length + m.index;
    const pinned = /year|\d{4}/i.test(`${m[2] ?? ''}${m[3] ?? ''}`) && !/recent|latest/i.test(m[2] ?? '');
    for (const subject of subjectsOf(ctx, m[1] ?? '', start, date.end)) {
      claims.push({ ...claimBase(ctx, subject, start, date.end), kind: 'record-when', metric: 'low_set_on', from: day, to: day, vague: !pinned, stated: { type: 'flag', value: true, raw: ctx.text.slice(start, date.end) } });
    }
  }
  return claims;
}

/** "their" before two or more instruments named after the phrase: each of them; else the subject at the phrase. */
function subjectsOf(ctx: SentenceContext, owner: string, start: number, end: number): (ResolvedMention | null)[] {
  if (owner.toLowerCase() === 'their') {
    const after = ctx.mentions.filter((mention) => mention.start >= end && mention.resolved !== null && !mention.isObject);
    if (after.length >= 2) return after;
  }
  return [subjectAt(ctx, start)];
}
