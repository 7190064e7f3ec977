/**
 * The words of the lead's clauses: an instrument's day with its news ("fell 324.89 points, or
 * 12%, to 2,386.13, its biggest one-day drop since Oct. 19, 1987"), another index's news as
 * the "as" clause, the Dow and the Nasdaq in one sentence, and the market's day without news
 * ("with the S&P 500 up 12.61 points, or 1.4%, at 903.25"). Each takes the facts it states.
 */
import type { Instrument } from '../core/instrument.js';
import type { DayMoveFact, Fact } from '../facts/index.js';
import { formatNumber, monthName } from './ap-style.js';
import {
  biggestDayClause,
  dayLevel,
  dayMovePhrase,
  drawdownChangeClause,
  extremeSinceClause,
  fiftyTwoWeekClause,
  isPeakRecord,
  isQuotedInPoints,
  isSameRecord,
  nearRecordClause,
  recordClause,
  streakClause,
  streakSinceClause,
} from './clauses.js';
import { totalReturnMovePhrase } from './total-return-clauses.js';
import { pointMoveClause, pointRankClause, twoDayClause, yearResultClause, ytdTurnClause } from './beyond-day-clauses.js';
import { isAgainstTheDay } from './filler.js';
import { articleFor, dateText, direction, inDataText, isFlat, levelText, moveNoun, moveText, monthText, pastVerb, percentText, pointsText } from './phrases.js';
import { countsRecords, type FactPool, type StoryContext } from './pool.js';
import { isHalfYearMonthEnd, isMonthOver } from './lead-month.js';
import { bestNews, NEWS_KINDS } from './lead-news.js';
import { weekAsClause, weekLeadClause } from './week-sentences.js';

/** A clause of the lead: the instrument's day (`main`), the news said of it (`tail`), the facts stated. */
export interface LeadClause {
  readonly instrument: Instrument;
  readonly main: string;
  readonly tail: string;
  readonly facts: readonly Fact[];
  /** The fact that gives the clause its news, or null for a plain day's move. */
  readonly news: Fact | null;
}

/** The tail a fact gives the day's move, with the facts it implies (taken with it), or null when it gives none. */
function newsTail(pool: FactPool, instrument: Instrument, fact: Fact, ctx: StoryContext): { tail: string; implied: Fact[]; isRecord: boolean } | null {
  const symbol = instrument.symbol;
  const year = ctx.storyYear;
  const isYield = instrument.kind === 'yield';
  switch (fact.kind) {
    case 'record-close':
      return { tail: recordClause(fact, year, countsRecords(ctx, symbol)) ?? '', implied: [], isRecord: true };
    case 'milestone': {
      const record = pool.peek(symbol, 'record-close');
      return { tail: `its first close above ${formatNumber(fact.level, 0)}`, implied: record ? [record] : [], isRecord: record !== undefined };
    }
    case 'drawdown-change': {
      // The peak is the year's latest record when it was set this year: the date and level are said once.
      const saysPeak = fact.to === 'bear' || fact.to === 'correction';
      const latest = saysPeak ? pool.peek(symbol, 'latest-record', (l) => isPeakRecord(fact, l)) : undefined;
      // Far below the record, the year's count of records is no news: the record's date and level only.
      return { tail: drawdownChangeClause(instrument, fact, year), implied: latest ? [latest] : [], isRecord: false };
    }
    case 'near-record': {
      // The benchmark's count of records joins its record's distance; another index's stays in the JSON.
      const latest = countsRecords(ctx, symbol) ? pool.peek(symbol, 'latest-record', (l) => isSameRecord(fact, l)) : undefined;
      // Just below the record is the highest close since it: said by the clause, not again.
      const since = pool.peek(symbol, 'extreme-since', (e) => e.side === 'high' && e.sinceIsRecord && e.sinceDate === fact.recordDate);
      const high = since ? pool.peek(symbol, 'fifty-two-week', (h) => h.side === 'high') : undefined;
      const implied = [latest, since, high].filter((f): f is NonNullable<typeof f> => f !== undefined);
      return { tail: nearRecordClause(instrument, fact, year, latest), implied, isRecord: false };
    }
    case 'biggest-move':
      return fact.period === 'day' ? { tail: biggestDayClause(fact, year), implied: [], isRecord: false } : null;
    case 'point-move': {
      const threshold = pool.peek(symbol, 'point-threshold');
      return { tail: pointMoveClause(fact, year, threshold), implied: threshold ? [threshold] : [], isRecord: false };
    }
    case 'point-rank':
      return { tail: pointRankClause(fact, year), implied: [], isRecord: false };
    case 'two-day-move':
      return { tail: twoDayClause(fact, year), implied: [], isRecord: false };
    case 'ytd-turn':
      return { tail: ytdTurnClause(fact), implied: [], isRecord: false };
    case 'month-on-track': {
      const since = fact.sinceMonth === null ? inDataText(fact, year) : `since ${monthText(fact.sinceMonth, year)}`;
      const over = isMonthOver(fact, ctx);
      const day = pool.peek(symbol, 'day-move');
      const against = day !== undefined && isAgainstTheDay(fact, day.move);
      if (!over) return { tail: `leaving it on track for its biggest monthly ${moveNoun(fact.move, fact.unit)} ${since}`, implied: [], isRecord: false };
      // The month over, its figure with it: "capping a 10.8% gain for November, its best month since April"; the index's
      // paragraph then gives the year alone.
      // Against the day: "rose 0.02% ..., but ended October with a 2% drop, its worst month since May".
      const mtd = pool.peek(symbol, 'period-move', (f) => f.period === 'mtd' && f.periodNumber === Number(fact.date.slice(5, 7)));
      const amount = moveText(fact.move, fact.unit);
      const what = fact.unit === 'bp' ? `its biggest monthly ${moveNoun(fact.move, fact.unit)} ${since}` : `its ${fact.move > 0 ? 'best' : 'worst'} month ${since}`;
      const month = monthName(Number(fact.date.slice(5, 7)));
      const figure = `${articleFor(amount)} ${amount} ${moveNoun(fact.move, fact.unit)}`;
      const tail = against ? `but ended ${month} with ${figure}, ${what}` : `capping ${figure} for ${month}, ${what}`;
      return { tail, implied: mtd ? [mtd] : [], isRecord: false };
    }
    case 'week-result': {
      const day = pool.peek(symbol, 'day-move');
      return { tail: weekLeadClause(instrument, fact, year, day !== undefined && Math.sign(day.move) === -Math.sign(fact.move)), implied: [], isRecord: false };
    }
    case 'streak': {
      const longest = streakSinceClause(fact, isYield, year);
      return { tail: `${streakClause(fact, isYield)}${longest === null ? '' : `, ${longest}`}`, implied: [], isRecord: false };
    }
    case 'extreme-since': {
      // "Its lowest close since 2018" says the 52-week low too.
      const implied = pool.peek(symbol, 'fifty-two-week', (f) => f.side === fact.side);
      return { tail: extremeSinceClause(fact, isYield, year), implied: implied ? [implied] : [], isRecord: false };
    }
    case 'fifty-two-week':
      return { tail: fiftyTwoWeekClause(fact), implied: [], isRecord: false };
    case 'drawdown-standing': {
      // "leaving it on the brink of a bear market, 19.8% below its record close of 2,930.75, set Sept. 20".
      const from = fact.peakIsRecord ? `its record close of ${levelText(instrument, fact.peakClose)}, set ${dateText(fact.peakDate, year)}` : `its peak close of ${levelText(instrument, fact.peakClose)} on ${dateText(fact.peakDate, year)}`;
      // The year's latest record, when it is that peak, is said by the clause.
      const latest = fact.peakIsRecord ? pool.peek(symbol, 'latest-record', (l) => l.recordDate === fact.peakDate && l.recordClose === fact.peakClose) : undefined;
      return { tail: `leaving it on the brink of a bear market, ${percentText(fact.drawdownPct)} below ${from}`, implied: latest ? [latest] : [], isRecord: false };
    }
    default:
      return null;
  }
}

/**
 * In the story's first clause, a close just short of the record on a month's end with the
 * biggest monthly move in half a year or more tells the month too: "capping its biggest monthly
 * gain since January, leaving it 0.2% below its record close of 72.64, set Dec. 12, 1961".
 */
function withMonthAndNearRecord(
  pool: FactPool,
  instrument: Instrument,
  news: Fact,
  said: { tail: string; implied: Fact[]; isRecord: boolean },
  ctx: StoryContext,
): { tail: string; implied: Fact[]; isRecord: boolean } {
  if (news.kind !== 'near-record') return said;
  const month = pool.peek(instrument.symbol, 'month-on-track', (f) => isHalfYearMonthEnd(f, ctx));
  const monthSaid = month === undefined ? null : newsTail(pool, instrument, month, ctx);
  if (month === undefined || monthSaid === null) return said;
  return { tail: `${monthSaid.tail}, leaving it ${said.tail}`, implied: [...said.implied, month], isRecord: said.isRecord };
}

/** Takes `facts` out of the pool (each the very fact given). */
function takeAll(pool: FactPool, facts: readonly Fact[]): void {
  for (const fact of facts) pool.take(fact.symbol, fact.kind, (candidate) => candidate === fact);
}

/** The instrument's day with the given news (or its best news, or none), taking the facts it states; null without a day's move. */
export function leadClause(pool: FactPool, instrument: Instrument, ctx: StoryContext, chosen?: Fact | null, isFirst = false): LeadClause | null {
  const day = pool.peek(instrument.symbol, 'day-move');
  if (day === undefined) return null;
  const news = chosen === undefined ? bestNews(pool, instrument.symbol, NEWS_KINDS, ctx) : (chosen ?? undefined);
  const found = news === undefined ? null : newsTail(pool, instrument, news, ctx);
  // A record close goes with whatever else is the news: "rose ... to a record 6,032.38, its 53rd record close of 2024, capping ...".
  const record = found !== null && !found.isRecord ? pool.peek(instrument.symbol, 'record-close') : undefined;
  const count = record === undefined ? null : recordClause(record, ctx.storyYear, countsRecords(ctx, instrument.symbol));
  const withRecord = found === null || record === undefined ? found : { ...found, tail: [count, found.tail].filter((part) => part !== null && part !== '').join(', '), implied: [record, ...found.implied], isRecord: true };
  const said = withRecord === null || news === undefined || !isFirst ? withRecord : withMonthAndNearRecord(pool, instrument, news, withRecord, ctx);
  const facts: Fact[] = [day, ...(said !== null && news !== undefined ? [news, ...said.implied] : [])];
  takeAll(pool, facts);
  // A record with its milestone: the record's count is said by the clause only when it is the news.
  return { instrument, main: `${instrument.storyName} ${dayMovePhrase(instrument, day, said?.isRecord ?? false)}`, tail: said?.tail ?? '', facts, news: said === null ? null : (news ?? null) };
}

/** `the Nasdaq composite entered a bear market`: another index's news as the first sentence's "as" clause, taking its fact. */
export function asClause(pool: FactPool, instrument: Instrument, fact: Fact, ctx: StoryContext, also: boolean): { text: string; facts: Fact[] } | null {
  const name = instrument.storyName;
  const year = ctx.storyYear;
  const alsoWord = also ? 'also ' : '';
  let text: string | null = null;
  const implied: Fact[] = [];
  switch (fact.kind) {
    case 'record-close':
      text = `${name} ${alsoWord}closed at a record`;
      break;
    case 'milestone':
      text = `${name} ${alsoWord}closed above ${formatNumber(fact.level, 0)} for the first time`;
      break;
    case 'drawdown-change':
      // A re-entry is no entry (the state never ended): no "as" clause.
      text = fact.isReentry ? null : fact.to === 'bear' ? `${name} ${alsoWord}entered a bear market` : fact.to === 'correction' ? `${name} ${alsoWord}entered a correction` : fact.from === 'bear' ? `${name} ${alsoWord}started a new bull market` : null;
      break;
    case 'biggest-move':
      text = fact.period === 'day' ? `${name} ${also ? 'also ' : ''}had ${biggestDayClause(fact, year)}` : null;
      break;
    case 'month-on-track': {
      const since = fact.sinceMonth === null ? inDataText(fact, year) : `since ${monthText(fact.sinceMonth, year)}`;
      text = `${name} had its ${fact.move > 0 ? 'best' : 'worst'} month ${since}`;
      break;
    }
    case 'point-move':
      text = `${name} had ${pointMoveClause(fact, year)}`;
      break;
    case 'week-result':
      text = `${name} ${weekAsClause(instrument, fact, year)}`;
      break;
    case 'year-result': {
      // With its figure: "the Nasdaq composite rose 85.6%, its best year ever".
      const ranked = yearResultClause(fact, year);
      text = ranked === null ? null : `${name} ${pastVerb(fact.move)} ${moveText(fact.move, fact.unit)}, ${ranked}`;
      break;
    }
    case 'extreme-since': {
      const low = pool.peek(instrument.symbol, 'fifty-two-week', (f) => f.side === fact.side);
      if (low) implied.push(low);
      text = `${name} ${alsoWord}closed at ${extremeSinceClause(fact, instrument.kind === 'yield', year).replace(/ close /, ' level ')}`;
      break;
    }
    default:
      text = null;
  }
  if (text === null) return null;
  // Not taken: the instrument's own sentence gives the figures of the same news.
  return { text, facts: [fact, ...implied] };
}

/** `closed higher` / `closed lower` / `closed mixed` / `were little changed` for how the stock indexes moved. */
export function stocksVerb(moves: readonly number[]): string {
  if (moves.every((m) => Math.abs(m) < 0.05)) return 'were little changed';
  if (moves.every((m) => m > 0)) return 'closed higher';
  if (moves.every((m) => m < 0)) return 'closed lower';
  return 'closed mixed';
}

/** `the S&P 500 up 12.61 points, or 1.4%, at 903.25` (after "with"), from a clause's day-move. */
export function withPhrase(instrument: Instrument, clause: LeadClause): string {
  const day = clause.facts.find((f): f is DayMoveFact => f.kind === 'day-move');
  if (day === undefined) return clause.main;
  const level = dayLevel(instrument, day, false);
  if (isFlat(day.move, day.unit)) return `${instrument.storyName} ${day.move === 0 ? 'unchanged' : 'little changed'} at ${level}`;
  const size = isQuotedInPoints(instrument) ? `${pointsText(day.changePoints)}, or ${percentText(day.move)},` : percentText(day.move);
  return `${instrument.storyName} ${direction(day.move)} ${size} at ${level}`;
}

/** A lead clause for adjusted-only data (a fund's total return), the only day some briefs have. */
export function totalReturnClause(pool: FactPool, instrument: Instrument, ctx: StoryContext): LeadClause | null {
  const total = pool.take(instrument.symbol, 'total-return-move');
  if (total === undefined) return null;
  return { instrument, main: `${instrument.storyName} ${totalReturnMovePhrase(total, ctx.storyYear)}`, tail: '', facts: [total], news: null };
}
