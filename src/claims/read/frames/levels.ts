/**
 * Figures that are levels rather than moves: a close ("closed at", "to", "from" a prior
 * close, "at 3,369.16 on Nov. 3, 2020"), a close beyond a level ("above the 1.5% level"), and
 * the 52-week high or low with the distance from it.
 */
import { resolveMentionDay } from '../tokens/dates.js';
import { claimBase, statedNumber } from './claim-base.js';
import type { Reading } from './numbers.js';
import type { NumberClaim } from '../../types.js';

/** Words right before a figure that make it a level: "closed at", "to", "stood at". */
export const LEVEL_CUE = /\b(?:clos(?:ed|ing|es)|end(?:ed|ing|s)|finish(?:ed|ing|es)|settl(?:ed|ing|es)|stood|stands|was|is|at|to|reach(?:ed|ing|es)?|hit|yield(?:ed|ing|s)?|of|near|around)\s+(?:(?:the (?:day|session)|trading)\s+)?(?:at\s+)?(?:about|around|roughly|nearly|almost|just under|just over|some)?\s*$/i;
/**
 * Between a date and a figure, the words that make the figure that date's close: "Jan. 4 close
 * of", "Oct. 31, 2007, close of", "its May 22 high of" (a dated high is read as that day's
 * close, a disagreement only a doubt: it may be the day's intraday high).
 */
const DATED_CLOSE_BETWEEN = /^,?\s*(close|closing level|finish|high)\s+of\s+(?:about|around|roughly|nearly|almost)?\s*$/i;
/** "from 4.41%": the level before a move. */
export const FROM_CUE = /\bfrom\s+(?:about|around|roughly|nearly|almost)?\s*$/i;

const WEEK52_LEVEL_BEFORE = /\b(?:52-week|12-month|one-year)\s+(high|low)(?:\s+close)?\s*(?:of|at|was|is)\s*$/i;
const WEEK52_DISTANCE_AFTER = /^\s*(?:from|below|above|off|under|over|higher than|lower than|beneath)\s+(?:its|the|their)\s+(?:52-week|12-month|one-year)\s+(high|low)\b/i;

/**
 * "its 52-week high of 4.231%" (the level) and "0.834 percentage point below its 52-week
 * high", "24.10% from its 52-week high" (the distance: percent of the high for a price, basis
 * points for a yield, as a magnitude).
 */
export function week52Claim(read: Reading): NumberClaim | null {
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
export function thresholdClaim(read: Reading): NumberClaim | null {
  const { ctx, token, before, subject, start } = read;
  const side = THRESHOLD_BEFORE.exec(before);
  const level = THRESHOLD_AFTER.exec(ctx.text.slice(token.end, token.end + 24));
  if (side === null || level === null) return null;
  // A percent threshold of an index is a drawdown ("the 20% threshold for a bear market"), not a level.
  if (token.unit === 'percent' && subject?.resolved?.kind !== 'yield') return null;
  if (/\bfirst time\b/i.test(ctx.text.slice(token.end, read.clause.end))) return null;
  const below = /^(?:below|under)$/i.test(side[1] ?? '');
  // The span runs to the level's noun ("above the 1.5% level"), so the claim says what it is.
  return { ...claimBase(ctx, subject, start, token.end + level[0].length), kind: 'number', metric: 'close', stated: statedNumber(token, 'level', 0, below ? 'less-than' : 'more-than') };
}

/** A close (or, after "from", the prior close) said as a level; null when no level cue stands before it. */
export function levelClaim(read: Reading): NumberClaim | null {
  const { ctx, token, before, hedge, subject, start } = read;
  // "$120 a barrel" is a price of something else, never an index's level or a yield.
  if (token.dollars && subject?.resolved !== undefined && subject.resolved !== null && subject.resolved.kind !== 'etf' && subject.resolved.kind !== 'stock') return null;
  const from = FROM_CUE.test(before);
  if (!from && !LEVEL_CUE.test(before)) return null;
  const dateAfter = ctx.dates.find((d) => d.start >= token.end && /^\s*,?\s*(?:on|as of|at the close (?:on|of))\s*(?:(?:mon|tues|wednes|thurs|fri)day,?\s*)?$/i.test(ctx.text.slice(token.end, d.start)));
  // "its Jan. 4 close of 1,172.51", "the Oct. 31, 2007, close of 2,859.12": the close of the date before it.
  const dateBefore = dateAfter === undefined ? ctx.dates.find((d) => d.end <= token.start && DATED_CLOSE_BETWEEN.test(ctx.text.slice(d.end, token.start))) : undefined;
  const dated = dateAfter ?? dateBefore;
  const onDay = dated === undefined ? null : resolveMentionDay(dated, ctx.articleDay, false);
  const unit = subject?.resolved?.kind === 'yield' ? 'percent' : 'level';
  const stated = statedNumber(token, unit === 'percent' ? 'level' : unit, 0, hedge);
  const end = dateAfter === undefined || onDay === null ? token.end : dateAfter.end;
  if (onDay !== null && dateBefore !== undefined) {
    const base = claimBase(ctx, subject, Math.min(start, dateBefore.start), end, onDay);
    const high = /high/i.test(DATED_CLOSE_BETWEEN.exec(ctx.text.slice(dateBefore.end, token.start))?.[1] ?? '');
    const reading = high ? { ...base.reading, doubts: [...base.reading.doubts, "high (the close or the day's high)"] } : base.reading;
    return { ...base, reading, kind: 'number', metric: 'close', stated };
  }
  if (onDay !== null) return { ...claimBase(ctx, subject, start, end, onDay), kind: 'number', metric: 'close', stated };
  return { ...claimBase(ctx, subject, start, end), kind: 'number', metric: from ? 'prev_close' : 'close', stated };
}
