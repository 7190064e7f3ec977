/**
 * Counts of record closes: the share of the year's sessions that closed at a record ("has
 * ended a session at a peak 28% of the time"), the rank of the year's count ("the
 * second-highest number of record closes ever"), a past year's count ("the 77 closing highs
 * in 1995") and consecutive records ("its seventh consecutive all-time high").
 */
import { civilFromDay } from '../../../core/date.js';
import { claimBase, statedNumber } from './claim-base.js';
import { subjectAt, type ClaimDraft, type SentenceContext } from './context.js';
import type { Reading } from './numbers.js';
import { matches } from './phrases.js';
import { COUNT_WORD, countOfWord } from '../tokens/numbers.js';
import type { StatedNumber } from '../../types.js';

const RECORDS = '(?:record closes|record closing highs|closing highs|record highs|all-time highs|record-high closes|records|record finishes)';
const RANK = new RegExp(`\\b${COUNT_WORD}[\\s-]+(?:highest|most|largest|biggest|greatest)\\s+(?:number|tally|count)\\s+of\\s+${RECORDS}\\s+(?:ever|on record|in (?:a|any) (?:single |calendar )?year|for (?:a|any) (?:single |calendar )?year)`, 'i');
const YEAR_COUNT = new RegExp(`\\b(\\d{1,3})\\s+${RECORDS}\\s+in\\s+((?:19|20)\\d\\d)\\b`, 'i');
const STREAK = new RegExp(`\\b${COUNT_WORD}[\\s-]+(?:straight|consecutive|successive)\\s+(?:all-time high|record close|record high|record|closing high|record-high close)s?\\b(?!\\s+(?:in|for|of)\\s)`, 'i');
const SHARE_BEFORE = /\bat\s+(?:a\s+|an\s+)?(?:new\s+)?(?:peak|record(?:\s+(?:high|close))?|all-time high|closing high)\s+(?:about\s+|nearly\s+|roughly\s+)?$/i;
const SHARE_AFTER = /^(?:\s*(?:%|percent))?\s+of\s+the\s+(?:time|sessions|trading days)\b/i;

function countStated(raw: string, start: number, value: number): StatedNumber {
  return { type: 'number', value, decimals: 0, unit: 'count', hedge: 'exact', signed: false, raw, start, end: start + raw.length };
}

/** The record-count claims of a sentence (rank, a past year's count, consecutive records). */
export function recordRunClaims(ctx: SentenceContext): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  for (const { m, start, end } of matches(RANK, ctx)) {
    const rank = countOfWord(m[1] ?? '');
    if (rank === null || rank < 1) continue;
    claims.push({ ...claimBase(ctx, subjectAt(ctx, start), start, end), kind: 'record-run', metric: 'record_count_rank', year: null, stated: countStated(m[1] ?? '', start, rank) });
  }
  const articleYear = civilFromDay(ctx.articleDay).year;
  for (const { m, start, end } of matches(YEAR_COUNT, ctx)) {
    const year = Number(m[2]);
    if (year >= articleYear) continue;
    claims.push({ ...claimBase(ctx, subjectAt(ctx, start), start, end), kind: 'record-run', metric: 'record_count_year', year, stated: countStated(m[1] ?? '', start, Number(m[1])) });
  }
  for (const { m, start, end } of matches(STREAK, ctx)) {
    const length = countOfWord(m[1] ?? '');
    if (length === null || length < 2) continue;
    claims.push({ ...claimBase(ctx, subjectAt(ctx, start), start, end), kind: 'record-run', metric: 'record_streak_days', year: null, stated: countStated(m[1] ?? '', start, length) });
  }
  return claims;
}

/** "has ended a session at a peak 28% of the time": the share of the year's sessions at a record; null otherwise. */
export function recordShareClaim(read: Reading): ClaimDraft | null {
  const { ctx, token, before, hedge, subject, start } = read;
  if (token.unit !== 'percent' || !SHARE_BEFORE.test(before)) return null;
  const after = SHARE_AFTER.exec(ctx.text.slice(token.end, token.end + 30));
  if (after === null) return null;
  return { ...claimBase(ctx, subject, start, token.end + after[0].length), kind: 'record-run', metric: 'record_share_ytd', year: null, stated: statedNumber(token, 'percent', 0, hedge) };
}
