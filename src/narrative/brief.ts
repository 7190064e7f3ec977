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
import { writeLead } from './lead.js';
import { Namer } from './namer.js';
import { instrumentSentences } from './paragraph.js';
import { NO_PERIOD_ENDS, type PeriodEnds } from './period-ends.js';
import { capitalize, dateText, levelText, weekdayText, yearOfIsoDate } from './phrases.js';
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
  readonly headline: string;
  /** The line under the headline when the date asked for had no trading: which date the figures are from; else null. */
  readonly dateNote: string | null;
  readonly paragraphs: readonly Paragraph[];
  readonly notes: readonly string[];
  /** Instruments left out because their data do not cover the date. */
  readonly unbriefed: readonly UnbriefedInstrument[];
  readonly facts: readonly Fact[];
}

/** Paragraph groups: each index (and VIX, stock) alone; yields together; funds together. */
function groupKey(instrument: Instrument): string {
  if (instrument.kind === 'yield') return 'yields';
  if (instrument.kind === 'etf') return 'funds';
  return instrument.symbol;
}

/**
 * Writes the brief from facts (any order; see detectFacts). Instruments with no fact get no
 * paragraph. Deterministic: the same facts give the same text.
 */
export function composeBrief(facts: readonly Fact[], context: BriefContext): Brief {
  const storyYear = yearOfIsoDate(context.date);
  const ctx: StoryContext = {
    storyYear,
    instruments: new Map(context.instruments.map((i) => [i.symbol, i])),
    periodEnds: context.periodEnds ?? periodEndsFromFacts(facts),
    benchmark: context.benchmark !== undefined ? context.benchmark : (facts.find((f) => f.kind === 'relative-performance')?.benchmark ?? null),
  };
  const pool = new FactPool(facts);
  const paragraphs: Paragraph[] = [];
  const weekday = weekdayText(context.date);
  const scores = new Map(context.instruments.map((i) => [i.symbol, pool.topScore(i.symbol)]));
  const lead = writeLead(pool, context.instruments, ctx);
  if (lead !== null) paragraphs.push({ symbols: lead.symbols, sentences: [lead.sentence] });

  const groups = new Map<string, Instrument[]>();
  for (const instrument of context.instruments) {
    const key = groupKey(instrument);
    groups.set(key, [...(groups.get(key) ?? []), instrument]);
  }
  const leadSymbols = lead?.symbols ?? [];
  const groupScore = (members: readonly Instrument[]): number => {
    const leadRank = members.map((m) => leadSymbols.indexOf(m.symbol)).filter((i) => i >= 0);
    if (leadRank.length > 0) return 1000 - Math.min(...leadRank);
    return Math.max(0, ...members.map((m) => scores.get(m.symbol) ?? 0));
  };
  const ordered = [...groups.values()].sort((a, b) => groupScore(b) - groupScore(a));
  const said = new Set(paragraphs.flatMap((p) => p.sentences.map((s) => s.text)));
  for (const members of ordered) {
    const sentences: Sentence[] = [];
    // Yields and funds keep the store's order (the 10-year before the 2-year); a group's order is stable.
    const byScore = members.length > 1 ? members : [...members];
    for (const instrument of byScore) {
      const namer = new Namer(ctx.instruments);
      for (const written of instrumentSentences(pool, instrument, ctx, namer)) {
        const sentence = { ...written, text: reworded(written.text, instrument, sentences[sentences.length - 1], said) };
        if (said.has(sentence.text)) continue;
        said.add(sentence.text);
        sentences.push(sentence);
      }
    }
    if (sentences.length > 0) paragraphs.push({ symbols: byScore.map((m) => m.symbol), sentences });
  }
  return {
    date: context.date,
    requestedDate: context.requestedDate,
    headline: `Markets on ${weekday}, ${dateText(context.date, Number.NaN)}`,
    dateNote: context.requestedDate === context.date ? null : noTradingNote(context, storyYear),
    paragraphs,
    notes: briefNotes(context, ctx),
    unbriefed: context.unbriefed,
    facts,
  };
}

/** The sentence with a leading short name or "It" replaced by the instrument's story name. */
export function withFullName(text: string, instrument: Instrument): string {
  return withSubject(text, instrument, capitalize(instrument.storyName));
}

/** The sentence with its leading name of `instrument` (story name, short name or "It") replaced by `subject`. */
export function withSubject(text: string, instrument: Instrument, subject: string): string {
  for (const prefix of [capitalize(instrument.storyName), capitalize(instrument.shortName), 'It']) {
    if (text.startsWith(`${prefix} `)) return `${subject}${text.slice(prefix.length)}`;
  }
  return text;
}

/** Which name of `instrument` opens `text`: its story name, short name or "It" (capitalized); null for none. */
function openingName(text: string, instrument: Instrument): string | null {
  for (const name of [capitalize(instrument.storyName), capitalize(instrument.shortName), 'It']) {
    if (text.startsWith(`${name} `)) return name;
  }
  return null;
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

/** The notes under a brief: missing data, earlier dates used, preliminary levels. */
function briefNotes(context: BriefContext, ctx: StoryContext): string[] {
  const notes: string[] = [];
  for (const u of context.unbriefed) {
    const why = u.reason === 'ends-before' ? `its data end on ${u.lastDate}` : `its data begin on ${u.firstDate}`;
    notes.push(`${u.symbol} is not in this brief: ${why}, ${u.reason === 'ends-before' ? 'before' : 'after'} ${context.requestedDate}.`);
  }
  for (const [symbol, used] of context.datesUsed) {
    if (used !== context.date) notes.push(`${symbol} has no observation on ${context.date}; its figures are as of ${used}.`);
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
