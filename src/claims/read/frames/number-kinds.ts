/**
 * Figures of two special kinds: record levels with their dates ("its prior record close of
 * 2,442.74 set Nov. 8, 2021" is two claims, the level and the date), and seasonal
 * statistics of a calendar month ("December has averaged 2.8%", "higher in 81% of them").
 */
import { civilFromDay, dayFromCivil } from '../../../core/date.js';
import { claimBase, statedNumber } from './claim-base.js';
import { textWithoutNames, type ClaimDraft } from './context.js';
import type { Reading } from './numbers.js';
import { resolveMentionDay } from '../tokens/dates.js';
import type { DateClaim, SeasonalClaim, StatedDate } from '../../types.js';

const RECORD_BEFORE = /\b(?:record|all-time high|closing high|peak)(?:\s+(?:close|closing high|high|level|finish|closing level))?\s*(?:(?:of|at|was|is|stands at|stood at|came in at)\s*)?(?:about|around|nearly|roughly)?\s*[:,]?\s*$/i;
const PRIOR = /\b(?:prior|previous|former|old|earlier|last|standing|(?:19|20)\d\d)\s+(?:all-time\s+|closing\s+)?(?:record|high|peak)/i;
const DATE_LINK = /^\s*,?\s*(?:(?:which was|that was|it|first)\s+)?(?:set|reached|hit|notched|posted|recorded|made|established|from|dating from)?\s*(?:on|in|back in|of)?\s*(?:the\s+)?$/i;
const YEAR_BEFORE = /\b((?:19|20)\d\d)\s+(?:all-time\s+|closing\s+)?(?:record|high|peak)/i;
const YEAR_AFTER = /^\s*,?\s*(?:(?:which was|that was)\s+)?(?:set|reached|hit|notched|posted|recorded|made)?\s*(?:in|back in)\s+((?:19|20)\d\d)\b/i;

/** Record-level claims ("record close of 2,442.74") and the record's date; null when the figure is no record level. */
export function recordLevelClaims(read: Reading): ClaimDraft[] | null {
  const { ctx, token, before, clauseBefore, hedge, subject, start } = read;
  const levelUnit = token.unit === 'none' || token.unit === 'points' || (token.unit === 'percent' && subject?.resolved?.kind === 'yield');
  if (!levelUnit || !RECORD_BEFORE.test(before)) return null;
  const dated = datedRecord(read);
  if (dated !== null) return [dated];
  const prior = PRIOR.test(clauseBefore) || /\b(?:nearing|near|approaching|short of|shy of|below|under|topping|top|surpass\w*|eclips\w*|above|beyond|past|exceed\w*|overtak\w*|clear\w*|beat\w*)\b/i.test(clauseBefore);
  if (!prior) {
    const closeAtRecord = closeAtRecordClaims(read);
    if (closeAtRecord !== null) return closeAtRecord;
  }
  const claims: ClaimDraft[] = [
    { ...claimBase(ctx, subject, start, token.end), kind: 'number', metric: prior ? 'prior_record_close' : 'record_close', stated: statedNumber(token, 'level', 0, hedge) },
  ];
  const dateMetric = prior ? 'prior_record_date' : 'record_date';
  const dateAfter = ctx.dates.find((d) => d.start >= token.end && d.start - token.end <= 40 && DATE_LINK.test(ctx.text.slice(token.end, d.start)));
  if (dateAfter !== undefined) {
    const day = resolveMentionDay(dateAfter, ctx.articleDay, false);
    if (day !== null) {
      const stated: StatedDate = { type: 'date', day, precision: dateAfter.day === null ? 'month' : 'day', yearGiven: dateAfter.year !== null, raw: dateAfter.raw, start: dateAfter.start, end: dateAfter.end };
      claims.push(dateClaim(read, dateMetric, stated));
    }
    return claims;
  }
  const yearAfter = YEAR_AFTER.exec(ctx.text.slice(token.end, token.end + 40));
  const yearBefore = YEAR_BEFORE.exec(clauseBefore);
  const yearMatch = yearAfter ?? yearBefore;
  if (yearMatch !== null) {
    const year = Number(yearMatch[1]);
    const at = yearAfter !== null ? token.end + yearAfter[0].length - 4 : read.clause.start + (yearBefore?.index ?? 0);
    const stated: StatedDate = { type: 'date', day: dayFromCivil(year, 1, 1), precision: 'year', yearGiven: true, raw: String(year), start: at, end: at + 4 };
    claims.push(dateClaim(read, dateMetric, stated));
  }
  return claims;
}

/**
 * "its Dec. 16 record close at 20,173.89": a record said with the day it was set, before the
 * article date, is the record as of that day (whatever has happened since).
 */
function datedRecord(read: Reading): ClaimDraft | null {
  const { ctx, token, before, hedge, subject, start } = read;
  const beforeStart = token.start - before.length;
  for (const date of ctx.dates) {
    if (date.day === null || date.end > token.start || date.start < beforeStart) continue;
    if (!/^\s+(?:all-time\s+)?(?:record|closing high|closing record)\b/i.test(ctx.text.slice(date.end, token.start))) continue;
    const day = resolveMentionDay(date, ctx.articleDay, true);
    if (day === null || day >= ctx.articleDay) return null;
    const claim = { ...claimBase(ctx, subject, start, token.end, day), kind: 'number' as const, metric: 'record_close' as const, stated: statedNumber(token, 'level', 0, hedge) };
    return { ...claim, reading: { ...claim.reading, date: { from: 'date' as const, text: date.raw } } };
  }
  return null;
}

const CLOSE_AT_RECORD = /\b(?:(clos|end|finish|settl)(?:ed|es|ing|e)?\s+(?:at\s+)?|to\s+|at\s+)(a\s+(?:new\s+|fresh\s+)?(?:record|all-time high)(?:\s+(?:high|close|closing high|level|finish))?)\s*(?:of\s+)?$/i;

/**
 * "closed at a record 2,442.03", "rose 1% to a record 44,736.57": the figure is the day's
 * close, and that the close is a record is a claim of its own (`is_record`). The two are
 * judged apart, so a right close on a day that set no record is one supported and one
 * contradicted claim, never a "record" level corrected to the old record. With a close verb
 * the record flag is read by the phrase patterns; after "to" or "at" alone it is made here.
 */
function closeAtRecordClaims(read: Reading): ClaimDraft[] | null {
  const { ctx, token, before, hedge, subject, start } = read;
  const m = CLOSE_AT_RECORD.exec(before);
  if (m === null) return null;
  const claims: ClaimDraft[] = [{ ...claimBase(ctx, subject, start, token.end), kind: 'number', metric: 'close', stated: statedNumber(token, 'level', 0, hedge) }];
  if (m[1] === undefined) {
    const phrase = m[2] ?? '';
    const at = token.start - before.length + m.index + m[0].indexOf(phrase);
    // The flag's span runs to the figure, so its marker follows the close's in the text.
    claims.push({ ...claimBase(ctx, subject, at, token.end), kind: 'flag', metric: 'is_record', stated: { type: 'flag', value: true, raw: phrase } });
  }
  return claims;
}

function dateClaim(read: Reading, metric: 'record_date' | 'prior_record_date', stated: StatedDate): DateClaim {
  return { ...claimBase(read.ctx, read.subject, stated.start, stated.end), kind: 'date', metric, direction: null, stated };
}

const FULL_MONTH = /\b(January|February|March|April|May|June|July|August|September|October|November|December)(?:s|['’]s)?\b(?!\s+\d)/;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const UP_RATIO_AFTER = /^\s*of\s+(?:the\s+)?(?:time|them|those|years|cases|[A-Z][a-z]+s)\b/;
const UP_RATIO_BEFORE = /\b(?:higher|up|rose|risen|gained|advanced|positive|a gain)\s+in\s*$/i;

/** The calendar month a seasonal statement is about, in a clause ("December has averaged"). */
export function seasonalMonthIn(clause: string): number | null {
  const m = FULL_MONTH.exec(clause);
  return m === null ? null : MONTH_NAMES.indexOf(m[1] ?? '') + 1;
}

/** A seasonal average or up-share claim; null when the figure is not one. */
export function seasonalClaim(read: Reading): SeasonalClaim | null {
  const { ctx, token, before, after, hedge, subject, start, clause } = read;
  if (token.unit !== 'percent') return null;
  // Names are not statistic words ("Dow Jones Industrial Average").
  const clauseText = textWithoutNames(ctx, clause.start, clause.end);
  const month = seasonalMonthIn(clauseText) ?? ctx.seasonalMonth;
  if (month === null) return null;
  const fromYear = fromYearOf(ctx.sentence.text, civilFromDay(ctx.articleDay).year);
  const base = claimBase(ctx, subject, start, token.end);
  if (UP_RATIO_AFTER.test(after) || UP_RATIO_BEFORE.test(before)) {
    return { ...base, kind: 'seasonal', metric: 'seasonal_up_ratio', month, fromYear, stated: statedNumber(token, 'percent', 0, hedge) };
  }
  if (!/\baverag/i.test(clauseText) || seasonalMonthIn(clauseText) === null) return null;
  const sign = /\b(?:loss|decline|drop|fall|down|lower)\b/i.test(clauseText) ? -1 : 1;
  return { ...base, kind: 'seasonal', metric: 'seasonal_mean', month, fromYear, stated: statedNumber(token, 'percent', sign, hedge) };
}

/** "since 1990" or "over the past 37 years" in a seasonal sentence: the first year, or null. */
function fromYearOf(sentence: string, articleYear: number): number | null {
  const since = /\bsince\s+((?:19|20)\d\d)\b(?!\s*[-–]\d)/i.exec(sentence);
  if (since !== null) return Number(since[1]);
  const past = /\b(?:over|in|during) the (?:past|last) (\d{1,3}) years\b/i.exec(sentence);
  return past === null ? null : articleYear - Number(past[1]);
}
