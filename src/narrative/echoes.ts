/**
 * Superlatives that only echo another: another index's biggest move "since June 11, 2020" when
 * the benchmark's reaches as far, and a point superlative with the date of its index's own
 * percent one (or the benchmark's). The brief says the first; the echoes stay in the JSON.
 */
import type { BiggestMoveFact, Fact, MonthOnTrackFact, StreakFact, TwoDayMoveFact, WeekResultFact } from '../facts/index.js';
import { isEarlyMonthOnTrack, reachesDataStart } from './filler.js';
import { isPointStory, MAJOR_INDEXES } from './market.js';
import { dayOfIso } from './phrases.js';

/**
 * True when a "since" date reaches no further back than the benchmark's: the benchmark's is the
 * data's start (null), or as early; a data-start "since" (null) only echoes another data-start one.
 */
function reachesNoFurther(since: string | null, benchSince: string | null): boolean {
  if (since === null) return benchSince === null;
  return benchSince === null || benchSince <= since;
}

/** The benchmark's biggest move of a period ("day" or "week") on the date, or undefined. */
function benchBiggest(facts: readonly Fact[], benchmark: string | null, period: BiggestMoveFact['period'], date: string): BiggestMoveFact | undefined {
  return facts.find((f): f is BiggestMoveFact => f.kind === 'biggest-move' && f.symbol === benchmark && f.period === period && f.date === date);
}

/** A day superlative of another index reaching this many days back (five years) is news of its own. */
const OWN_NEWS_DAYS = 1826;

/**
 * True for a superlative that echoes one already told: another stock index's biggest day or
 * week whose "since" reaches no further back than the benchmark's, the same way; a point
 * superlative whose "since" is the date of its own index's (or the benchmark's) percent one; the
 * benchmark's streak (the same length and way, or the same streak snapped) of the Dow or the
 * Nasdaq, whose day the story tells beside the benchmark's ("has fallen five days in a row" said
 * once), unless its "since" reaches further back; another index's month on track for (or ending
 * with) its biggest move since a later month than the benchmark's.
 * `isIndex` tells a stock index by symbol (yields and the VIX have their own).
 */
export function isEchoOfSince(fact: Fact, facts: readonly Fact[], benchmark: string | null, isIndex: (symbol: string) => boolean): boolean {
  if (fact.symbol === benchmark && fact.kind !== 'point-move') return false;
  if (!isIndex(fact.symbol)) return false;
  if (fact.kind === 'biggest-move') {
    const bench = benchBiggest(facts, benchmark, fact.period, fact.date);
    if (bench === undefined || bench.sinceDate === null || fact.sinceDate === null || Math.sign(bench.move) !== Math.sign(fact.move)) return false;
    // A day whose "since" reaches years back is the index's own news, beside a benchmark's reaching further ("the Nasdaq ..., its biggest one-day drop since April 14, 2000").
    if (fact.period === 'day' && fact.sinceDate !== bench.sinceDate && dayOfIso(fact.date) - dayOfIso(fact.sinceDate) >= OWN_NEWS_DAYS) return false;
    return fact.sinceDate >= bench.sinceDate;
  }
  if (fact.kind === 'streak') {
    if (!MAJOR_INDEXES.includes(fact.symbol)) return false;
    const bench = facts.find((f): f is StreakFact => f.kind === 'streak' && f.symbol === benchmark && f.date === fact.date);
    if (bench === undefined || bench.days !== fact.days || bench.snapped !== fact.snapped) return false;
    return reachesNoFurther(fact.sinceDate, bench.sinceDate);
  }
  if (fact.kind === 'month-on-track') {
    // "On track for its biggest monthly drop since February 2009" beside the S&P 500's "since October 2008" adds nothing.
    const bench = facts.find((f): f is MonthOnTrackFact => f.kind === 'month-on-track' && f.symbol === benchmark && f.date === fact.date);
    if (bench === undefined || bench.sinceMonth === null || fact.sinceMonth === null || isEarlyMonthOnTrack(bench)) return false;
    // A month still in progress "since" the same month is an echo too: the month is not over, and not the story.
    const echoes = fact.sinceMonth > bench.sinceMonth || (!fact.isMonthComplete && fact.sinceMonth === bench.sinceMonth);
    return Math.sign(bench.move) === Math.sign(fact.move) && bench.isMonthComplete === fact.isMonthComplete && echoes;
  }
  if (fact.kind === 'point-move') {
    if (fact.sinceDate === null) return false;
    const own = facts.find((f): f is BiggestMoveFact => f.kind === 'biggest-move' && f.symbol === fact.symbol && f.period === 'day' && f.date === fact.date);
    const bench = benchBiggest(facts, benchmark, 'day', fact.date);
    return own?.sinceDate === fact.sinceDate || (fact.symbol !== benchmark && bench?.sinceDate === fact.sinceDate);
  }
  return false;
}

/**
 * True for another index's two-day move on a day the benchmark has one reaching at least as far
 * back ("since March 12, 2020" in the lead): said again of the Dow and the Nasdaq it is an
 * echo. One reaching further back (or to the data's start while the benchmark's does not) is news.
 */
export function isEchoOfTwoDays(fact: Fact, facts: readonly Fact[], benchmark: string | null): boolean {
  if (fact.kind !== 'two-day-move' || fact.symbol === benchmark) return false;
  const bench = facts.find((f): f is TwoDayMoveFact => f.kind === 'two-day-move' && f.symbol === benchmark && f.date === fact.date);
  if (bench === undefined) return false;
  return reachesNoFurther(fact.sinceDate, bench.sinceDate);
}

/**
 * True for another index's week's result whose "since" only echoes the benchmark's: it reaches
 * no further back, or names the same month ("its best week since March" of the S&P 500, the
 * Nasdaq and the Russell 2000 on May 19, 2023). One reaching further back, or to the data's start
 * while the benchmark's does not, is news; so is a run of weeks (the fact is kept for it).
 * `isIndex` tells a stock index by symbol (yields and the VIX have weeks of their own).
 */
export function isEchoOfWeek(fact: Fact, facts: readonly Fact[], benchmark: string | null, isIndex: (symbol: string) => boolean): boolean {
  if (fact.kind !== 'week-result' || fact.symbol === benchmark || !isIndex(fact.symbol) || fact.runIsNews || !fact.sinceIsNews) return false;
  const bench = facts.find((f): f is WeekResultFact => f.kind === 'week-result' && f.symbol === benchmark && f.date === fact.date);
  if (bench === undefined || !bench.sinceIsNews || Math.sign(bench.move) !== Math.sign(fact.move)) return false;
  return reachesNoFurther(fact.sinceDate, bench.sinceDate) || (fact.sinceDate !== null && bench.sinceDate?.slice(0, 7) === fact.sinceDate.slice(0, 7));
}

/** Where a superlative's "since" points, as an ISO date to compare (a year: its last day; a month: its 28th); null: the data's start; undefined: no "since". */
function sinceOf(fact: Fact): string | null | undefined {
  switch (fact.kind) {
    case 'biggest-move':
    case 'week-result':
    case 'two-day-move':
    case 'point-move':
      return fact.sinceDate;
    case 'month-on-track':
      return fact.sinceMonth === null ? null : `${fact.sinceMonth}-28`;
    case 'year-result':
      return fact.sinceYear === null ? null : `${fact.sinceYear}-12-31`;
    default:
      return undefined;
  }
}

/** True when two superlatives are of one kind and period, the same way. */
function isSameSuperlative(a: Fact, b: Fact): boolean {
  if (a.kind !== b.kind || a.date !== b.date) return false;
  if (a.kind === 'biggest-move' && b.kind === 'biggest-move' && a.period !== b.period) return false;
  const way = (f: Fact): number => ('move' in f && typeof f.move === 'number' ? Math.sign(f.move) : 'points' in f && typeof f.points === 'number' ? Math.sign(f.points) : 0);
  return way(a) === way(b);
}

/**
 * True for another stock index's superlative that reaches only the start of its data ("the
 * Dow's biggest one-day gain since at least 1992") when the benchmark's superlative
 * of the same kind reaches back before that start ("the S&P 500's biggest since March 15, 1933"),
 * or is "ever" (but for a point superlative, the Dow's own news): the benchmark's history says
 * more, and the data limit reads as a hedge beside it.
 * Also the one-day percent superlative in the data of an index quoted in points beside its own
 * point superlative "ever" (the Dow on Oct. 13, 2008). `isIndex` tells a stock index by symbol.
 */
export function isDataLimitedEcho(fact: Fact, facts: readonly Fact[], benchmark: string | null, isIndex: (symbol: string) => boolean): boolean {
  if (fact.symbol === benchmark || !isIndex(fact.symbol) || !reachesDataStart(fact) || !('dataStart' in fact)) return false;
  const bench = facts.find((f) => f.symbol === benchmark && isSameSuperlative(f, fact));
  const benchSince = bench === undefined ? undefined : sinceOf(bench);
  // A point superlative is the Dow's own news (its points are the story), whatever the benchmark's.
  const benchEver = bench !== undefined && bench.wholeHistory && benchSince === null && fact.kind !== 'point-move';
  if (bench !== undefined && (benchEver || (benchSince !== undefined && benchSince !== null && benchSince < fact.dataStart))) return true;
  // The point superlative is said only of an index quoted in points (isPointStory).
  if (fact.kind !== 'biggest-move' || fact.period !== 'day' || !isPointStory(fact.symbol)) return false;
  return facts.some((f) => f.kind === 'point-move' && f.symbol === fact.symbol && f.date === fact.date && f.sinceDate === null && f.beyondDataStart && Math.sign(f.points) === Math.sign(fact.move));
}
