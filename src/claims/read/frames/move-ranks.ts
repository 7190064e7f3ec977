/**
 * A day's move ranked ("its third-best day since 1940", "the sixth-worst decline ever
 * measured in points") and days past a point threshold ("only the ninth time in history" it
 * ended more than 600 points down, "the eight other times", "its previous drop of more than
 * 600 points came on June 24, 2016").
 */
import { dayFromCivil } from '../../../core/date.js';
import { claimBase } from './claim-base.js';
import { subjectAt, type ClaimDraft, type SentenceContext } from './context.js';
import { DOWN_WORDS, matches, UP_WORDS, WORST_WORDS } from './phrases.js';
import { resolveMentionDay } from '../tokens/dates.js';
import { COUNT_WORD, countOfWord } from '../tokens/numbers.js';
import type { StatedNumber } from '../../types.js';

const MOVE_WORDS = '(?:day|session|performance|gain|drop|decline|loss|rally|advance|fall|selloff|sell-off|plunge|jump|rise|slide|rout)';
const RANKED = new RegExp(
  `\\b${COUNT_WORD}[- ](best|worst|biggest|largest|strongest|weakest|sharpest|steepest)\\s+((?:(?:one|single)-(?:day|session)\\s+)?(?:point\\s+|percentage\\s+)?${MOVE_WORDS})s?\\b([^.;]{0,30}?)\\s*\\b(?:since\\s+((?:19|20)\\d\\d)\\b|(ever|on record|in (?:its )?history)\\b)`,
  'i',
);
/** "more than 600 points": a threshold in points, and the words of direction around it. */
const THRESHOLD = /\b(?:more than|over|in excess of)\s+(\d{1,3}(?:,\d{3})*|\d+)\s+points?\b/i;
const ORDINAL_TIME = new RegExp(`\\b${COUNT_WORD}\\s+time\\s+(?:ever|on record|in (?:its )?history)\\b`, 'i');
const OTHER_TIMES = new RegExp(`\\bthe\\s+${COUNT_WORD}\\s+other\\s+times\\b`, 'i');
const PREVIOUS = /\b(?:previous|last|prior)\s+(drop|decline|fall|loss|gain|rise|advance|rally)\s+of\s+(?:more than|over)\s+(\d{1,3}(?:,\d{3})*|\d+)\s+points\s+(?:came|was|occurred|happened)\s+(?:on\s+)?/i;

function rankStated(raw: string, at: number, value: number): StatedNumber {
  return { type: 'number', value, decimals: 0, unit: 'count', hedge: 'exact', signed: false, raw, start: at, end: at + raw.length };
}

/** The ranked-move and point-threshold claims of a sentence. */
export function moveRankClaims(ctx: SentenceContext): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  for (const { m, start, end } of matches(RANKED, ctx)) {
    const rank = countOfWord(m[1] ?? '');
    if (rank === null || rank < 2) continue;
    const word = (m[2] ?? '').toLowerCase();
    const move = m[3] ?? '';
    const direction = UP_WORDS.test(move) ? 'up' : DOWN_WORDS.test(move) ? 'down' : /best|strongest/.test(word) ? 'up' : WORST_WORDS.test(word) ? 'down' : null;
    if (direction === null) continue;
    const tail = `${m[4] ?? ''} ${ctx.text.slice(end, Math.min(ctx.sentence.end, end + 30))}`;
    const points = /\bpoint\b/i.test(move) || /\bin points\b|\bin point terms\b|\bon a point basis\b/i.test(tail);
    const from = m[5] === undefined ? null : dayFromCivil(Number(m[5]), 1, 1);
    claims.push({ ...claimBase(ctx, subjectAt(ctx, start), start, end), kind: 'move-rank', metric: points ? 'rank_1d_points' : 'rank_1d', direction, from, stated: rankStated(m[1] ?? '', start, rank) });
  }
  claims.push(...thresholdClaims(ctx));
  return claims;
}

/** The direction of a threshold move from the words of its sentence ("points down", "drop of"). */
function thresholdDirection(words: string): 'up' | 'down' | null {
  if (/\b(?:down|lower|drops?|declines?|fell|falls?|loss(?:es)?|lost|tumbled|plunged|sank)\b/i.test(words)) return 'down';
  if (/\b(?:up|higher|gains?|gained|rose|rises?|rall(?:y|ied)|jumped|surged|advanced?)\b/i.test(words)) return 'up';
  return null;
}

function thresholdClaims(ctx: SentenceContext): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  const sentence = ctx.sentence.text;
  const threshold = THRESHOLD.exec(sentence);
  const direction = thresholdDirection(sentence);
  if (threshold !== null && direction !== null) {
    const points = Number((threshold[1] ?? '').replace(/,/g, ''));
    for (const [regex, excludesDate] of [[ORDINAL_TIME, false], [OTHER_TIMES, true]] as const) {
      for (const { m, start, end } of matches(regex, ctx)) {
        const count = countOfWord(m[1] ?? '');
        if (count === null || count < 1) continue;
        const countAt = start + m[0].indexOf(m[1] ?? '');
        claims.push({ ...claimBase(ctx, subjectAt(ctx, start), start, end), kind: 'point-threshold', metric: 'count_1d_points_beyond', points, direction, excludesDate, stated: rankStated(m[1] ?? '', countAt, count) });
      }
    }
  }
  for (const { m, start, end } of matches(PREVIOUS, ctx)) {
    const date = ctx.dates.find((d) => d.start === end);
    const day = date === undefined || date.day === null ? null : resolveMentionDay(date, ctx.articleDay, true);
    if (date === undefined || day === null) continue;
    const points = Number((m[2] ?? '').replace(/,/g, ''));
    const direction = /gain|rise|advance|rally/i.test(m[1] ?? '') ? 'up' : 'down';
    const stated = { type: 'date' as const, day, precision: 'day' as const, yearGiven: date.year !== null, raw: date.raw, start: date.start, end: date.end };
    claims.push({ ...claimBase(ctx, subjectAt(ctx, start), start, date.end), kind: 'point-threshold', metric: 'last_1d_points_beyond', points, direction, excludesDate: true, stated });
  }
  return claims;
}
