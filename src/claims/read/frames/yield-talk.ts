/**
 * The figures of data-talk items (docs/claims.md): the year's closing high or low and the
 * distance from it ("off 0.675 percentage point from its 2023 closing high of 4.072%, reached
 * March 2"), the move "across those 11 weeks", a level "from just 4.01% early last month", and
 * the change a story gives as two levels ("climbed to 4.59% from 4.48% late Tuesday").
 */
import { civilFromDay, dayFromCivil, type DayNumber } from '../../../core/date.js';
import { formatNumber } from '../../../narrative/ap-style.js';
import { MONTH_WORD, monthOfWord, resolveMentionDay } from '../tokens/dates.js';
import { COUNT_WORD, countOfWord, type NumberToken } from '../tokens/numbers.js';
import { claimBase, statedNumber } from './claim-base.js';
import { levelClaim } from './levels.js';
import { directionAround } from './figure-direction.js';
import type { Reading } from './numbers.js';
import type { ClaimDraft, SentenceContext } from './context.js';
import type { StatedDate, StatedNumber } from '../../types.js';

/** "its 2023 closing high", "the year's closing low", "its year-to-date closing high": the year's closing extreme. */
const YEAR_EXTREME = String.raw`(?:its|the|their)\s+((?:19|20)\d\d|year['’]s|year-to-date)\s+closing\s+(high|low)`;
const YEAR_LEVEL_BEFORE = new RegExp(`${YEAR_EXTREME}\\s*(?:of|at|was|is)\\s*$`, 'i');
const YEAR_DISTANCE_AFTER = new RegExp(`^\\s*(?:from|below|above|off|under|over|higher than|lower than|beneath|away from)\\s+${YEAR_EXTREME}\\b`, 'i');
/** The date a level was set, right after it: "% set Monday, Jan. 3, 2022", ", reached Thursday, March 2, 2023". */
const SET_ON = /^\s*(?:%|percent)?\s*,?\s*(?:set|reached|hit|notched|touched|marked|recorded|on)\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri)day,?\s+)?$/i;

/** The year a "2023 closing high" names is the article's (a year to date); another year's is not read here. */
function isYearToDate(word: string, day: DayNumber): boolean {
  return !/^\d{4}$/.test(word) || Number(word) === civilFromDay(day).year;
}

/** The year's closing high or low (level and date), or the distance from it; null when the figure is neither. */
function yearRangeClaims(read: Reading): ClaimDraft[] | null {
  const { ctx, token, before, afterWide, hedge, subject } = read;
  const level = YEAR_LEVEL_BEFORE.exec(before);
  if (level !== null && (token.unit === 'none' || token.unit === 'points' || token.unit === 'percent')) {
    if (!isYearToDate(level[1] ?? '', ctx.articleDay)) return null;
    const high = /high/i.test(level[2] ?? '');
    const start = token.start - before.length + level.index;
    const claims: ClaimDraft[] = [{ ...claimBase(ctx, subject, start, token.end), kind: 'year-range', metric: high ? 'year_high' : 'year_low', stated: statedNumber(token, 'level', 0, hedge) }];
    const date = dateSetAfter(ctx, token.end);
    if (date !== null) claims.push({ ...claimBase(ctx, subject, start, date.end), kind: 'year-range-date', metric: high ? 'year_high_date' : 'year_low_date', stated: date });
    return claims;
  }
  const distance = YEAR_DISTANCE_AFTER.exec(afterWide);
  if (distance === null || (token.unit !== 'percent' && token.unit !== 'pp' && token.unit !== 'bp')) return null;
  if (!isYearToDate(distance[1] ?? '', ctx.articleDay)) return null;
  const metric = /high/i.test(distance[2] ?? '') ? 'from_year_high' : 'from_year_low';
  const unit = token.unit === 'pp' ? 'pp' : token.unit === 'bp' ? 'bp' : 'percent';
  const stated = { ...statedNumber(token, unit, 0, hedge), value: Math.abs(token.value), signed: false };
  return [{ ...claimBase(ctx, subject, read.start, token.end + distance[0].length), kind: 'year-range', metric, stated }];
}

/** The date written right after a level with "set", "reached" ("% set Monday, Jan. 3, 2022"), or null. */
function dateSetAfter(ctx: SentenceContext, at: number): StatedDate | null {
  const mention = ctx.dates.find((d) => d.start >= at && d.start - at <= 40 && SET_ON.test(ctx.text.slice(at, d.start)));
  if (mention === undefined || mention.day === null) return null;
  const day = resolveMentionDay(mention, ctx.articleDay, true);
  return day === null ? null : { type: 'date', day, precision: 'day', yearGiven: mention.year !== null, raw: mention.raw, start: mention.start, end: mention.end };
}

/** "across those 11 weeks", "over these five weeks": the weeks of a streak just named, counted. */
const THOSE_WEEKS = new RegExp(`\\b(?:across|over|in|during|for)\\s+(?:those|these)\\s+${COUNT_WORD}\\s+weeks\\b`, 'i');

/** "Across those 11 weeks it has gained 1.363 percentage points": the move over the last N weeks. */
function weeksMoveClaim(read: Reading): ClaimDraft | null {
  const { ctx, token, before, after, hedge, subject } = read;
  if (token.unit !== 'bp' && token.unit !== 'pp' && token.unit !== 'percent') return null;
  const m = THOSE_WEEKS.exec(ctx.text.slice(read.clause.start, read.clause.end));
  const weeks = m === null ? null : countOfWord(m[1] ?? '');
  if (weeks === null || weeks < 1) return null;
  const isYield = subject?.resolved?.kind === 'yield';
  const unit = token.unit === 'bp' ? 'bp' : token.unit === 'pp' || isYield ? 'pp' : 'percent';
  const stated = statedNumber(token, unit, directionAround(before, after), hedge);
  if (!stated.signed) return null;
  return { ...claimBase(ctx, subject, read.start, token.end), kind: 'weeks-move', metric: isYield ? 'weeks_bp' : 'weeks_pct', weeks, stated };
}

/** "from just 4.01%": a level the text marks as a low ("just", "only", "as low as") or a high ("as high as"). */
const FROM_STRETCH_BEFORE = /\bfrom\s+(just|only|as low as|as high as|a low of|a high of)?\s*$/i;
const STRETCH_AFTER = new RegExp(`^\\s*(?:%|percent)?\\s*(?:in\\s+)?(early|mid|late)[\\s-]+(last month|this month|${MONTH_WORD}(?:\\s+((?:19|20)\\d\\d))?)\\b`, 'i');

/** The days of "early" (1-10), "mid" (11-20) or "late" (21-end) in a month. */
function stretchDays(year: number, month: number, part: string): { from: DayNumber; to: DayNumber } {
  const first = dayFromCivil(year, month, 1);
  const last = (dayFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - 1) as DayNumber;
  const p = part.toLowerCase();
  if (p === 'early') return { from: first, to: (first + 9) as DayNumber };
  if (p === 'mid') return { from: (first + 10) as DayNumber, to: (first + 19) as DayNumber };
  return { from: (first + 20) as DayNumber, to: last };
}

/** "and from just 4.01% early last month": a close of that stretch of days (its low, said "just"). */
function stretchLevelClaim(read: Reading): ClaimDraft | null {
  const { ctx, token, before, hedge, subject } = read;
  const from = FROM_STRETCH_BEFORE.exec(before);
  const stretch = STRETCH_AFTER.exec(ctx.text.slice(token.end, read.clause.end));
  if (from === null || stretch === null || (token.unit !== 'none' && token.unit !== 'percent' && token.unit !== 'points')) return null;
  // A percent is a level only for a yield ("from just 4.01%"); for a price it is a move.
  if (token.unit === 'percent' && subject?.resolved?.kind !== 'yield') return null;
  const { year, month } = civilFromDay(ctx.articleDay);
  const named = stretch[2] ?? '';
  const monthNamed = /month$/i.test(named) ? null : monthOfWord(named.split(/\s+/)[0] ?? '');
  const [y, mo] = /^last month$/i.test(named) ? (month === 1 ? [year - 1, 12] : [year, month - 1]) : monthNamed === null ? [year, month] : [stretch[3] === undefined ? (monthNamed > month ? year - 1 : year) : Number(stretch[3]), monthNamed];
  const days = stretchDays(y, mo, stretch[1] ?? '');
  if (days.from > ctx.articleDay) return null;
  const word = (from[1] ?? '').toLowerCase();
  const extreme = word === '' ? null : /high/.test(word) ? 'high' : 'low';
  const end = token.end + stretch[0].length;
  return { ...claimBase(ctx, subject, token.start - from[0].length, end), kind: 'stretch-level', metric: 'level_in_stretch', from: days.from, to: days.to, window: stretch[0].trim(), extreme, stated: statedNumber(token, 'level', 0, hedge) };
}

/** The words between two levels of a yield: "climbed to 4.59% from". */
const TO_THEN_FROM = /^\s*(?:%|percent)?\s*,?\s*from\s+(?:about\s+|around\s+)?$/i;
/** A yield move in basis or percentage points, in the sentences after two levels. */
const STATED_MOVE = /\d\s*(?:-|\s)?(?:basis[\s-]points?|bps?\b|percentage[\s-]points?)/i;
const TO_BEFORE = /\b(?:rose|climbed|jumped|fell|dropped|slid|eased|rallied|surged|sank|slipped|edged\s+(?:up|down|higher|lower)|ticked\s+(?:up|down)|moved|went|increased|decreased|declined|advanced)\s+to\s*$/i;

/**
 * "whose yield climbed to 4.59% from 4.48% late Tuesday": the prior close, and the day's change
 * the two levels give (a yield's, in percentage points). The change is derived from two rounded
 * levels, each judged on its own: a disagreement of the change alone is unclear, not wrong. A
 * sentence that states the move itself gets no derived one.
 */
function levelPairClaims(read: Reading): ClaimDraft[] | null {
  const { ctx, token, subject } = read;
  if (subject?.resolved?.kind !== 'yield') return null;
  const k = ctx.numbers.indexOf(token);
  const previous: NumberToken | undefined = ctx.numbers[k - 1];
  if (previous === undefined || previous.start < read.clause.start || !TO_THEN_FROM.test(ctx.text.slice(previous.end, token.start))) return null;
  const verb = TO_BEFORE.exec(ctx.text.slice(Math.max(read.clause.start, previous.start - 40), previous.start));
  if (verb === null) return null;
  const prior = levelClaim(read);
  if (prior === null || prior.metric !== 'prev_close') return null;
  // A move the story states itself ("rose 0.34 percentage point", "The 14 basis point drop" next) is the claim; none is derived beside it.
  const paragraph = ctx.text.slice(ctx.sentence.end, ctx.sentence.end + 300).split(/\n\s*\n/)[0] ?? '';
  if (ctx.numbers.some((n) => n.unit === 'bp' || n.unit === 'pp') || STATED_MOVE.test(paragraph)) return [prior];
  const change = previous.value - token.value;
  const start = previous.start - verb[0].length;
  // The span ends with the new level: a weekday after the prior level ("late Tuesday") is the prior close's, not the change's.
  const end = previous.end;
  const stated: StatedNumber = {
    type: 'number',
    value: Number(change.toFixed(Math.max(previous.decimals, token.decimals))),
    decimals: Math.max(previous.decimals, token.decimals),
    unit: 'pp',
    hedge: 'exact',
    signed: change !== 0,
    raw: `${ctx.text.slice(previous.start, token.end).trim()} (${formatNumber(Math.abs(change), Math.max(previous.decimals, token.decimals))} percentage point)`,
    start: previous.start,
    end: token.end,
  };
  const base = claimBase(ctx, subject, start, end);
  const derived: ClaimDraft = { ...base, kind: 'number', metric: 'change_1d_bp', stated, reading: { ...base.reading, doubts: [...base.reading.doubts, `${stated.raw} (a change derived from two levels)`] } };
  return [prior, derived];
}

/** The claims of a data-talk figure, or null when it is none of them (the other readers then take it). */
export function yieldTalkNumberClaims(read: Reading): ClaimDraft[] | null {
  const weeks = weeksMoveClaim(read);
  if (weeks !== null) return [weeks];
  const stretch = stretchLevelClaim(read);
  if (stretch !== null) return [stretch];
  return yearRangeClaims(read) ?? levelPairClaims(read);
}

/** Statistics of `read/rules/not-computed.ts` that a claim kind of this file computes. */
const COMPUTES: Readonly<Partial<Record<ClaimDraft['kind'], string>>> = {
  'year-range': "the year's closing high or low",
  'year-range-date': "the year's closing high or low",
  'weeks-move': 'move over the N weeks of a streak',
  'span-since': 'biggest move over N sessions or weeks',
};

/** True when the claim computes the statistic its clause names (so the statistic is no reason to leave it unjudged). */
export function computesStatistic(claim: ClaimDraft, statistic: string): boolean {
  return COMPUTES[claim.kind] === statistic;
}
