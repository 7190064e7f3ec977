/**
 * Superlatives that only echo another: another index's biggest move "since June 11, 2020" when
 * the benchmark's reaches as far, and a point superlative with the date of its index's own
 * percent one (or the benchmark's). The brief says the first; the echoes stay in the JSON.
 */
import type { BiggestMoveFact, Fact, StreakFact } from '../facts/index.js';
import { MAJOR_INDEXES } from './market.js';

/** The benchmark's biggest move of a period ("day" or "week") on the date, or undefined. */
function benchBiggest(facts: readonly Fact[], benchmark: string | null, period: BiggestMoveFact['period'], date: string): BiggestMoveFact | undefined {
  return facts.find((f): f is BiggestMoveFact => f.kind === 'biggest-move' && f.symbol === benchmark && f.period === period && f.date === date);
}

/**
 * True for a superlative that echoes one already told: another stock index's biggest day or
 * week whose "since" reaches no further back than the benchmark's, the same way; a point
 * superlative whose "since" is the date of its own index's (or the benchmark's) percent one; the
 * benchmark's streak (the same length and way, or the same streak snapped) of the Dow or the
 * Nasdaq, whose day the story tells beside the benchmark's ("has fallen five days in a row" said
 * once), unless its "since" reaches further back.
 * `isIndex` tells a stock index by symbol (yields and the VIX have their own).
 */
export function isEchoOfSince(fact: Fact, facts: readonly Fact[], benchmark: string | null, isIndex: (symbol: string) => boolean): boolean {
  if (fact.symbol === benchmark && fact.kind !== 'point-move') return false;
  if (!isIndex(fact.symbol)) return false;
  if (fact.kind === 'biggest-move') {
    const bench = benchBiggest(facts, benchmark, fact.period, fact.date);
    if (bench === undefined || bench.sinceDate === null || fact.sinceDate === null || Math.sign(bench.move) !== Math.sign(fact.move)) return false;
    return fact.sinceDate >= bench.sinceDate;
  }
  if (fact.kind === 'streak') {
    if (!MAJOR_INDEXES.includes(fact.symbol)) return false;
    const bench = facts.find((f): f is StreakFact => f.kind === 'streak' && f.symbol === benchmark && f.date === fact.date);
    if (bench === undefined || bench.days !== fact.days || bench.snapped !== fact.snapped) return false;
    return fact.sinceDate === null ? bench.sinceDate === null : bench.sinceDate === null || bench.sinceDate <= fact.sinceDate;
  }
  if (fact.kind === 'point-move') {
    if (fact.sinceDate === null) return false;
    const own = facts.find((f): f is BiggestMoveFact => f.kind === 'biggest-move' && f.symbol === fact.symbol && f.period === 'day' && f.date === fact.date);
    const bench = benchBiggest(facts, benchmark, 'day', fact.date);
    return own?.sinceDate === fact.sinceDate || (fact.symbol !== benchmark && bench?.sinceDate === fact.sinceDate);
  }
  return false;
}
