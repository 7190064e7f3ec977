/**
 * What the brief sets aside before it writes: yields whose market was closed (their last close
 * is said as such), and facts that are true but no news on the day (filler.ts, echoes.ts,
 * shared-facts.ts). Set-aside facts stay in the JSON.
 */
import type { Instrument } from '../core/instrument.js';
import type { Fact, MarketClosedFact } from '../facts/fact.js';
import { isDataLimitedEcho, isEchoOfSince, isEchoOfTwoDays, isEchoOfWeek } from './echoes.js';
import { chooseRelative, chooseSeasonality, CROWDED_DAY_MOVE, dataLimitedEchoes } from './filler.js';
import { marketRole } from './market.js';
import { capitalize, dateText, joinClauses, levelText, weekdayText, yearOfIsoDate } from './phrases.js';
import { periodEndsOf, type FactPool, type Sentence, type StoryContext } from './pool.js';
import type { SharedFacts } from './shared-facts.js';

/**
 * Yields whose figures are from an earlier day than the brief's (the bond market was closed or
 * the data lack the day): none of their day's facts is said as today's. Returns the sentences
 * that say so instead, with the facts of the last close: one for all the yields the bond
 * market's holiday closed, one for each other yield. `datesUsed`: the date
 * (ISO) each instrument's figures are as of, by symbol.
 */
export function setAsideClosedMarkets(pool: FactPool, ordered: readonly Instrument[], date: string, datesUsed: ReadonlyMap<string, string>): Sentence[] {
  const out: Sentence[] = [];
  const storyYear = yearOfIsoDate(date);
  const holiday: { instrument: Instrument; day: Fact; closed: MarketClosedFact; used: string; level: string }[] = [];
  for (const instrument of ordered) {
    const used = datesUsed.get(instrument.symbol);
    if (instrument.kind !== 'yield' || used === undefined || used >= date) continue;
    const day = pool.peek(instrument.symbol, 'day-move');
    const closed = pool.peek(instrument.symbol, 'market-closed', (f) => f.market === 'bonds' && f.situation === 'closed');
    for (const fact of pool.all(instrument.symbol)) pool.take(instrument.symbol, fact.kind, (f) => f === fact);
    if (day === undefined) continue;
    const level = levelText(instrument, day.close);
    if (closed !== undefined) holiday.push({ instrument, day, closed, used, level });
    else out.push({ text: `${capitalize(instrument.storyName)} has no close for ${weekdayText(date)} in the data; it last closed at ${level} on ${weekdayText(used)}, ${dateText(used, storyYear)}.`, facts: [day] });
  }
  const first = holiday[0];
  if (first !== undefined) {
    // The calendar says why, once for all the yields: "The bond market was closed on Monday for Columbus Day; the yield on the
    // 10-year Treasury last closed at 3.89% and the 2-year yield at 1.62% on Friday, Oct. 10."
    const oneDay = holiday.every((h) => h.used === first.used);
    const on = (used: string): string => `on ${weekdayText(used)}, ${dateText(used, storyYear)}`;
    const levels = holiday.map((h, k) => `${k === 0 ? `${h.instrument.storyName} last closed at` : `${h.instrument.shortName} at`} ${h.level}${oneDay ? '' : ` ${on(h.used)}`}`);
    const text = `The bond market was closed on ${weekdayText(date)} for ${first.closed.holiday}; ${joinClauses(levels)}${oneDay ? ` ${on(first.used)}` : ''}.`;
    out.unshift({ text, facts: holiday.flatMap((h) => [h.day, h.closed]) });
  }
  return out;
}

/**
 * Takes out of the pool what the brief does not say, or says elsewhere: the other indexes' facts
 * told with the benchmark's (`shared`, see withSharedSentences); the seasonal records but one
 * (chooseSeasonality, none on a crowded day: the year's last session or a benchmark move of 2%
 * or more); each instrument's data-limited superlatives but one (dataLimitedEchoes); another
 * index's data-limited superlative beside the benchmark's longer history (isDataLimitedEcho); the
 * "since" another index's or its own percent superlative already gives (isEchoOfSince); the other
 * indexes' two-day moves and weeks that reach no further back than the benchmark's
 * (isEchoOfTwoDays, isEchoOfWeek); the year's comparisons with the benchmark but one
 * (chooseRelative); weeks in progress that are mostly the day (isMostlyTheDay); and on the
 * year's last session, weeks still in progress and the benchmark's month with no superlative.
 */
export function setAsideFiller(pool: FactPool, facts: readonly Fact[], ctx: StoryContext, shared: readonly SharedFacts[]): void {
  const benchmark = ctx.benchmark;
  const isIndex = (symbol: string): boolean => ctx.instruments.get(symbol)?.kind === 'index';
  const take = (fact: Fact): void => void pool.take(fact.symbol, fact.kind, (f) => f === fact);
  for (const group of shared) for (const fact of group.others) take(fact);
  const benchEnds = benchmark === null ? null : periodEndsOf(ctx, benchmark);
  const yearEnd = benchEnds?.year === true;
  const benchDay = facts.find((f) => f.kind === 'day-move' && f.symbol === benchmark);
  // Before the month's last session the month ahead is not yet the story.
  const monthEve = benchEnds?.month === true;
  const crowded = yearEnd || !monthEve || (benchDay?.kind === 'day-move' && Math.abs(benchDay.move) >= CROWDED_DAY_MOVE);
  const kept = chooseSeasonality(facts, benchmark, crowded);
  for (const fact of facts) if (fact.kind === 'seasonality' && fact !== kept) take(fact);
  for (const fact of dataLimitedEchoes(facts)) take(fact);
  for (const fact of facts) if (isDataLimitedEcho(fact, facts, benchmark, isIndex) || isEchoOfSince(fact, facts, benchmark, isIndex)) take(fact);
  for (const fact of facts) if (isEchoOfTwoDays(fact, facts, benchmark) || isEchoOfWeek(fact, facts, benchmark, isIndex)) take(fact);
  const isSmallCaps = (symbol: string): boolean => {
    const instrument = ctx.instruments.get(symbol);
    return instrument !== undefined && marketRole(instrument, benchmark) === 'index';
  };
  const relative = chooseRelative(facts, benchmark, isIndex, isSmallCaps);
  for (const fact of facts) if (fact.kind === 'relative-performance' && fact.period === 'ytd' && !relative.includes(fact) && isIndex(fact.symbol)) take(fact);
  // On the year's last session a week still in progress is no story ("on pace for its biggest weekly drop" on Dec. 31, 2019).
  if (yearEnd) for (const fact of facts) if (fact.kind === 'biggest-move' && fact.period === 'week' && !periodEndsOf(ctx, fact.symbol).week) take(fact);
  // A week in progress that is mostly the day (the day's move, the same way, at least half the week's) is the day's story.
  for (const fact of facts) if (fact.kind === 'biggest-move' && fact.period === 'week' && !periodEndsOf(ctx, fact.symbol).week && isMostlyTheDay(fact.move, facts, fact.symbol)) take(fact);
  // Beside the year's result the benchmark's December is news only with its superlative ("The S&P 500 rose 0.8% in December." is not).
  const benchMonthRanked = facts.some((f) => f.kind === 'month-on-track' && f.symbol === benchmark);
  if (yearEnd && !benchMonthRanked) for (const fact of facts) if (fact.kind === 'period-move' && fact.period === 'mtd' && fact.symbol === benchmark) take(fact);
}

/** A week in progress is mostly the day when the day's move goes the same way and is at least this share of the week's. */
const MOSTLY_THE_DAY = 0.5;

/** True when `symbol`'s day-move in `facts` goes the way of `weekMove` and is at least half of it (same unit: percent, or basis points for yields). */
function isMostlyTheDay(weekMove: number, facts: readonly Fact[], symbol: string): boolean {
  const day = facts.find((f) => f.kind === 'day-move' && f.symbol === symbol);
  if (day?.kind !== 'day-move' || Math.sign(day.move) !== Math.sign(weekMove)) return false;
  return Math.abs(day.move) >= MOSTLY_THE_DAY * Math.abs(weekMove);
}
