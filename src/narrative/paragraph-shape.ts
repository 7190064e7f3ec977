/**
 * The story's paragraphs once written: an index paragraph of one sentence joined to the one
 * before it, and each instrument a story explains once given its appositive on first mention.
 */
import type { Instrument } from '../core/instrument.js';
import { explainOnFirstMention } from './market.js';
import type { Paragraph, StoryContext } from './pool.js';

/**
 * A stock index's paragraph of one sentence ("The S&P 500 rose 0.8% in December.") is no
 * paragraph: the benchmark's joins the lead paragraph (which is about it), another index's the
 * index paragraph before it (the Dow and the Nasdaq's sentence, or another index's paragraph).
 * `leadCount` is how many paragraphs the lead wrote.
 */
export function withOrphansJoined(paragraphs: readonly Paragraph[], leadCount: number, ctx: StoryContext): Paragraph[] {
  const isIndexParagraph = (p: Paragraph): boolean => p.symbols.length > 0 && p.symbols.every((symbol) => ctx.instruments.get(symbol)?.kind === 'index');
  const out: Paragraph[] = [];
  paragraphs.forEach((paragraph, k) => {
    const orphan = k >= leadCount && paragraph.sentences.length === 1 && isIndexParagraph(paragraph);
    const previous = out[out.length - 1];
    const benchmarks = k === leadCount && paragraph.symbols.includes(ctx.benchmark ?? '');
    const target = !orphan || previous === undefined ? null : benchmarks ? 0 : isIndexParagraph(previous) ? out.length - 1 : null;
    const into = target === null ? undefined : out[target];
    if (target === null || into === undefined) {
      out.push(paragraph);
      return;
    }
    out[target] = { symbols: [...new Set([...into.symbols, ...paragraph.symbols])], sentences: [...into.sentences, ...paragraph.sentences] };
  });
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
