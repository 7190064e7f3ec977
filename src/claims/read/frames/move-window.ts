/**
 * A day's move said to be the largest in a window: "its biggest drop in 16 months", "the
 * worst day in more than a year", "its worst day in 21 years", "its worst day ever".
 */
import type { DayNumber } from '../../../core/date.js';
import { shiftMonths } from '../../../series/calendar.js';
import { claimBase } from './claim-base.js';
import { subjectAt, type ClaimDraft, type SentenceContext } from './context.js';
import { DOWN_WORDS, matches, RANK_BEFORE, UP_WORDS, WORST_WORDS } from './phrases.js';
import { CARDINAL_WORDS, countOfWord } from '../tokens/numbers.js';

const SUPERLATIVE = '(biggest|largest|worst|best|sharpest|steepest|heaviest|deepest|strongest|weakest|roughest|poorest|toughest|ugliest)';
const MOVE = '((?:(?:one|single)-(?:day|session)\\s+|daily\\s+|point\\s+|percentage\\s+|one-day\\s+point\\s+)?(?:day|session|showing|performance|drop|decline|loss|fall|slide|selloff|sell-off|gain|rise|rally|advance|jump|surge|plunge|tumble))';
const IN_WINDOW = new RegExp(`\\b${SUPERLATIVE}\\s+${MOVE}\\s+(?:in\\s+(more\\s+than\\s+|over\\s+|nearly\\s+|almost\\s+|about\\s+)?(?:the\\s+(?:past|last)\\s+)?(an?|\\d{1,3}|${CARDINAL_WORDS})\\s+(years?|months?|weeks?)|(ever|on record|in history))\\b`, 'i');

/** The date `count` units before `day` (the same day of the month, clamped). */
export function windowStart(day: DayNumber, count: number, unit: string): DayNumber {
  if (unit === 'week') return (day - 7 * count) as DayNumber;
  return shiftMonths(day, -(unit === 'year' ? 12 * count : count));
}

/**
 * The window's start for "in N units": N units back, less half a unit for a rounded count
 * ("its worst day in 21 years" of a move 20.9 years back); exactly N units for "more than N".
 */
export function roundedWindowStart(day: DayNumber, count: number, unit: string, atLeast: boolean): DayNumber {
  const full = windowStart(day, count, unit);
  if (atLeast) return full;
  const less = windowStart(day, count - 1, unit);
  return Math.round((full + less) / 2) as DayNumber;
}

/**
 * Drops a move-in-a-window claim that follows a figure of another period in its sentence
 * ("climbing 13.8% in the first half, their largest gain in the past 14 years" is the half's).
 */
export function withoutOtherPeriodWindows(claims: readonly ClaimDraft[]): ClaimDraft[] {
  const kept: ClaimDraft[] = [];
  for (const claim of claims) {
    if (claim.kind !== 'move-window') {
      kept.push(claim);
      continue;
    }
    // The figure it qualifies: the last move before it (a level, "at 6,904.59", qualifies nothing).
    const before = claims.filter((c) => c.kind !== 'move-window' && c.end <= claim.start && c.stated.type === 'number' && !(c.kind === 'number' && (c.metric === 'close' || c.metric === 'prev_close'))).at(-1);
    if (before !== undefined && (!(before.kind === 'number' && before.metric.startsWith('change_1d')) || before.reading.notComputed !== null)) continue;
    // The figure it qualifies was itself a guess ("climbing 13.8%" read as the day for want of a period): so is this.
    const guessed = before !== undefined && before.reading.period.from === 'none' && before.reading.doubts.length > 0;
    const figure = before !== undefined && before.kind === 'number' && before.metric === 'change_1d_pct' && before.reading.period.from === 'none' ? before.stated.value : null;
    kept.push(guessed ? { ...claim, figure, reading: { ...claim.reading, doubts: [...claim.reading.doubts, ...before.reading.doubts] } } : { ...claim, figure });
  }
  return kept;
}

/** The move-in-a-window claims of a sentence. */
export function moveWindowClaims(ctx: SentenceContext): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  for (const { m, start, end } of matches(IN_WINDOW, ctx)) {
    if (RANK_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 12), start))) continue;
    const word = (m[1] ?? '').toLowerCase();
    const move = m[2] ?? '';
    const direction = UP_WORDS.test(move) ? 'up' : DOWN_WORDS.test(move) ? 'down' : /best|strongest/.test(word) ? 'up' : WORST_WORDS.test(word) ? 'down' : null;
    const metric = /\bpoint\b/i.test(move) && !/percentage/i.test(move) ? 'biggest_1d_points_in_window' : 'biggest_1d_in_window';
    const base = claimBase(ctx, subjectAt(ctx, start), start, end);
    if (m[6] !== undefined) {
      claims.push({ ...base, kind: 'move-window', metric, direction, from: null, window: m[6], figure: null, stated: { type: 'flag', value: true, raw: m[0] } });
      continue;
    }
    const count = m[4] === undefined || /^an?$/i.test(m[4]) ? 1 : countOfWord(m[4]);
    const unit = (m[5] ?? '').toLowerCase().replace(/s$/, '');
    if (count === null || count < 1) continue;
    const window = m[0].slice(m[0].toLowerCase().indexOf(' in ') + 4);
    const atLeast = m[3] !== undefined && /more|over/i.test(m[3]);
    claims.push({ ...base, kind: 'move-window', metric, direction, from: roundedWindowStart(ctx.articleDay, count, unit, atLeast), window, figure: null, stated: { type: 'flag', value: true, raw: m[0] } });
  }
  return claims;
}
