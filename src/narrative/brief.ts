/**
 * The brief: a lead from the most newsworthy facts, then paragraphs that group related
 * instruments (each index alone, the yields together, the funds together), most newsworthy
 * first, no sentence twice; notes say which instruments have no data for the date, which use an
 * earlier date, and which levels are preliminary.
 */
import type { Instrument } from '../core/instrument.js';
import type { Fact } from '../facts/fact.js';
import type { UnbriefedInstrument } from '../facts/gather.js';
import { formatApTime } from './ap-style.js';
import { fearGaugeHeadline, fearGaugeNews, type FearGaugeNews } from './fear-gauge.js';
import { withFiguresBeforeSuperlatives } from './figure-first.js';
import { writeHeadline } from './headline.js';
import { writeLead } from './lead.js';
import { storyOrder } from './market.js';
import { Namer, openingName, withSubject } from './namer.js';

export { withFullName, withSubject } from './namer.js';
import { instrumentSentences, type ParagraphStyle } from './paragraph.js';
import { explainOnce, withShortNamesAfterFirst, withApDateCommas, withMajorsBesideTheirDay, withOrphansJoined } from './paragraph-shape.js';
import { setAsideClosedMarkets, setAsideFiller } from './set-aside.js';
import { findSharedFacts, withSharedSentences } from './shared-facts.js';
import { closingTable, type TableSection } from './table.js';
import { NO_PERIOD_ENDS, type PeriodEnds } from './period-ends.js';
import { capitalize, dateText, joinClauses, levelText, weekdayText, yearOfIsoDate } from './phrases.js';
import { FactPool, type Paragraph, type Sentence, type StoryContext } from './pool.js';

/** What a brief is about besides its facts. */
export interface BriefContext {
  /** The date the brief is about (the latest date used by any instrument), ISO. */
  readonly date: string;
  /** The date asked for, ISO. */
  readonly requestedDate: string;
  /** The briefed instruments, in the order the store lists them. */
  readonly instruments: readonly Instrument[];
  /** The dates each instrument's figures are as of (ISO), by symbol. */
  readonly datesUsed: ReadonlyMap<string, string>;
  readonly unbriefed: readonly UnbriefedInstrument[];
  /** Stated snapshot levels, by symbol: value, minutes after midnight (or null), and the close they are compared with. */
  readonly snapshots: ReadonlyMap<string, BriefSnapshot>;
  /**
   * Which periods each instrument's date closes, by symbol (see periodEndsAt). Absent: only the
   * facts tell (a month is over when a `month-on-track` fact says so).
   */
  readonly periodEnds?: ReadonlyMap<string, PeriodEnds>;
  /** The benchmark's symbol; absent: the one the relative-performance facts name, else none. */
  readonly benchmark?: string | null;
}

/** A snapshot level as the brief's notes state it. */
export interface BriefSnapshot {
  readonly value: number;
  readonly minutes: number | null;
  /** The prior close the level is compared with, and its date (ISO); null when unknown. */
  readonly priorClose: number | null;
  readonly priorDate: string | null;
}

/** A written brief: headline, paragraphs of sentences (each with its facts), notes, and every fact. */
export interface Brief {
  readonly date: string;
  readonly requestedDate: string;
  /** The news of the day in headline words: "S&P 500 has its worst day since 1987". */
  readonly headline: string;
  /** The day the story is about: "Monday, March 16, 2020". */
  readonly dateline: string;
  /** The line under the headline when the date asked for had no trading: which date the figures are from; else null. */
  readonly dateNote: string | null;
  readonly paragraphs: readonly Paragraph[];
  /** The closing table of the major indexes (day, week, year); empty without an index. */
  readonly table: readonly TableSection[];
  readonly notes: readonly string[];
  /** Instruments left out because their data do not cover the date. */
  readonly unbriefed: readonly UnbriefedInstrument[];
  readonly facts: readonly Fact[];
}

/** What the yields share when said in the same words: the year's and a month over's superlative. */
const YIELD_SHARED_KINDS: ReadonlySet<Fact['kind']> = new Set(['year-result', 'month-on-track']);

/** Paragraph groups: each index (and VIX, stock) alone; yields together; funds together. */
function groupKey(instrument: Instrument): string {
  if (instrument.kind === 'yield') return 'yields';
  if (instrument.kind === 'etf') return 'funds';
  return instrument.symbol;
}

/**
 * Writes the brief from facts (any order; see detectFacts): the headline from the lead's news,
 * the lead paragraph (the S&P 500's day, then the Dow and the Nasdaq), each instrument's
 * paragraph in story order (S&P 500, Dow, Nasdaq, small caps, bonds, the VIX, funds when they
 * make news), and the closing table. Instruments with no fact get no paragraph. Deterministic:
 * the same facts give the same text.
 */
export function composeBrief(facts: readonly Fact[], context: BriefContext): Brief {
  const storyYear = yearOfIsoDate(context.date);
  const benchmark = context.benchmark !== undefined ? context.benchmark : (facts.find((f) => f.kind === 'relative-performance')?.benchmark ?? null);
  const ctx: StoryContext = {
    storyYear,
    instruments: new Map(context.instruments.map((i) => [i.symbol, i])),
    periodEnds: context.periodEnds ?? periodEndsFromFacts(facts),
    benchmark,
    prevDates: new Map(facts.flatMap((f) => (f.kind === 'day-move' ? [[f.symbol, f.prevDate] as const] : []))),
  };
  const ordered = storyOrder(context.instruments, benchmark);
  const pool = new FactPool(facts);
  const closedYields = setAsideClosedMarkets(pool, ordered, context.date, context.datesUsed);
  const isIndex = (symbol: string): boolean => ctx.instruments.get(symbol)?.kind === 'index';
  const order = ordered.map((i) => i.symbol);
  const shared = findSharedFacts(facts, benchmark, isIndex, order);
  // The yields alike: the 2-year's superlative in the 10-year's words is told with it.
  const firstYield = ordered.find((i) => i.kind === 'yield')?.symbol ?? null;
  const sharedYields = findSharedFacts(facts, firstYield, (symbol) => ctx.instruments.get(symbol)?.kind === 'yield', order, YIELD_SHARED_KINDS);
  setAsideFiller(pool, facts, ctx, [...shared, ...sharedYields]);
  const weekday = weekdayText(context.date);
  const lead = writeLead(pool, ordered, ctx);
  const paragraphs: Paragraph[] = lead === null ? [] : lead.paragraphs.map((sentences) => ({ symbols: [...new Set(sentences.flatMap((s) => s.facts.map((f) => f.symbol)))], sentences }));
  const said = new Set(paragraphs.flatMap((p) => p.sentences.map((s) => s.text)));
  const groups = new Map<string, Instrument[]>();
  for (const instrument of ordered) {
    const key = groupKey(instrument);
    groups.set(key, [...(groups.get(key) ?? []), instrument]);
  }
  // The benchmark's paragraph tells its whole day; without the benchmark, the first index plays its part.
  const storyBenchmark = ordered.some((i) => i.symbol === benchmark) ? benchmark : (ordered.find((i) => i.kind === 'index')?.symbol ?? null);
  const hasIndex = ordered.some((i) => i.kind === 'index');
  for (const [key, members] of groups) {
    const sentences: Sentence[] = key === 'yields' ? closedYields : [];
    for (const instrument of members) {
      if (instrument.kind === 'etf' && hasIndex && !isFundNews(pool, instrument, facts)) continue;
      const namer = new Namer(ctx.instruments);
      const style = paragraphStyle(instrument, storyBenchmark);
      for (const written of instrumentSentences(pool, instrument, ctx, namer, style)) {
        const sentence = { ...written, text: reworded(written.text, instrument, sentences[sentences.length - 1], said) };
        if (said.has(sentence.text)) continue;
        said.add(sentence.text);
        sentences.push(sentence);
      }
    }
    if (sentences.length > 0) paragraphs.push({ symbols: members.map((m) => m.symbol), sentences });
  }
  const leadCount = lead?.paragraphs.length ?? 0;
  // The fear gauge's own story is told after the lead and the S&P 500's paragraph, not at the foot (unless it leads).
  const fearNews = lead === null || lead.news.first.instrument.kind === 'volatility' ? null : fearGaugeNews(facts, ordered, context.date);
  const datelineText = `${weekday}, ${dateText(context.date, Number.NaN)}`;
  const withShared = withSharedSentences(withSharedSentences(paragraphs, shared, leadCount, benchmark ?? '', ctx.instruments, storyYear), sharedYields, leadCount, firstYield ?? '', ctx.instruments, storyYear);
  const together = withMajorsBesideTheirDay(withShared, leadCount, ctx);
  const shaped = withOrphansJoined(together.paragraphs, together.leadCount, ctx);
  if (fearNews !== null) moveUp(shaped, fearNews, together.leadCount, storyBenchmark, ctx.instruments);
  return {
    date: context.date,
    requestedDate: context.requestedDate,
    headline: writeHeadline(lead?.news ?? null, `Markets on ${datelineText}`, fearNews === null ? null : fearGaugeHeadline(fearNews)),
    dateline: datelineText,
    dateNote: context.requestedDate === context.date ? null : noTradingNote(context, storyYear),
    paragraphs: withApDateCommas(explainOnce(withShortNamesAfterFirst(withFiguresBeforeSuperlatives(shaped, ctx.instruments), ordered), ordered)),
    table: closingTable(facts, ordered, context.date),
    notes: briefNotes(context, ctx, explainedClosures(closedYields)),
    unbriefed: context.unbriefed,
    facts,
  };
}

/**
 * Moves the paragraph of `news`'s instrument up to just after the lead's `leadCount` paragraphs,
 * the benchmark's own paragraph that follows them (the S&P 500's state and periods stay beside
 * its day) and the other stock indexes' (small caps before the fear gauge, in story order); in place.
 */
function moveUp(paragraphs: Paragraph[], news: FearGaugeNews, leadCount: number, benchmark: string | null, instruments: ReadonlyMap<string, Instrument>): void {
  let to = paragraphs[leadCount]?.symbols[0] === benchmark && benchmark !== null ? leadCount + 1 : leadCount;
  while (instruments.get(paragraphs[to]?.symbols[0] ?? '')?.kind === 'index') to++;
  const at = paragraphs.findIndex((p, i) => i >= to && p.symbols.includes(news.instrument.symbol));
  if (at <= to) return;
  const [paragraph] = paragraphs.splice(at, 1);
  if (paragraph !== undefined) paragraphs.splice(to, 0, paragraph);
}

/** How much of an instrument's period record its paragraph says: the benchmark all of it, others only what is news. */
function paragraphStyle(instrument: Instrument, benchmark: string | null): ParagraphStyle {
  return { plainPeriods: instrument.symbol === benchmark };
}

/**
 * A fund makes news when it has a record close or a one-day "biggest since" that no index in
 * the brief has that day (the index says it otherwise).
 */
function isFundNews(pool: FactPool, fund: Instrument, facts: readonly Fact[]): boolean {
  const own = pool.peek(fund.symbol, 'record-close') ?? pool.peek(fund.symbol, 'biggest-move', (f) => f.period === 'day');
  if (own === undefined) return false;
  return !facts.some((f) => f.kind === own.kind && f.date === own.date && f.symbol !== fund.symbol && f.score > own.score);
}

/**
 * A sentence's subject fitted to what the brief already says: a sentence said before about
 * another instrument ("The index has fallen four days in a row.") gets a subject that tells
 * them apart, and no name opens two sentences about one instrument in a row ("The Russell
 * 2000 fell ... It has fallen four days in a row. The index has been in a bear market ...").
 */
function reworded(text: string, instrument: Instrument, previous: Sentence | undefined, said: ReadonlySet<string>): string {
  const opening = openingName(text, instrument);
  const before = previous !== undefined && previous.facts[0]?.symbol === instrument.symbol ? openingName(previous.text, instrument) : null;
  if (opening === null || (!said.has(text) && opening !== before)) return text;
  const full = capitalize(instrument.storyName);
  const short = capitalize(instrument.shortName);
  // After "It" the short name; after a name, "It"; with no sentence before about it, the full name tells it apart.
  const order = before === 'It' ? [short, full] : before === null ? [full, 'It', short] : ['It', short, full];
  for (const name of order) {
    const candidate = withSubject(text, instrument, name);
    if (name !== before && !said.has(candidate)) return candidate;
  }
  return text;
}

/** `Markets on ...` is the last trading day: the line under the headline says the date asked for had none. */
function noTradingNote(context: BriefContext, storyYear: number): string {
  return `No trading on ${weekdayText(context.requestedDate)}, ${dateText(context.requestedDate, storyYear)}, the date asked for; figures are as of ${weekdayText(context.date)}, ${dateText(context.date, storyYear)}.`;
}

/** Period ends known from the facts alone: a month a `month-on-track` fact says is over. */
function periodEndsFromFacts(facts: readonly Fact[]): Map<string, PeriodEnds> {
  const ends = new Map<string, PeriodEnds>();
  for (const fact of facts) {
    if (fact.kind === 'month-on-track' && fact.isMonthComplete) ends.set(fact.symbol, { ...NO_PERIOD_ENDS, month: true });
  }
  return ends;
}

/**
 * The notes of instruments left out, in a sentence for each reason: data that end before the
 * date name their last day, indexes by name and funds by ticker (`The Russell 2000 is not in this
 * story: its data end on Nov. 22.`); an index whose data begin after the date is simply not
 * available then (`Figures for the Dow Jones Industrial Average and the VIX are not available for
 * this date.`), and a fund whose data begin later is no news at all (the JSON's `unbriefed`
 * lists every one, with its dates).
 */
function unbriefedNotes(unbriefed: readonly UnbriefedInstrument[], storyYear: number): string[] {
  const notes: string[] = [];
  const later = unbriefed.filter((u) => u.reason === 'starts-after' && !u.isFund);
  if (later.length > 0) notes.push(`Figures for ${joinClauses(later.map((u) => u.storyName))} are not available for this date.`);
  const ended = unbriefed.filter((u) => u.reason === 'ends-before');
  const named = ended.filter((u) => !u.isFund);
  const funds = ended.filter((u) => u.isFund).map((u) => u.symbol);
  const first = named[0];
  if (first !== undefined) {
    const dates = joinClauses([...new Set(named.map((u) => dateText(u.lastDate, storyYear)))]);
    const subject = capitalize(joinClauses(named.map((u) => u.storyName)));
    notes.push(named.length === 1 ? `${subject} is not in this story: its data end on ${dates}.` : `${subject} are not in this story: their data end on ${dates}.`);
  }
  if (funds.length === 0) return notes;
  const list = `${funds.length === 1 ? 'the fund' : 'the funds'} ${joinClauses(funds)}`;
  if (first === undefined) notes.push(`${capitalize(list)} ${funds.length === 1 ? 'is' : 'are'} not in this story: ${funds.length === 1 ? 'its' : 'their'} data end earlier.`);
  else notes.push(`${notes.pop() ?? ''} Nor ${funds.length === 1 ? 'is' : 'are'} ${list}, whose data end earlier.`);
  return notes;
}

/** The symbols whose earlier figures a sentence explains by the calendar (the bond market's holiday). */
function explainedClosures(sentences: readonly Sentence[]): Set<string> {
  return new Set(sentences.flatMap((s) => s.facts.filter((f) => f.kind === 'market-closed').map((f) => f.symbol)));
}

/** The notes under a brief: missing data, earlier dates used (unless a sentence says why: `explained`), preliminary levels. */
function briefNotes(context: BriefContext, ctx: StoryContext, explained: ReadonlySet<string>): string[] {
  const notes: string[] = [];
  notes.push(...unbriefedNotes(context.unbriefed, ctx.storyYear));
  for (const [symbol, used] of context.datesUsed) {
    if (used !== context.date && !explained.has(symbol)) notes.push(`${symbol} has no observation on ${context.date}; its figures are as of ${used}.`);
  }
  for (const [symbol, mark] of context.snapshots) {
    const instrument = ctx.instruments.get(symbol);
    const level = (value: number): string => (instrument === undefined ? String(value) : levelText(instrument, value));
    const at = mark.minutes === null ? '' : ` at ${formatApTime(mark.minutes)}`;
    const prior = mark.priorClose === null || mark.priorDate === null ? 'the prior close' : `the close of ${level(mark.priorClose)} on ${dateText(mark.priorDate, ctx.storyYear)}`;
    notes.push(`Preliminary: ${symbol} at ${level(mark.value)}${at} is a stated level, not a daily close; its figures compare it with ${prior}.`);
  }
  return notes;
}
