/**
 * The week's result in words (`week-result`, on the week's last session): "For the week, the
 * S&P 500 rose 1.6%, its best week since March." in the index's paragraph; "capping a weekly
 * drop of 10.5%, its worst since October 1987" in the lead; "the Nasdaq composite had its
 * worst week since at least 1971" as another index's news in the lead.
 */
import type { Instrument } from '../core/instrument.js';
import type { WeekResultFact } from '../facts/index.js';
import { formatOrdinal } from './ap-style.js';
import { dateText, dayOfIso, inDataText, monthText, moveNoun, moveText, pastMove } from './phrases.js';

/** A "since" week ending this close to the data's start (days) is where the file begins, not history. */
const DATA_START_ARTIFACT_DAYS = 31;

/**
 * `since March`, `since October 1987`; a week of the same month `since the week ended May 5`; none
 * earlier `since at least 1971`; a week within a month of the data's start says so.
 */
function weekSinceText(fact: WeekResultFact, storyYear: number): string {
  const since = fact.sinceDate;
  if (since === null) return inDataText(fact, storyYear);
  if (dayOfIso(since) - dayOfIso(fact.dataStart) <= DATA_START_ARTIFACT_DAYS) return `since the week ended ${dateText(since, Number.NaN)}, within a month of where the data begin`;
  if (since.slice(0, 7) === fact.date.slice(0, 7)) return `since the week ended ${dateText(since, storyYear)}`;
  return `since ${monthText(since.slice(0, 7), storyYear)}`;
}

/** `week` for stocks (`its best week`), `weekly gain` for the VIX, `weekly rise` for yields. */
function weekNoun(instrument: Pick<Instrument, 'kind'>, fact: WeekResultFact): { best: string; noun: string } {
  if (instrument.kind === 'yield' || instrument.kind === 'volatility') return { best: 'biggest', noun: `weekly ${moveNoun(fact.move, fact.unit)}` };
  return { best: fact.move > 0 ? 'best' : 'worst', noun: 'week' };
}

/**
 * `its best week since March`, `its biggest weekly rise since the week ended May 5` (yields, the
 * VIX); null when the "since" is not news, unless `quietDay` (a quiet day's week, isQuietDayWeek,
 * says a "since" from four weeks back).
 */
export function weekSinceClause(instrument: Pick<Instrument, 'kind'>, fact: WeekResultFact, storyYear: number, quietDay = false): string | null {
  if (!fact.sinceIsNews && !quietDay) return null;
  const { best, noun } = weekNoun(instrument, fact);
  return `its ${best} ${noun} ${weekSinceText(fact, storyYear)}`;
}

/** `its fifth straight weekly gain` (yields: `rise`, `decline`); null when the run is not news. */
export function weekRunClause(fact: WeekResultFact): string | null {
  if (!fact.runIsNews) return null;
  return `its ${formatOrdinal(Math.abs(fact.run))} straight weekly ${moveNoun(fact.run, fact.unit)}`;
}

/** `holiday-shortened week` when a holiday closed a weekday of it, `shortened week` for special closures only (a storm), else `week`. */
function weekWords(fact: WeekResultFact): string {
  if (fact.closures.length === 0) return 'week';
  return fact.closures.some((c) => !c.special) ? 'holiday-shortened week' : 'shortened week';
}

/** The subject inside a sentence: `The index` -> `the index`, `It` -> `it`; a name without an article as it is. */
function inSentence(subject: string): string {
  return subject.replace(/^(The|It)\b/, (word) => word.toLowerCase());
}

/**
 * `For the week, the S&P 500 rose 1.6%, its best week since March.`; `For the holiday-shortened
 * week, the index rose 1.4%.`; with the run, `..., its best week since March and its fifth
 * straight weekly gain.` (the run alone when the "since" is not news); `quietDay` as for weekSinceClause.
 */
export function weekResultSentence(subject: string, instrument: Pick<Instrument, 'kind'>, fact: WeekResultFact, storyYear: number, toldInLead = false, quietDay = false): string {
  // Its "since" told by the lead's "as" clause, the week's figure comes alone (with its run).
  const news = [toldInLead ? null : weekSinceClause(instrument, fact, storyYear, quietDay), weekRunClause(fact)].filter((part): part is string => part !== null);
  return `For the ${weekWords(fact)}, ${inSentence(subject)} ${pastMove(fact.move, fact.unit)}${news.length > 0 ? `, ${news.join(' and ')}` : ''}.`;
}

/**
 * `capping a weekly drop of 10.5%, its worst since October 1987`: the week's result as the lead's
 * news (its "since" is news); against the day's move (`againstTheDay`) `but ended with a weekly
 * gain of 1.6%, its best since March`.
 */
export function weekLeadClause(instrument: Pick<Instrument, 'kind'>, fact: WeekResultFact, storyYear: number, againstTheDay = false): string {
  const { best } = weekNoun(instrument, fact);
  const what = `its ${best} ${weekSinceText(fact, storyYear)}`;
  if (againstTheDay) return `but ended with a weekly ${moveNoun(fact.move, fact.unit)} of ${moveText(fact.move, fact.unit)}, ${what}`;
  return `capping a weekly ${moveNoun(fact.move, fact.unit)} of ${moveText(fact.move, fact.unit)}, ${what}`;
}

/** `had its worst week since at least 1971`: another index's week in the lead's "as" clause. */
export function weekAsClause(instrument: Pick<Instrument, 'kind'>, fact: WeekResultFact, storyYear: number): string {
  const { best, noun } = weekNoun(instrument, fact);
  return `had its ${best} ${noun} ${weekSinceText(fact, storyYear)}`;
}
