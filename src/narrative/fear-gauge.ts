/**
 * The fear gauge's news: a VIX close that is a story of its own (a record close, its biggest
 * one-day move ever or in five years or more, a finished month its biggest ever; "ever" only when
 * the data hold its whole history). Such a
 * paragraph is told right after the lead's paragraphs, not at the foot of the story, and a
 * headline with nothing beside its first news says it: "S&P 500 has its worst day since 2022 as
 * VIX has its biggest one-day jump since 2018".
 */
import type { Instrument } from '../core/instrument.js';
import type { Fact } from '../facts/index.js';
import { dayOfIso, yearOfIsoDate } from './phrases.js';

/** A one-day move of the VIX is its own story when it is the largest in at least this many years (days). */
const FEAR_SINCE_MIN_DAYS = 5 * 365;

/** The VIX's news of the day and the instrument it is about. */
export interface FearGaugeNews {
  readonly instrument: Instrument;
  readonly fact: Fact;
}

/** True for a VIX fact that is a story of its own (see the module comment). */
function isFearNews(fact: Fact): boolean {
  switch (fact.kind) {
    case 'record-close':
      return true;
    case 'biggest-move':
      if (fact.sinceDate === null) return fact.period === 'day' && fact.wholeHistory;
      return fact.period === 'day' && (dayOfIso(fact.date) - dayOfIso(fact.sinceDate) >= FEAR_SINCE_MIN_DAYS);
    case 'month-on-track':
      return fact.isMonthComplete && fact.sinceMonth === null && fact.wholeHistory;
    default:
      return false;
  }
}

/** The order the news is chosen in: a record close, then the day's move, then the month. */
const FEAR_KIND_RANK: readonly Fact['kind'][] = ['record-close', 'biggest-move', 'month-on-track'];

/**
 * The fear gauge's news on `date` among `facts`: the first volatility instrument (story order)
 * with a fact that is a story of its own, its record close first; null when it has none.
 */
export function fearGaugeNews(facts: readonly Fact[], ordered: readonly Instrument[], date: string): FearGaugeNews | null {
  for (const instrument of ordered) {
    if (instrument.kind !== 'volatility') continue;
    const own = facts.filter((f) => f.symbol === instrument.symbol && f.date === date && isFearNews(f));
    own.sort((a, b) => FEAR_KIND_RANK.indexOf(a.kind) - FEAR_KIND_RANK.indexOf(b.kind));
    const fact = own[0];
    if (fact !== undefined) return { instrument, fact };
  }
  return null;
}

/** The headline clause of the fear gauge's news: `VIX closes at a record`, `VIX has its biggest one-day jump since 2018`. */
export function fearGaugeHeadline(news: FearGaugeNews): string {
  const name = news.instrument.storyName.replace(/^the /, '');
  const fact = news.fact;
  switch (fact.kind) {
    case 'biggest-move':
      return `${name} has its biggest one-day ${fact.move > 0 ? 'jump' : 'drop'} ${fact.sinceDate === null ? 'ever' : `since ${yearOfIsoDate(fact.sinceDate)}`}`;
    case 'month-on-track':
      return `${name} ends its biggest monthly ${fact.move > 0 ? 'jump' : 'drop'} ever`;
    default:
      return `${name} closes at a record`;
  }
}
