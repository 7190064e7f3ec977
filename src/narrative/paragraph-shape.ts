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

/**
 * A stock index's paragraph of one sentence ("The S&P 500 rose 0.8% in December.") is no
 * paragraph when it has a paragraph of its own kind to join: the benchmark's joins the lead
 * paragraph (which is about it), the Dow's or the Nasdaq's the other's paragraph just before it.
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
    const benchmarks = k === leadCount && paragraph.symbols[0] === ctx.benchmark;
    const target = !orphan || previous === undefined ? null : benchmarks ? 0 : isMajor(paragraph) && isMajor(previous) && lastOwn === out.length - 1 ? out.length - 1 : null;
    const into = target === null ? undefined : out[target];
    if (target === null || into === undefined) {
      out.push(paragraph);
      if (k >= leadCount) lastOwn = out.length - 1;
      return;
    }
    out[target] = { symbols: [...new Set([...into.symbols, ...paragraph.symbols])], sentences: [...into.sentences, ...resubjected(paragraph.sentences, into.sentences[into.sentences.length - 1], ctx)] };
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
