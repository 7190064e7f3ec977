/**
 * The lead paragraph: the market first. The first sentence is the S&P 500's day with its best
 * news ("The S&P 500 fell 324.89 points, or 12%, to 2,386.13 on Monday, its biggest one-day drop
 * since Oct. 19, 1987."), joined by another index's bigger news ("..., as the Nasdaq composite
 * entered a bear market"); the second gives the Dow and the Nasdaq. Bonds or the VIX lead only
 * when they are the story and stocks did little; the stocks' moves are then the second sentence.
 */
import type { Instrument } from '../core/instrument.js';
import type { DayMoveFact, Fact, PeriodMoveFact, YearResultFact } from '../facts/index.js';
import { formatNumber } from './ap-style.js';
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
  recordCount,
  stateNoun,
  streakClause,
  streakSinceClause,
  totalReturnMovePhrase,
} from './clauses.js';
import { pointMoveClause, pointRankClause, twoDayClause, twoDaySentence, ytdTurnClause } from './beyond-day-clauses.js';
import { isAgainstTheDay, isEarlyMonthOnTrack } from './filler.js';
import { isPointStory, MAJOR_INDEXES } from './market.js';
import { capitalize, direction, inDataText, isFlat, moveNoun, monthText, percentText, pointsText, weekdayText } from './phrases.js';
import { resumedSentence, shortenedSession, yearResultSentence } from './lead-sentences.js';
import { periodEndsOf, type FactPool, type Sentence, type StoryContext } from './pool.js';
import { isHalfYearMonthEnd, isMonthEndNews, isMonthOver, MONTH_IN_PROGRESS_DISCOUNT, monthEndWeight } from './lead-month.js';
import { isWeekAsNews, reachesFurtherBack, weekEndWeight } from './lead-week.js';
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

/** What the headline is written from: the lead's subject and news, another index's news, and how stocks moved. */
export interface LeadNews {
  readonly first: LeadClause;
  /** Another instrument's news joined to the first sentence ("as the Nasdaq entered a bear market"). */
  readonly also: { readonly instrument: Instrument; readonly fact: Fact } | null;
  /** The day's moves of the stock indexes told in the lead paragraph (percent), by symbol. */
  readonly stockMoves: ReadonlyMap<string, number>;
  /** True when a yield or the VIX leads. */
  readonly isOtherLed: boolean;
  /** The benchmark's year, on the year's last session (its annual result leads with the day); else null. */
  readonly year: PeriodMoveFact | null;
  /** The benchmark's year ranked ("its worst year since 1937"), on the year's last session; else null. */
  readonly yearResult: YearResultFact | null;
}

/** The lead paragraph's sentences, the instruments whose day it tells, and what the headline is written from. */
export interface Lead {
  /** Paragraphs of sentences: the lead (with the year's result on its last session), then the Dow and the Nasdaq. */
  readonly paragraphs: readonly (readonly Sentence[])[];
  readonly symbols: readonly string[];
  readonly news: LeadNews;
}

/** Kinds of news a lead clause can carry, best first on equal scores. */
const NEWS_KINDS: ReadonlySet<Fact['kind']> = new Set([
  'record-close',
  'milestone',
  'drawdown-change',
  'biggest-move',
  'point-move',
  'point-rank',
  'two-day-move',
  'extreme-since',
  'month-on-track',
  'week-result',
  'near-record',
  'ytd-turn',
  'streak',
  'fifty-two-week',
]);

/** Kinds of news the second sentence gives the Dow and the Nasdaq: the day's own, not the month's. */
const DAY_NEWS_KINDS: ReadonlySet<Fact['kind']> = new Set(['record-close', 'milestone', 'drawdown-change', 'biggest-move', 'point-move', 'point-rank', 'two-day-move', 'extreme-since', 'near-record', 'ytd-turn', 'streak']);

/** Kinds that make another index's news big enough to join the first sentence ("as ..."). */
const AS_KINDS: ReadonlySet<Fact['kind']> = new Set(['record-close', 'milestone', 'drawdown-change', 'biggest-move', 'extreme-since']);

/** Another index's news that can join the first sentence: AS_KINDS, and a month's or a week's result that is news at its end. */
function alsoNews(pool: FactPool, symbol: string, ctx: StoryContext, withPeriods: boolean): Fact | undefined {
  const day = pool.peek(symbol, 'day-move');
  return pool
    .all(symbol)
    .filter((fact) => (AS_KINDS.has(fact.kind) && isLeadNews(fact, day, ctx)) || (withPeriods && (isMonthEndNews(fact, ctx) || isWeekAsNews(fact, pool))))
    .reduce<Fact | undefined>((best, f) => (best === undefined || alsoScore(f, pool) > alsoScore(best, pool) ? f : best), undefined);
}

/** The score another index's news is chosen by for the "as" clause: its own, a week that outscores its day weighted up. */
function alsoScore(fact: Fact, pool: FactPool): number {
  return fact.kind === 'week-result' ? fact.score + Math.max(0, weekEndWeight(fact, pool)) : fact.score;
}

/** A Dow or Nasdaq clause in the second sentence needs news scoring at least this. */
const SECOND_SENTENCE_MIN_SCORE = 45;

/** Bonds or the VIX lead only with news scoring at least this... */
const OTHER_LEAD_MIN_SCORE = 75;
/** ...while the S&P 500 moved less than this (percent). */
const QUIET_STOCKS_PCT = 1;

/** True for a fact that can give a lead clause its news on this day. */
function isLeadNews(fact: Fact, day: DayMoveFact | undefined, ctx: StoryContext | undefined): boolean {
  if (!NEWS_KINDS.has(fact.kind)) return false;
  if (fact.kind === 'point-move' || fact.kind === 'point-rank') return isPointStory(fact.symbol);
  if (fact.kind === 'biggest-move' && fact.period !== 'day') return false;
  // A week's result is the lead's news when its "since" is (weighted up when it reaches a year or more back).
  if (fact.kind === 'week-result') return fact.sinceIsNews;
  // At a month's end the month is the story whichever way the day went ("fell ..., though it still capped its best month since April").
  if (fact.kind === 'month-on-track') return !isEarlyMonthOnTrack(fact) && (isMonthOver(fact, ctx) || !isAgainstTheDay(fact, day?.move));
  return true;
}

/**
 * The score a fact is chosen by for a lead clause: its own, with a month's end and a week's
 * result reaching a year back weighted up, a
 * drawdown change first on equal scores, and the Dow's largest point move in the data just
 * above a capped percent "since" (its point record is the Dow's story), and, when it is the
 * largest ever (beyondDataStart), above a percent largest "in the data".
 */
function leadScore(fact: Fact, ctx: StoryContext | undefined, pool: FactPool): number {
  const monthEnd = monthEndWeight(fact, ctx);
  if (monthEnd > 0) return fact.score + monthEnd;
  if (fact.kind === 'week-result') return fact.score + weekEndWeight(fact, pool);
  // The largest point move ever (beyond the data's start) outranks a percent record that is only the data's.
  if (fact.kind === 'point-move' && fact.sinceDate === null) return fact.score + (fact.beyondDataStart ? 11 : 5.5);
  if (fact.kind === 'drawdown-change') return fact.score + 1;
  // A month still in progress is a weaker lead than the day's own news.
  if (fact.kind === 'month-on-track') return fact.score - MONTH_IN_PROGRESS_DISCOUNT;
  return fact.score;
}

/** The instrument's best fact that can be a lead's news, or undefined. */
export function bestNews(pool: FactPool, symbol: string, kinds: ReadonlySet<Fact['kind']> = NEWS_KINDS, ctx?: StoryContext): Fact | undefined {
  const day = pool.peek(symbol, 'day-move');
  return pool
    .all(symbol)
    .filter((fact) => kinds.has(fact.kind) && isLeadNews(fact, day, ctx))
    .reduce<Fact | undefined>((best, f) => (best === undefined || leadScore(f, ctx, pool) > leadScore(best, ctx, pool) ? f : best), undefined);
}

/** The tail a fact gives the day's move, with the facts it implies (taken with it), or null when it gives none. */
function newsTail(pool: FactPool, instrument: Instrument, fact: Fact, ctx: StoryContext): { tail: string; implied: Fact[]; isRecord: boolean } | null {
  const symbol = instrument.symbol;
  const year = ctx.storyYear;
  const isYield = instrument.kind === 'yield';
  switch (fact.kind) {
    case 'record-close':
      return { tail: recordClause(fact, year), implied: [], isRecord: true };
    case 'milestone': {
      const record = pool.peek(symbol, 'record-close');
      return { tail: `its first close above ${formatNumber(fact.level, 0)}`, implied: record ? [record] : [], isRecord: record !== undefined };
    }
    case 'drawdown-change': {
      // The peak is the year's latest record when it was set this year: the date and level are said once.
      const saysPeak = fact.to === 'bear' || fact.to === 'correction';
      const latest = saysPeak ? pool.peek(symbol, 'latest-record', (l) => isPeakRecord(fact, l)) : undefined;
      return { tail: drawdownChangeClause(instrument, fact, year, latest ? `, ${recordCount(latest)}` : ''), implied: latest ? [latest] : [], isRecord: false };
    }
    case 'near-record': {
      const latest = pool.peek(symbol, 'latest-record', (l) => isSameRecord(fact, l));
      // Just below the record is the highest close since it: said by the clause, not again.
      const since = pool.peek(symbol, 'extreme-since', (e) => e.side === 'high' && e.sinceIsRecord && e.sinceDate === fact.recordDate);
      const high = since ? pool.peek(symbol, 'fifty-two-week', (h) => h.side === 'high') : undefined;
      const implied = [latest, since, high].filter((f): f is NonNullable<typeof f> => f !== undefined);
      return { tail: nearRecordClause(instrument, fact, year, latest), implied, isRecord: false };
    }
    case 'biggest-move':
      return fact.period === 'day' ? { tail: biggestDayClause(instrument, fact, year), implied: [], isRecord: false } : null;
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
      const since = fact.sinceMonth === null ? inDataText(fact.dataStart, fact.date, year) : `since ${monthText(fact.sinceMonth, year)}`;
      const over = isMonthOver(fact, ctx);
      const day = pool.peek(symbol, 'day-move');
      const against = day !== undefined && isAgainstTheDay(fact, day.move);
      const verb = over ? (against ? 'though it still capped' : 'capping') : 'leaving it on track for';
      return { tail: `${verb} its biggest monthly ${moveNoun(fact.move, fact.unit)} ${since}`, implied: [], isRecord: false };
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
      return { tail: fiftyTwoWeekClause(fact, isYield), implied: [], isRecord: false };
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
  const withRecord = found === null || record === undefined ? found : { ...found, tail: `${recordClause(record, ctx.storyYear)}, ${found.tail}`, implied: [record, ...found.implied], isRecord: true };
  const said = withRecord === null || news === undefined || !isFirst ? withRecord : withMonthAndNearRecord(pool, instrument, news, withRecord, ctx);
  const facts: Fact[] = [day, ...(said !== null && news !== undefined ? [news, ...said.implied] : [])];
  takeAll(pool, facts);
  // A record with its milestone: the record's count is said by the clause only when it is the news.
  return { instrument, main: `${instrument.storyName} ${dayMovePhrase(instrument, day, said?.isRecord ?? false)}`, tail: said?.tail ?? '', facts, news: said === null ? null : (news ?? null) };
}

/** `the Nasdaq composite entered a bear market`: another index's news as the first sentence's "as" clause, taking its fact. */
function asClause(pool: FactPool, instrument: Instrument, fact: Fact, ctx: StoryContext, also: boolean): { text: string; facts: Fact[] } | null {
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
      text = fact.isReentry ? `${name} ${alsoWord}fell back into ${stateNoun(fact.to)}` : fact.to === 'bear' ? `${name} ${alsoWord}entered a bear market` : fact.to === 'correction' ? `${name} ${alsoWord}entered a correction` : fact.from === 'bear' ? `${name} ${alsoWord}started a new bull market` : null;
      break;
    case 'biggest-move':
      text = fact.period === 'day' ? `${name} ${also ? 'also ' : ''}had ${biggestDayClause(instrument, fact, year)}` : null;
      break;
    case 'month-on-track': {
      const since = fact.sinceMonth === null ? inDataText(fact.dataStart, fact.date, year) : `since ${monthText(fact.sinceMonth, year)}`;
      text = `${name} had its ${fact.move > 0 ? 'best' : 'worst'} month ${since}`;
      break;
    }
    case 'point-move':
      text = `${name} had ${pointMoveClause(fact, year)}`;
      break;
    case 'week-result':
      text = `${name} ${weekAsClause(instrument, fact, year)}`;
      break;
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

/** The Dow and the Nasdaq (or the given indexes) in one sentence, each with its best news when it scores enough; null when none has a day. */
function marketSentence(pool: FactPool, instruments: readonly Instrument[], ctx: StoryContext, withNews = true): { sentence: Sentence; symbols: string[] } | null {
  const clauses: LeadClause[] = [];
  for (const instrument of instruments) {
    const news = withNews ? bestNews(pool, instrument.symbol, DAY_NEWS_KINDS, ctx) : undefined;
    const clause = leadClause(pool, instrument, ctx, news !== undefined && news.score >= SECOND_SENTENCE_MIN_SCORE ? news : null);
    if (clause !== null) clauses.push(clause);
  }
  if (clauses.length === 0) return null;
  const parts = clauses.map((c) => `${c.main}${c.tail ? `, ${c.tail}` : ''}`);
  const signs = clauses.map((c) => Math.sign(dayMoveOf(c)));
  let text = capitalize(parts[0] ?? '');
  for (let k = 1; k < parts.length; k++) {
    const last = k === parts.length - 1;
    const joiner = signs[k] !== 0 && signs[k - 1] !== 0 && signs[k] !== signs[k - 1] ? ', while ' : last ? (parts.length > 2 ? ' and ' : ', and ') : ', ';
    text += `${joiner}${parts[k] ?? ''}`;
  }
  return { sentence: { text: `${text}.`, facts: clauses.flatMap((c) => c.facts) }, symbols: clauses.map((c) => c.instrument.symbol) };
}

function dayMoveOf(clause: LeadClause): number {
  const day = clause.facts.find((f): f is DayMoveFact => f.kind === 'day-move');
  return day?.move ?? 0;
}

/** `closed higher` / `closed lower` / `closed mixed` / `were little changed` for how the stock indexes moved. */
function stocksVerb(moves: readonly number[]): string {
  if (moves.every((m) => Math.abs(m) < 0.05)) return 'were little changed';
  if (moves.every((m) => m > 0)) return 'closed higher';
  if (moves.every((m) => m < 0)) return 'closed lower';
  return 'closed mixed';
}

/** True when a yield or the VIX is the day's story: big news while the S&P 500 moved little and stocks had less. */
function otherLeader(pool: FactPool, instruments: readonly Instrument[], stockIndexes: readonly Instrument[], bench: Instrument | undefined): Instrument | undefined {
  const benchMove = bench === undefined ? undefined : pool.peek(bench.symbol, 'day-move')?.move;
  if (benchMove !== undefined && Math.abs(benchMove) >= QUIET_STOCKS_PCT) return undefined;
  const stockScore = Math.max(0, ...stockIndexes.map((i) => bestNews(pool, i.symbol)?.score ?? 0));
  const others = instruments.filter((i) => i.kind === 'yield' || i.kind === 'volatility');
  let best: { instrument: Instrument; score: number } | undefined;
  for (const instrument of others) {
    const news = bestNews(pool, instrument.symbol, AS_KINDS);
    if (news === undefined || news.score < OTHER_LEAD_MIN_SCORE || news.score <= stockScore) continue;
    if (best === undefined || news.score > best.score) best = { instrument, score: news.score };
  }
  return best?.instrument;
}

/**
 * Writes the lead paragraph, or null when no instrument has a day's move. The day named ("on
 * Monday") is the date of the first clause's figures. `ordered` is the story order
 * (storyOrder): benchmark, Dow, Nasdaq, other indexes, yields, the VIX, funds.
 */
export function writeLead(pool: FactPool, ordered: readonly Instrument[], ctx: StoryContext): Lead | null {
  const indexes = ordered.filter((i) => i.kind === 'index' && pool.peek(i.symbol, 'day-move') !== undefined);
  const bench = indexes.find((i) => i.symbol === ctx.benchmark) ?? indexes[0];
  const majors = indexes.filter((i) => i !== bench && MAJOR_INDEXES.includes(i.symbol));
  const marketIndexes = bench === undefined ? [] : [bench, ...majors];
  const leader = otherLeader(pool, ordered, marketIndexes, bench);
  const stockMoves = (): Map<string, number> => new Map(marketIndexes.map((i) => [i.symbol, 0]));
  if (leader !== undefined || bench === undefined) {
    const first = leader ?? ordered.find((i) => pool.peek(i.symbol, 'day-move') !== undefined) ?? ordered.find((i) => pool.top(i.symbol) !== undefined);
    if (first === undefined) return null;
    const clause = leadClause(pool, first, ctx) ?? totalReturnClause(pool, first, ctx);
    if (clause === null) return null;
    const moves = stockMoves();
    for (const i of marketIndexes) moves.set(i.symbol, pool.peek(i.symbol, 'day-move')?.move ?? 0);
    // The stocks' day beside the news: their moves only, their own news in their paragraphs.
    const market = marketIndexes.length > 0 ? marketSentence(pool, marketIndexes, ctx, false) : null;
    const lead = { text: `${capitalize(clause.main)} on ${weekdayText(clause.facts[0]?.date ?? '1970-01-01')}${clause.tail ? `, ${clause.tail}` : ''}.`, facts: clause.facts };
    return {
      paragraphs: market === null ? [[lead]] : [[lead], [market.sentence]],
      symbols: [first.symbol, ...(market?.symbols ?? [])],
      news: { first: clause, also: null, stockMoves: moves, isOtherLed: true, year: null, yearResult: null },
    };
  }
  const moves = stockMoves();
  for (const i of marketIndexes) moves.set(i.symbol, pool.peek(i.symbol, 'day-move')?.move ?? 0);
  const benchNews = bestNews(pool, bench.symbol, NEWS_KINDS, ctx);
  // Another index's bigger news joins the first sentence: "..., as the Nasdaq entered a bear market".
  let also: { instrument: Instrument; fact: Fact } | null = null;
  // Another index's month joins only when the benchmark's month or year is not already the story.
  const monthsJoin = !periodEndsOf(ctx, bench.symbol).year && (benchNews === undefined || !isMonthEndNews(benchNews, ctx));
  for (const other of indexes) {
    if (other === bench) continue;
    const news = alsoNews(pool, other.symbol, ctx, monthsJoin);
    if (news === undefined || (benchNews !== undefined && (AS_KINDS.has(benchNews.kind) || news.kind === benchNews.kind) && news.score <= benchNews.score)) continue;
    // The same kind of news twice ("its worst day since 1987, as the Dow had its worst day in its data") is an echo; a second record is not, nor a month or a week that reaches further back.
    if (benchNews !== undefined && news.kind === benchNews.kind && news.kind !== 'record-close' && news.kind !== 'month-on-track' && news.kind !== 'week-result') continue;
    const score = alsoScore(news, pool);
    const alsoBest = also === null ? 0 : alsoScore(also.fact, pool);
    if (also === null || score > alsoBest || (score === alsoBest && reachesFurtherBack(news, also.fact))) also = { instrument: other, fact: news };
  }
  const first = leadClause(pool, bench, ctx, benchNews ?? null, true);
  if (first === null) return null;
  const sameKind = also !== null && (first.news?.kind === also.fact.kind || first.facts.some((f) => f.kind === also?.fact.kind));
  const alsoClause = also === null ? null : asClause(pool, also.instrument, also.fact, ctx, sameKind);
  const shortened = shortenedSession(pool, bench, indexes);
  const weekday = `${weekdayText(first.facts[0]?.date ?? '1970-01-01')}${shortened.text}`;
  let text: string;
  const isPreliminary = first.facts.some((f) => f.preliminary);
  if (first.news === null && isPreliminary) {
    // A level stated before the close: no "Stocks closed ..." about a market still trading.
    text = `${capitalize(first.main)} on ${weekday}${alsoClause === null ? '' : `, as ${alsoClause.text}`}`;
  } else if (first.news === null) {
    // No news of its own: the market's day, with the S&P 500's figures ("Stocks closed higher on Monday, as ...").
    const verb = stocksVerb([...moves.values()]);
    const withBench = `with ${withPhrase(bench, first)}`;
    text = alsoClause === null ? `Stocks ${verb} on ${weekday}, ${withBench}` : `Stocks ${verb} on ${weekday} as ${alsoClause.text}, ${withBench}`;
  } else {
    text = `${capitalize(first.main)} on ${weekday}, ${first.tail}${alsoClause === null ? '' : `, as ${alsoClause.text}`}`;
  }
  const lead: Sentence = { text: `${text}.`, facts: [...first.facts, ...(alsoClause?.facts ?? []), ...shortened.facts] };
  // On the year's last session the year's result follows the lead: "The index ended 2008 down 565 points, or 38.5%, its worst year since 1937."
  const year = periodEndsOf(ctx, bench.symbol).year ? pool.take(bench.symbol, 'period-move', (f) => f.period === 'ytd') : undefined;
  const yearResult = year === undefined ? undefined : pool.take(bench.symbol, 'year-result', (f) => f.year === year.periodNumber);
  // The year's result leads the story of its last session unless the day has big news of its own
  // (a record, a milestone, a drawdown, a biggest move) that outscores it; a month's result never does.
  const yearLeads = year !== undefined && (first.news === null || !AS_KINDS.has(first.news.kind) || (yearResult !== undefined && yearResult.score >= first.news.score));
  const yearSentence: Sentence[] = year === undefined ? [] : [yearResultSentence(bench, year, yearResult, ctx.storyYear, yearLeads)];
  // Two days that reach further back than the day: "The index lost 10.5% over two days, its biggest two-day drop since March 12, 2020."
  const twoDay = pool.take(bench.symbol, 'two-day-move');
  const twoDaySentences: Sentence[] = twoDay === undefined ? [] : [{ text: twoDaySentence(capitalize(bench.shortName), twoDay, ctx.storyYear), facts: [twoDay] }];
  const resumed = resumedSentence(pool, bench, indexes);
  const market = marketSentence(pool, majors, ctx);
  // After the year's sentence has named it, the day's sentence calls the index by its short name.
  const named = capitalize(bench.storyName);
  const dayAfterYear: Sentence = lead.text.startsWith(`${named} `) ? { ...lead, text: `${capitalize(bench.shortName)}${lead.text.slice(named.length)}` } : lead;
  const opening = yearLeads ? [...yearSentence, dayAfterYear, ...resumed, ...twoDaySentences] : [lead, ...resumed, ...twoDaySentences, ...yearSentence];
  return {
    paragraphs: market === null ? [opening] : [opening, [market.sentence]],
    symbols: [bench.symbol, ...(market?.symbols ?? [])],
    news: { first, also: alsoClause === null || also === null ? null : also, stockMoves: moves, isOtherLed: false, year: year ?? null, yearResult: yearResult ?? null },
  };
}

/** `the S&P 500 up 12.61 points, or 1.4%, at 903.25` (after "with"), from a clause's day-move. */
function withPhrase(instrument: Instrument, clause: LeadClause): string {
  const day = clause.facts.find((f): f is DayMoveFact => f.kind === 'day-move');
  if (day === undefined) return clause.main;
  const level = dayLevel(instrument, day, false);
  if (isFlat(day.move, day.unit)) return `${instrument.storyName} ${day.move === 0 ? 'unchanged' : 'little changed'} at ${level}`;
  const size = isQuotedInPoints(instrument) ? `${pointsText(day.changePoints)}, or ${percentText(day.move)},` : percentText(day.move);
  return `${instrument.storyName} ${direction(day.move)} ${size} at ${level}`;
}

/** A lead clause for adjusted-only data (a fund's total return), the only day some briefs have. */
function totalReturnClause(pool: FactPool, instrument: Instrument, ctx: StoryContext): LeadClause | null {
  const total = pool.take(instrument.symbol, 'total-return-move');
  if (total === undefined) return null;
  return { instrument, main: `${instrument.storyName} ${totalReturnMovePhrase(total, ctx.storyYear)}`, tail: '', facts: [total], news: null };
}
