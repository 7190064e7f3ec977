/** Sentences about periods: month and year to date, "on track for", funds' returns, the coming month. */
import type { Instrument } from '../core/instrument.js';
import type { FundReturnFact, MonthOnTrackFact, PeriodMoveFact, RelativePerformanceFact, SeasonalityFact } from '../facts/fact.js';
import { formatOrdinal, monthName } from './ap-style.js';
import { direction, moveNoun, moveText, monthText, pastVerb, percentText, yearOfIsoDate } from './phrases.js';

/** `up 11.2% in November`, `down 39 basis points this year`. */
export function periodPhrase(fact: PeriodMoveFact): string {
  return `${direction(fact.move)} ${moveText(fact.move, fact.unit)} ${periodName(fact)}`;
}

function periodName(fact: PeriodMoveFact): string {
  if (fact.period === 'mtd') return `in ${monthName(fact.periodNumber)}`;
  if (fact.period === 'qtd') return 'this quarter';
  return 'this year';
}

/** `, against 25.5% for the S&P 500` (or `against a 3.1% drop for ...` when the signs differ). */
export function relativeClause(fact: RelativePerformanceFact, benchmarkName: string): string {
  const sameWay = fact.move >= 0 === fact.benchmarkMove >= 0;
  const amount = percentText(fact.benchmarkMove);
  return sameWay ? `, against ${amount} for ${benchmarkName}` : `, against a ${amount} ${fact.benchmarkMove >= 0 ? 'gain' : 'drop'} for ${benchmarkName}`;
}

/**
 * `The index is up 11.2% in November, on track for its biggest monthly gain since December 2023,
 * when it rose 12.1%.` When the month is over: `... rose 11.2% in November, its biggest ...`.
 */
export function onTrackSentence(subject: string, mtd: PeriodMoveFact | undefined, fact: MonthOnTrackFact, storyYear: number): string {
  const noun = moveNoun(fact.move, fact.unit);
  const month = mtd === undefined ? 'this month' : `in ${monthName(mtd.periodNumber)}`;
  const since =
    fact.sinceMonth === null
      ? `in data going back to ${yearOfIsoDate(fact.dataStart)}`
      : `since ${monthText(fact.sinceMonth, storyYear)}${fact.sinceMove === null ? '' : `, when it ${pastVerb(fact.sinceMove)} ${moveText(fact.sinceMove, fact.unit)}`}`;
  if (fact.isMonthComplete) return `${subject} ${pastVerb(fact.move)} ${moveText(fact.move, fact.unit)} ${month}, its biggest monthly ${noun} ${since}.`;
  return `${subject} is ${direction(fact.move)} ${moveText(fact.move, fact.unit)} ${month}, on track for its biggest monthly ${noun} ${since}.`;
}

/** `The index is up 4.9% in November and 25.5% this year.` Either part may be absent (null when both are). */
export function periodSentence(subject: string, mtd: PeriodMoveFact | undefined, ytd: PeriodMoveFact | undefined, relative: string): string | null {
  if (mtd === undefined) return ytd === undefined ? null : `${subject} is ${periodPhrase(ytd)}${relative}.`;
  if (ytd === undefined) return `${subject} is ${periodPhrase(mtd)}.`;
  const second = direction(mtd.move) === direction(ytd.move) ? `${moveText(ytd.move, ytd.unit)} this year` : periodPhrase(ytd);
  return `${subject} is ${periodPhrase(mtd)} and ${second}${relative}.`;
}

/**
 * A fund's year-to-date return, saying which it is: `... is up 24.8% this year as a price
 * return, or 25.3% as a total return including dividends.` When only one can be computed,
 * the sentence says why the other cannot.
 */
export function fundReturnSentence(subject: string, fact: FundReturnFact): string {
  const { pricePct, totalPct } = fact;
  if (pricePct !== null && totalPct !== null) {
    const total = direction(totalPct) === direction(pricePct) ? percentText(totalPct) : `${direction(totalPct)} ${percentText(totalPct)}`;
    return `${subject} is ${direction(pricePct)} ${percentText(pricePct)} this year as a price return, or ${total} as a total return including dividends.`;
  }
  if (totalPct !== null) {
    return `${subject} is ${direction(totalPct)} ${percentText(totalPct)} this year as a total return, including dividends; its price return cannot be computed from these data, which hold only adjusted closes.`;
  }
  return `${subject} is ${direction(pricePct ?? 0)} ${percentText(pricePct ?? 0)} this year as a price return; its total return cannot be computed from these data, which hold no adjusted closes.`;
}

/** `the best`, `the second-best`, `the worst`, `the third-worst`; null for the middle of the table. */
export function rankWords(rank: number): string | null {
  if (rank === 1) return 'the best';
  if (rank === 12) return 'the worst';
  if (rank <= 3) return `the ${formatOrdinal(rank)}-best`;
  if (rank >= 10) return `the ${formatOrdinal(13 - rank)}-worst`;
  return null;
}

/**
 * `December has been the best month for the Russell 2000, with an average gain of 2.8% from
 * 1987 through 2023; the index rose in 30 of those 37 Decembers.` Null for mid-table months.
 */
export function seasonalitySentence(name: string, shortName: string, fact: SeasonalityFact, instrument: Instrument): string | null {
  const rank = rankWords(fact.rank);
  if (rank === null) return null;
  const month = monthName(fact.month);
  const ups = Math.round(fact.upRatio * fact.n);
  const average = `an average ${moveNoun(fact.meanPct, fact.unit)} of ${moveText(fact.meanPct, fact.unit)}`;
  const years = fact.firstYear === fact.lastYear ? `in ${fact.firstYear}` : `from ${fact.firstYear} through ${fact.lastYear}`;
  const rose = instrument.kind === 'yield' ? 'rose' : 'closed higher';
  return `${month} has been ${rank} month for ${name}, with ${average} ${years}; ${shortName} ${rose} in ${ups} of those ${fact.n} ${month}s.`;
}
