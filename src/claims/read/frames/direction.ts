/**
 * A direction said with no figure: "Treasury yields rose", "The three major indexes
 * collectively rose", "yields were flat to lower", "pushing yields higher". The subject is a
 * name (or group name) right before the predicate; a clause that goes on to give a figure is
 * left to the figure's own claim ("rose 1.2%").
 */
import { GROUP_NAMES } from '../rules/groups.js';
import { BEYOND_THE_DAY, CAUSED_AFTER, CAUSED_BEFORE, DIRECTION_ADVERBS, DIRECTION_PREDICATES } from '../rules/directions.js';
import { claimBase } from './claim-base.js';
import { clauseOf, type ClaimDraft, type ResolvedMention, type SentenceContext } from './context.js';
import type { StatedDirection } from '../../types-periods.js';

const ADVERBS = new RegExp(`^\\s*${DIRECTION_ADVERBS}`, 'i');

/** All direction claims of a sentence. */
export function directionClaims(ctx: SentenceContext): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  const subjects: { start: number; end: number; mention: ResolvedMention | null }[] = ctx.mentions.filter((m) => !m.isObject && !m.possessive).map((m) => ({ start: m.start, end: m.end, mention: m }));
  for (const [regex] of GROUP_NAMES) {
    const m = regex.exec(ctx.sentence.text);
    if (m !== null) subjects.push({ start: ctx.sentence.start + m.index, end: ctx.sentence.start + m.index + m[0].length, mention: null });
  }
  for (const subject of subjects) {
    const after = ctx.text.slice(subject.end, Math.min(ctx.sentence.end, subject.end + 80));
    const said: { direction: StatedDirection; length: number; lead: number } | null = predicateAfter(after) ?? causedAround(ctx, subject);
    if (said === null) continue;
    const end = subject.end + said.length;
    const clause = clauseOf(ctx, end - 1);
    // "rose 1.2%", "fell to 4.1%": the figure's own claim says it.
    if (ctx.numbers.some((n) => n.start >= subject.end && n.start < Math.max(clause.end, end + 1))) continue;
    if (BEYOND_THE_DAY.test(ctx.text.slice(end, Math.max(clause.end, end)))) continue;
    if (ctx.mentions.some((m) => m !== subject.mention && m.start > subject.end && m.start < end)) continue;
    const base = claimBase(ctx, subject.mention, subject.start - said.lead, end);
    const predicateStart = end - said.length;
    claims.push({ ...base, kind: 'direction', metric: 'direction_1d', stated: { type: 'direction', value: said.direction, raw: ctx.text.slice(predicateStart, end).trim(), start: predicateStart, end } });
  }
  return claims;
}

/** The predicate right after a subject (adverbs allowed before it): its direction and length in characters. */
function predicateAfter(after: string): { direction: StatedDirection; length: number; lead: number } | null {
  const adverbs = ADVERBS.exec(after)?.[0] ?? '';
  const rest = after.slice(adverbs.length);
  for (const [regex, direction] of DIRECTION_PREDICATES) {
    const m = regex.exec(rest);
    if (m !== null) return { direction, length: adverbs.length + m[0].length, lead: 0 };
  }
  return null;
}

/** "pushing yields higher": a verb of cause before the subject, the direction right after it. */
function causedAround(ctx: SentenceContext, subject: { start: number; end: number }): { direction: StatedDirection; length: number; lead: number } | null {
  const cause = CAUSED_BEFORE.exec(ctx.text.slice(Math.max(ctx.sentence.start, subject.start - 16), subject.start));
  if (cause === null) return null;
  const after = ctx.text.slice(subject.end, Math.min(ctx.sentence.end, subject.end + 12));
  for (const [regex, direction] of CAUSED_AFTER) {
    const m = regex.exec(after);
    if (m !== null) return { direction, length: m[0].length, lead: cause[0].length };
  }
  return null;
}
