/**
 * Claims carried by phrases rather than a bare figure: "biggest one-day drop since Aug. 2",
 * "best month since December 2023", "highest close since 2021", "sixth straight gain",
 * "in correction territory", "closed at a record", "its 51st record close of the year",
 * "biggest weekly gain since Nov. 10, 2023".
 */
import { civilFromDay, dayFromCivil } from '../../../core/date.js';
import { claimBase, phraseStart } from './claim-base.js';
import { clauseOf, subjectAt, type ClaimDraft, type SentenceContext } from './context.js';
import { directionAround } from './figure-direction.js';
import { PERIOD_MOVE_NOUN } from './figure-period.js';
import { MONTH_WORD, monthOfWord, resolveMentionDay } from '../tokens/dates.js';
import { COUNT_WORD, countOfWord } from '../tokens/numbers.js';
import { globalVersion } from '../tokens/global-pattern.js';
import { streakEnded } from '../rules/streaks.js';
import { namesSpan } from '../rules/spans.js';
import type { StatedDate, StatedNumber } from '../../types.js';

/** All phrase claims of a sentence. */
export function phraseClaims(ctx: SentenceContext): ClaimDraft[] {
  return [...sinceClaims(ctx), ...streakClaims(ctx), ...drawdownClaims(ctx), ...recordFlagClaims(ctx), ...recordCountClaims(ctx)];
}

/** Every match of `regex` in the sentence, with absolute offsets. */
export function* matches(regex: RegExp, ctx: SentenceContext): Generator<{ m: RegExpExecArray; start: number; end: number }> {
  const text = ctx.sentence.text;
  const global = globalVersion(regex);
  for (let m = global.exec(text); m !== null; m = global.exec(text)) {
    yield { m, start: ctx.sentence.start + m.index, end: ctx.sentence.start + m.index + m[0].length };
  }
}

/** A superlative and the words after it up to the end (the last superlative before a "since"). */
export const SUPERLATIVE = /\b(biggest|largest|best|worst|sharpest|steepest|strongest|weakest|heaviest|deepest|greatest|highest|lowest|roughest|poorest|toughest|ugliest|longest|shortest|the most)\b(?!.*\b(?:biggest|largest|best|worst|sharpest|steepest|strongest|weakest|heaviest|deepest|greatest|highest|lowest|roughest|poorest|toughest|ugliest|longest|shortest|the most)\b)([^;]*)$/i;
/** An ordinal right before a superlative ("third-best", "6th-worst"): the superlative is a rank. */
export const RANK_BEFORE = /\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,3}(?:st|nd|rd|th))[- ]$/i;
/** Superlatives that only a fall can have ("its roughest session", "its poorest showing"). */
export const WORST_WORDS = /worst|weakest|roughest|poorest|toughest|ugliest/;
/** Words of an upward move. */
export const UP_WORDS = /\b(?:gains?|rises?|increases?|advances?|jumps?|rall(?:y|ies)|climbs?|surges?|rebounds?|up|winning)\b/i;
/** Words of a downward move. */
export const DOWN_WORDS = /\b(?:drops?|declines?|falls?|loss(?:es)?|slides?|selloffs?|sell-offs?|retreats?|plunges?|slumps?|tumbles?|down|losing)\b/i;

const SINCE = /\bsince\s+/i;
/** A weekly or monthly move's noun before a superlative, in the same clause (a decimal point does not end it). */
const NOUN_BEFORE = new RegExp(`${PERIOD_MOVE_NOUN}(?:[^.;]|\\.(?=\\d))*$`, 'i');
// "since its nearly 23% plunge on Oct. 19, 1987", "since a matching one on May 12" (a tie).
const MOVE_ON_DATE = /^(?:its|their|the|a)\s+(?:[\w%.,-]+\s+){0,4}?(?:drop|decline|loss|fall|plunge|slide|tumble|crash|gain|rise|rally|jump|surge|advance|selloff|sell-off|one)\s+on\s+/i;
const EVENT_OF_YEAR = /^the\s+(?:[A-Z][\w-]*\s+){0,3}(?:(?:stock[- ]market|market)\s+)?(?:crash|selloff|sell-off|meltdown|panic|collapse)\s+(?:of|in)\s+((?:19|20)\d\d)\b|^the\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?((?:19|20)\d\d)\s+(?:stock[- ]market\s+|market\s+|financial\s+)?(?:crash|selloff|sell-off|meltdown|panic|crisis)\b/i;
const DRAWDOWN = /\b(correction|bear[\s-]market)(?:\s+territory)?\b/i;
const MONTH_AT_START = new RegExp(`^${MONTH_WORD}`, 'i');

/** Words that put an index in the state after them ("entered a", "putting it in a"). */
const ENTERED_BEFORE = /\b(?:(?:putting|put|puts|leaving|left|leaves|sending|sent|pushing|pushed|knocking|knocked|dragging|dragged)\s+(?:it|them|the index|the benchmark)\s+(?:in|into)|in|into|entered|enters|entering|within|confirmed|confirming|marking|remains in|fell into|slipped into|tipped into|plunged into|sank into|is in|was in)\s+(?:a\s+|the\s+)?$/i;
/** "far beyond the 20% threshold for a": past the drawdown that defines the state. */
const THRESHOLD_OF_STATE = /\b(?:beyond|past|over|through|below|crossed|breached|exceeded|topped)\s+the\s+(?:10|20)(?:%|\s*percent)\s+(?:threshold|mark|line|level|decline|drop)\s+(?:for|of|that (?:defines|marks))\s+(?:a\s+)?$/i;

/** "biggest/best/worst ... since D", "highest close since D". */
function sinceClaims(ctx: SentenceContext): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  for (const { start, end } of matches(SINCE, ctx)) {
    const clause = clauseOf(ctx, start);
    const leadFrom = Math.max(clause.start, start - 100);
    const lead = SUPERLATIVE.exec(ctx.text.slice(leadFrom, start));
    // "its third-best day since 1940" is a rank (move-ranks.ts), not "the best since".
    if (lead === null || RANK_BEFORE.test(ctx.text.slice(leadFrom, leadFrom + lead.index))) continue;
    const word = (lead[1] ?? '').toLowerCase();
    const descriptor = lead[2] ?? '';
    // "the longest losing streak since September 2015": a streak's length, read by the streak frames.
    if (word === 'longest' || word === 'shortest') continue;
    // "biggest two-day rise since": a span of sessions or weeks (frames/span-since.ts).
    if (namesSpan(descriptor.slice(0, 30))) continue;
    // "a weekly drop of 10.5%, its worst since 1987": a superlative with no noun of its own takes the move's noun before it.
    const ownNoun = /\b(?:day|session|week|weekly|month|monthly|quarter|year|gain|drop|rise|fall|decline|loss|advance|rally|jump|close|level|finish)\w*\b/i.test(descriptor);
    const superlativeAt = leadFrom + lead.index;
    const nounBefore = ownNoun ? null : NOUN_BEFORE.exec(ctx.text.slice(Math.max(ctx.sentence.start, superlativeAt - 60), superlativeAt));
    const monthlyBefore = nounBefore !== null && /^month/i.test(nounBefore[1] ?? '');
    const weekly = /\b(?:week|weekly)\b/i.test(descriptor) || (nounBefore !== null && !monthlyBefore);
    if (/\b(?:quarter|quarterly|year|annual|yearly)\b/i.test(descriptor) || (weekly && /\b(?:highest|lowest)\b/i.test(word))) continue;
    const target = sinceTarget(ctx, end);
    if (target === null) continue;
    const spanStart = superlativeAt;
    const forName = ctx.mentions.find((m) => m.start > spanStart && m.end <= start && /\bfor\s+$/i.test(ctx.text.slice(spanStart, m.start)));
    const subject = forName ?? subjectAt(ctx, spanStart);
    const base = claimBase(ctx, subject, spanStart, target.end);
    const direction = UP_WORDS.test(descriptor) ? 'up' : DOWN_WORDS.test(descriptor) ? 'down' : /best|strongest/.test(word) ? 'up' : WORST_WORDS.test(word) ? 'down' : null;
    if (weekly) {
      claims.push({ ...base, kind: 'week-since', metric: 'week_biggest_since', direction, ever: false, stated: target });
      continue;
    }
    if (word === 'highest' || word === 'lowest') {
      if (/\b(?:month|monthly|gain|drop|rise|fall|decline|one-day|daily)\b/i.test(descriptor)) continue;
      claims.push({ ...base, kind: 'date', metric: word === 'highest' ? 'highest_since' : 'lowest_since', direction: null, stated: target });
    } else if (/\bmonth|monthly\b/i.test(descriptor) || monthlyBefore) {
      claims.push({ ...base, kind: 'month-since', metric: 'month_biggest_since', direction, stated: target });
    } else {
      const both = /\bpoints?\s+and\s+percent(?:age)?\b|\bpercent(?:age)?\s+and\s+points?\b/i.test(descriptor);
      const points = /\bpoints?\b/i.test(descriptor) && !/percentage/i.test(descriptor);
      const timing = /\bintraday\b/i.test(descriptor) ? { kind: 'intraday' as const } : base.timing;
      // "biggest one-day point and percentage drop since": two claims, one per measure.
      for (const metric of both ? (['biggest_1d_points_since', 'biggest_1d_since'] as const) : [points ? ('biggest_1d_points_since' as const) : ('biggest_1d_since' as const)]) {
        claims.push({ ...base, timing, kind: 'date', metric, direction, stated: target });
      }
    }
  }
  return claims;
}

/** The date after "since": a full date, a month and year, a month alone, or a year. */
export function sinceTarget(ctx: SentenceContext, at: number): StatedDate | null {
  // "since Tuesday, Sept. 13, 2022": the weekday before a written date is part of it.
  const weekday = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+/i.exec(ctx.text.slice(at, at + 12));
  const dateAt = weekday === null ? at : at + weekday[0].length;
  // "since its nearly 23% plunge on Oct. 19, 1987": the day of the move named after "since".
  const named = MOVE_ON_DATE.exec(ctx.text.slice(dateAt, Math.min(ctx.sentence.end, dateAt + 60)));
  const mention = ctx.dates.find((d) => d.start === dateAt) ?? (named === null ? undefined : ctx.dates.find((d) => d.start === dateAt + named[0].length && d.day !== null));
  if (mention !== undefined) {
    const day = resolveMentionDay(mention, ctx.articleDay, true);
    if (day === null) return null;
    return { type: 'date', day, precision: mention.day === null ? 'month' : 'day', yearGiven: mention.year !== null, raw: mention.raw, start: mention.start, end: mention.end };
  }
  const rest = ctx.text.slice(at, Math.min(ctx.sentence.end, at + 60));
  const year = /^((?:19|20)\d\d)\b/.exec(rest);
  if (year !== null) return { type: 'date', day: dayFromCivil(Number(year[1]), 1, 1), precision: 'year', yearGiven: true, raw: year[1] ?? '', start: at, end: at + 4 };
  // "since the Black Monday crash of 1987", "since the 2008 financial crisis": the event's year.
  const event = EVENT_OF_YEAR.exec(rest);
  const eventYear = event?.[1] ?? event?.[2];
  if (event !== null && eventYear !== undefined) return { type: 'date', day: dayFromCivil(Number(eventYear), 1, 1), precision: 'year', yearGiven: true, raw: event[0], start: at, end: at + event[0].length };
  const monthOnly = MONTH_AT_START.exec(rest);
  const month = monthOnly === null ? null : monthOfWord(monthOnly[1] ?? '');
  if (monthOnly === null || month === null) return null;
  const { year: refYear, month: refMonth } = civilFromDay(ctx.articleDay);
  const inYear = month < refMonth ? refYear : refYear - 1;
  return { type: 'date', day: dayFromCivil(inYear, month, 1), precision: 'month', yearGiven: false, raw: monthOnly[0], start: at, end: at + monthOnly[0].length };
}

const STREAK_PATTERNS = [
  new RegExp(`\\b${COUNT_WORD}[\\s-]+(?:straight|consecutive|successive)\\s+(?:(?:daily|trading|winning|losing|up|down)\\s+)?(gains?|advances?|increases?|rises?|days?|sessions?|loss(?:es)?|declines?|drops?|falls?|decreases?|retreats?|up days|down days)\\b`, 'i'),
  new RegExp(`\\b${COUNT_WORD}[\\s-]+(?:trading[\\s-]+)?(?:day|session)\\s+(winning|losing|win|lose)\\s+streak`, 'i'),
  new RegExp(`\\b${COUNT_WORD}\\s+(?:straight\\s+)?(days|sessions)\\s+in\\s+a\\s+row`, 'i'),
  new RegExp(`\\b(winning|losing)\\s+streak\\s+(?:to|of)\\s+${COUNT_WORD}\\s+(?:days|sessions)`, 'i'),
];

/** "sixth straight gain", "six-day winning streak", "six days in a row". */
function streakClaims(ctx: SentenceContext): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  STREAK_PATTERNS.forEach((pattern, p) => {
    for (const { m, start, end } of matches(pattern, ctx)) {
      const countText = p === 3 ? (m[2] ?? '') : (m[1] ?? '');
      const word = p === 3 ? (m[1] ?? '') : (m[2] ?? '');
      const count = countOfWord(countText);
      if (count === null || count < 1) continue;
      if (claims.some((c) => c.start < end && c.end > start)) continue;
      const ended = streakEnded(ctx.text.slice(Math.max(ctx.sentence.start, start - 30), start), ctx.text.slice(end, Math.min(ctx.sentence.end, end + 40)));
      const clause = clauseOf(ctx, start);
      let sign = UP_WORDS.test(word) ? 1 : DOWN_WORDS.test(word) || /losing|lose/i.test(word) ? -1 : /win/i.test(word) ? 1 : 0;
      if (sign === 0) sign = directionAround(ctx.text.slice(clause.start, start), '');
      const stated: StatedNumber = { type: 'number', value: sign < 0 ? -count : count, decimals: 0, unit: 'count', hedge: 'exact', signed: sign !== 0, raw: countText, start, end: start + countText.length };
      // The span takes in the words of direction before the count ("is down for two consecutive trading days").
      const base = claimBase(ctx, subjectAt(ctx, start), phraseStart(ctx.text, clause.start, start), end);
      claims.push(ended ? { ...base, kind: 'period-streak', metric: 'streak_days', ended, stated } : { ...base, kind: 'number', metric: 'streak_days', stated });
    }
  });
  return claims;
}

/** "in correction territory", "entered a bear market", "out of correction territory". */
function drawdownClaims(ctx: SentenceContext): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  for (const { m, start, end } of matches(DRAWDOWN, ctx)) {
    const before = ctx.text.slice(Math.max(ctx.sentence.start, start - 40), start);
    const negated = /\b(?:out of|exit\w*|left|leav\w*|emerg\w* from|avoid\w*|not in|no longer in|escap\w*|ended|pulled out of|climbed out of)\s+(?:a\s+|the\s+|its\s+)?$/i.test(before);
    const entered = ENTERED_BEFORE.exec(before);
    const threshold = THRESHOLD_OF_STATE.exec(before);
    if (!negated && entered === null && threshold === null) continue;
    const state = negated ? 'none' : /bear/i.test(m[1] ?? '') ? 'bear' : 'correction';
    // The span takes in the words that put the index there ("putting it in a bear market").
    const lead = threshold ?? entered;
    const spanStart = lead === null ? start : start - before.length + lead.index;
    claims.push({ ...claimBase(ctx, subjectAt(ctx, spanStart), spanStart, end), kind: 'state', metric: 'drawdown_state', stated: { type: 'state', value: state, raw: m[0] } });
  }
  return claims;
}

const RECORD_TRUE = /\b(?:(?:closed|ended|finished|settled)\s+(?:at\s+)?(?:a\s+)?(?:new\s+|fresh\s+)?(?:records?|all-time highs?|record highs)(?:\s+(?:high|close|level)s?)?|(?:set|notched|posted|marked|logged|hit)\s+(?:a\s+|another\s+)?(?:new\s+|fresh\s+)?records?(?:\s+(?:close|closing high|high)s?)?)\b/i;
/** More ways of saying a close set a record: "hitting new highs again", "topped its prior all-time high", "reaching historical new highs at the close". */
const RECORD_TRUE_MORE = /\b(?:(?:hit|hits|hitting|reach(?:ed|es|ing)?|ma(?:de|ke|kes|king)|set|sets|setting|notch(?:ed|es|ing)?|post(?:ed|s|ing)?|scal(?:ed|es|ing))\s+(?:a\s+|another\s+)?(?:fresh\s+|new\s+)?(?:historic(?:al)?\s+)?(?:new\s+)?(?:all-time highs?|record highs?|(?<=new\s)highs?|(?<=historic(?:al)?\s)highs?)|(?:topp(?:ed|ing)|tops|surpass(?:ed|es|ing)|eclips(?:ed|es|ing)|exceed(?:ed|s|ing)|br(?:oke|eaks|eaking))\s+(?:its|the|their)\s+(?:prior|previous|old|former)\s+(?:all-time high|record(?:\s+(?:close|high|closing high))?)|(?:notch(?:ed|es|ing)|post(?:ed|s|ing)|marked|marking|logged)\s+(?:its|their)\s+(?:\w+\s+)?(?:straight|consecutive)\s+(?:all-time high|record(?:\s+close)?))\b/i;
/** Words right after a record phrase that belong to it ("on Friday", "for the first time since August 2018", "again", "at the close"). */
const RECORD_TAIL = /^(?:\s+again|\s+at the close|\s+on (?:monday|tuesday|wednesday|thursday|friday)|\s+for the first time(?:\s+since\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d\d)?)+/i;
const RECORD_INTRADAY_TAIL = /^\s+(?:during the (?:trading day|session|day)|intraday|in intraday trading|at one point)\b/i;
const RECORD_FALSE = /\b(?:(?:just|narrowly|barely|slightly)\s+)?(?:short|shy) of (?:its|a|the) (?:(?:19|20)\d\d\s+)?(?:record|all-time high)|\bfailed to (?:close at|set|notch|post) a (?:new )?record|\bnot a record\b/i;
const NEGATION_BEFORE = /\b(?:not|n't|failed to|fail to|short of|shy of|without|nearing|near|approach\w*|within|just under|below|missed|away from)\b[^,;]*$/i;

/** "closed at a record" (true), "just short of its record" (false). */
function recordFlagClaims(ctx: SentenceContext): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  for (const { m, start, end } of matches(RECORD_FALSE, ctx)) {
    claims.push({ ...claimBase(ctx, subjectAt(ctx, start), start, end), kind: 'flag', metric: 'is_record', stated: { type: 'flag', value: false, raw: m[0] } });
  }
  for (const regex of [RECORD_TRUE, RECORD_TRUE_MORE]) {
    for (const { m, start, end: phraseEnd } of matches(regex, ctx)) {
      const clause = clauseOf(ctx, start);
      if (NEGATION_BEFORE.test(ctx.text.slice(clause.start, start)) || claims.some((c) => c.start < phraseEnd && c.end > start)) continue;
      const tailEnd = phraseEnd + (RECORD_TAIL.exec(ctx.text.slice(phraseEnd, ctx.sentence.end))?.[0].length ?? 0);
      // "hitting historical highs during the trading day": a record of the day's high, not the close.
      const intraday = RECORD_INTRADAY_TAIL.exec(ctx.text.slice(tailEnd, ctx.sentence.end));
      const end = tailEnd + (intraday?.[0].length ?? 0);
      const adverb = /\b(?:also|again|both|each|once again|just)\s+$/i.exec(ctx.text.slice(Math.max(clause.start, start - 16), start));
      const spanStart = adverb === null ? start : start - adverb[0].length;
      const base = claimBase(ctx, subjectAt(ctx, start), spanStart, end);
      claims.push({ ...base, timing: intraday === null ? base.timing : { kind: 'intraday' }, kind: 'flag', metric: 'is_record', stated: { type: 'flag', value: true, raw: m[0] } });
    }
  }
  return claims;
}

const RECORD_COUNT = new RegExp(`\\b${COUNT_WORD}\\s+(?:record|all-time high)(?:\\s+(?:close|closing high|high|finish))?s?\\s+(?:of|this|for|in|so far)\\s+(?:the year|this year|year|((?:19|20)\\d\\d))\\b`, 'i');

/** "its 51st record close of the year" / "of 2024". */
function recordCountClaims(ctx: SentenceContext): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  const articleYear = civilFromDay(ctx.articleDay).year;
  for (const { m, start, end } of matches(RECORD_COUNT, ctx)) {
    const count = countOfWord(m[1] ?? '');
    if (count === null || (m[2] !== undefined && Number(m[2]) !== articleYear)) continue;
    const raw = m[1] ?? '';
    const stated: StatedNumber = { type: 'number', value: count, decimals: 0, unit: 'count', hedge: 'exact', signed: false, raw, start, end: start + raw.length };
    claims.push({ ...claimBase(ctx, subjectAt(ctx, start), start, end), kind: 'number', metric: 'record_count_ytd', stated });
  }
  return claims;
}
