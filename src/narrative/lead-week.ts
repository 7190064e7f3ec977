/**
 * A week's result in the lead, on the week's last session. A week's superlative that reaches a
 * year or more back (or is the data's biggest) and further back than the day's own "biggest
 * since", not being mostly the day's move, is weighted above the day's own news (April 14,
 * 2000: the S&P 500's worst week since 1987, the Nasdaq's worst in the data); a nearer one
 * ("its best week since March") below it, so it leads a day without news of its own and is
 * otherwise said in the index's own paragraph.
 */
import type { BiggestMoveFact, DayMoveFact, Fact, WeekResultFact } from '../facts/index.js';
import { dayOfIso } from './phrases.js';
import type { FactPool } from './pool.js';

/** A week's "since" this many days back or more can outscore the day. */
const WEEK_LEAD_DAYS = 365;
/** Weight added to such a week when the lead's news is chosen (score points). */
const WEEK_END_WEIGHT = 30;
/** Taken off any other week's result that is news (score points): the day's own news of similar weight leads. */
const NEAR_WEEK_DISCOUNT = 10;
/** The rest of the week (without the day) must have moved the week's way by this share of the week's move, or the week is the day's. */
const REST_OF_WEEK_SHARE = 1 / 3;

/** A day this quiet (the index's move, percent, in size)... */
const QUIET_DAY_PCT = 0.5;
/** ...leads with its week when the week moved at least this much (percent, in size)... */
const QUIET_WEEK_MIN_PCT = 1;
/** ...and the week's "best since" reaches this many days back (four weeks; a paragraph says a "since" from 13 weeks back). */
const QUIET_WEEK_SINCE_DAYS = 28;

/**
 * True for a stock index's week that leads a day with little of its own: the day moved less than
 * 0.5%, the week 1% or more, its "since" four weeks back or more ("fell 0.1% on Friday, but ended
 * with a weekly gain of 1.6%, its best since March", May 19, 2023). Yields and the VIX: never.
 */
export function isQuietDayWeek(fact: Fact, day: DayMoveFact | undefined): boolean {
  if (fact.kind !== 'week-result' || fact.unit !== 'pct' || fact.sinceDate === null || day === undefined) return false;
  return Math.abs(day.move) < QUIET_DAY_PCT && Math.abs(fact.move) >= QUIET_WEEK_MIN_PCT && dayOfIso(fact.date) - dayOfIso(fact.sinceDate) >= QUIET_WEEK_SINCE_DAYS;
}

/** True for a week's result whose "since" reaches a year or more back, or that is the data's biggest (a year of data or more). */
export function isWeekEndNews(fact: Fact): boolean {
  if (fact.kind !== 'week-result' || !fact.sinceIsNews) return false;
  return fact.sinceDate === null || dayOfIso(fact.date) - dayOfIso(fact.sinceDate) >= WEEK_LEAD_DAYS;
}

/** True when the week's move is mostly the day's: the sessions before it moved the week's way by less than a third of the week (Oct. 13, 1989). */
function isMostlyTheDay(week: WeekResultFact, day: DayMoveFact | undefined): boolean {
  if (day === undefined) return false;
  const rest = week.unit === 'bp' ? week.move - day.move : ((1 + week.move / 100) / (1 + day.move / 100) - 1) * 100;
  return !(Math.sign(rest) === Math.sign(week.move) && Math.abs(rest) >= Math.abs(week.move) * REST_OF_WEEK_SHARE);
}

/** True when the week's "since" reaches further back than the day's own (none: it does; the day the data's biggest: it does not). */
function reachesBeyondTheDay(week: WeekResultFact, day: BiggestMoveFact | undefined): boolean {
  if (day === undefined) return true;
  if (day.sinceDate === null) return false;
  return week.sinceDate === null || week.sinceDate < day.sinceDate;
}

/** True for a week's result that outscores the day's own news in the lead (see the module comment). */
function isWeekOverTheDay(fact: WeekResultFact, pool: FactPool): boolean {
  return (
    isWeekEndNews(fact) &&
    !isMostlyTheDay(fact, pool.peek(fact.symbol, 'day-move')) &&
    reachesBeyondTheDay(fact, pool.peek(fact.symbol, 'biggest-move', (f) => f.period === 'day'))
  );
}

/** Weight added to a quiet day's week (score points): above a snapped four-day streak, below a close highest in a year. */
const QUIET_WEEK_WEIGHT = 15;

/**
 * The change to a week's result's score when the lead's news is chosen: up 30 when it outscores
 * the day, up 15 on a quiet day ({@link isQuietDayWeek}), else down 10; 0 for any other fact.
 */
export function weekEndWeight(fact: Fact, pool: FactPool): number {
  if (fact.kind !== 'week-result') return 0;
  if (isWeekOverTheDay(fact, pool)) return WEEK_END_WEIGHT;
  return isQuietDayWeek(fact, pool.peek(fact.symbol, 'day-move')) ? QUIET_WEEK_WEIGHT : -NEAR_WEEK_DISCOUNT;
}

/** True for another index's week's result big enough to join the lead as its "as" clause: one that outscores its own day. */
export function isWeekAsNews(fact: Fact, pool: FactPool): boolean {
  return fact.kind === 'week-result' && isWeekOverTheDay(fact, pool);
}

/**
 * True when `a` is another index's better "as" news than `b` on equal scores: both the data's
 * biggest week, `a`'s data beginning earlier ("the Nasdaq's worst week since at least
 * 1971" before the Dow's, whose begin in 1992).
 */
export function reachesFurtherBack(a: Fact, b: Fact): boolean {
  return a.kind === 'week-result' && b.kind === 'week-result' && a.sinceDate === null && b.sinceDate === null && a.dataStart < b.dataStart;
}
