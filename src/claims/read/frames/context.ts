/**
 * What the extractors see of one sentence: its instrument mentions (references back
 * resolved), dates, times, numbers, clause breaks and timing; and who a figure at a given
 * place is about.
 */
import type { DayNumber } from '../../../core/date.js';
import type { Instrument, InstrumentKind } from '../../../core/instrument.js';
import type { Mention } from '../mentions/mentions.js';
import { foreignSubject, isTitleCase } from '../mentions/foreign-subject.js';
import { clauseAround, clauseBreaks, type Span } from '../document/sentences.js';
import type { Section } from '../document/sections.js';
import type { DateMention, TimeMention } from '../tokens/dates.js';
import type { NumberToken } from '../tokens/numbers.js';
import type { Claim, Timing } from '../../types.js';
import type { PeriodRef } from './periods.js';

/** A mention with its instrument resolved (a reference back takes the instrument it refers to). */
export interface ResolvedMention extends Mention {
  /** Null for a name outside the registry. */
  readonly resolved: Instrument | null;
  /** After "than", "vs.", "compared with": the other side of a comparison, not the subject. */
  readonly isObject: boolean;
  /** For a reference back ("the index") with two or more instruments of its kind just named: those names (a doubt). */
  readonly ambiguousAmong: readonly string[];
}

/** One sentence, ready for the extractors. Offsets are absolute (in the article). */
export interface SentenceContext {
  readonly text: string;
  readonly sentence: Span;
  readonly articleDay: DayNumber;
  readonly mentions: readonly ResolvedMention[];
  /** The subject carried over from earlier sentences ("It rose..."). */
  readonly carried: ResolvedMention | null;
  readonly dates: readonly DateMention[];
  readonly times: readonly TimeMention[];
  readonly numbers: readonly NumberToken[];
  /** Absolute clause-break offsets. */
  readonly breaks: readonly number[];
  readonly timing: Timing;
  /** The calendar month a seasonal statement was last about (carried: "It rose in 81% of them"). */
  readonly seasonalMonth: number | null;
  /** The last date naming a day before this sentence, for "since then"; null when none. */
  readonly previousDate: DateMention | null;
  /** The period of the last move read in the sentence before, for "over the same stretch", "did even better"; null when none. */
  readonly previousPeriod: PeriodRef | null;
  /** The section heading the sentence stands under ("For the week:"), or null. */
  readonly section: Section | null;
}

/** A claim before its id is given. */
export type ClaimDraft = Claim;

const OBJECT_BEFORE = /\b(?:than|vs\.?|versus|compared (?:with|to)|against|relative to|outpac\w*|outperform\w*|beat(?:ing|s)?|trail\w*|lagg?\w*|behind|ahead of|like)\s+(?:that of\s+)?$/i;
const INTRADAY = /\bintraday\b|\bat one point\b|\bsession (?:high|low)\b|\b(?:high|low) of the (?:day|session)\b|\bearlier in the (?:day|session)\b|\btouched\b|\bbriefly\b|\bin the (?:last|final|closing) (?:few )?(?:minutes|moments|hour|half-hour) of trading\b/i;

/**
 * A plural reference that means the market's benchmark when none of its kind was named:
 * "Treasury yields", or "yields" standing alone ("as yields rose", "pushing yields higher"),
 * never "yields" after another word of its own ("corporate bond yields").
 */
function isPluralReference(text: string, mention: Mention): boolean {
  if (/^(?:u\.s\.\s+)?treasury yields$/i.test(mention.text)) return true;
  if (!/^yields$/i.test(mention.text)) return false;
  return /(?:^|[,;:]\s*|\b(?:as|and|while|with|but|when|after|pushing|pushed|sending|sent|lifting|lifted|pulling|pulled|driving|drove|knocking|nudging)\s+)$/i.test(text.slice(Math.max(0, mention.start - 12), mention.start));
}

/** The benchmark instrument of each kind a plural reference falls back to. */
export const BENCHMARK_OF_KIND: ReadonlyMap<InstrumentKind, string> = new Map([['yield', 'US10Y']]);

/** "The benchmark index" among instruments just named is the S&P 500 when it is one of them. */
const BENCHMARK_REFERENCE = /\bbenchmark\b/i;
const BENCHMARK_SYMBOL = 'SPX';

/** The instrument "Wall Street", "stocks" and "the stock market" are read as (with a doubt). */
export const MARKET_BENCHMARK = BENCHMARK_SYMBOL;

/**
 * Resolves the mentions of a sentence; `lastByKind` holds the latest named instrument of each
 * kind, `recent` the instruments named in the sentence before (a reference back with several
 * of its kind there is ambiguous).
 */
export function resolveMentions(text: string, mentions: readonly Mention[], lastByKind: ReadonlyMap<InstrumentKind, Instrument>, recent: readonly Instrument[] = [], benchmarks: ReadonlyMap<InstrumentKind, Instrument> = new Map()): ResolvedMention[] {
  const latest = new Map(lastByKind);
  const named = [...recent];
  const resolved: ResolvedMention[] = [];
  for (const mention of mentions) {
    const kind = mention.refersToKind;
    const candidates = kind === null ? [] : [...new Map(named.filter((i) => i.kind === kind).map((i) => [i.symbol, i])).values()];
    const benchmark = kind !== null && BENCHMARK_REFERENCE.test(mention.text) ? (candidates.find((i) => i.symbol === BENCHMARK_SYMBOL) ?? null) : null;
    // "Treasury yields rose" with no yield named yet: the benchmark of the kind (the 10-year).
    const plural = kind !== null && isPluralReference(text, mention) ? (benchmarks.get(kind) ?? null) : null;
    const instrument = kind === null ? mention.instrument : (benchmark ?? latest.get(kind) ?? plural);
    const ambiguousAmong = kind !== null && benchmark === null && candidates.length >= 2 ? candidates.map((i) => i.name) : [];
    if (kind === null && mention.instrument !== null && mention.marketWords !== true) named.push(mention.instrument);
    // "the yield" with no yield named before is a subject the checker cannot resolve: its
    // figures are unverifiable, not the last index's. Other references with nothing to refer
    // to are dropped (the subject carries on).
    if (mention.refersToKind !== null && instrument === null && mention.refersToKind !== 'yield') continue;
    const before = text.slice(Math.max(0, mention.start - 40), mention.start);
    const isObject = OBJECT_BEFORE.test(before);
    if (!isObject && instrument !== null && mention.refersToKind === null && mention.marketWords !== true) latest.set(instrument.kind, instrument);
    resolved.push({ ...mention, resolved: instrument, isObject, ambiguousAmong });
  }
  return resolved;
}

/** The timing of figures in a sentence: intraday words, a time of day, or the close. */
export function timingOf(sentence: string, times: readonly TimeMention[]): Timing {
  if (INTRADAY.test(sentence)) return { kind: 'intraday' };
  const time = times[0];
  return time === undefined ? { kind: 'close' } : { kind: 'time-of-day', minutes: time.minutes };
}

/** The clause around absolute offset `at`, absolute. */
export function clauseOf(ctx: SentenceContext, at: number): { start: number; end: number } {
  const s = ctx.sentence.start;
  const clause = clauseAround(ctx.sentence.text, ctx.breaks.map((b) => b - s), at - s);
  return { start: clause.start + s, end: clause.end + s };
}

/**
 * The text of [start, end) with the instrument names in it blanked out, so that the words of
 * a name ("Dow Jones Industrial Average", "Russell 2000") are not read as period or statistic
 * words.
 */
export function textWithoutNames(ctx: SentenceContext, start: number, end: number): string {
  let text = ctx.text.slice(start, end);
  for (const m of ctx.mentions) {
    if (m.end <= start || m.start >= end) continue;
    const from = Math.max(0, m.start - start);
    const to = Math.min(text.length, m.end - start);
    text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
  }
  return text;
}

/** Absolute clause breaks of a sentence. */
export function absoluteBreaks(sentence: Span): number[] {
  return clauseBreaks(sentence.text).map((b) => b + sentence.start);
}

/**
 * Who a figure at absolute offset `at` is about: a possessive name right before it ("the S&P
 * 500's 25.5%"), a name right after it ("25.5% for the S&P 500"), else the latest subject
 * named before it in the sentence, else the subject carried from earlier sentences.
 */
export function subjectAt(ctx: SentenceContext, at: number, end: number = at): ResolvedMention | null {
  const owner = ownerOf(ctx, at, end);
  if (owner) return owner;
  let named: ResolvedMention | null = null;
  for (let k = ctx.mentions.length - 1; k >= 0 && named === null; k--) {
    const mention = ctx.mentions[k];
    if (mention === undefined || mention.start >= at) continue;
    if (mention.isObject) continue;
    if (mention.possessive && ownsFigureAfter(ctx, mention, at)) continue;
    named = mention;
  }
  const clauseStart = clauseOf(ctx, at).start;
  const lastMentionEnd = ctx.mentions.filter((m) => m.end <= at).at(-1)?.end ?? ctx.sentence.start;
  const tailStart = Math.max(clauseStart, lastMentionEnd, named?.end ?? ctx.sentence.start);
  const foreign = foreignSubject(ctx.text.slice(tailStart, at), tailStart === clauseStart && (named === null || named.end <= clauseStart), isTitleCase(ctx.sentence.text));
  if (foreign !== null) {
    const start = ctx.text.indexOf(foreign, tailStart);
    return { start, end: start + foreign.length, text: foreign, instrument: null, refersToKind: null, possessive: false, resolved: null, isObject: false, ambiguousAmong: [] };
  }
  return named ?? ctx.carried;
}

/** The mention that owns the figure at [at, end), by a possessive before or "for X" after. */
function ownerOf(ctx: SentenceContext, at: number, end: number): ResolvedMention | null {
  for (const mention of ctx.mentions) {
    if (mention.possessive && mention.end <= at && at - mention.end <= 32) {
      const gap = ctx.text.slice(mention.end, at);
      if (!/[.;,]|\b(?:rose|fell|gained|lost|was|is|has|had|and)\b/i.test(gap) && !ctx.numbers.some((n) => n.start >= mention.end && n.end <= at)) return mention;
    }
    if (mention.start >= end && mention.start - end <= 40) {
      const gap = ctx.text.slice(end, mention.start);
      if (/^\s*(?:(?:gain|loss|rise|drop|decline|advance|increase|return|move|jump|fall|climb)s?\s+)?(?:(?:year[\s-]to[\s-]date|this year|so far this year|in \w+|on the day)\s+)?(?:for|by|in|on|of)\s+$/i.test(gap)) return mention;
    }
  }
  return null;
}

/** True when a possessive mention owns a figure between it and `before` (so it is not the subject after). */
function ownsFigureAfter(ctx: SentenceContext, mention: ResolvedMention, before: number): boolean {
  return ctx.numbers.some((n) => n.start >= mention.end && n.start < before && n.start - mention.end <= 32);
}

/** Index of the first item (sorted by start) starting at or after `at`: binary search. */
export function firstAtOrAfter(items: readonly { start: number }[], at: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((items[mid]?.start ?? 0) < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The first mention starting at or after `at` in the sentence, within `limit` characters. */
export function mentionAfter(ctx: SentenceContext, at: number, limit = 80): ResolvedMention | null {
  return ctx.mentions.find((m) => m.start >= at && m.start - at <= limit) ?? null;
}
