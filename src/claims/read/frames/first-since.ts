/**
 * "The first time since": the close on one side of its moving average ("finished under its
 * 50-day moving average, something it had not done since July 6"), a streak's length ("its
 * first five-day losing streak since November 2016"), a record ("closed at a record for the
 * first time since November": the record before was set in November); and when the standing
 * record was set ("the all-time high it set just last month", "its November peak"); and
 * "heights it had not reached since December 2011", "levels not seen since 2020" (the highest
 * or lowest close since).
 */
import { dayFromCivil } from '../../../core/date.js';
import { claimBase } from './claim-base.js';
import { clauseOf, subjectAt, type ClaimDraft, type SentenceContext } from './context.js';
import { directionAround } from './figure-direction.js';
import { lowWhenClaims } from './low-when.js';
import { latestMonth, WHEN_WINDOW_WORDS, windowOf } from './when-window.js';
import { matches, sinceTarget } from './phrases.js';
import { MONTH_WORD, monthOfWord } from '../tokens/dates.js';
import { COUNT_WORD, countOfWord } from '../tokens/numbers.js';

const MA_SIDE = /\b(under|below|beneath|above|over)\s+its\s+(\d{1,3})-day\s+(?:simple\s+)?moving\s+average\b/i;
/** Words between the side and its "since" that make it "the first time since". */
const FIRST_SINCE = /^[^.;]{0,80}?\b(?:for the first time since|the first time since|(?:something|which|what) it (?:had|has) not done since|(?:had|has) not (?:done so |closed there |been there )?since|not since)\s+/i;
const STREAK_FIRST = new RegExp(`\\bfirst\\s+${COUNT_WORD}[\\s-]+(?:day|session)\\s+(losing|winning)\\s+streak\\s+since\\s+`, 'i');
/** "climbed to heights it had not reached since December 2011", "fell to levels not seen since 2020". */
const NOT_SEEN_SINCE = /\b(?:to|at|near)\s+(?:a\s+|the\s+)?(?:(levels?|heights?|highs?)|(lows?|depths?))\s+(?:(?:it|they|the index)\s+(?:had|has|have)\s+not\s+(?:reached|seen|hit|touched|visited|been at)|(?:not|last)\s+seen)\s+since\s+/i;
const RECORD_FIRST = /\b(?:closed|finished|ended|settled)\s+at\s+an?\s+(?:new\s+)?(?:record|all-time high|record high|record close)\s+(?:\w+\s+){0,2}?for the first time since\s+/i;

/** The first-since claims of a sentence. */
export function firstSinceClaims(ctx: SentenceContext): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  for (const { m, start, end } of matches(MA_SIDE, ctx)) {
    const words = FIRST_SINCE.exec(ctx.text.slice(end, ctx.sentence.end));
    const target = words === null ? null : sinceTarget(ctx, end + words[0].length);
    if (target === null) continue;
    const side = /above|over/i.test(m[1] ?? '') ? 'above' : 'below';
    claims.push({ ...claimBase(ctx, subjectAt(ctx, start), start, target.end), kind: 'first-since', metric: 'ma_side_since', sessions: Number(m[2]), side, stated: target });
  }
  for (const { m, start, end } of matches(STREAK_FIRST, ctx)) {
    const length = countOfWord(m[1] ?? '');
    const target = sinceTarget(ctx, end);
    if (length === null || length < 2 || target === null) continue;
    const side = /losing/i.test(m[2] ?? '') ? 'below' : 'above';
    claims.push({ ...claimBase(ctx, subjectAt(ctx, start), start, target.end), kind: 'first-since', metric: 'streak_since', sessions: length, side, stated: target });
  }
  for (const { start, end } of matches(RECORD_FIRST, ctx)) {
    const target = sinceTarget(ctx, end);
    if (target === null) continue;
    claims.push({ ...claimBase(ctx, subjectAt(ctx, start), start, target.end), kind: 'date', metric: 'prior_record_date', direction: null, stated: target });
  }
  for (const { m, start, end } of matches(NOT_SEEN_SINCE, ctx)) {
    const target = sinceTarget(ctx, end);
    // "levels" with no word of height: a rise says highs, a fall lows.
    const side = m[2] !== undefined ? 'low' : m[1] !== undefined && /^levels?$/i.test(m[1]) ? levelSide(ctx, start) : 'high';
    if (target === null || side === null) continue;
    claims.push({ ...claimBase(ctx, subjectAt(ctx, start), start, target.end), kind: 'date', metric: side === 'high' ? 'highest_since' : 'lowest_since', direction: null, stated: target });
  }
  return [...claims, ...recordWhenClaims(ctx), ...lowWhenClaims(ctx)];
}

const RECORD_NOUN = '(?:all-time high|record(?:\\s+(?:close|closing high|high))?|peak|closing high)';
/** "the all-time high it set just last month", "its record, which it set less than two months ago". */
const RECORD_THEN = new RegExp(`\\b${RECORD_NOUN},?\\s+(?:(?:that|which)\\s+)?(?:it\\s+|the\\s+index\\s+)?(?:set|reached|hit|notched|touched|established|made)\\s+(just\\s+|only\\s+)?${WHEN_WINDOW_WORDS}`, 'i');
/** "its November peak", "its February 19 record closing high". */
const MONTH_RECORD = new RegExp(`\\bits\\s+${MONTH_WORD}(?:\\s+(\\d{1,2}))?\\s+(?:${RECORD_NOUN})\\b`, 'i');

function recordWhenClaims(ctx: SentenceContext): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  for (const { m, start, end } of matches(RECORD_THEN, ctx)) {
    const window = windowOf((m[2] ?? '').replace(/\s+/g, ' '), ctx.articleDay);
    if (window === null) continue;
    claims.push({ ...claimBase(ctx, subjectAt(ctx, start), start, end), kind: 'record-when', metric: 'record_set_in', ...window, stated: { type: 'flag', value: true, raw: m[0] } });
  }
  for (const { m, start, end } of matches(MONTH_RECORD, ctx)) {
    const named = monthOfWord(m[1] ?? '');
    if (named === null) continue;
    const { year, first, last } = latestMonth(ctx.articleDay, named);
    const day = m[2] === undefined ? null : Number(m[2]);
    const window = day === null ? { from: first, to: last } : { from: dayFromCivil(year, named, day), to: dayFromCivil(year, named, day) };
    claims.push({ ...claimBase(ctx, subjectAt(ctx, start), start, end), kind: 'record-when', metric: 'record_set_in', ...window, vague: false, stated: { type: 'flag', value: true, raw: m[0] } });
  }
  return claims;
}

/** "climbed to levels not seen since": high after a rise, low after a fall, null without a move word. */
function levelSide(ctx: SentenceContext, at: number): 'high' | 'low' | null {
  const sign = directionAround(ctx.text.slice(clauseOf(ctx, at).start, at), '');
  return sign > 0 ? 'high' : sign < 0 ? 'low' : null;
}
