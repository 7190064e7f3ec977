/**
 * The lead paragraph: the market first. The first sentence is the S&P 500's day with its best
 * news ("The S&P 500 fell 324.89 points, or 12%, to 2,386.13 on Monday, its biggest one-day drop
 * since Oct. 19, 1987."), joined by another index's bigger news ("..., as the Nasdaq composite
 * entered a bear market"); the second gives the Dow and the Nasdaq. Bonds or the VIX lead only
 * when they are the story and stocks did little; the stocks' moves are then the second sentence.
 */
import type { Instrument } from '../core/instrument.js';
import type { DrawdownChangeFact, Fact, MarketClosedFact, PeriodMoveFact, PointMoveFact, YearResultFact } from '../facts/index.js';
import { biggestDayClause, drawdownSentence, stateNoun } from './clauses.js';
import { twoDaySentence } from './beyond-day-clauses.js';
import { marketRole, MAJOR_INDEXES } from './market.js';
import { Namer } from './namer.js';
import { moveSentences } from './paragraph.js';
import { capitalize, clauseCommas, dayOfIso, pastMove, weekdayText } from './phrases.js';
import { weekSinceClause } from './week-sentences.js';
import { resumedSentence, shortenedSession, yearResultSentence } from './lead-sentences.js';
import { periodEndsOf, type FactPool, type Sentence, type StoryContext } from './pool.js';
import { isDayBesideMonth, isMonthEndNews } from './lead-month.js';
import { reachesFurtherBack } from './lead-week.js';
import { AS_KINDS, alsoNews, alsoScore, bestNews, enteredOutranks, NEWS_KINDS, otherLeader } from './lead-news.js';
import { asClause, leadClause, stocksVerb, totalReturnClause, withPhrase, type LeadClause } from './lead-clauses.js';
import { marketSentence } from './market-sentence.js';

/** The "as" clause's news that it tells whole (no figure of its own left to give): the day's biggest move, a high or low since, a point superlative. */
const TOLD_WHOLE_KINDS: ReadonlySet<string> = new Set(['biggest-move', 'extreme-since', 'point-move']);

export type { LeadClause } from './lead-clauses.js';

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
  /** The exchange's reopening after a closure of weekdays (it leads the story and the headline); else null. */
  readonly resumed: MarketClosedFact | null;
  /** The stock indexes that closed at a record on the day, in story order (one headline says them all). */
  readonly records: readonly Instrument[];
  /** The benchmark's entering a correction or a bear market, said in the lead paragraph (beside the day's news or in a sentence of its own); else null. */
  readonly entered: DrawdownChangeFact | null;
  /**
   * The Dow's (or another major index's) point move the largest in the data, told in the second
   * paragraph; else null. Headline news with no "as" clause when it is the largest ever
   * (`beyondDataStart`), and the headline's move after a closure ("Dow falls 685 points as trading resumes").
   */
  readonly pointLargest: { readonly instrument: Instrument; readonly fact: PointMoveFact } | null;
  /** The year whose first session the day is ("the first trading day of 2022"); else null. */
  readonly firstOfYear: number | null;
}

/** The lead paragraph's sentences, the instruments whose day it tells, and what the headline is written from. */
export interface Lead {
  /** Paragraphs of sentences: the lead (with the year's result on its last session), then the Dow and the Nasdaq. */
  readonly paragraphs: readonly (readonly Sentence[])[];
  readonly symbols: readonly string[];
  readonly news: LeadNews;
}

/** On a day a yield or the VIX leads, the stocks' sentence gives their records, not their other news. */
const RECORD_ONLY: ReadonlySet<Fact['kind']> = new Set(['record-close']);

/**
 * Writes the lead paragraph, or null when no instrument has a day's move. The day named ("on
 * Monday") is the date of the first clause's figures. `ordered` is the story order
 * (storyOrder): benchmark, Dow, Nasdaq, other indexes, yields, the VIX, funds.
 */
export function writeLead(pool: FactPool, ordered: readonly Instrument[], ctx: StoryContext): Lead | null {
  const indexes = ordered.filter((i) => i.kind === 'index' && pool.peek(i.symbol, 'day-move') !== undefined);
  const bench = indexes.find((i) => i.symbol === ctx.benchmark) ?? indexes[0];
  const majors = indexes.filter((i) => i !== bench && MAJOR_INDEXES.includes(i.symbol));
  const records = indexes.filter((i) => pool.peek(i.symbol, 'record-close') !== undefined);
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
    // The stocks' day beside the news: their moves and records only, their other news in their paragraphs.
    const market = marketIndexes.length > 0 ? marketSentence(pool, marketIndexes, ctx, RECORD_ONLY) : null;
    const lead = { text: `${capitalize(clause.main)} on ${weekdayText(clause.facts[0]?.date ?? '1970-01-01')}${clause.tail ? `, ${clause.tail}` : ''}.`, facts: clause.facts };
    return {
      paragraphs: market === null ? [[lead]] : [[lead], market.sentences],
      symbols: [first.symbol, ...(market?.symbols ?? [])],
      news: { first: clause, also: null, stockMoves: moves, isOtherLed: true, year: null, yearResult: null, resumed: null, records, entered: null, pointLargest: null, firstOfYear: null },
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
    const news = alsoNews(pool, other.symbol, ctx, monthsJoin, periodEndsOf(ctx, bench.symbol).year);
    if (news === undefined || (benchNews !== undefined && (AS_KINDS.has(benchNews.kind) || news.kind === benchNews.kind) && alsoScore(news, pool) <= benchNews.score)) continue;
    // The same kind of news twice ("its worst day since 1987, as the Dow had its worst day in its data") is an echo; a second record is not, nor a month or a week that reaches further back.
    if (benchNews !== undefined && news.kind === benchNews.kind && news.kind !== 'record-close' && news.kind !== 'month-on-track' && news.kind !== 'week-result') continue;
    const score = alsoScore(news, pool);
    const alsoBest = also === null ? 0 : alsoScore(also.fact, pool);
    if (also === null || score > alsoBest || (score === alsoBest && reachesFurtherBack(news, also.fact))) also = { instrument: other, fact: news };
  }
  const clause = leadClause(pool, bench, ctx, benchNews ?? null, true);
  if (clause === null) return null;
  let first = clause;
  const sameKind = also !== null && (first.news?.kind === also.fact.kind || first.facts.some((f) => f.kind === also?.fact.kind));
  const told = also === null ? null : asClause(pool, also.instrument, also.fact, ctx, sameKind);
  // Another index's year goes with the benchmark's year ("The index ended 1999 up 19.5%, ..., as the Nasdaq composite had its best year ever"), not with the day.
  const yearAlso = also?.fact.kind === 'year-result' ? told : null;
  const alsoClause = yearAlso === null ? told : null;
  const shortened = shortenedSession(pool, bench, indexes);
  const weekday = `${weekdayText(first.facts[0]?.date ?? '1970-01-01')}${shortened.text}`;
  // After "Trading resumed on Monday ...", the day's sentence does not name the day again.
  const resumed = resumedSentence(pool, bench, indexes);
  // The year's first session says so: "on Monday, the first trading day of 2022".
  const dayDate = first.facts[0]?.date ?? '1970-01-01';
  const prevDate = ctx.prevDates?.get(bench.symbol);
  const opensYear = prevDate !== undefined && prevDate.slice(0, 4) < dayDate.slice(0, 4) && dayOfIso(dayDate) - dayOfIso(prevDate) <= NEW_YEAR_GAP_DAYS;
  const firstOfYear = opensYear ? `, the first trading day of ${dayDate.slice(0, 4)}` : '';
  const onDay = resumed.length > 0 ? shortened.text : ` on ${weekday}${firstOfYear}`;
  let text: string;
  const isPreliminary = first.facts.some((f) => f.preliminary);
  if (first.news === null && isPreliminary) {
    // A level stated before the close: no "Stocks closed ..." about a market still trading.
    text = `${capitalize(first.main)}${onDay}${alsoClause === null ? '' : `, as ${alsoClause.text}`}`;
  } else if (first.news === null) {
    // No news of its own: the market's day, with the S&P 500's figures ("Stocks closed higher on Monday, as ...").
    // "Stocks closed mixed ... as the Nasdaq composite closed at a record" says "closed" twice: stocks "ended".
    const verb = alsoClause !== null && alsoClause.text.includes(' closed ') ? stocksVerb([...moves.values()]).replace(/^closed /, 'ended ') : stocksVerb([...moves.values()]);
    const withBench = `with ${withPhrase(bench, first)}`;
    text = alsoClause === null ? `Stocks ${verb}${onDay}, ${withBench}` : `Stocks ${verb}${onDay} as ${alsoClause.text}, ${withBench}`;
  } else {
    text = `${capitalize(first.main)}${onDay}${first.tail ? `, ${first.tail}` : ''}`;
  }
  // A first sentence already long with its own clauses takes no "as" clause: the other index's news is a sentence of its own
  // ("The Russell 2000 closed at its lowest level since Nov. 10, 2016."), or the second paragraph's when it tells it again
  // (the Dow's or the Nasdaq's record or drawdown: "to a record 44,736.57", "entering a bear market, 25.6% below ...").
  // Just short of the record beside another index's record: the distance is the paragraph's ("The index is 0.2% below its
  // record close of 6,001.35, set Nov. 11, its 51st of the year."), the record the lead's ("..., just short of its record, as
  // the Dow Jones Industrial Average closed at a record").
  const nearBesideRecord = first.news?.kind === 'near-record' && also?.fact.kind === 'record-close' && alsoClause !== null;
  if (nearBesideRecord && isLongChain(`${text}, as ${alsoClause.text}`)) {
    for (const fact of first.facts) if (fact.kind === 'latest-record') pool.restore(fact);
    first = { ...first, tail: 'just short of its record', facts: first.facts.filter((f) => f.kind !== 'latest-record') };
    text = `${capitalize(first.main)}${onDay}, ${first.tail}`;
  }
  // The benchmark entering a correction or a bear market is said with the day's other news while the sentence has room:
  // "..., its biggest one-day drop since Aug. 18, 2011, entering a correction." Its distance follows in its paragraph.
  const entered = first.news !== null && first.news.kind !== 'drawdown-change' ? pool.peek(bench.symbol, 'drawdown-change', (f) => (f.to === 'correction' || f.to === 'bear') && f.from !== 'bear' && !f.isReentry) : undefined;
  const enteredText = entered === undefined ? '' : `, entering ${stateNoun(entered.to)}`;
  // The benchmark's own state comes before another index's news that scores no more (as the headline takes them): a clause too
  // many for both leaves the "as" clause out; else the state waits for a sentence of its own.
  const enteredFirst = entered !== undefined && enteredOutranks(entered, also?.fact ?? null);
  const enteredSaid = entered !== undefined && !isLongChain(`${text}${enteredText}${enteredFirst || alsoClause === null ? '' : `, as ${alsoClause.text}`}`);
  if (enteredSaid && entered !== undefined) {
    text = `${text}${enteredText}`;
    pool.tell(entered);
  }
  // A first sentence with no room for it: the lead paragraph's next sentence ("The index entered a bear market, closing 33.2% below ...").
  const enteredApart = entered !== undefined && !enteredSaid ? pool.take(bench.symbol, 'drawdown-change', (f) => f === entered) : undefined;
  // Its distance from the record is said there: the year's latest record is not said again.
  const latestSaid = enteredApart === undefined ? undefined : pool.take(bench.symbol, 'latest-record');
  const chained = first.news !== null && alsoClause !== null && isLongChain(`${text}, as ${alsoClause.text}`);
  // A month's superlative is not told again by the second paragraph (the index's own gives only the figure once told).
  const alsoIsMajor = also !== null && majors.some((m) => m.symbol === also.fact.symbol);
  const toldAgain = alsoIsMajor && also !== null && !TOLD_WHOLE_KINDS.has(also.fact.kind) && also.fact.kind !== 'month-on-track' && also.fact.kind !== 'week-result';
  // A sentence of its own only for the Dow or the Nasdaq, whose paragraph follows; small caps' news waits for theirs (story order).
  const alsoApart = chained && alsoIsMajor && !toldAgain ? alsoClause : null;
  const leftToParagraph = chained && alsoApart === null;
  if (first.news !== null && alsoClause !== null && !chained) text = `${text}, as ${alsoClause.text}`;
  // After an "as" clause naming another index, "the index" would point at it: the full name.
  const enteredSubject = capitalize(text.includes(', as ') ? bench.storyName : bench.shortName);
  const enteredSentences: Sentence[] = enteredApart === undefined ? [] : [{ text: drawdownSentence(enteredSubject, bench, enteredApart, ctx.storyYear), facts: [enteredApart, ...(latestSaid === undefined ? [] : [latestSaid])] }];
  const lead: Sentence = { text: `${text}.`, facts: [...first.facts, ...(enteredSaid && entered !== undefined ? [entered] : []), ...(chained ? [] : (alsoClause?.facts ?? [])), ...shortened.facts] };
  // Another index's week, a sentence of its own, gives its figure: "The Nasdaq composite fell 25.3% for the week, its worst week ever."
  const weekApart = alsoApart !== null && also?.fact.kind === 'week-result' ? pool.take(also.fact.symbol, 'week-result', (f) => f === also.fact) : undefined;
  const weekText = weekApart === undefined || also === null ? null : `${capitalize(also.instrument.storyName)} ${pastMove(weekApart.move, weekApart.unit)} for the week, ${weekSinceClause(also.instrument, weekApart, ctx.storyYear) ?? ''}.`;
  const alsoSentences: Sentence[] = alsoApart === null ? [] : [{ text: weekText ?? `${capitalize(alsoApart.text)}.`, facts: alsoApart.facts }];
  // A superlative of the day told whole in the "as" clause is not told again: the index's figures follow in the second paragraph
  // with its other news. A record (its count), a drawdown (its distance), a week or a month (its figure) are told again with what
  // the clause left out; left to the second paragraph (a chain), they are told there whole.
  if (told !== null && also !== null && !leftToParagraph) {
    if (TOLD_WHOLE_KINDS.has(also.fact.kind)) for (const fact of told.facts) pool.take(fact.symbol, fact.kind, (f) => f === fact);
    else pool.tell(also.fact);
  }
  // On the year's last session the year's result follows the lead: "The index ended 2008 down 565 points, or 38.5%, its worst year since 1937."
  const year = periodEndsOf(ctx, bench.symbol).year ? pool.take(bench.symbol, 'period-move', (f) => f.period === 'ytd') : undefined;
  const yearResult = year === undefined ? undefined : pool.take(bench.symbol, 'year-result', (f) => f.year === year.periodNumber);
  // The year's result leads the story of its last session unless the day has big news of its own
  // (a record, a milestone, a drawdown, a biggest move) that outscores it; a month's result never does.
  // A record close on the year's last day is part of the year's story ("The S&P 500 ended 1999 up 19.5%. ... rose to a record"), not above it.
  const yearLeads = year !== undefined && (first.news === null || !AS_KINDS.has(first.news.kind) || first.news.kind === 'record-close' || (yearResult !== undefined && yearResult.score >= first.news.score));
  const yearOwn = year === undefined ? null : yearResultSentence(bench, year, yearResult, ctx.storyYear, yearLeads);
  const yearSentence: Sentence[] = yearOwn === null ? [] : [yearAlso === null ? yearOwn : { text: `${yearOwn.text.slice(0, -1)}, as ${yearAlso.text}.`, facts: [...yearOwn.facts, ...yearAlso.facts] }];
  // Two days that reach further back than the day: "The index lost 10.5% over two days, its biggest two-day drop since March 12, 2020."
  const twoDay = pool.take(bench.symbol, 'two-day-move');
  const twoDaySentences: Sentence[] = twoDay === undefined ? [] : [{ text: twoDaySentence(capitalize(bench.shortName), twoDay, ctx.storyYear), facts: [twoDay] }];
  // A month's end that leads keeps the day's own superlative reaching half a year back in the lead paragraph.
  const dayBeside = pool.take(bench.symbol, 'biggest-move', (f) => isDayBesideMonth(f, first.news));
  const daySentences: Sentence[] = dayBeside === undefined ? [] : [{ text: `The index also had ${biggestDayClause(dayBeside, ctx.storyYear)}.`, facts: [dayBeside] }];
  const market = marketSentence(pool, majors, ctx);
  // Only beside the Dow's and the Nasdaq's sentence; without it small caps' day stays in their paragraph.
  const smallCapsNearRecord = market === null ? [] : nearRecordDay(pool, indexes, ctx);
  // After the year's sentence has named it, the day's sentence calls the index by its short name.
  const named = capitalize(bench.storyName);
  // After the year's sentence named another index ("..., as the Nasdaq composite rose 85.6%"), "the index" would point at it: the full name stays.
  const dayAfterYear: Sentence = yearAlso === null && lead.text.startsWith(`${named} `) ? { ...lead, text: `${capitalize(bench.shortName)}${lead.text.slice(named.length)}` } : lead;
  // A reopening after a closure of weekdays is the news before any figure: it opens the story.
  // The reopening and the market's day are one sentence: "Trading resumed on Monday after a four-day closure for ..., and the S&P 500 fell ...".
  const reopened = resumed.length === 0 ? [lead] : [{ text: `${resumed.map((s) => s.text.slice(0, -1)).join(' ')}, and ${lead.text.charAt(0).toLowerCase()}${lead.text.slice(1)}`, facts: [...resumed.flatMap((s) => s.facts), ...lead.facts] }];
  const opening = yearLeads ? [...resumed, ...yearSentence, dayAfterYear, ...enteredSentences, ...alsoSentences, ...twoDaySentences] : [...reopened, ...daySentences, ...enteredSentences, ...alsoSentences, ...twoDaySentences, ...yearSentence];
  return {
    paragraphs: market === null ? [opening] : [opening, [...market.sentences, ...smallCapsNearRecord]],
    symbols: [bench.symbol, ...(market?.symbols ?? [])],
    news: { first, also: told === null || also === null ? null : also, stockMoves: moves, isOtherLed: false, year: year ?? null, yearResult: yearResult ?? null, resumed: resumedFact(resumed), records, entered: entered ?? null, pointLargest: pointLargestOf(market?.sentences ?? [], majors, pool), firstOfYear: opensYear ? Number(dayDate.slice(0, 4)) : null },
  };
}

/** The most calendar days between the year's last session and the next year's first (a longer gap is the data's, not the calendar's). */
const NEW_YEAR_GAP_DAYS = 10;

/** A sentence with this many clause commas or more (", or", ", to", ", set" ...) is a chain: it takes no more. */
const LONG_CHAIN_COMMAS = 5;

/** True when a sentence has {@link LONG_CHAIN_COMMAS} clause commas or more; the comma of a date's year ("Nov. 10, 2016") is not one. */
function isLongChain(text: string): boolean {
  return clauseCommas(text) >= LONG_CHAIN_COMMAS;
}

/** Small caps this close to a record over a year old (percent below it) are second-paragraph news. */
const NEAR_OLD_RECORD_PCT = 0.1;

/**
 * Small caps' day when they closed within 0.1% of a record set over a year before: the second
 * paragraph's news after the Dow and the Nasdaq ("The Russell 2000 rose 35.36 points, or 1.5%,
 * to 2,442.03, its sixth straight gain, leaving it 0.03% below its record close of 2,442.74, set
 * Nov. 8, 2021."). Its other sentences stay for its own paragraph.
 */
function nearRecordDay(pool: FactPool, indexes: readonly Instrument[], ctx: StoryContext): Sentence[] {
  const nearing = indexes.find((i) => {
    const near = marketRole(i, ctx.benchmark) === 'index' ? pool.peek(i.symbol, 'near-record') : undefined;
    return near !== undefined && near.belowPct < NEAR_OLD_RECORD_PCT && dayOfIso(near.date) - dayOfIso(near.recordDate) > 365;
  });
  if (nearing === undefined) return [];
  const [day, ...rest] = moveSentences(pool, nearing, ctx, new Namer(ctx.instruments));
  for (const fact of rest.flatMap((s) => s.facts)) pool.restore(fact);
  return day === undefined ? [] : [day];
}

/**
 * The point move the largest in the data of one of `majors`, with its index: told by `sentences`
 * or left in `pool` for the index's own paragraph; null for none.
 */
function pointLargestOf(sentences: readonly Sentence[], majors: readonly Instrument[], pool: FactPool): { instrument: Instrument; fact: PointMoveFact } | null {
  const largest = (f: Fact): f is PointMoveFact => f.kind === 'point-move' && f.sinceDate === null;
  const fact = sentences.flatMap((s) => s.facts).find(largest) ?? majors.map((m) => pool.peek(m.symbol, 'point-move', largest)).find((f) => f !== undefined);
  const instrument = fact === undefined ? undefined : majors.find((m) => m.symbol === fact.symbol);
  return fact === undefined || instrument === undefined ? null : { instrument, fact };
}

/** The reopening fact a resumed sentence tells, or null. */
function resumedFact(sentences: readonly Sentence[]): MarketClosedFact | null {
  for (const sentence of sentences) for (const fact of sentence.facts) if (fact.kind === 'market-closed') return fact;
  return null;
}
