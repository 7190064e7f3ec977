/**
 * The story's paragraphs once written: an index paragraph of one sentence joined to the one
 * before it, each instrument a story explains once given its appositive on first mention, and
 * AP's comma after a date's year.
 */
import type { Instrument } from '../core/instrument.js';
import { withDateCommas } from './ap-style.js';
import { explainOnFirstMention, MAJOR_INDEXES } from './market.js';
import { openingName, withSubject } from './namer.js';
import { capitalize } from './phrases.js';
import type { Paragraph, Sentence, StoryContext } from './pool.js';

/** The most sentences the lead's second paragraph (the Dow's and the Nasdaq's day) has before it takes a one-sentence paragraph. */
const MARKET_PARAGRAPH_ROOM = 3;

/** The most sentences the lead paragraph has before it takes the benchmark's one-sentence paragraph (a longer lead keeps the day's news alone). */
const LEAD_PARAGRAPH_ROOM = 1;

/** The most sentences the lead paragraph has before it takes a stub of the benchmark's plain figures. */
const LEAD_ROOM_FOR_FIGURES = 2;

/** The facts of a plain figure: a period's move, the week's, a streak, the year against the benchmark's. */
const FIGURE_KINDS: ReadonlySet<string> = new Set(['period-move', 'week-result', 'streak', 'relative-performance']);

/**
 * True for a paragraph of the benchmark's plain figures only, two sentences at most and no
 * superlative among them ("For the week, the S&P 500 rose 1.6%. The index is up 1.8% this year."):
 * a stub, not a paragraph.
 */
function isFigureStub(paragraph: Paragraph): boolean {
  return paragraph.sentences.length <= 2 && paragraph.sentences.every((s) => s.facts.length > 0 && s.facts.every((f) => FIGURE_KINDS.has(f.kind)) && !/\b(since|ever|record)\b/.test(s.text));
}

/**
 * A stock index's paragraph of one sentence ("The S&P 500 rose 0.8% in December.") is no
 * paragraph when it has a paragraph of its own kind to join: the benchmark's joins the lead
 * paragraph while that is one sentence (a stub of its plain figures, two sentences at most with no
 * superlative, while it is two), the Dow's or the Nasdaq's the other's paragraph just
 * before it, else the lead's second paragraph (which tells its day) while it has three sentences
 * or fewer, right after its day there ("... and the Nasdaq composite rose 188 points, or 1.2%, to
 * 15,832.80. The Nasdaq composite snapped a four-day losing streak.").
 * No index is filed in another kind's paragraph: small caps stand alone, and neither the Dow
 * nor the Nasdaq joins the benchmark's. A paragraph's owner is its first symbol; `leadCount` is
 * how many paragraphs the lead wrote.
 */
export function withOrphansJoined(paragraphs: readonly Paragraph[], leadCount: number, ctx: StoryContext): Paragraph[] {
  const isMajor = (p: Paragraph | undefined): boolean => p !== undefined && MAJOR_INDEXES.includes(p.symbols[0] ?? '');
  const out: Paragraph[] = [];
  let lastOwn = -1;
  paragraphs.forEach((paragraph, k) => {
    const orphan = k >= leadCount && paragraph.sentences.length === 1 && ctx.instruments.get(paragraph.symbols[0] ?? '')?.kind === 'index';
    const previous = out[out.length - 1];
    const leadRoom = out[0]?.sentences.length ?? 0;
    const isBenchmark = k >= leadCount && paragraph.symbols[0] === ctx.benchmark;
    const benchmarks = isBenchmark && ((orphan && k === leadCount && leadRoom <= LEAD_PARAGRAPH_ROOM) || (isFigureStub(paragraph) && leadRoom <= LEAD_ROOM_FOR_FIGURES));
    // The Dow's or the Nasdaq's with no paragraph of the other just before it joins the lead's second paragraph, which tells its day, while it has room.
    const symbol = paragraph.symbols[0] ?? '';
    const marketAt = leadCount - 1;
    const market = leadCount > 1 ? out[marketAt] : undefined;
    // Not when the other's one sentence follows: the two join each other instead.
    const nextMajor = isMajor(paragraphs[k + 1]) && paragraphs[k + 1]?.sentences.length === 1;
    const dayTold = isMajor(paragraph) && !nextMajor && market !== undefined && market.symbols.includes(symbol) && market.sentences.length <= MARKET_PARAGRAPH_ROOM ? marketAt : -1;
    const afterMajor = isMajor(paragraph) && isMajor(previous) && lastOwn === out.length - 1;
    const target = previous === undefined || (!orphan && !benchmarks) ? null : benchmarks ? 0 : afterMajor ? out.length - 1 : dayTold >= 0 ? dayTold : null;
    const into = target === null ? undefined : out[target];
    if (target === null || into === undefined) {
      out.push(paragraph);
      if (k >= leadCount) lastOwn = out.length - 1;
      return;
    }
    // Right after the last sentence about it there ("The Dow rose ..., and the Nasdaq .... The Dow is up 7.1% in November ..."), else at the end.
    const about = into.sentences.map((sentence) => sentence.facts.some((f) => f.symbol === symbol)).lastIndexOf(true);
    const at = target === dayTold && about >= 0 ? about + 1 : into.sentences.length;
    const joined = resubjected(paragraph.sentences, into.sentences[at - 1], ctx);
    out[target] = { symbols: [...new Set([...into.symbols, ...paragraph.symbols])], sentences: [...into.sentences.slice(0, at), ...joined, ...into.sentences.slice(at)] };
  });
  return out;
}

/** The most sentences a paragraph of the Dow's and the Nasdaq's days has with their news beside them; more is one paragraph each. */
const MARKET_PARAGRAPH_MOST = 4;

/**
 * Each of the Dow and the Nasdaq told in one place: its paragraph (its state, its month, its
 * year) follows its day in the lead's second paragraph, right after the last sentence about it
 * ("The Dow Jones Industrial Average fell 2,997 points ... The Dow has been in a bear market since
 * March 11 ..."), so the story does not come back to it after the S&P 500's. A second paragraph
 * run past {@link MARKET_PARAGRAPH_MOST} sentences is two: the Nasdaq's sentences open the next.
 * Only paragraphs about the one index move (a shared sentence stays where it is); `leadCount` is
 * how many paragraphs the lead wrote. Returns the paragraphs and the new lead count.
 */
export function withMajorsBesideTheirDay(paragraphs: readonly Paragraph[], leadCount: number, ctx: StoryContext): { paragraphs: Paragraph[]; leadCount: number } {
  const marketAt = leadCount - 1;
  const market = leadCount > 1 ? paragraphs[marketAt] : undefined;
  if (market === undefined) return { paragraphs: [...paragraphs], leadCount };
  let sentences = [...market.sentences];
  const moved = new Set<Sentence>();
  const rest: Paragraph[] = [];
  paragraphs.slice(leadCount).forEach((paragraph) => {
    const symbol = paragraph.symbols[0] ?? '';
    const own = paragraph.symbols.length === 1 && MAJOR_INDEXES.includes(symbol) && paragraph.sentences.every((s) => s.facts.every((f) => f.symbol === symbol));
    const about = sentences.map((sentence) => sentence.facts.some((f) => f.symbol === symbol)).lastIndexOf(true);
    if (!own || about < 0) {
      rest.push(paragraph);
      return;
    }
    // After a sentence of both indexes, the one named first keeps its sentences first: past those moved before.
    let at = about + 1;
    for (let next = sentences[at]; next !== undefined && moved.has(next); next = sentences[at]) at++;
    const joined = withoutRepeatedSubjects(resubjected(paragraph.sentences, sentences[at - 1], ctx), ctx);
    for (const sentence of joined) moved.add(sentence);
    sentences = [...sentences.slice(0, at), ...joined, ...sentences.slice(at)];
  });
  const split = sentences.length > MARKET_PARAGRAPH_MOST ? splitAt(sentences, moved) : -1;
  const symbolsOf = (part: readonly Sentence[]): string[] => [...new Set(part.flatMap((s) => s.facts.map((f) => f.symbol)))];
  const marketParagraphs = split > 0 ? [sentences.slice(0, split), withFullSubject(sentences.slice(split), ctx)] : [sentences];
  return {
    paragraphs: [...paragraphs.slice(0, marketAt), ...marketParagraphs.map((part) => ({ symbols: symbolsOf(part), sentences: part })), ...rest],
    leadCount: leadCount + marketParagraphs.length - 1,
  };
}

/**
 * Where a second paragraph run long is cut: before the Nasdaq's own sentences that follow the
 * Dow's (the second of MAJOR_INDEXES) while what is left before them is short enough, else
 * before the first sentence moved there; -1 for none, or when the cut would leave a paragraph of
 * one sentence.
 */
function splitAt(sentences: readonly Sentence[], moved: ReadonlySet<Sentence>): number {
  const second = MAJOR_INDEXES[1] ?? '';
  const secondOnly = (s: Sentence | undefined): boolean => s !== undefined && s.facts.length > 0 && s.facts.every((f) => f.symbol === second);
  let at = sentences.length;
  while (at > 0 && secondOnly(sentences[at - 1])) at--;
  if (at > 0 && at <= MARKET_PARAGRAPH_MOST && sentences.length - at >= 2) return at;
  const first = sentences.findIndex((s) => moved.has(s));
  return first > 0 && sentences.length - first >= 2 ? first : -1;
}

/** Sentences that open a paragraph, the first with its instrument's full name ("The Nasdaq composite ...", not "It ..."). */
function withFullSubject(sentences: readonly Sentence[], ctx: StoryContext): Sentence[] {
  const [first, ...rest] = sentences;
  const instrument = ctx.instruments.get(first?.facts[0]?.symbol ?? '');
  if (first === undefined || instrument === undefined || !first.facts.every((f) => f.symbol === instrument.symbol)) return [...sentences];
  return [{ ...first, text: withSubject(first.text, instrument, capitalize(instrument.storyName)) }, ...rest];
}

/**
 * A joined paragraph's sentences with its first one's subject fitted to the sentence it now
 * follows: after "The S&P 500 fell back ..." the next is "The index is down ...", after "The
 * index ..." it is "It ...". Unchanged when the sentence before tells of another instrument too
 * ("..., as the Nasdaq composite closed at ...": "the index" would point at it).
 */
function resubjected(sentences: readonly Sentence[], before: Sentence | undefined, ctx: StoryContext): Sentence[] {
  const [first, ...rest] = sentences;
  const symbol = first?.facts[0]?.symbol;
  const instrument = symbol === undefined ? undefined : ctx.instruments.get(symbol);
  if (first === undefined || instrument === undefined || before === undefined) return [...sentences];
  const full = capitalize(instrument.storyName);
  const short = capitalize(instrument.shortName);
  const opens = (text: string, name: string): boolean => text.startsWith(`${name} `);
  // After a sentence of several indexes that named it in full, its own name for second reference ("The Dow is up 7.1% ..."), never "the index".
  if (!before.facts.every((f) => f.symbol === symbol)) {
    // After a sentence it opens that names no other instrument (its other facts are the day's calendar): the short name ("The index has risen ...").
    const others = [...ctx.instruments.values()].filter((i) => i.symbol !== symbol);
    const alone = !others.some((i) => before.text.toLowerCase().includes(i.storyName.toLowerCase()) || before.text.includes(` ${i.shortName} `));
    if (opens(first.text, full) && opens(before.text, full) && alone) return [{ ...first, text: withSubject(first.text, instrument, short) }, ...rest];
    const named = before.text.toLowerCase().includes(instrument.storyName.toLowerCase()) && opens(first.text, full) && short !== 'The index';
    return named ? [{ ...first, text: withSubject(first.text, instrument, short) }, ...rest] : [...sentences];
  }
  if (!opens(first.text, full)) return [...sentences];
  const subject = opens(before.text, short) ? 'It' : opens(before.text, full) ? short : null;
  return subject === null ? [...sentences] : [{ ...first, text: withSubject(first.text, instrument, subject) }, ...rest];
}

/**
 * Sentences with no name opening two about one instrument in a row: the second of "The Dow
 * had ... The Dow closed ..." is "It closed ...", and after "It" the short name.
 */
function withoutRepeatedSubjects(sentences: readonly Sentence[], ctx: StoryContext): Sentence[] {
  const out: Sentence[] = [];
  for (const sentence of sentences) {
    const before = out[out.length - 1];
    const instrument = ctx.instruments.get(sentence.facts[0]?.symbol ?? '');
    const alone = (s: Sentence): boolean => s.facts.every((f) => f.symbol === instrument?.symbol);
    const name = instrument === undefined ? null : openingName(sentence.text, instrument);
    if (before === undefined || instrument === undefined || name === null || !alone(sentence) || !alone(before) || !before.text.startsWith(`${name} `)) {
      out.push(sentence);
      continue;
    }
    out.push({ ...sentence, text: withSubject(sentence.text, instrument, name === 'It' ? capitalize(instrument.shortName) : 'It') });
  }
  return out;
}

/** Paragraphs with the first mention of each instrument a story explains once given its appositive (the VIX). */
export function explainOnce(paragraphs: readonly Paragraph[], ordered: readonly Instrument[]): Paragraph[] {
  const out = paragraphs.map((p) => ({ ...p, sentences: [...p.sentences] }));
  for (const instrument of ordered) {
    let done = false;
    for (const paragraph of out) {
      for (let k = 0; k < paragraph.sentences.length && !done; k++) {
        const sentence = paragraph.sentences[k];
        if (sentence === undefined) continue;
        const { text, explained } = explainOnFirstMention(sentence.text, instrument);
        if (explained) {
          paragraph.sentences[k] = { ...sentence, text };
          done = true;
        }
      }
    }
  }
  return out;
}

/** Paragraphs with every full date that the sentence goes on after set off by a comma (withDateCommas). */
export function withApDateCommas(paragraphs: readonly Paragraph[]): Paragraph[] {
  return paragraphs.map((p) => ({ ...p, sentences: p.sentences.map((s) => ({ ...s, text: withDateCommas(s.text) })) }));
}

/** Short names too plain to open a paragraph on later reference ("The index fell ..." would not say which). */
const PLAIN_SHORT_NAMES: ReadonlySet<string> = new Set(['the index', 'the fund']);

/**
 * Paragraphs with each instrument named in full once: a later sentence names it by its short
 * name when that is a name people know ("The Dow fell 272 points" after
 * "The Dow Jones Industrial Average had its best month ..."; "The 10-year yield" after "The yield
 * on the 10-year Treasury"). The S&P 500 and the Russell 2000, whose short name is "the index",
 * keep their names.
 */
export function withShortNamesAfterFirst(paragraphs: readonly Paragraph[], ordered: readonly Instrument[]): Paragraph[] {
  const named = new Set<string>();
  const bySymbol = new Map<string, Instrument>(ordered.filter((i) => i.storyName !== i.shortName && !PLAIN_SHORT_NAMES.has(i.shortName)).map((i) => [i.symbol, i]));
  return paragraphs.map((p) => ({
    ...p,
    sentences: p.sentences.map((sentence) => {
      let text = sentence.text;
      const lower = text.toLowerCase();
      // A sentence names the instruments whose facts it states.
      for (const symbol of new Set(sentence.facts.map((f) => f.symbol))) {
        const instrument = bySymbol.get(symbol);
        if (instrument === undefined) continue;
        const full = instrument.storyName;
        if (named.has(symbol)) text = text.replaceAll(`${capitalize(full)} `, `${capitalize(instrument.shortName)} `).replaceAll(` ${full} `, ` ${instrument.shortName} `);
        else if (lower.includes(full.toLowerCase())) named.add(symbol);
      }
      return text === sentence.text ? sentence : { ...sentence, text };
    }),
  }));
}
