/**
 * The period of a move figure: words after or before it ("so far in November", "from the
 * close of Nov. 3, 2020", "over the last two trading days"), the figure before it in the
 * sentence ("or X%", the present perfect), a "when" clause after a date, the sentence before
 * ("over the same stretch"), the sentence's opening ("For the week,") or its section heading.
 */
import { civilFromDay, type DayNumber } from '../../../core/date.js';
import { MONTH_WORD, monthOfWord, resolveMentionDay } from '../tokens/dates.js';
import { firstAtOrAfter, type ClaimDraft, type SentenceContext } from './context.js';
import { findAgoWindow, findPeriod, findRollingWindow, findSessionWindow, type PeriodRef } from './periods.js';
import type { Reading } from './numbers.js';
import { monthlyNounAfter, OPENING_LAST_MONTH } from './almanac-periods.js';
import type { ReadingSource } from '../../types.js';

/** A figure set against the one before it: "..., against a 23.3% gain for the S&P 500", "compared with a 5% drop for". */
const SET_AGAINST = /^[\s,]*(?:against|compared (?:with|to)|versus|vs\.?)\s+(?:a|an)\s+(?:about\s+|nearly\s+|roughly\s+|almost\s+)?$/i;

/** "or" right before a figure: it shares the figure before it ("fell 440 points, or 1%"). */
export const OR_BEFORE = /^[\s,]*or\s*(?:about\s+|nearly\s+|roughly\s+|almost\s+)?$/i;
/** After a point move, a comma, then the percent without "or": "dipped 16 points, nearly 0.5 percent". */
const POINTS_APPOSITION = /^\s*(?:points?)?\s*,\s*(?:about\s+|nearly\s+|roughly\s+|almost\s+)?$/i;

/**
 * True when a figure of `unit` restates the move before it, of `previousUnit`, in other units:
 * "or 1%" after any figure, or a percent set off by a comma after a point move ("16 points,
 * nearly 0.5 percent"). `between` is the text from the figure before to this one.
 */
export function restatesFigureBefore(between: string, unit: string, previousUnit: string | undefined): boolean {
  return OR_BEFORE.test(between) || (unit === 'percent' && previousUnit === 'points' && POINTS_APPOSITION.test(between));
}

/** "has gained", "is up", "have fallen": a move over a period, not the day's ("rose" is the day's). */
const PERIOD_TENSE = /\b(?:has|have|is|are)\s+(?:now\s+|also\s+|since\s+)?(?:up|down|gained|lost|risen|fallen|climbed|dropped|declined|added|advanced|jumped|slipped|slid|surged|rallied|tumbled|sunk|shed|returned)\b/i;

/** Words that make a figure the day's ("it has gained 1.2% today"): no period is carried to it. */
export const DAY_WORDS = /\b(?:today|on the day|in the session|on (?:monday|tuesday|wednesday|thursday|friday)|monday|tuesday|wednesday|thursday|friday)\b/i;

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

const WHEN_AFTER_DATE = new RegExp(`(?:${MONTH_WORD}(?:\\s+((?:19|20)\\d\\d))?|\\b((?:19|20)\\d\\d)),?\\s*$`, 'i');

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
  // "since February, when it rose 5.2%": the latest February before the article's month.
  if (month !== null) {
    const { year, month: articleMonth } = civilFromDay(ctx.articleDay);
    return { kind: 'month', year: month < articleMonth ? year : year - 1, month };
  }
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
    // A decimal point inside a figure ("when it fell from 3.99% to") does not end the clause.
    if (!/^,?\s*(?:a (?:day|session) |the (?:day|session) )?when\b(?:[^.;:—–]|\.(?=\d))*$/i.test(between)) return null;
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
  // "Since their recent lowest close on April 8, the S&P 500 has surged 23.5% and the Nasdaq about 32%": opening the sentence, it governs every clause.
  const opening = /^\W*since\s+(?:the close (?:on|of)\s+|(?:its|their|the)\s+(?:[\w'’-]+\s+){0,3}?(?:close|closing low|low|bottom|closing high|high|peak|trough)\s+(?:on|of)\s+)?$/i;
  for (const date of ctx.dates) {
    if (date.day === null) continue;
    const isAfter = date.start >= token.end && date.start - token.end <= 40 && after.test(ctx.text.slice(token.end, date.start)) && ownAfter.length >= date.end - token.end;
    const openingAt = opening.test(ctx.text.slice(clause.start, date.start)) ? clause.start : ctx.sentence.start;
    const isOpening = date.end <= token.start && date.start >= openingAt && opening.test(ctx.text.slice(openingAt, date.start)) && /^\s*,/.test(ctx.text.slice(date.end, date.end + 3));
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

/** The nouns of a move, as a pattern alternation with no group: "gain", "drop", "rally"... */
export const MOVE_NOUN_WORDS = 'gain|advance|rise|increase|jump|climb|rally|surge|drop|decline|loss|fall|slide|retreat|plunge';

/** A move's noun that names its period, as a pattern source (group 1: "weekly" or "monthly"): "capping a weekly drop of 10.5%", "a monthly gain of 5%". */
export const PERIOD_MOVE_NOUN = `\\b(weekly|monthly)\\s+(?:${MOVE_NOUN_WORDS})\\b`;
const PERIOD_NOUN_OF = new RegExp(`${PERIOD_MOVE_NOUN}\\s+of\\s+(?:about\\s+|nearly\\s+|roughly\\s+|almost\\s+|more than\\s+)?$`, 'i');

/** The period a move's noun names ("a weekly drop of"): the week or the month to date. */
function periodOfMoveNoun(before: string): PeriodRef | null {
  const m = PERIOD_NOUN_OF.exec(before);
  if (m === null) return null;
  return { kind: 'to-date', period: /^week/i.test(m[1] ?? '') ? 'wtd' : 'mtd' };
}

/** A period with where it came from. */
export interface SourcedPeriod {
  readonly ref: PeriodRef;
  readonly source: ReadingSource;
}

export function periodOf(read: Reading): SourcedPeriod {
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
    words(periodAfterLevel(ctx.text, ownAfter, nextNumber?.end ?? null, clause.end, day)) ??
    words(monthlyNounAfter(ownAfter)) ??
    words(pairedPeriod) ??
    // "shed 270 points, or .89 percent, by the closing bell": "or X%" shares the period of the figure before.
    (read.restates && read.earlierPeriod !== null ? { ref: read.earlierPeriod, source: { from: 'earlier-clause', text: null } } : null) ??
    // "ended the year up 28.6%, against a 23.3% gain for the S&P 500": the figure set against shares the period.
    (SET_AGAINST.test(read.before) && read.earlierPeriod !== null ? { ref: read.earlierPeriod, source: { from: 'earlier-clause', text: null } } : null) ??
    words(periodOfMoveNoun(read.before)) ??
    words(closingPeriodOfParallelMoves(read)) ??
    words(findPeriod(read.before, day, 'last')) ??
    words(findRollingWindow(read.clauseBefore, day)) ??
    words(findPeriod(read.clauseBefore, day)) ??
    (carried === null ? null : { ref: carried, source: { from: 'earlier-clause', text: null } }) ??
    samePeriodAsBefore(read) ??
    openingPeriod(ctx) ??
    headingPeriod(ctx) ?? { ref: { kind: 'day' }, source: { from: 'none', text: null } }
  );
}

/** Period words that close a clause: "on a year-to-date basis", "so far this year", "for the week". */
const CLOSING_PERIOD = /^(?:on an?\s+(?:year|month|week|quarter)[\s-]to[\s-]date\s+basis|(?:year|month|week|quarter)[\s-]to[\s-]date|(?:so far\s+)?this\s+(?:year|month|week|quarter)|for the (?:year|month|week|quarter)(?:\s+to\s+date)?|so far in (?:19|20)\d\d)[\s.)]*$/i;
/** A move word right before a figure ("up 8.2%", "(down 3.1%)"). */
const MOVE_WORD_BEFORE = /\b(up|down|gained|lost|higher|lower|rising|falling)\s+(?:about\s+|nearly\s+|roughly\s+|almost\s+)?$/i;

/**
 * "IWM (up 8.2%) trails SPY (up 12.6%) on a year-to-date basis": period words that close a
 * clause of parallel moves (two or more figures, each right after the same move word, no day
 * named among them) govern every one of them, not only the last.
 */
function closingPeriodOfParallelMoves(read: Reading): PeriodRef | null {
  const { ctx, clause, token } = read;
  const figures = ctx.numbers.filter((n) => n.start >= clause.start && n.end <= clause.end);
  const last = figures.at(-1);
  if (figures.length < 2 || last === undefined || last.end === token.end) return null;
  const tail = ctx.text.slice(last.end, clause.end).replace(/^\s*(?:%|percent\b)?\s*\)?\s*/i, '');
  // A day named among the figures makes them the day's ("rose 1% on Monday and ..."); a dateline before them, or "as of Friday", does not.
  const among = ctx.text.slice(figures[0]?.start ?? clause.start, clause.end).replace(/\bas of (?:mon|tues|wednes|thurs|fri)day\b/gi, '');
  if (!CLOSING_PERIOD.test(tail) || DAY_WORDS.test(among)) return null;
  const words = figures.map((figure, k) => MOVE_WORD_BEFORE.exec(ctx.text.slice(Math.max(clause.start, figures[k - 1]?.end ?? clause.start, figure.start - 30), figure.start))?.[1]?.toLowerCase());
  if (words.some((word) => word === undefined || word !== words[0])) return null;
  return findPeriod(tail, ctx.articleDay);
}

/** Period words right after the level a move went to: "climbed 0.122 percentage point to 4.005% over the week". */
const PERIOD_AFTER_LEVEL = /^\s*(?:%|percent\b)?\s*(?:(?:over|for|on|in)\s+the\s+(?:week|month|quarter|year)|(?:this|last)\s+(?:week|month|quarter|year)|so far this (?:week|month|quarter|year))\b(?!['’-])/i;

/** The period said after the level a move went to ("to 4.005% over the week"), or null. */
function periodAfterLevel(text: string, ownAfter: string, levelEnd: number | null, clauseEnd: number, day: DayNumber): PeriodRef | null {
  if (levelEnd === null || !/^\s*,?\s*to\s+$/i.test(ownAfter)) return null;
  const m = PERIOD_AFTER_LEVEL.exec(text.slice(levelEnd, clauseEnd));
  return m === null ? null : findPeriod(m[0], day);
}

/** "For 2021 the S&P 500 is up 27%": a year or "the year" opening the sentence with no comma after it. */
const OPENING_PERIOD_NO_COMMA = /^\W*(?:for|in|during|so far in|so far this)\s+(?:the (?:year|month|week|quarter)|(?:19|20)\d\d|year|month|week|quarter)\b(?!\s*(?:'s|’s|[-–]))/i;

/** "For the week, the Dow and the S&P 500 both dropped 5.8%": a period opening the sentence holds for all of it. */
function openingPeriod(ctx: SentenceContext): SourcedPeriod | null {
  const m = /^(?:[^—–]{0,60}[—–]\s+)?\W*(?:for|over|in|during|so far|year[\s-]to[\s-]date|month[\s-]to[\s-]date|this|on|through)\b[^,;:\d%]{0,36},/i.exec(ctx.sentence.text) ?? OPENING_PERIOD_NO_COMMA.exec(ctx.sentence.text) ?? OPENING_LAST_MONTH.exec(ctx.sentence.text);
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
