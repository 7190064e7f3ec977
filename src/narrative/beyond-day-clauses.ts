/**
 * Words for the facts beyond the day's own move (src/facts/fact-beyond-day.ts): the year's result
 * ("its worst year since 1937"), the year to date turning ("turning negative for the year"), the
 * two-day move, the first move of a round number of points, and the point superlative "ever".
 */
import { BIG_YEAR_GAIN_PCT, type PeriodMoveFact, type PointMoveFact, type PointRankFact, type PointThresholdFact, type TwoDayMoveFact, type YearResultFact, type YtdTurnFact } from '../facts/index.js';
import { formatNumber, formatOrdinal } from './ap-style.js';
import { sinceText } from './clauses.js';
import { direction, flatWords, inDataText, moveNoun, percentText, pointsText, presentMove } from './phrases.js';

/** A year's "since" this recent also gives the run ("its worst year since 2008 and its first annual loss since 2011"). */
const RUN_WITH_SINCE_YEARS = 10;

/** `its first annual loss since 2011`, `its third straight annual gain`; null when the run is not news. */
function runText(fact: YearResultFact): string | null {
  if (!fact.runIsNews) return null;
  const noun = fact.run > 0 ? 'gain' : 'loss';
  const length = Math.abs(fact.run);
  if (length === 1) return fact.runSinceYear === null ? null : `its first annual ${noun} since ${fact.runSinceYear}`;
  return `its ${formatOrdinal(length)} straight annual ${noun}`;
}

/** An earlier run of 20% years at least this many years back is said ("the first such run since 1998"). */
const BIG_GAIN_RUN_SINCE_YEARS = 5;

/**
 * `its second straight annual gain of more than 20%, the first such run since 1998`; null under
 * two such years.
 */
function bigGainRunText(fact: YearResultFact): string | null {
  if (fact.bigGainRun < 2) return null;
  // A run as long only a few years back is no drought: "the first such run since 2021" would read as one.
  const since = fact.bigGainRunSinceYear === null || fact.year - fact.bigGainRunSinceYear < BIG_GAIN_RUN_SINCE_YEARS ? '' : `, the first such run since ${fact.bigGainRunSinceYear}`;
  return `its ${formatOrdinal(fact.bigGainRun)} straight annual gain of more than ${BIG_YEAR_GAIN_PCT}%${since}`;
}

/**
 * The year's superlative: `its worst year since 1937`, `its best year since at least
 * 1992` (yields: `its biggest yearly decline since 1995`), with the run when the "since" is
 * recent (`its worst year since 2008 and its first annual loss since 2011`), or the run alone
 * (`its second straight annual gain`); a second straight gain of more than 20% before the run
 * (`its second straight annual gain of more than 20%, the first such run since 1998`); null when
 * none is news.
 */
export function yearResultClause(fact: YearResultFact, storyYear: number): string | null {
  const run = runText(fact);
  const big = bigGainRunText(fact);
  if (!fact.sinceIsNews) return big ?? run;
  const what = fact.unit === 'bp' ? `its biggest yearly ${moveNoun(fact.move, 'bp')}` : `its ${fact.move > 0 ? 'best' : 'worst'} year`;
  const since = fact.sinceYear === null ? inDataText(fact, storyYear) : `since ${fact.sinceYear}`;
  // The run adds to a recent "since" only when it reaches less far back ("worst since 2008 and first annual loss since 2011").
  const recent = fact.sinceYear !== null && fact.year - fact.sinceYear < RUN_WITH_SINCE_YEARS && (fact.runSinceYear ?? 0) > fact.sinceYear;
  return `${what} ${since}${big !== null ? ` and ${big}` : run !== null && recent ? ` and ${run}` : ''}`;
}

/** `up 23.3%`, or with `inPoints` (an index quoted in points) `down 565 points, or 38.5%`: the year's move after "ended the year". */
export function yearMoveText(fact: PeriodMoveFact, inPoints: boolean): string {
  const plain = presentMove(fact.move, fact.unit);
  if (!inPoints || flatWords(fact.move, fact.unit) !== null) return plain;
  return `${direction(fact.move)} ${pointsText(fact.changePoints)}, or ${percentText(fact.move)}`;
}

/** `turning negative for the year` / `turning positive for the year`. */
export function ytdTurnClause(fact: YtdTurnFact): string {
  return `turning ${fact.move < 0 ? 'negative' : 'positive'} for the year`;
}

/** `The index turned negative for the year.` */
export function ytdTurnSentence(subject: string, fact: YtdTurnFact): string {
  return `${subject} turned ${fact.move < 0 ? 'negative' : 'positive'} for the year.`;
}

/** `bringing its two-day drop to 10.5%, the biggest since March 12, 2020`: the lead's clause. */
export function twoDayClause(fact: TwoDayMoveFact, storyYear: number): string {
  return `bringing its two-day ${moveNoun(fact.move, fact.unit)} to ${percentText(fact.move)}, the biggest ${sinceText(fact.sinceDate, fact, storyYear)}`;
}

/** `The index lost 10.5% over two days, its biggest two-day drop since March 12, 2020.` */
export function twoDaySentence(subject: string, fact: TwoDayMoveFact, storyYear: number): string {
  const verb = fact.move > 0 ? 'gained' : 'lost';
  return `${subject} ${verb} ${percentText(fact.move)} over two days, its biggest two-day ${moveNoun(fact.move, fact.unit)} ${sinceText(fact.sinceDate, fact, storyYear)}.`;
}

/** `its first 1,000-point gain`. */
export function pointThresholdClause(fact: PointThresholdFact): string {
  return `its first ${formatNumber(fact.threshold, 0)}-point ${fact.points > 0 ? 'gain' : 'drop'}`;
}

/**
 * `its biggest point drop since Oct. 27, 1997` / `its biggest point gain since at least
 * 1992`, or `its biggest point drop ever` when no day before the data could have matched it
 * (beyondDataStart); with the round number first reached: `its first 2,000-point gain and its
 * biggest point gain ever`.
 */
export function pointMoveClause(fact: PointMoveFact, storyYear: number, threshold?: PointThresholdFact): string {
  const noun = fact.points > 0 ? 'gain' : 'drop';
  const where = fact.sinceDate === null && fact.beyondDataStart ? 'ever' : sinceText(fact.sinceDate, fact, storyYear);
  const biggest = `its biggest point ${noun} ${where}`;
  return threshold === undefined ? biggest : `${pointThresholdClause(threshold)} and ${biggest}`;
}

/** `its second-biggest point drop ever`, or `its third-biggest point gain since at least 1992`. */
export function pointRankClause(fact: PointRankFact, storyYear: number): string {
  const where = fact.beyondDataStart ? 'ever' : inDataText(fact, storyYear);
  return `its ${formatOrdinal(fact.rank)}-biggest point ${fact.points > 0 ? 'gain' : 'drop'} ${where}`;
}
