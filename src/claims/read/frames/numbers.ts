/**
 * Claims carried by a figure: each number in a sentence is read by the words around it —
 * a close ("closed at", "to"), a move ("rose 1.5%", "down 14 basis points") over a period
 * ("so far in November"), a record level ("prior record of 2,442.74 set Nov. 8, 2021"), a
 * distance from the record ("0.03% below its record"), a seasonal average, a comparison
 * ("about 5 points lower than the S&P 500's 25.5%").
 */
import type { DayNumber } from '../../../core/date.js';
import { MONTH_WORD, monthOfWord, resolveMentionDay } from '../tokens/dates.js';
import { claimBase, phraseStart, statedNumber } from './claim-base.js';
import { clauseOf, firstAtOrAfter, mentionAfter, subjectAt, textWithoutNames, type ClaimDraft, type ResolvedMention, type SentenceContext } from './context.js';
import { findAgoWindow, findPeriod, findRollingWindow, findSessionWindow, hedgeBefore, type PeriodRef } from './periods.js';
import { recordLevelClaims, seasonalClaim } from './number-kinds.js';
import type { NumberToken } from '../tokens/numbers.js';
import { UNREAD_PERIOD } from '../rules/doubts.js';
import { FIGURE_JOINER } from '../rules/groups.js';
import type { ComparisonClaim, Hedge, NumberClaim, ReadingSource, ToDatePeriod } from '../../types.js';

const UP = /\b(?:rose|rise[sn]?|rising|gain(?:ed|s|ing)?|add(?:ed|s|ing)|climb(?:ed|s|ing)?|jump(?:ed|s|ing)?|rall(?:ied|ies|y|ying)|advanc(?:ed|es|ing)|surg(?:ed|es|ing)|soar(?:ed|s|ing)?|increas(?:ed|es|ing)|up|higher|rebound(?:ed|s|ing)?|pushed up|grew|grow(?:s|ing|n)?|improv(?:ed|es|ing)|ticked up|edged up|gaining|went up|moved higher|ascend(?:ed|s|ing)?)\b(?<!\b(?:gave|give|gives|giving|given) up)/gi;
const DOWN = /\b(?:fell|falls?|falling|fallen|drop(?:ped|s|ping)?|declin(?:ed|es|ing)|slid(?:es|ing)?|slip(?:ped|s|ping)?|lost|los(?:es|ing)|sank|sinks?|sinking|tumbl(?:ed|es|ing)|retreat(?:ed|s|ing)?|down|lower|decreas(?:ed|es|ing)|eas(?:ed|es|ing)|shed(?:s|ding)?|plung(?:ed|es|ing)|dipp(?:ed|ing)|dips?|slump(?:ed|s|ing)?|ticked down|edged down|edged lower|descend(?:ed|s|ing)?|went down|moved lower|gave up|gives up|giving up|given up|give up)\b/gi;
const UP_AFTER = /^\s*(?:gains?|rises?|advances?|jumps?|increases?|rall(?:y|ies)|climbs?|surges?|higher|up|rebounds?)\b/i;
const DOWN_AFTER = /^\s*(?:drops?|declines?|loss(?:es)?|falls?|slides?|slumps?|lower|down|decreases?|retreats?|selloff|sell-off)\b/i;
const COMPARE = /^\s*(?:percentage[\s-])?(?:points?\s+)?(lower|higher|less|more|below|above|behind|ahead of|better|worse|short of|under|over)\b(?:\s+than)?/i;
const FROM_RECORD = /^\s*(?:in all\s+|overall\s+|in total\s+)?(?:below|under|beneath|short of|shy of|off|from|away from|of)\s+(?:its|the|a|their)\s+(?:[\w-]+\s+){0,2}?(?:record|all-time high|peak|(?<!(?:52-week|12-month|year's|yearly|session|intraday|day's|daily|weekly|monthly) )high\b)/i;
const LEVEL_CUE = /\b(?:clos(?:ed|ing|es)|end(?:ed|ing|s)|finish(?:ed|ing|es)|settl(?:ed|ing|es)|stood|stands|was|is|at|to|reach(?:ed|ing|es)?|hit|yield(?:ed|ing|s)?|of|near|around)\s+(?:(?:the (?:day|session)|trading)\s+)?(?:at\s+)?(?:about|around|roughly|nearly|almost|just under|just over|some)?\s*$/i;
/** "a gain of 2,962 points", "a drop of 816 points": a move, not a level. */
const MOVE_NOUN_OF = /\b(?:gain|loss|drop|rise|jump|fall|decline|advance|surge|plunge|slide|rally|climb|tumble|selloff|sell-off)s?\s+of\s+(?:about|around|roughly|nearly|almost|more than|over|some)?\s*$/i;
const FROM_CUE = /\bfrom\s+(?:about|around|roughly|nearly|almost)?\s*$/i;
/** ", or 0.7%" right after a bare figure: the figure is a point move. */
const BARE_POINTS_AFTER = /^,?\s*or\s*$/i;
/** Characters before a figure that its qualifying words are looked for in. */
const LOOK_BEHIND = 240;
/** Words that make a yield's percent figure a percent change of the yield level, not percentage points. */
const RELATIVE_CHANGE = /\b(?:in (?:percentage|percent|relative) terms|relative (?:change|decline|drop|fall|rise|gain|increase|decrease)|percent(?:age)? change (?:of|in) the yield)\b/i;
const OR_BEFORE = /^[\s,]*or\s*(?:about\s+|nearly\s+|roughly\s+|almost\s+)?$/i;
const COUNT_NOUN_AFTER = /^\s*(?:years?|decembers|januarys|months?|weeks?|days?|sessions?|times|companies|stocks|members|shares|people|analysts|of the \d+)\b/i;

/** The direction the words around a figure give it: +1, -1, or 0 for none. */
export function directionAround(before: string, after: string): number {
  // "The Dow, off 0.9% at 29,638": "off" right before the figure is a fall.
  if (/\boff\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+)?$/i.test(before)) return -1;
  const lastUp = lastMatchAt(UP, before);
  const lastDown = lastMatchAt(DOWN, before);
  if (/\b(?:a|an|its|their|the)\s*$/i.test(before) || (lastUp < 0 && lastDown < 0)) {
    if (UP_AFTER.test(after)) return 1;
    if (DOWN_AFTER.test(after)) return -1;
  }
  if (lastUp < 0 && lastDown < 0) return 0;
  return lastUp > lastDown ? 1 : -1;
}

function lastMatchAt(regex: RegExp, text: string): number {
  regex.lastIndex = 0;
  let at = -1;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) at = m.index;
  return at;
}

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
    const inherited = OR_BEFORE.test(before) || (FIGURE_JOINER.test(before) && token.unit !== 'none') ? lastSign : 0;
    const read: Reading = { ctx, token, before, clauseBefore, after, afterWide, hedge, subject, start, clause, inheritedSign: inherited, owned: ownedBefore, earlierPeriod: lastPeriod };
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
    const week52 = week52Claim(read);
    if (week52 !== null) {
      claims.push(week52);
      return;
    }
    if (token.unit === 'percent' && FROM_RECORD.test(afterWide)) {
      const stated = statedNumber(token, 'percent', -1, hedge === 'exact' ? hedgeBefore(clauseBefore) : hedge);
      claims.push({ ...claimBase(ctx, subject, start, token.end), kind: 'number', metric: 'pct_from_record', stated });
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
}

/** "has gained", "is up", "have fallen": a move over a period, not the day's ("rose" is the day's). */
const PERIOD_TENSE = /\b(?:has|have|is|are)\s+(?:now\s+|also\s+|since\s+)?(?:up|down|gained|lost|risen|fallen|climbed|dropped|declined|added|advanced|jumped|slipped|slid|surged|rallied|tumbled|sunk|shed|returned)\b/i;

/** Words that make a figure the day's ("it has gained 1.2% today"): no period is carried to it. */
const DAY_WORDS = /\b(?:today|on the day|in the session|on (?:monday|tuesday|wednesday|thursday|friday)|monday|tuesday|wednesday|thursday|friday)\b/i;

/**
 * "The ETF is up 24.8% this year, and the fund has gained 28%": a figure with no period of its
 * own, in the present perfect ("has gained", "is up"), takes the period of the move before it
 * in the same sentence. A figure in the simple past ("and the Dow rose 1%") is the day's move.
 */
function periodCarriedInSentence(read: Reading): PeriodRef | null {
  const earlier = read.earlierPeriod;
  if (earlier === null || earlier.kind === 'day') return null;
  const clause = read.ctx.text.slice(read.clause.start, read.clause.end);
  return PERIOD_TENSE.test(read.before) && !DAY_WORDS.test(clause) ? earlier : null;
}

const WHEN_AFTER_DATE = new RegExp(`(?:${MONTH_WORD}\\s+((?:19|20)\\d\\d)|\\b((?:19|20)\\d\\d)),?\\s*$`, 'i');

/** ", when the index jumped 12.1%" after "since December 2023": the move of that month (or year). */
function periodOfWhenClause(read: Reading): PeriodRef | null {
  const { ctx, clause } = read;
  if (!/^,\s+when\b/i.test(ctx.text.slice(clause.start, clause.start + 8))) return null;
  // "since June 24, 2016, when it lost 4.12%": a day's move (the day is set by the date).
  if (whenDateBefore(ctx, read.token.start) !== null) return { kind: 'day' };
  const m = WHEN_AFTER_DATE.exec(ctx.text.slice(Math.max(ctx.sentence.start, clause.start - 30), clause.start));
  if (m === null) return null;
  const month = m[1] === undefined ? null : monthOfWord(m[1]);
  if (month !== null && m[2] !== undefined) return { kind: 'month', year: Number(m[2]), month };
  return m[3] === undefined ? null : { kind: 'year', year: Number(m[3]) };
}

/**
 * The date a "when" clause is about: in "its worst day since Feb. 8, a day when it shed 1,033
 * points" or "since June 24, 2016, when it lost 4.12%", the figure at `at` is that day's. The
 * date must name a day and stand right before the "when" that opens the figure's clause.
 */
export function whenDateBefore(ctx: SentenceContext, at: number): { day: DayNumber; raw: string } | null {
  for (let k = ctx.dates.length - 1; k >= 0; k--) {
    const date = ctx.dates[k];
    if (date === undefined || date.end > at) continue;
    if (date.day === null) return null;
    const between = ctx.text.slice(date.end, at);
    if (!/^,?\s*(?:a (?:day|session) |the (?:day|session) )?when\b[^.;:—–]*$/i.test(between)) return null;
    const day = resolveMentionDay(date, ctx.articleDay, true);
    return day === null ? null : { day, raw: date.raw };
  }
  return null;
}

/** Words between a move and a date that make the date's close its base: "from the Election Day close of 3,369.16 on", "from its". */
const FROM_DATED_CLOSE = /^\s*(?:percent\s+)?(?:from|above|over|below|versus|vs\.?|against|compared (?:with|to))\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:close|closing level|finish)\s+(?:of\s+[\d,]+(?:\.\d+)?\s+)?(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri)day,?\s+)?$|^\s*(?:from|above|over|below)\s+(?:its|the|their)\s+$/i;

/** "up 20% since Aug. 5" (right after the figure) or "Since Aug. 5, the index has gained 20%" (opening the clause). */
function sinceDateWindow(read: Reading, ownAfter: string): PeriodRef | null {
  const { ctx, token, clause } = read;
  const after = /^\s*(?:so far\s+)?since\s+(?:the close (?:on|of)\s+)?$/i;
  const opening = /^\W*since\s+(?:the close (?:on|of)\s+)?$/i;
  for (const date of ctx.dates) {
    if (date.day === null) continue;
    const isAfter = date.start >= token.end && date.start - token.end <= 40 && after.test(ctx.text.slice(token.end, date.start)) && ownAfter.length >= date.end - token.end;
    const isOpening = date.end <= token.start && date.start >= clause.start && opening.test(ctx.text.slice(clause.start, date.start)) && /^\s*,/.test(ctx.text.slice(date.end, date.end + 3));
    if (!isAfter && !isOpening) continue;
    const from = resolveMentionDay(date, ctx.articleDay, true);
    if (from !== null) return { kind: 'range', from, window: `since ${date.raw}` };
  }
  // "up 8.05% from the Election Day close of 3,369.16 on Nov. 3, 2020", "from its Aug. 5 close".
  for (const date of ctx.dates) {
    if (date.day === null || date.start < token.end || date.start - token.end > 90) continue;
    if (!FROM_DATED_CLOSE.test(ctx.text.slice(token.end, date.start))) continue;
    const from = resolveMentionDay(date, ctx.articleDay, true);
    if (from !== null) return { kind: 'range', from, window: `from the close of ${date.raw}` };
  }
  // "The Dow has climbed about 14% since then": since the last day named before the sentence.
  const then = ctx.previousDate;
  if (then !== null && /^\s*since then\b/i.test(ownAfter)) {
    const from = resolveMentionDay(then, ctx.articleDay, true);
    if (from !== null) return { kind: 'range', from, window: `since then (${then.raw})` };
  }
  return null;
}

/** Words that refer a figure to the period of the sentence before: "over the same stretch", "did even better". */
const SAME_PERIOD = /\b(?:over|in|during|for) the same (?:stretch|period|span|time)\b|\bdid (?:even )?(?:better|worse)\b|\bfared (?:even )?(?:better|worse)\b/i;

/** "The Nasdaq rose 12.7% over the same stretch": the period of the last move of the sentence before. */
function samePeriodAsBefore(read: Reading): SourcedPeriod | null {
  const previous = read.ctx.previousPeriod;
  if (previous === null || previous.kind === 'day' || !SAME_PERIOD.test(read.ctx.sentence.text)) return null;
  return { ref: previous, source: { from: 'earlier-clause', text: SAME_PERIOD.exec(read.ctx.sentence.text)?.[0] ?? null } };
}

/** The period a move claim was read over, or null for a claim that is no move over a period. */
export function periodOfClaim(claim: ClaimDraft): PeriodRef | null {
  if (claim.kind === 'range') return { kind: 'range', from: claim.from, window: claim.window };
  if (claim.kind === 'calendar') return claim.month === null ? { kind: 'year', year: claim.year } : { kind: 'month', year: claim.year, month: claim.month };
  if (claim.kind !== 'number') return null;
  const m = /^(wtd|mtd|qtd|ytd)_(?:pct|bp)$/.exec(claim.metric);
  const period = m?.[1];
  return period === 'wtd' || period === 'mtd' || period === 'qtd' || period === 'ytd' ? { kind: 'to-date', period } : null;
}

/** A period with where it came from. */
export interface SourcedPeriod {
  readonly ref: PeriodRef;
  readonly source: ReadingSource;
}

function periodOf(read: Reading): SourcedPeriod {
  const words = (ref: PeriodRef | null): SourcedPeriod | null => (ref === null ? null : { ref, source: { from: 'period-words', text: ref.kind === 'range' ? ref.window : null } });
  const when = periodOfWhenClause(read);
  if (when !== null) return { ref: when, source: { from: 'earlier-clause', text: null } };
  const { ctx, token, clause } = read;
  const after = ctx.text.slice(token.end, clause.end);
  const following = ctx.numbers[firstAtOrAfter(ctx.numbers, token.end)];
  const nextNumber = following !== undefined && following.start < clause.end ? following : undefined;
  const ownAfter = nextNumber === undefined ? after : ctx.text.slice(token.end, nextNumber.start);
  const day = ctx.articleDay;
  const carried = periodCarriedInSentence(read);
  // "down 1,125.71 points or 23.62% for the year to date": the pair's period follows its second figure.
  const pairedAfter = nextNumber !== undefined && /^[\s,]*points?[\s,]*or\s*$|^[\s,]*or\s*$/i.test(ownAfter) ? ctx.text.slice(nextNumber.end, clause.end).replace(/^\s*(?:%|percent\b)/i, '') : null;
  const pairedPeriod = pairedAfter === null ? null : findPeriod(pairedAfter.slice(0, 40), day);
  return (
    words(sinceDateWindow(read, ownAfter)) ??
    words(findAgoWindow(after.slice(0, 40), day)) ??
    words(findSessionWindow(ownAfter, day)) ??
    words(findSessionWindow(read.clauseBefore, day)) ??
    words(findRollingWindow(ownAfter, day)) ??
    words(findPeriod(ownAfter, day)) ??
    words(pairedPeriod) ??
    // "shed 270 points, or .89 percent, by the closing bell": "or X%" shares the period of the figure before.
    (OR_BEFORE.test(read.before) && read.earlierPeriod !== null ? { ref: read.earlierPeriod, source: { from: 'earlier-clause', text: null } } : null) ??
    words(findPeriod(read.before, day, 'last')) ??
    words(findRollingWindow(read.clauseBefore, day)) ??
    words(findPeriod(read.clauseBefore, day)) ??
    (carried === null ? null : { ref: carried, source: { from: 'earlier-clause', text: null } }) ??
    samePeriodAsBefore(read) ??
    openingPeriod(ctx) ??
    headingPeriod(ctx) ?? { ref: { kind: 'day' }, source: { from: 'none', text: null } }
  );
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

/** Period words right after a move ("up 11.8% on the month", "down 3% this year"). */
const PERIOD_TAIL = /^(?:%|\s*percent\b)?\s*(?:(?:on|for|over|in)\s+the\s+(?:day|session|week|month|quarter|year)(?:\s+to\s+date)?|(?:this|last)\s+(?:week|month|quarter|year)|(?:year|month|week|quarter)[\s-]to[\s-]date)\b/i;

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

/** "For 2021 the S&P 500 is up 27%": a year or "the year" opening the sentence with no comma after it. */
const OPENING_PERIOD_NO_COMMA = /^\W*(?:for|in|during|so far in|so far this)\s+(?:the (?:year|month|week|quarter)|(?:19|20)\d\d|year|month|week|quarter)\b(?!\s*(?:'s|’s|[-–]))/i;

/** "For the week, the Dow and the S&P 500 both dropped 5.8%": a period opening the sentence holds for all of it. */
function openingPeriod(ctx: SentenceContext): SourcedPeriod | null {
  const m = /^(?:[^—–]{0,60}[—–]\s+)?\W*(?:for|over|in|during|so far|year[\s-]to[\s-]date|month[\s-]to[\s-]date|this|on|through)\b[^,;:\d%]{0,36},/i.exec(ctx.sentence.text) ?? OPENING_PERIOD_NO_COMMA.exec(ctx.sentence.text);
  if (m === null) return null;
  const ref = findPeriod(m[0], ctx.articleDay);
  return ref === null ? null : { ref, source: { from: 'period-words', text: m[0].replace(/,$/, '') } };
}

/** The period a section heading gives the lines under it ("For the week:"), or null. */
function headingPeriod(ctx: SentenceContext): SourcedPeriod | null {
  const section = ctx.section;
  if (section === null || section.rule.sets !== 'period') return null;
  return { ref: { kind: 'to-date', period: section.rule.period }, source: { from: 'heading', text: section.heading } };
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
    return { ...base, kind: 'number', metric: unit === 'percent' ? 'change_1d_pct' : 'change_1d_bp', stated };
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

const WEEK52_LEVEL_BEFORE = /\b(?:52-week|12-month|one-year)\s+(high|low)(?:\s+close)?\s*(?:of|at|was|is)\s*$/i;
const WEEK52_DISTANCE_AFTER = /^\s*(?:from|below|above|off|under|over|higher than|lower than|beneath)\s+(?:its|the|their)\s+(?:52-week|12-month|one-year)\s+(high|low)\b/i;

/**
 * "its 52-week high of 4.231%" (the level) and "0.834 percentage point below its 52-week
 * high", "24.10% from its 52-week high" (the distance: percent of the high for a price, basis
 * points for a yield, as a magnitude).
 */
function week52Claim(read: Reading): NumberClaim | null {
  const { ctx, token, before, afterWide, hedge, subject, start } = read;
  const level = WEEK52_LEVEL_BEFORE.exec(before);
  if (level !== null && (token.unit === 'none' || token.unit === 'points' || token.unit === 'percent')) {
    const metric = /high/i.test(level[1] ?? '') ? 'high_52w' : 'low_52w';
    return { ...claimBase(ctx, subject, start, token.end), kind: 'number', metric, stated: statedNumber(token, 'level', 0, hedge) };
  }
  const distance = WEEK52_DISTANCE_AFTER.exec(afterWide);
  if (distance === null || (token.unit !== 'percent' && token.unit !== 'pp' && token.unit !== 'bp')) return null;
  const metric = /high/i.test(distance[1] ?? '') ? 'from_high_52w' : 'from_low_52w';
  const unit = token.unit === 'pp' ? 'pp' : token.unit === 'bp' ? 'bp' : 'percent';
  const stated = { ...statedNumber(token, unit, 0, hedge), value: Math.abs(token.value), signed: false };
  return { ...claimBase(ctx, subject, start, token.end + distance[0].length), kind: 'number', metric, stated };
}

const THRESHOLD_BEFORE = /\b(above|below|past|through|over|under|beyond|topped|crossed|breached|broke)\s+(?:the\s+)?$/i;
const THRESHOLD_AFTER = /^(?:\s*(?:%|percent))?\s+(?:level|mark|threshold|line|barrier)\b/i;

/**
 * "the 10-year yield jumped above the 1.5% level", "closed below the 6,000 mark": a close on
 * one side of a level (a level claim hedged "more than" or "less than"), not a move.
 */
function thresholdClaim(read: Reading): NumberClaim | null {
  const { ctx, token, before, subject, start } = read;
  const side = THRESHOLD_BEFORE.exec(before);
  if (side === null || !THRESHOLD_AFTER.test(ctx.text.slice(token.end, token.end + 24))) return null;
  if (/\bfirst time\b/i.test(ctx.text.slice(token.end, read.clause.end))) return null;
  const below = /^(?:below|under)$/i.test(side[1] ?? '');
  return { ...claimBase(ctx, subject, start, token.end), kind: 'number', metric: 'close', stated: statedNumber(token, 'level', 0, below ? 'less-than' : 'more-than') };
}

function levelClaim(read: Reading): NumberClaim | null {
  const { ctx, token, before, hedge, subject, start } = read;
  // "$120 a barrel" is a price of something else, never an index's level or a yield.
  if (token.dollars && subject?.resolved !== undefined && subject.resolved !== null && subject.resolved.kind !== 'etf' && subject.resolved.kind !== 'stock') return null;
  const from = FROM_CUE.test(before);
  if (!from && !LEVEL_CUE.test(before)) return null;
  const dateAfter = ctx.dates.find((d) => d.start >= token.end && /^\s*,?\s*(?:on|as of|at the close (?:on|of))\s*(?:(?:mon|tues|wednes|thurs|fri)day,?\s*)?$/i.test(ctx.text.slice(token.end, d.start)));
  const onDay = dateAfter === undefined ? null : resolveMentionDay(dateAfter, ctx.articleDay, false);
  const unit = subject?.resolved?.kind === 'yield' ? 'percent' : 'level';
  const stated = statedNumber(token, unit === 'percent' ? 'level' : unit, 0, hedge);
  const end = dateAfter === undefined || onDay === null ? token.end : dateAfter.end;
  if (onDay !== null) return { ...claimBase(ctx, subject, start, end, onDay), kind: 'number', metric: 'close', stated };
  return { ...claimBase(ctx, subject, start, end), kind: 'number', metric: from ? 'prev_close' : 'close', stated };
}
