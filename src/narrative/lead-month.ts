/**
 * A month's result in the lead: whether the month is over on a fact's date, and how much a
 * month's "biggest since" is weighted when the lead's news is chosen (a year or more back: up
 * 30; half a year or more: up 15, above "just short of its record").
 */
import type { Fact } from '../facts/index.js';
import { periodEndsOf, type StoryContext } from './pool.js';
import { dayOfIso, monthsBetween } from './phrases.js';

/** Weight added to a month's result on its last session reaching back a year or more, or half a year or more (score points). */
const MONTH_END_WEIGHT = { year: 30, halfYear: 15 } as const;
/** Months back a month's "biggest since" must reach for each weight. */
const MONTH_END_MONTHS = { year: 12, halfYear: 6 } as const;
/** Taken off a month-in-progress "on track" when choosing, so that the day's own news of similar weight leads (score points). */
export const MONTH_IN_PROGRESS_DISCOUNT = 10;

/** True when the month of `fact` is over on its date (the month's last session). */
export function isMonthOver(fact: Fact, ctx: StoryContext | undefined): boolean {
  return (fact.kind === 'month-on-track' && fact.isMonthComplete) || (ctx !== undefined && periodEndsOf(ctx, fact.symbol).month);
}

/** Months back a completed month's "biggest since" reaches (Infinity: the data's biggest); 0 for any other fact or a month in progress. */
function monthEndReach(fact: Fact, ctx: StoryContext | undefined): number {
  if (fact.kind !== 'month-on-track' || !isMonthOver(fact, ctx)) return 0;
  return fact.sinceMonth === null ? Infinity : monthsBetween(fact.sinceMonth, fact.date);
}

/** The score a month's result on its last session gains when the lead's news is chosen: 30 for a year or more back, 15 for half a year; else 0. */
export function monthEndWeight(fact: Fact, ctx: StoryContext | undefined): number {
  const months = monthEndReach(fact, ctx);
  return months >= MONTH_END_MONTHS.year ? MONTH_END_WEIGHT.year : months >= MONTH_END_MONTHS.halfYear ? MONTH_END_WEIGHT.halfYear : 0;
}

/** True for a month's result on its last session that reaches back a year or more (or is the data's biggest): big enough to join another index's lead as its "as" clause. */
export function isMonthEndNews(fact: Fact, ctx: StoryContext): boolean {
  return monthEndReach(fact, ctx) >= MONTH_END_MONTHS.year;
}

/** True for a month's result on its last session that reaches back half a year or more: said with a close just short of the record. */
export function isHalfYearMonthEnd(fact: Fact, ctx: StoryContext): boolean {
  return monthEndReach(fact, ctx) >= MONTH_END_MONTHS.halfYear;
}

/** A day's "biggest since" this many days back or more (half a year) is told beside a month's end that leads. */
const DAY_BESIDE_MONTH_DAYS = 182;

/**
 * True for the benchmark's one-day superlative to tell in the lead paragraph when its month's
 * end leads: a `biggest-move` of the day whose "since" reaches half a year or more back ("The index
 * also had its biggest one-day drop since Oct. 27, 1997.", Aug. 31, 1998). One that only
 * reaches the data's start is not.
 */
export function isDayBesideMonth(fact: Fact, lead: Fact | null): boolean {
  if (lead?.kind !== 'month-on-track' || !lead.isMonthComplete) return false;
  return fact.kind === 'biggest-move' && fact.period === 'day' && fact.sinceDate !== null && dayOfIso(fact.date) - dayOfIso(fact.sinceDate) >= DAY_BESIDE_MONTH_DAYS;
}
