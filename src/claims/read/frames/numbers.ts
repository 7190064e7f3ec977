/**
 * Claims carried by a figure: each number in a sentence is read by the words around it —
 * a close ("closed at", "to"), a move ("rose 1.5%", "down 14 basis points") over a period
 * ("so far in November"), a record level ("prior record of 2,442.74 set Nov. 8, 2021"), a
 * distance from the record ("0.03% below its record"), a seasonal average, a comparison
 * ("about 5 points lower than the S&P 500's 25.5%").
 */
import { claimBase, phraseStart, statedNumber } from './claim-base.js';
import { clauseOf, mentionAfter, subjectAt, textWithoutNames, type ClaimDraft, type ResolvedMention, type SentenceContext } from './context.js';
import { findPeriod, hedgeBefore, type PeriodRef } from './periods.js';
import { DAY_WORDS, periodOf, restatesFigureBefore, type SourcedPeriod } from './figure-period.js';
import { recordLevelClaims, seasonalClaim } from './number-kinds.js';
import { recordShareClaim } from './record-runs.js';
import { FROM_CUE, LEVEL_CUE, levelClaim, thresholdClaim, week52Claim } from './levels.js';
import { yieldTalkNumberClaims } from './yield-talk.js';
import { directionAround } from './figure-direction.js';
import type { NumberToken } from '../tokens/numbers.js';
import { resolveMentionDay } from '../tokens/dates.js';
import { UNREAD_PERIOD } from '../rules/doubts.js';
import { FIGURE_JOINER } from '../rules/groups.js';
import type { ComparisonClaim, Hedge, ToDatePeriod } from '../../types.js';

const COMPARE = /^\s*(?:percentage[\s-])?(?:points?\s+)?(lower|higher|less|more|below|above|behind|ahead of|better|worse|short of|under|over)\b(?:\s+than)?/i;
const FROM_RECORD = /^\s*(?:in all\s+|overall\s+|in total\s+)?(?:below|under|beneath|short of|shy of|off|from|away from|of)\s+(?:its|the|a|their)\s+(?:[\w-]+\s+){0,2}?(?:record|all-time high|peak|(?<!(?:52-week|12-month|year's|yearly|session|intraday|day's|daily|weekly|monthly) )high\b)/i;
/**
 * "31.7% below its May 22 high", "its Jan. 16 peak": a high said with its day is measured from
 * that day's close (the top of a later rally, perhaps), not from the record; read as a move
 * from that close.
 */
function isDatedHigh(read: Reading): boolean {
  const from = FROM_RECORD.exec(read.afterWide)?.[0] ?? '';
  if (!/\b(?:high|peak)$/i.test(from) || /\b(?:record|all-time)\b/i.test(from)) return false;
  const at = read.token.end;
  return read.ctx.dates.some((d) => d.day !== null && d.start >= at && d.end <= at + from.length);
}
/** "a gain of 2,962 points", "a drop of 816 points": a move, not a level. */
const MOVE_NOUN_OF = /\b(?:gain|loss|drop|rise|jump|fall|decline|advance|surge|plunge|slide|rally|climb|tumble|selloff|sell-off)s?\s+of\s+(?:about|around|roughly|nearly|almost|more than|over|some)?\s*$/i;
/** The words between a move and the date of its day: "23% plunge on", "1,000-point drop on Monday,". */
const MOVE_NOUN_ON = /^\s*(?:%|percent|points?)?\s*(?:one-day\s+|single-day\s+)?(?:drop|decline|loss|fall|plunge|slide|tumble|crash|gain|rise|rally|jump|surge|advance|selloff|sell-off)\s+on\s+(?:(?:mon|tues|wednes|thurs|fri)day,?\s*)?$/i;

/** ", or 0.7%" right after a bare figure: the figure is a point move. */
const BARE_POINTS_AFTER = /^,?\s*or\s*$/i;
/** Characters before a figure that its qualifying words are looked for in. */
const LOOK_BEHIND = 240;
/** Words that make a yield's percent figure a percent change of the yield level, not percentage points. */
const RELATIVE_CHANGE = /\b(?:in (?:percentage|percent|relative) terms|relative (?:change|decline|drop|fall|rise|gain|increase|decrease)|percent(?:age)? change (?:of|in) the yield)\b/i;
const COUNT_NOUN_AFTER = /^\s*(?:years?|decembers|januarys|months?|weeks?|days?|sessions?|times|companies|stocks|members|shares|people|analysts|of the \d+)\b/i;

/** Claims carried by the numbers of a sentence. */
export function numberClaims(ctx: SentenceContext): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  let lastPeriod: PeriodRef | null = null;
  const { text } = ctx;
  ctx.numbers.forEach((token, k) => {
    const prevEnd = ctx.numbers[k - 1]?.end ?? ctx.sentence.start;
    const nextStart = ctx.numbers[k + 1]?.start ?? ctx.sentence.end;
    const clause = clauseOf(ctx, token.start);
    // Look-behinds are bounded: the words that qualify a figure stand close to it.
    const clauseBefore = text.slice(Math.max(clause.start, token.start - LOOK_BEHIND), token.start);
    const after = text.slice(token.end, Math.min(nextStart, clause.end));
    const afterWide = text.slice(token.end, Math.min(token.end + 80, ctx.sentence.end));
    const subject = subjectAt(ctx, token.start, token.end);
    const ownedBefore = subject !== null && subject.possessive && subject.end <= token.start && subject.end >= Math.max(prevEnd, clause.start);
    const before = ownedBefore ? text.slice(subject.end, token.start) : text.slice(Math.max(prevEnd, clause.start, token.start - LOOK_BEHIND), token.start);
    const hedge = hedgeBefore(before);
    const start = phraseStart(text, Math.max(prevEnd, clause.start), token.start);
    const previous = claims.at(-1);
    const lastSign = previous !== undefined && previous.stated.type === 'number' && previous.stated.signed ? Math.sign(previous.stated.value) : 0;
    // "16 points, nearly 0.5 percent": the comma may break the clause, so the words since the figure before are read whole.
    const restates = k > 0 && restatesFigureBefore(text.slice(prevEnd, token.start), token.unit, ctx.numbers[k - 1]?.unit);
    const inherited = restates || (FIGURE_JOINER.test(before) && token.unit !== 'none') ? lastSign : 0;
    const read: Reading = { ctx, token, before, clauseBefore, after, afterWide, hedge, subject, start, clause, inheritedSign: inherited, owned: ownedBefore, earlierPeriod: lastPeriod, restates };
    if (token.unit === 'none' && !token.dollars && COUNT_NOUN_AFTER.test(after)) return;

    const comparison = COMPARE.exec(afterWide);
    if (comparison && (token.unit === 'points' || token.unit === 'pp' || token.unit === 'percent') && !FROM_RECORD.test(afterWide)) {
      const other = mentionAfter(ctx, token.end + comparison[0].length, 60);
      const comparable = lastPeriod === null || lastPeriod.kind === 'day' || lastPeriod.kind === 'to-date';
      if (other !== null && comparable) {
        claims.push(comparisonClaim(read, comparison[1] ?? '', other, lastPeriod));
        return;
      }
    }
    const talk = yieldTalkNumberClaims(read);
    if (talk !== null) {
      claims.push(...talk);
      return;
    }
    const week52 = week52Claim(read);
    if (week52 !== null) {
      claims.push(week52);
      return;
    }
    if (token.unit === 'percent' && FROM_RECORD.test(afterWide) && !isDatedHigh(read)) {
      const stated = statedNumber(token, 'percent', -1, hedge === 'exact' ? hedgeBefore(clauseBefore) : hedge);
      // The span takes in what the distance is from: "24.10% from its record close".
      const from = FROM_RECORD.exec(afterWide)?.[0] ?? '';
      const noun = /^\s+(?:close|closing high|high|level|finish)\b/i.exec(afterWide.slice(from.length))?.[0] ?? '';
      claims.push({ ...claimBase(ctx, subject, start, token.end + from.length + noun.length), kind: 'number', metric: 'pct_from_record', stated });
      return;
    }
    const seasonal = seasonalClaim(read);
    if (seasonal !== null) {
      claims.push(seasonal);
      return;
    }
    const record = recordLevelClaims(read);
    if (record !== null) {
      claims.push(...record);
      return;
    }
    const share = recordShareClaim(read);
    if (share !== null) {
      claims.push(share);
      return;
    }
    const threshold = thresholdClaim(read);
    if (threshold !== null) {
      claims.push(threshold);
      return;
    }
    const isYield = subject?.resolved?.kind === 'yield';
    // "the yield fell 3.2% in percentage terms": a percent change of the yield level, said so.
    const relative = isYield && token.unit === 'percent' && RELATIVE_CHANGE.test(text.slice(clause.start, clause.end));
    if (token.unit === 'bp' || token.unit === 'pp' || (token.unit === 'percent' && isYield && !relative && !LEVEL_CUE.test(before) && !FROM_CUE.test(before))) {
      const period = periodOf(read);
      lastPeriod = period.ref;
      const claim = moveClaim(read, period, token.unit === 'bp' ? 'bp' : 'pp');
      if (claim !== null) claims.push(claim);
      return;
    }
    if (token.unit === 'percent' && (!isYield || relative)) {
      const period = periodOf(read);
      lastPeriod = period.ref;
      const claim = moveClaim(read, period, 'percent');
      if (claim !== null) claims.push(claim);
      return;
    }
    if (token.unit === 'points' && LEVEL_CUE.test(before) && !/^\s*(?:lower|higher|down|up)\b/i.test(after) && !MOVE_NOUN_OF.test(before)) {
      const level = levelClaim(read);
      if (level !== null) claims.push(level);
      return;
    }
    // "The Nasdaq gained 61.81, or 0.7%": a bare figure after a move verb, paired with a percent, is points.
    const barePoints = token.unit === 'none' && !token.dollars && BARE_POINTS_AFTER.test(after) && directionAround(before, '') !== 0;
    if (token.unit === 'points' || barePoints) {
      const period = periodOf(read);
      const ref = period.ref;
      const metric = ref.kind === 'day' ? 'change_1d' : ref.kind === 'to-date' ? (`${ref.period}_points` as const) : null;
      if (metric !== null) {
        lastPeriod = ref;
        const stated = statedNumber(token, 'points', directionAround(before, after) || read.inheritedSign, hedge);
        claims.push(withPeriodSource({ ...claimBase(ctx, subject, start, token.end), kind: 'number', metric, stated }, period));
      }
      return;
    }
    const level = levelClaim(read);
    if (level !== null) claims.push(level);
  });
  return claims;
}

/** Everything known about one figure while reading it. */
export interface Reading {
  readonly ctx: SentenceContext;
  readonly token: NumberToken;
  /** Text since the previous figure (within the clause), the whole clause before it, after it. */
  readonly before: string;
  readonly clauseBefore: string;
  readonly after: string;
  readonly afterWide: string;
  readonly hedge: Hedge;
  readonly subject: ResolvedMention | null;
  readonly start: number;
  readonly clause: { readonly start: number; readonly end: number };
  /** The direction of the figure before, for "fell 440.06 points, or 1%". */
  readonly inheritedSign: number;
  /** True when a possessive name owns the figure ("the S&P 500's 25.5%"). */
  readonly owned: boolean;
  /** The period of the move figure before this one in the sentence, or null. */
  readonly earlierPeriod: PeriodRef | null;
  /** True when the figure restates the move before it in other units ("or 1%", "16 points, nearly 0.5 percent"). */
  readonly restates: boolean;
}

/** Words that make a clause about a day's move ("its biggest one-day drop since", "worst session since"). */
const DAY_STATISTIC = /\b(?:one-day|single-day|single-session|daily|day|session)\b/i;

/** ", to 3,585.15" or ", ending at 4,319.94" right after a move: the level it moved to. */
const LEVEL_AFTER = /^%?(?:\s*percent)?,?\s+(?:to|at|ending at|closing at|finishing at|settling at)\s+\$?\d[\d,]*(?:\.\d+)?/i;

/** A day's move whose words run on to the level it moved to ("up 1.4%, to 3,585.15"): its span takes the level in. */
function withLevelAfter(read: Reading, claim: ClaimDraft): ClaimDraft {
  if (claim.kind !== 'number' || claim.metric !== 'change_1d_pct') return claim;
  const m = LEVEL_AFTER.exec(read.ctx.text.slice(read.token.end, read.clause.end));
  if (m === null) return claim;
  const end = read.token.end + m[0].length;
  return { ...claim, end, text: read.ctx.text.slice(claim.start, end) };
}

/** A superlative's window, which is no period of the figure before it: "its biggest drop in 16 months". */
const SUPERLATIVE_WINDOW = /\b(?:biggest|largest|worst|best|sharpest|steepest|heaviest|deepest|strongest|weakest)\b[^,;]{0,40}?\bin\s+(?:more than\s+|over\s+|nearly\s+|almost\s+)?(?:the\s+(?:past|last)\s+)?(?:an?|\d{1,3}|[a-z]+)\s+(?:years?|months?|weeks?)\b/gi;

/** Period words right after a move ("up 11.8% on the month", "down 3% this year"), or the move's noun ("with a 0.8% gain", "an 11.8% monthly improvement"). */
const PERIOD_TAIL = /^(?:%|\s*percent\b)?\s*(?:(?:on|for|over|in)\s+the\s+(?:day|session|week|month|quarter|year)(?:\s+to\s+date)?|(?:this|last)\s+(?:week|month|quarter|year)|(?:year|month|week|quarter)[\s-]to[\s-]date|from\s+(?:a|one|\d{1,3})\s+(?:weeks?|months?|years?)\s+ago|(?:(?:monthly|one-month|single-month)\s+)?(?:gain|advance|rise|increase|improvement|jump|climb|drop|decline|loss|fall|slide))\b/i;

/** A move whose period words follow it: its span takes them in, so the claim's text says what it is about. */
function withPeriodTail(read: Reading, claim: ClaimDraft): ClaimDraft {
  if (claim.end !== read.token.end) return claim;
  const m = PERIOD_TAIL.exec(read.ctx.text.slice(read.token.end, read.clause.end));
  if (m === null) return claim;
  const end = read.token.end + m[0].length;
  return { ...claim, end, text: read.ctx.text.slice(claim.start, end) };
}

/** A figure read as the day's move for want of period words, in a clause that has some: the period is a guess. */
function unreadPeriodDoubt(read: Reading, period: SourcedPeriod): string | null {
  if (period.ref.kind !== 'day' || period.source.from !== 'none') return null;
  // Names are not period words ("Russell 2000"), nor is the window of a superlative ("its biggest drop in 16 months").
  const clause = textWithoutNames(read.ctx, read.clause.start, read.clause.end).replace(SUPERLATIVE_WINDOW, (m) => ' '.repeat(m.length));
  if (DAY_WORDS.test(clause) || DAY_STATISTIC.test(clause)) return null;
  return UNREAD_PERIOD.exec(clause)?.[0] ?? null;
}

/** The claim with where its period came from. */
function withPeriodSource<T extends ClaimDraft>(claim: T, period: SourcedPeriod): T {
  return { ...claim, reading: { ...claim.reading, period: period.source } };
}

function moveClaim(read: Reading, sourced: SourcedPeriod, unit: 'percent' | 'bp' | 'pp'): ClaimDraft | null {
  const claim = moveClaimOver(read, sourced.ref, unit);
  if (claim === null) return null;
  const doubt = unreadPeriodDoubt(read, sourced);
  const sourcedClaim = withPeriodSource(withPeriodTail(read, withLevelAfter(read, claim)), sourced);
  return doubt === null ? sourcedClaim : { ...sourcedClaim, reading: { ...sourcedClaim.reading, doubts: [...sourcedClaim.reading.doubts, doubt] } };
}

function moveClaimOver(read: Reading, period: PeriodRef, unit: 'percent' | 'bp' | 'pp'): ClaimDraft | null {
  const { ctx, token, before, after, hedge, subject, start } = read;
  const stated = statedNumber(token, unit, directionAround(before, after) || read.inheritedSign, hedge);
  const base = claimBase(ctx, subject, start, token.end);
  const suffix = unit === 'percent' ? 'pct' : 'bp';
  // A bare figure with no direction, no period and no owner ("a 25% tariff", "a rate of 4.1%")
  // is not a move of the instrument.
  if (!stated.signed && period.kind === 'day' && !read.owned) return null;
  if (period.kind === 'day') {
    // "its nearly 23% plunge on Oct. 19, 1987": the move of the day named after its noun.
    const named = ctx.dates.find((d) => d.day !== null && d.start >= token.end && d.start - token.end <= 40 && MOVE_NOUN_ON.test(ctx.text.slice(token.end, d.start)));
    const day = named === undefined ? null : resolveMentionDay(named, ctx.articleDay, true);
    const dated = day === null ? base : { ...claimBase(ctx, subject, start, token.end, day), reading: { ...base.reading, date: { from: 'date' as const, text: named?.raw ?? null } } };
    return { ...dated, kind: 'number', metric: unit === 'percent' ? 'change_1d_pct' : 'change_1d_bp', stated };
  }
  if (period.kind === 'to-date') {
    const metric: `${ToDatePeriod}_pct` | `${ToDatePeriod}_bp` = `${period.period}_${suffix}`;
    return { ...base, kind: 'number', metric, stated };
  }
  if (period.kind === 'range') {
    return { ...base, kind: 'range', metric: unit === 'percent' ? 'pct_since' : 'bp_since', from: period.from, window: period.window, sessions: period.sessions ?? null, inSessions: period.inSessions ?? false, stated };
  }
  const calendarMetric = period.kind === 'month' ? (`month_${suffix}` as const) : (`year_${suffix}` as const);
  return { ...base, kind: 'calendar', metric: calendarMetric, year: period.year, month: period.kind === 'month' ? period.month : null, stated };
}

function comparisonClaim(read: Reading, word: string, other: ResolvedMention, lastPeriod: PeriodRef | null): ComparisonClaim {
  const { ctx, token, hedge, subject, start } = read;
  const negative = /lower|less|below|behind|worse|short|under/i.test(word);
  const period = lastPeriod ?? findPeriod(ctx.sentence.text, ctx.articleDay) ?? { kind: 'day' as const };
  return {
    ...claimBase(ctx, subject, start, token.end),
    kind: 'comparison',
    metric: 'gap_pct_points',
    otherSymbol: other.resolved?.symbol ?? null,
    otherText: other.text.replace(/['’]s?$/, ''),
    period: period.kind === 'to-date' ? period.period : 'day',
    stated: statedNumber(token, 'pp', negative ? -1 : 1, hedge),
  };
}
