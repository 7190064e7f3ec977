/**
 * Figures of a day before the article's: "The index had started the day nearly 19% below its
 * record" is as of the close before the article's session (the prior session of the exchange
 * calendar); "it set its 57th record close on Dec. 6, at 6,090.27" is Dec. 6's close.
 */
import type { DayNumber } from '../../../core/date.js';
import { resolveMentionDay } from '../tokens/dates.js';
import { calendarOf } from '../../../calendar/index.js';
import { DAY_BEFORE_WORDS } from '../rules/when.js';
import { clauseOf, type ClaimDraft, type SentenceContext } from './context.js';

/** Metrics that are a standing as of a close (not the day's move itself). */
const STANDING_METRICS: ReadonlySet<string> = new Set(['close', 'pct_from_record', 'record_close', 'ytd_pct', 'mtd_pct', 'wtd_pct', 'qtd_pct', 'ytd_points', 'mtd_points', 'wtd_points', 'qtd_points', 'streak_days', 'record_count_ytd']);

/** The claim moved to the prior session when its clause says where the instrument stood coming into the day. */
export function shiftToDayBefore(claim: ClaimDraft, ctx: SentenceContext): ClaimDraft {
  if (claim.day !== ctx.articleDay || !STANDING_METRICS.has(claim.metric)) return claim;
  const at = 'start' in claim.stated ? claim.stated.start : claim.start;
  const clause = clauseOf(ctx, at);
  const words = DAY_BEFORE_WORDS.exec(ctx.text.slice(clause.start, Math.max(clause.end, claim.end)));
  if (words === null) return claim;
  const calendar = calendarOf('nyse');
  if (!calendar.covers(ctx.articleDay) || !calendar.covers((ctx.articleDay - 7) as DayNumber)) return claim;
  const day: DayNumber = calendar.previousSession(ctx.articleDay);
  return { ...claim, day, reading: { ...claim.reading, date: { from: 'date', text: words[0] } } };
}

/** A close right after the date it is of: "on Dec. 6, at 6,090.27", "Jan. 26, at 2,872.87". */
const DATE_THEN_LEVEL = /^,?\s+at\s+$/i;

/** A close said right after a date ("on Dec. 6, at 6,090.27") is that date's close, not the article day's. */
export function shiftToDateOfLevel(claim: ClaimDraft, ctx: SentenceContext): ClaimDraft {
  if (claim.day !== ctx.articleDay || claim.metric !== 'close' || !('start' in claim.stated)) return claim;
  const at = claim.stated.start;
  const date = ctx.dates.filter((d) => d.day !== null && d.end <= at).at(-1);
  if (date === undefined || !DATE_THEN_LEVEL.test(ctx.text.slice(date.end, at))) return claim;
  const day = resolveMentionDay(date, ctx.articleDay, true);
  return day === null ? claim : { ...claim, day, reading: { ...claim.reading, date: { from: 'date', text: date.raw } } };
}
