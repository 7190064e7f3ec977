/**
 * The story's paragraphs once written: an index paragraph of one sentence joined to the one
 * before it, each instrument a story explains once given its appositive on first mention, and
 * AP's comma after a date's year.
 */
import type { Instrument } from '../core/instrument.js';
import { withDateCommas } from './ap-style.js';
import { explainOnFirstMention, MAJOR_INDEXES } from './market.js';
import { withSubject } from './namer.js';
import { capitalize } from './phrases.js';
import type { Paragraph, Sentence, StoryContext } from './pool.js';

/** The most sentences the lead's second paragraph (the Dow's and the Nasdaq's day) has before it takes a one-sentence paragraph. */
const MARKET_PARAGRAPH_ROOM = 3;

/** The most sentences the lead paragraph has before it takes the benchmark's one-sentence paragraph (a longer lead keeps the day's news alone). */
const LEAD_PARAGRAPH_ROOM = 1;

/**
 * A stock index's paragraph of one sentence ("The S&P 500 rose 0.8% in December.") is no
 * paragraph when it has a paragraph of its own kind to join: the benchmark's joins the lead
 * paragraph while that is one sentence, the Dow's or the Nasdaq's the other's paragraph just
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
    const benchmarks = k === leadCount && paragraph.symbols[0] === ctx.benchmark && (out[0]?.sentences.length ?? 0) <= LEAD_PARAGRAPH_ROOM;
    // The Dow's or the Nasdaq's with no paragraph of the other just before it joins the lead's second paragraph, which tells its day, while it has room.
    const symbol = paragraph.symbols[0] ?? '';
    const marketAt = leadCount - 1;
    const market = leadCount > 1 ? out[marketAt] : undefined;
    // Not when the other's one sentence follows: the two join each other instead.
    const nextMajor = isMajor(paragraphs[k + 1]) && paragraphs[k + 1]?.sentences.length === 1;
    const dayTold = isMajor(paragraph) && !nextMajor && market !== undefined && market.symbols.includes(symbol) && market.sentences.length <= MARKET_PARAGRAPH_ROOM ? marketAt : -1;
    const afterMajor = isMajor(paragraph) && isMajor(previous) && lastOwn === out.length - 1;
    const target = !orphan || previous === undefined ? null : benchmarks ? 0 : afterMajor ? out.length - 1 : dayTold >= 0 ? dayTold : null;
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
  if (first === undefined || instrument === undefined || before === undefined || !before.facts.every((f) => f.symbol === symbol)) return [...sentences];
  const full = capitalize(instrument.storyName);
  const short = capitalize(instrument.shortName);
  const opens = (text: string, name: string): boolean => text.startsWith(`${name} `);
  if (!opens(first.text, full)) return [...sentences];
  const subject = opens(before.text, short) ? 'It' : opens(before.text, full) ? short : null;
  return subject === null ? [...sentences] : [{ ...first, text: withSubject(first.text, instrument, subject) }, ...rest];
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
