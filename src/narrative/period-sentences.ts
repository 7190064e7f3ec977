/** Sentences about periods: month and year to date, "on track for", funds' returns, the coming month. */
import type { Instrument } from '../core/instrument.js';
import type { FundReturnFact, MonthOnTrackFact, PeriodMoveFact, RelativePerformanceFact, SeasonalityFact } from '../facts/fact.js';
import { formatOrdinal, monthName } from './ap-style.js';
import { yearMoveText } from './beyond-day-clauses.js';
import { NO_PERIOD_ENDS, type PeriodEnds } from './period-ends.js';
import { direction, flatWords, inDataText, moveNoun, moveText, monthText, pastMove, pastVerb, percentText, presentMove } from './phrases.js';

/** `up 11.2% in November`, `down 39 basis points this year`, `little changed in October`. */
export function periodPhrase(fact: PeriodMoveFact): string {
  return `${presentMove(fact.move, fact.unit)} ${periodName(fact)}`;
}

function periodName(fact: PeriodMoveFact): string {
  if (fact.period === 'mtd') return `in ${monthName(fact.periodNumber)}`;
  if (fact.period === 'qtd') return 'this quarter';
  return 'this year';
}

/** The quarters in words, for "in the first quarter". */
const QUARTER_ORDINALS = ['first', 'second', 'third', 'fourth'] as const;

/** A year-to-date gap this wide (percentage points) is "far ahead of" or "far behind" the benchmark. */
const FAR_GAP_POINTS = 15;

/**
 * The year to date against the benchmark's, without restating the benchmark's figure (its own
 * paragraph and the closing table give it): `, trailing the S&P 500`, `, far ahead of the S&P 500`
 * (a gap of {@link FAR_GAP_POINTS} points or more); both down, `, a smaller drop than the S&P
 * 500's` (`a far bigger drop`); when the two have opposite signs, `, while the S&P 500 is down`;
 * the sign is always in words.
 */
export function relativeClause(fact: RelativePerformanceFact, benchmarkName: string): string {
  const flat = flatWords(fact.benchmarkMove, 'pct');
  if (flat !== null) return `, while ${benchmarkName} is ${flat}`;
  if (Math.sign(fact.move) !== Math.sign(fact.benchmarkMove) && flatWords(fact.move, 'pct') === null) return `, while ${benchmarkName} is ${direction(fact.benchmarkMove)}`;
  const far = Math.abs(fact.gapPoints) >= FAR_GAP_POINTS;
  // Both down: the size of the loss against the benchmark's ("outpacing" reads as a gain).
  if (fact.move < 0) return `, ${far ? 'a far' : 'a'} ${fact.gapPoints >= 0 ? 'smaller' : 'bigger'} drop than ${benchmarkName}'s`;
  if (fact.gapPoints >= 0) return far ? `, far ahead of ${benchmarkName}` : `, outpacing ${benchmarkName}`;
  return far ? `, far behind ${benchmarkName}` : `, trailing ${benchmarkName}`;
}

/**
 * `The index is up 11.2% in November, on track for its biggest monthly gain since December 2023,
 * when it rose 12.1%.` When the month is over (`isMonthComplete`, or `monthIsOver` from the
 * calendar at the data's end): `... rose 10.8% in November, its biggest ...`.
 */
export function onTrackSentence(subject: string, mtd: PeriodMoveFact | undefined, fact: MonthOnTrackFact, storyYear: number, monthIsOver = false): string {
  const noun = moveNoun(fact.move, fact.unit);
  const month = mtd === undefined ? 'this month' : `in ${monthName(mtd.periodNumber)}`;
  const since =
    fact.sinceMonth === null
      ? inDataText(fact, storyYear)
      : `since ${monthText(fact.sinceMonth, storyYear)}${fact.sinceMove === null ? '' : `, when it ${pastVerb(fact.sinceMove)} ${moveText(fact.sinceMove, fact.unit)}`}`;
  if (fact.isMonthComplete || monthIsOver) return `${subject} ${pastVerb(fact.move)} ${moveText(fact.move, fact.unit)} ${month}, its biggest monthly ${noun} ${since}.`;
  return `${subject} is ${direction(fact.move)} ${moveText(fact.move, fact.unit)} ${month}, on track for its biggest monthly ${noun} ${since}.`;
}

/**
 * The month and the year to date in one sentence; either part may be absent (null when both
 * are). In mid-period: `The index is up 4.9% in November and 25.5% this year.` A month that
 * is over is told in the past (`The index rose 5.7% in November and is up 26.5% this year.`);
 * a year that is over gets its annual result (`It fell 2.5% in December and ended the year up
 * 23.3%.`; `inPoints`, an index quoted in points: `... ended the year down 4,488 points, or
 * 33.8%`). A year to date that changed sign on the day (`turned`, before the year's end) says
 * so: `The index fell 14.6% in August and has turned negative for the year, down 1.4%.` A move
 * that prints as zero is `unchanged` or `little changed`, never `up 0%`. On a quarter's last
 * session (not the year's) with its `quarter` to date: `The index rose 3.6% in March and 10% in the
 * first quarter.`; `It fell 2.1% in June and 3% in the second quarter, and is up 5.2% this year.`
 */
export function periodSentence(
  subject: string,
  mtd: PeriodMoveFact | undefined,
  ytd: PeriodMoveFact | undefined,
  relative: string,
  ends: PeriodEnds = NO_PERIOD_ENDS,
  options: { readonly inPoints?: boolean; readonly turned?: boolean; readonly quarter?: PeriodMoveFact } = {},
): string | null {
  const monthPart = mtd === undefined ? null : ends.month ? `${pastMove(mtd.move, mtd.unit)} in ${monthName(mtd.periodNumber)}` : `is ${periodPhrase(mtd)}`;
  if (ytd === undefined) return monthPart === null ? null : `${subject} ${monthPart}.`;
  const quarter = options.quarter;
  if (quarter !== undefined && ends.month && !ends.year && options.turned !== true) {
    // A quarter's last session: "The index rose 3.6% in March and 10% in the first quarter." (the year is the quarter's in the first);
    // the month told apart (the lead's, or its superlative's sentence): "The index rose 4.9% in the first quarter."
    const quarterName = `in the ${QUARTER_ORDINALS[quarter.periodNumber - 1] ?? ''} quarter`;
    const first = quarter.baseDate === ytd.baseDate;
    if (mtd === undefined || monthPart === null) return `${subject} ${pastMove(quarter.move, quarter.unit)} ${quarterName}${first ? '' : ` and is ${periodPhrase(ytd)}`}${relative}.`;
    const sameWay = flatWords(mtd.move, mtd.unit) === null && flatWords(quarter.move, quarter.unit) === null && direction(mtd.move) === direction(quarter.move);
    const bothFlat = flatWords(mtd.move, mtd.unit) !== null && flatWords(mtd.move, mtd.unit) === flatWords(quarter.move, quarter.unit);
    const quarterMove = sameWay ? moveText(quarter.move, quarter.unit) : bothFlat ? '' : pastMove(quarter.move, quarter.unit);
    return `${subject} ${monthPart} and ${quarterMove === '' ? '' : `${quarterMove} `}${quarterName}${first ? '' : `, and is ${periodPhrase(ytd)}`}${relative}.`;
  }
  const yearMove = yearMoveText(ytd, options.inPoints === true);
  if (ends.year) return `${subject} ${monthPart === null ? '' : `${monthPart} and `}ended the year ${yearMove}${relative}.`;
  if (options.turned === true) return `${subject} ${monthPart === null ? '' : `${monthPart} and `}has turned ${ytd.move < 0 ? 'negative' : 'positive'} for the year, ${presentMove(ytd.move, ytd.unit)}${relative}.`;
  if (mtd === undefined || monthPart === null) return `${subject} is ${periodPhrase(ytd)}${relative}.`;
  if (ends.month) return `${subject} ${monthPart} and is ${periodPhrase(ytd)}${relative}.`;
  const bothShow = flatWords(mtd.move, mtd.unit) === null && flatWords(ytd.move, ytd.unit) === null;
  const second = bothShow && direction(mtd.move) === direction(ytd.move) ? `${moveText(ytd.move, ytd.unit)} this year` : periodPhrase(ytd);
  return `${subject} ${monthPart} and ${second}${relative}.`;
}

/**
 * A fund's year-to-date return, saying which it is: `... is up 24.8% this year as a price
 * return, or 25.3% as a total return including dividends.` When only one can be computed,
 * the sentence says why the other cannot. On the year's last trading day (`yearIsOver`): `...
 * ended the year up 23.3% as a price return, or 24.9% ...`.
 */
export function fundReturnSentence(subject: string, fact: FundReturnFact, yearIsOver = false): string {
  const { pricePct, totalPct } = fact;
  const verb = (move: number): string => (yearIsOver ? `ended the year ${presentMove(move, 'pct')}` : `is ${presentMove(move, 'pct')} this year`);
  if (pricePct !== null && totalPct !== null) {
    const bothShow = flatWords(pricePct, 'pct') === null && flatWords(totalPct, 'pct') === null;
    const total = bothShow && direction(totalPct) === direction(pricePct) ? percentText(totalPct) : presentMove(totalPct, 'pct');
    return `${subject} ${verb(pricePct)} as a price return, or ${total} as a total return including dividends.`;
  }
  if (totalPct !== null) {
    return `${subject} ${verb(totalPct)} as a total return, including dividends; its price return cannot be computed from these data, which hold only adjusted closes.`;
  }
  return `${subject} ${verb(pricePct ?? 0)} as a price return; its total return cannot be computed from these data, which hold no adjusted closes.`;
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
 * 1987 through 2023; the index closed higher in December in 30 of those 37 years.` (no plural
 * month names: "Marchs" is not a word). Null for mid-table months.
 */
export function seasonalitySentence(name: string, shortName: string, fact: SeasonalityFact, instrument: Instrument): string | null {
  const rank = rankWords(fact.rank);
  if (rank === null) return null;
  const month = monthName(fact.month);
  const ups = Math.round(fact.upRatio * fact.n);
  const average = `an average ${moveNoun(fact.meanPct, fact.unit)} of ${moveText(fact.meanPct, fact.unit)}`;
  const years = fact.firstYear === fact.lastYear ? `in ${fact.firstYear}` : `from ${fact.firstYear} through ${fact.lastYear}`;
  const rose = instrument.kind === 'yield' ? 'rose' : 'closed higher';
  return `${month} has been ${rank} month for ${name}, with ${average} ${years}; ${shortName} ${rose} in ${month} in ${ups} of those ${fact.n} years.`;
}
