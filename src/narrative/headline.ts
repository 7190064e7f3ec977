/**
 * The headline says the news of the lead, in the present tense of headlines: "S&P 500 has its
 * worst day since 1987", "S&P 500 closes at a record as the Dow also sets one", "Nasdaq enters a
 * bear market"; on a day with no news, how stocks moved ("Stocks edge higher").
 */
import type { Instrument } from '../core/instrument.js';
import { BIG_YEAR_GAIN_PCT, type Fact, type YearResultFact } from '../facts/index.js';
import { formatCount, formatNumber, formatOrdinal, indefiniteArticle, monthName } from './ap-style.js';
import type { LeadNews } from './lead.js';
import { enteredOutranks } from './lead-news.js';
import { isPointStory } from './market.js';
import { dayOfIso, joinClauses, percentText, yearOfIsoDate, type DataReach } from './phrases.js';

/** A name as headlines write it: no article, the short form people know (`Dow`, `Nasdaq`, `10-year Treasury yield`). */
function headlineName(instrument: Instrument): string {
  if (instrument.kind === 'yield') return instrument.name;
  const bare = instrument.storyName.replace(/^the /, '');
  if (instrument.symbol === 'DJI') return 'Dow';
  if (instrument.symbol === 'IXIC') return 'Nasdaq';
  return bare;
}

/** `since at least 1992` (the data's first year: the history may reach further back), or `ever` when the data hold the instrument's whole history. */
function inDataWhen(reach: DataReach): string {
  return reach.wholeHistory ? 'ever' : `since at least ${yearOfIsoDate(reach.dataStart)}`;
}

/** A "since" this many months back or fewer (over a year) gives its month with the year. */
const MONTH_YEAR_MONTHS = 24;

/**
 * `since 1987` for a date two years back or more, `since January 1988` within two years,
 * `since March` within a year, `in a year` for the same month a year back (`since 2023` on
 * Nov. 29, 2024 says too little; `since Aug. 2024` style is avoided).
 */
function sinceWhen(sinceDate: string | null, reach: DataReach): string {
  if (sinceDate === null) return inDataWhen(reach);
  const days = dayOfIso(reach.date) - dayOfIso(sinceDate);
  const monthsBack = (yearOfIsoDate(reach.date) - yearOfIsoDate(sinceDate)) * 12 + Number(reach.date.slice(5, 7)) - Number(sinceDate.slice(5, 7));
  const month = monthName(Number(sinceDate.slice(5, 7)));
  if (days > 365 && monthsBack <= 12) return 'in a year';
  // Under two years back the year alone reads as longer ago than it is: "since January 1988" in October 1989.
  if (days > 365 && monthsBack <= MONTH_YEAR_MONTHS) return `since ${month} ${yearOfIsoDate(sinceDate)}`;
  if (days > 365) return `since ${yearOfIsoDate(sinceDate)}`;
  return `since ${month}`;
}

/** The headline phrase of one fact about `instrument` ("has its worst day since 1987"), or null when it is not headline news. */
function newsPhrase(fact: Fact, isYield: boolean): string | null {
  switch (fact.kind) {
    case 'record-close':
      // The count of the year's records is the body's; the headline says the record.
      return fact.isFirstSince ? `closes at its first record since ${yearOfIsoDate(fact.priorRecordDate)}` : 'closes at a record';
    case 'milestone':
      return `closes above ${formatNumber(fact.level, 0)} for the first time`;
    case 'drawdown-change':
      // Back past the line of a state that never ended: no entry, no headline.
      if (fact.isReentry) return null;
      return fact.to === 'bear' ? 'enters a bear market' : fact.to === 'correction' ? 'enters a correction' : fact.from === 'bear' ? 'starts a new bull market' : 'ends its correction';
    case 'biggest-move': {
      if (fact.period !== 'day') return null;
      const when = sinceWhen(fact.sinceDate, fact);
      if (isYield) return `has its biggest one-day ${fact.move > 0 ? 'rise' : 'drop'} ${when}`;
      return `has its ${fact.move > 0 ? 'best' : 'worst'} day ${when}`;
    }
    case 'point-move':
      return `has its biggest point ${fact.points > 0 ? 'gain' : 'drop'} ${fact.sinceDate === null && fact.beyondDataStart ? 'ever' : sinceWhen(fact.sinceDate, fact)}`;
    case 'extreme-since':
      if (isYield && fact.sinceDate === null) return fact.side === 'low' ? 'falls to a record low' : 'climbs to a record high';
      return `${fact.side === 'high' ? 'climbs to its highest' : 'falls to its lowest'} ${isYield ? 'level' : 'close'} ${sinceWhen(fact.sinceDate, fact)}`;
    case 'near-record':
      return 'closes just short of its record';
    case 'drawdown-standing':
      return 'closes on the brink of a bear market';
    case 'year-result':
      return fact.sinceIsNews ? yearPhrase(fact).replace(/^with /, 'has ') : null;
    case 'month-on-track': {
      // A month over that only reaches the data's first year: its figure, not a hedged superlative ("Dow rises 11.8% in November").
      if (fact.isMonthComplete && fact.sinceMonth === null && !fact.wholeHistory && fact.unit === 'pct') return `${fact.move > 0 ? 'rises' : 'falls'} ${percentText(fact.move)} in ${monthName(Number(fact.date.slice(5, 7)))}`;
      const noun = fact.move > 0 ? 'best' : 'worst';
      const when = sinceWhen(fact.sinceMonth === null ? null : `${fact.sinceMonth}-28`, fact);
      return fact.isMonthComplete ? `ends its ${noun} month ${when}` : `heads for its ${noun} month ${when}`;
    }
    case 'week-result': {
      const noun = isYield ? `biggest weekly ${fact.move > 0 ? 'rise' : 'drop'}` : `${fact.move > 0 ? 'best' : 'worst'} week`;
      return `has its ${noun} ${sinceWhen(fact.sinceDate, fact)}`;
    }
    case 'point-rank':
      return `has its ${formatOrdinal(fact.rank)}-biggest point ${fact.points > 0 ? 'gain' : 'drop'}${fact.beyondDataStart ? ' ever' : ''}`;
    case 'two-day-move':
      return `has its ${fact.move > 0 ? 'best' : 'worst'} two days ${sinceWhen(fact.sinceDate, fact)}`;
    case 'ytd-turn':
      return `turns ${fact.move < 0 ? 'negative' : 'positive'} for the year`;
    case 'streak':
      if (fact.snapped !== null) {
        const run = `${formatCount(Math.abs(fact.snapped))}-day`;
        return `snaps ${indefiniteArticle(run)} ${run} ${fact.snapped > 0 ? 'winning' : 'losing'} streak`;
      }
      return `${fact.days > 0 ? (isYield ? 'rises' : 'gains') : isYield ? 'falls' : 'falls'} for a ${formatOrdinal(Math.abs(fact.days))} straight day`;
    case 'fifty-two-week':
      return `${fact.side === 'high' ? 'hits a' : 'sinks to a'} 52-week ${fact.side}`;
    default:
      return null;
  }
}

/** `with its worst year since 1937`, `with its best year since at least 1971`. */
function yearPhrase(fact: YearResultFact): string {
  const when = fact.sinceYear === null ? inDataWhen(fact) : `since ${fact.sinceYear}`;
  if (fact.unit === 'bp') return `with its biggest yearly ${fact.move > 0 ? 'rise' : 'drop'} ${when}`;
  return `with its ${fact.move > 0 ? 'best' : 'worst'} year ${when}`;
}

/** `Nasdaq closes at a record`, `S&P 500, Dow and Russell 2000 close at records`. */
function recordsPhrase(records: readonly Instrument[]): string {
  return `${joinClauses(records.map(headlineName))} ${records.length > 1 ? 'close at records' : 'closes at a record'}`;
}

/** A day's move in a headline verb: `slips` / `edges up` under 0.5%, else `falls` / `rises` (percent). */
function dayVerb(move: number): string {
  if (Math.abs(move) < 0.5) return move < 0 ? 'slips' : 'edges up';
  return move < 0 ? 'falls' : 'rises';
}

/** How stocks moved, in headline words, from the S&P 500's move and whether the indexes agreed (percent). */
function stocksPhrase(moves: readonly number[]): string {
  const first = moves[0] ?? 0;
  if (moves.length > 1 && !moves.every((m) => Math.sign(m) === Math.sign(first))) return 'Stocks end mixed';
  const size = Math.abs(first);
  const up = first > 0;
  if (moves.every((m) => Math.abs(m) < 0.05)) return 'Stocks end little changed';
  if (size < 0.5) return up ? 'Stocks edge higher' : 'Stocks edge lower';
  if (size < 1.5) return up ? 'Stocks rise' : 'Stocks fall';
  return up ? 'Stocks rally' : 'Stocks slump';
}

/**
 * The headline of a brief from its lead's news; `fallback` when there is no lead. `fearGauge`
 * (the VIX's own news in headline words, see fearGaugeHeadline) joins a headline that has
 * nothing beside its first news: "S&P 500 has its worst day since 2022 as VIX has its biggest
 * one-day jump since 2018".
 */
export function writeHeadline(news: LeadNews | null, fallback: string, fearGauge: string | null = null): string {
  if (news === null) return fallback;
  const first = news.first;
  const said = first.news === null ? null : newsPhrase(first.news, first.instrument.kind === 'yield');
  // A near miss on a down day is no near miss: "S&P 500 slips from near its record". A month's end at a record says both.
  const fell = (news.stockMoves.get(first.instrument.symbol) ?? 0) < 0;
  const atRecord = first.news?.kind === 'month-on-track' && first.facts.some((f) => f.kind === 'record-close') ? ' at a record' : '';
  // A week against the day says both: "S&P 500 slips but has its best week since March".
  const dayMove = news.stockMoves.get(first.instrument.symbol) ?? 0;
  const weekAgainst = first.news?.kind === 'week-result' && dayMove !== 0 && Math.sign(dayMove) === -Math.sign(first.news.move) ? `${dayVerb(dayMove)} but ` : '';
  const phrase = said === null ? null : first.news?.kind === 'near-record' && fell ? 'slips from near its record' : `${weekAgainst}${said}${atRecord}`;
  const also = news.also === null ? null : newsPhrase(news.also.fact, news.also.instrument.kind === 'yield');
  // "Also" only when the headline says the first instrument's record ("S&P 500 closes at a record as Dow also closes at one" reads
  // as one; after "ends its best month in a year" it has nothing to refer back to).
  const firstRecord = first.news?.kind === 'record-close' || atRecord !== '';
  // With no "as" clause, the Dow's point move the largest ever takes its place: "... as Dow has its biggest point drop ever".
  // Short of the largest ever, the points themselves: "S&P 500 has its worst day since 1987 as Dow falls 778 points".
  const largest = news.pointLargest;
  const pointsMoved = largest === null ? null : `${largest.fact.points < 0 ? 'falls' : 'rises'} ${formatNumber(Math.abs(largest.fact.points), 0)} points`;
  const pointEver = news.also === null && largest !== null ? (largest.fact.beyondDataStart ? newsPhrase(largest.fact, false) : isPointStory(largest.instrument.symbol) ? pointsMoved : null) : null;
  const pointText = pointEver === null || largest === null ? '' : ` as ${headlineName(largest.instrument)} ${pointEver}`;
  const alsoText = also === null || news.also === null ? pointText : ` as ${headlineName(news.also.instrument)} ${firstRecord ? also.replace(/^closes at a record$/, 'also closes at a record') : also}`;
  if (news.year !== null) {
    const result = news.year.move === 0 ? 'unchanged' : `${news.year.move > 0 ? 'up' : 'down'} ${percentText(news.year.move)}`;
    const record = first.news?.kind === 'record-close' ? ' at a record' : '';
    const ranked = news.yearResult !== null && news.yearResult.sinceIsNews ? yearPhrase(news.yearResult) : null;
    // Back-to-back 20% years: "S&P 500 ends 2024 up 23.3% for its second straight annual gain of more than 20%".
    const bigRun = news.yearResult !== null && news.yearResult.bigGainRun >= 2 ? ` for its ${formatOrdinal(news.yearResult.bigGainRun)} straight annual gain of more than ${BIG_YEAR_GAIN_PCT}%` : '';
    return `${headlineName(first.instrument)} ends ${news.year.periodNumber} ${ranked ?? `${result}${bigRun}`}${record}${alsoText}`;
  }
  const moves = [...news.stockMoves.values()];
  // A reopening leads the headline: "Trading resumes after four-day closure as S&P 500 falls to its lowest close since 1998";
  // with a point move the largest in the data, the points say it: "Dow falls 685 points as trading resumes after four-day closure".
  if (news.resumed !== null) {
    const closure = `Trading resumes after ${formatCount(news.resumed.closedDays.length)}-day closure`;
    if (largest !== null && pointsMoved !== null) return `${headlineName(largest.instrument)} ${pointsMoved} as ${closure.replace(/^Trading resumes/, 'trading resumes')}`;
    return phrase !== null ? `${closure} as ${headlineName(first.instrument)} ${phrase}` : `${closure}; ${stocksPhrase(moves).replace(/^Stocks/, 'stocks')}`;
  }
  // Another index's record outranks the benchmark's near miss: "Dow closes at a record as S&P 500 ends just short of its own".
  if (first.news?.kind === 'near-record' && news.also?.fact.kind === 'record-close') return `${headlineName(news.also.instrument)} closes at a record as ${headlineName(first.instrument)} ends just short of its own`;
  // A month's end at a record beside another index's record, the benchmark named once: "S&P 500 and Dow close at records as Wall Street caps its best month in a year".
  if (atRecord !== '' && said !== null && news.records.length > 1 && news.records.includes(first.instrument) && news.also?.fact.kind === 'record-close') {
    return `${recordsPhrase(news.records)} as Wall Street ${said.replace(/^ends /, 'caps ')}`;
  }
  // Records of several indexes are one piece of news: "S&P 500 and Nasdaq close at records"; on the year's first session, "S&P 500 and Dow start 2022 at records".
  if (phrase === 'closes at a record' && news.records.length > 1 && news.records.includes(first.instrument)) {
    const otherNews = news.also !== null && !news.records.includes(news.also.instrument) ? alsoText : '';
    if (news.firstOfYear !== null) return `${joinClauses(news.records.map(headlineName))} start ${news.firstOfYear} at records${otherNews}`;
    return `${recordsPhrase(news.records)}${otherNews}`;
  }
  // Entering a correction beside the day's news: "S&P 500 has its worst day since 2011 and enters a correction".
  // Two pieces of the benchmark's news take the whole headline, unless another index's outscores its state.
  const enteredLeads = news.entered !== null && enteredOutranks(news.entered, news.also?.fact ?? null);
  const enteredPhrase = news.entered === null || !enteredLeads ? null : newsPhrase(news.entered, false);
  const entered = enteredPhrase === null ? '' : ` and ${enteredPhrase}`;
  // A bond-led day with a stock record: "10-year Treasury yield falls to a record low as Nasdaq closes at a record".
  const records = news.isOtherLed && news.records.length > 0 ? ` as ${recordsPhrase(news.records)}` : '';
  const fear = fearGauge !== null && entered === '' && alsoText === '' && records === '' ? ` as ${fearGauge}` : '';
  if (phrase !== null) return `${headlineName(first.instrument)} ${phrase}${entered}${entered === '' ? alsoText : ''}${records}${fear}`;
  if (news.isOtherLed || moves.length === 0) return `${headlineName(first.instrument)} ${first.facts[0]?.kind === 'day-move' ? 'moves' : 'trades'}`;
  return `${stocksPhrase(moves)}${alsoText}`;
}
