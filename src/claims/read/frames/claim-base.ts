/** Building the common fields of a claim from a sentence context. */
import type { DayNumber } from '../../../core/date.js';
import type { ResolvedMention, SentenceContext } from './context.js';
import type { ClaimBase, ClaimReading, Hedge, ReadingSource, StatedNumber, StatedUnit } from '../../types.js';
import type { NumberToken } from '../tokens/numbers.js';
import { isTitleCase } from '../mentions/foreign-subject.js';

const LEAD_WORDS = /(?:[\w'’$,.&-]+\s+){0,3}$/;

/** Start of a claim's span: up to three words before `at`, not before `floor`. */
export function phraseStart(text: string, floor: number, at: number): number {
  const from = Math.max(floor, at - 80);
  const m = LEAD_WORDS.exec(text.slice(from, at));
  return m === null ? at : from + m.index;
}

/** Where a claim's subject came from: named in the sentence, a possessive, an earlier sentence, or none. */
export function subjectSource(ctx: SentenceContext, subject: ResolvedMention | null): ReadingSource {
  if (subject === null) return { from: 'none', text: null };
  const text = subject.text.replace(/['’]s?$/, '');
  if (subject.start < ctx.sentence.start || subject.start >= ctx.sentence.end) return { from: 'earlier-sentence', text };
  return { from: subject.possessive ? 'possessive' : 'sentence', text };
}

/** The reading of a claim about `subject` on `day`, with no period said. */
export function baseReading(ctx: SentenceContext, subject: ResolvedMention | null, day: DayNumber): ClaimReading {
  const date: ReadingSource = day === ctx.articleDay ? { from: 'article-date', text: null } : { from: 'date', text: null };
  const doubts = subject !== null && subject.ambiguousAmong.length > 0 ? [`${subject.text} (${subject.ambiguousAmong.join(' or ')})`] : [];
  if (subject?.marketWords === true && subject.resolved !== null) doubts.push(`${subject.text} read as ${subject.resolved.storyName}`);
  // A headline in title case is compressed wording ("Dow Soars to Highest in 87 Years"): its reading is a guess.
  if (isTitleCase(ctx.sentence.text)) doubts.push('a headline');
  return { subject: subjectSource(ctx, subject), date, period: { from: 'none', text: null }, doubts, notComputed: null };
}

/** The common fields of a claim about `subject` spanning [start, end); id 0 until numbered. */
export function claimBase(ctx: SentenceContext, subject: ResolvedMention | null, start: number, end: number, day: DayNumber = ctx.articleDay): ClaimBase {
  return {
    reading: baseReading(ctx, subject, day),
    id: 0,
    day,
    symbol: subject?.resolved?.symbol ?? null,
    instrumentText: subject?.text.replace(/['’]s?$/, '') ?? '',
    start,
    end,
    text: ctx.text.slice(start, end),
    sentence: ctx.sentence.text,
    sentenceStart: ctx.sentence.start,
    timing: ctx.timing,
    basis: /\btotal return|\bincluding dividends|\bwith dividends reinvested/i.test(ctx.sentence.text) ? 'total' : 'price',
  };
}

/** A stated number from a token: `sign` is the direction the text gave (+1, -1) or 0 for none. */
export function statedNumber(token: NumberToken, unit: StatedUnit, sign: number, hedge: Hedge): StatedNumber {
  const direction = token.sign !== 0 ? token.sign : sign;
  return {
    type: 'number',
    value: direction < 0 ? -token.value : token.value,
    decimals: token.decimals,
    unit,
    hedge,
    signed: direction !== 0,
    raw: token.raw.trim(),
    start: token.start,
    end: token.end,
  };
}
