/**
 * Choosing the lead's news: which facts can be a lead clause's news (the day's own, a month's or
 * a week's result at its end), the score each is chosen by (a month's end and a long week
 * weighted up, a month in progress down), another index's news for the first sentence's "as"
 * clause, and whether a yield or the VIX is the day's story instead of stocks.
 */
import type { Instrument } from '../core/instrument.js';
import type { DayMoveFact, Fact, YearResultFact } from '../facts/index.js';
import { isAgainstTheDay, isEarlyMonthOnTrack, isRecentMonthOnTrack, reachesDataStart } from './filler.js';
import { isPointStory } from './market.js';
import { dayOfIso } from './phrases.js';
import type { FactPool, StoryContext } from './pool.js';
import { isMonthEndNews, isMonthOver, MONTH_IN_PROGRESS_DISCOUNT, monthEndWeight } from './lead-month.js';
import { isQuietDayWeek, isWeekAsNews, weekEndWeight } from './lead-week.js';

/** Kinds of news a lead clause can carry, best first on equal scores. */
export const NEWS_KINDS: ReadonlySet<Fact['kind']> = new Set([
  'record-close',
  'milestone',
  'drawdown-change',
  'biggest-move',
  'point-move',
  'point-rank',
  'two-day-move',
  'extreme-since',
  'month-on-track',
  'week-result',
  'near-record',
  'ytd-turn',
  'streak',
  'fifty-two-week',
  'drawdown-standing',
]);

/** A correction this deep (percent below the peak) is the brink of a bear market: news for the lead. */
export const NEAR_BEAR_PCT = 18;
/** The lead score of a benchmark on the brink of a bear market: above a month's or a week's result, below a record, a drawdown change or a move reaching decades back. */
const NEAR_BEAR_LEAD_SCORE = 85;

/** True for a standing correction within two points of a bear market ("19.8% below its record"). */
export function isNearBear(fact: Fact): boolean {
  return fact.kind === 'drawdown-standing' && fact.state === 'correction' && fact.drawdownPct >= NEAR_BEAR_PCT && fact.drawdownPct < 20;
}

/** Kinds of news the second sentence gives the Dow and the Nasdaq: the day's own, not the month's. */
export const DAY_NEWS_KINDS: ReadonlySet<Fact['kind']> = new Set(['record-close', 'milestone', 'drawdown-change', 'biggest-move', 'point-move', 'point-rank', 'two-day-move', 'extreme-since', 'near-record', 'ytd-turn', 'streak']);

/** Kinds that make another index's news big enough to join the first sentence ("as ..."). */
export const AS_KINDS: ReadonlySet<Fact['kind']> = new Set(['record-close', 'milestone', 'drawdown-change', 'biggest-move', 'extreme-since']);

/**
 * Another index's news that can join the first sentence: AS_KINDS, a month's or a week's result
 * that is news at its end (`withPeriods`), and on the year's last session its year ranked
 * (`withYear`); never a superlative that only reaches the data's start ("in data back to 1992").
 */
export function alsoNews(pool: FactPool, symbol: string, ctx: StoryContext, withPeriods: boolean, withYear = false): Fact | undefined {
  const day = pool.peek(symbol, 'day-move');
  const benchYear = withYear ? pool.peek(ctx.benchmark ?? '', 'year-result') : undefined;
  return pool
    .all(symbol)
    .filter(
      (fact) =>
        (!reachesDataStart(fact) && ((AS_KINDS.has(fact.kind) && isLeadNews(fact, day, ctx)) || (withPeriods && (isMonthEndNews(fact, ctx) || isWeekAsNews(fact, pool))) || (withYear && isYearAsNews(fact, benchYear)))) ||
        isLongDataMonth(fact, ctx, pool),
    )
    .reduce<Fact | undefined>((best, f) => (best === undefined || alsoScore(f, pool) > alsoScore(best, pool) ? f : best), undefined);
}

/** Data this many years long make a month that is the data's biggest news beside the benchmark's month. */
const LONG_DATA_YEARS = 25;

/**
 * A month over that is the biggest in 25 years of data or more, on a day the benchmark's own month
 * is over and reaches less far: "The Russell 2000 had its best month since at least
 * 1987." beside the S&P 500's best month since April (Nov. 30, 2020). The one data-limited
 * superlative that joins the lead.
 */
function isLongDataMonth(fact: Fact, ctx: StoryContext, pool: FactPool): boolean {
  if (fact.kind !== 'month-on-track' || fact.sinceMonth !== null || fact.wholeHistory || !isMonthOver(fact, ctx) || fact.unit !== 'pct') return false;
  if (dayOfIso(fact.date) - dayOfIso(fact.dataStart) < LONG_DATA_YEARS * 365.25) return false;
  const bench = pool.peek(ctx.benchmark ?? '', 'month-on-track');
  return bench !== undefined && isMonthOver(bench, ctx) && bench.sinceMonth !== null && Math.sign(bench.move) === Math.sign(fact.move);
}

/**
 * On the year's last session, another index's year whose "since" is news and reaches further
 * back than the benchmark's own ("as the Nasdaq composite had its best year ever"); one that
 * only reaches the data's start ("since at least 1992") or echoes the benchmark's
 * "since 2013" is not.
 */
function isYearAsNews(fact: Fact, benchYear: YearResultFact | undefined): boolean {
  if (fact.kind !== 'year-result' || !fact.sinceIsNews || fact.unit !== 'pct' || reachesDataStart(fact)) return false;
  const reach = (f: YearResultFact): number => f.sinceYear ?? Number.NEGATIVE_INFINITY;
  return benchYear === undefined || !benchYear.sinceIsNews || reach(fact) < reach(benchYear);
}

/** The weight of another index's year ranked at its end: the year is the story of its last session, above the day's own news. */
const YEAR_AS_WEIGHT = 5;

/** The weight of another index entering a bear market: the day's biggest story after a move reaching decades back ("as the Nasdaq enters a bear market"). */
const BEAR_AS_WEIGHT = 15;

/** The score another index's news is chosen by for the "as" clause: its own, a week that outscores its day, a year at its end and a bear market weighted up. */
export function alsoScore(fact: Fact, pool: FactPool): number {
  if (fact.kind === 'year-result') return fact.score + YEAR_AS_WEIGHT;
  if (fact.kind === 'drawdown-change' && fact.to === 'bear' && fact.from !== 'bear') return fact.score + BEAR_AS_WEIGHT;
  return fact.kind === 'week-result' ? fact.score + Math.max(0, weekEndWeight(fact, pool)) : fact.score;
}

/**
 * True when the benchmark's entering a correction or a bear market (`entered`) comes before
 * another index's news (`also`) in the lead and the headline: it scores at least as much.
 */
export function enteredOutranks(entered: Fact, also: Fact | null): boolean {
  return also === null || entered.score >= also.score;
}

/** A Dow or Nasdaq clause in the second sentence needs news scoring at least this. */
export const SECOND_SENTENCE_MIN_SCORE = 45;

/** Bonds or the VIX lead only with news scoring at least this... */
const OTHER_LEAD_MIN_SCORE = 75;
/** ...while the S&P 500 moved less than this (percent). */
const QUIET_STOCKS_PCT = 1;

/** True for a fact that can give a lead clause its news on this day. */
function isLeadNews(fact: Fact, day: DayMoveFact | undefined, ctx: StoryContext | undefined): boolean {
  if (!NEWS_KINDS.has(fact.kind)) return false;
  if (fact.kind === 'drawdown-standing') return isNearBear(fact);
  if (fact.kind === 'point-move' || fact.kind === 'point-rank') return isPointStory(fact.symbol);
  if (fact.kind === 'biggest-move' && fact.period !== 'day') return false;
  // A week's result is the lead's news when its "since" is (weighted up when it reaches a year or more back), or on a quiet day a nearer one.
  if (fact.kind === 'week-result') return fact.sinceIsNews || isQuietDayWeek(fact, day);
  // At a month's end the month is the story whichever way the day went ("fell ..., but ended November with a 10.8% gain, its best month since April").
  if (fact.kind === 'month-on-track') return !isEarlyMonthOnTrack(fact) && !isRecentMonthOnTrack(fact) && (isMonthOver(fact, ctx) || !isAgainstTheDay(fact, day?.move));
  return true;
}

/**
 * The score a fact is chosen by for a lead clause: its own, with a month's end and a week's
 * result reaching a year back weighted up, a
 * drawdown change first on equal scores, and the Dow's largest point move in the data just
 * above a capped percent "since" (its point record is the Dow's story), and, when it is the
 * largest ever (beyondDataStart), above a percent largest "in the data".
 */
function leadScore(fact: Fact, ctx: StoryContext | undefined, pool: FactPool): number {
  const monthEnd = monthEndWeight(fact, ctx);
  if (monthEnd > 0) return fact.score + monthEnd;
  if (fact.kind === 'week-result') return fact.score + weekEndWeight(fact, pool);
  // The largest point move ever (beyond the data's start) outranks a percent record that is only the data's.
  if (fact.kind === 'point-move' && fact.sinceDate === null) return fact.score + (fact.beyondDataStart ? 11 : 5.5);
  if (fact.kind === 'drawdown-change') return fact.score + 1;
  if (fact.kind === 'drawdown-standing') return Math.max(fact.score, NEAR_BEAR_LEAD_SCORE);
  // A month still in progress is a weaker lead than the day's own news.
  if (fact.kind === 'month-on-track') return fact.score - MONTH_IN_PROGRESS_DISCOUNT;
  return fact.score;
}

/** The instrument's best fact that can be a lead's news, or undefined. */
export function bestNews(pool: FactPool, symbol: string, kinds: ReadonlySet<Fact['kind']> = NEWS_KINDS, ctx?: StoryContext): Fact | undefined {
  const day = pool.peek(symbol, 'day-move');
  return pool
    .all(symbol)
    .filter((fact) => kinds.has(fact.kind) && isLeadNews(fact, day, ctx))
    .reduce<Fact | undefined>((best, f) => (best === undefined || leadScore(f, ctx, pool) > leadScore(best, ctx, pool) ? f : best), undefined);
}

/** True when a yield or the VIX is the day's story: big news while the S&P 500 moved little and stocks had less. */
export function otherLeader(pool: FactPool, instruments: readonly Instrument[], stockIndexes: readonly Instrument[], bench: Instrument | undefined): Instrument | undefined {
  const benchMove = bench === undefined ? undefined : pool.peek(bench.symbol, 'day-move')?.move;
  if (benchMove !== undefined && Math.abs(benchMove) >= QUIET_STOCKS_PCT) return undefined;
  const stockScore = Math.max(0, ...stockIndexes.map((i) => bestNews(pool, i.symbol)?.score ?? 0));
  const others = instruments.filter((i) => i.kind === 'yield' || i.kind === 'volatility');
  let best: { instrument: Instrument; score: number } | undefined;
  for (const instrument of others) {
    const news = bestNews(pool, instrument.symbol, AS_KINDS);
    if (news === undefined || news.score < OTHER_LEAD_MIN_SCORE || news.score <= stockScore) continue;
    if (best === undefined || news.score > best.score) best = { instrument, score: news.score };
  }
  return best?.instrument;
}
