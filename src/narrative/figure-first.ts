/**
 * A period's superlative after its figure. Another index's month or year superlative shared
 * with the benchmark's is told as "It also had ..." (shared-facts.ts); when that sentence comes
 * before the one giving the index's month or year figure in the same paragraph, the superlative
 * reads ahead of its number ("The Nasdaq also had its biggest monthly gain since April. ... The
 * Nasdaq rose 11.8% in November"), so it moves to just after the figure: "The Nasdaq rose 11.8%
 * in November and is up 36% this year. It also had its biggest monthly gain since April."
 */
import type { Instrument } from '../core/instrument.js';
import type { Fact } from '../facts/fact.js';
import { withFullName, withSubject } from './namer.js';
import type { Paragraph, Sentence } from './pool.js';
import { ALSO_HAD } from './shared-facts.js';

/** The facts whose figure is a period-move sentence of the same instrument. */
const PERIOD_SUPERLATIVES: ReadonlySet<Fact['kind']> = new Set(['month-on-track', 'year-result']);

/** Index of the last sentence in `sentences` that gives a month or year figure of `symbol`, or -1. */
function lastFigureOf(sentences: readonly Sentence[], symbol: string): number {
  return sentences.findLastIndex((s) => s.facts.some((f) => f.kind === 'period-move' && f.symbol === symbol && (f.period === 'mtd' || f.period === 'ytd')));
}

/** The paragraph's sentences with each period superlative placed after its figures (see the module comment). */
function reordered(sentences: readonly Sentence[], instruments: ReadonlyMap<string, Instrument>): Sentence[] {
  const out = [...sentences];
  for (let i = 0; i < out.length; i++) {
    const sentence = out[i];
    if (sentence === undefined || !ALSO_HAD.test(sentence.text) || sentence.facts.length === 0 || !sentence.facts.every((f) => PERIOD_SUPERLATIVES.has(f.kind))) continue;
    const symbols = [...new Set(sentence.facts.map((f) => f.symbol))];
    const figures = symbols.map((symbol) => lastFigureOf(out, symbol));
    if (figures.some((j) => j <= i)) continue;
    const last = Math.max(...figures);
    const only = symbols.length === 1 ? instruments.get(symbols[0] ?? '') : undefined;
    // After its own figure the index is the subject already: "It also had ...".
    const moved = only === undefined ? sentence : { ...sentence, text: withSubject(sentence.text, only, 'It') };
    out.splice(i, 1);
    out.splice(last, 0, moved);
    // The sentence that now opens where it stood names its subject in full ("It" pointed back at the moved one's).
    const next = out[i];
    const subject = next === undefined ? undefined : instruments.get(next.facts[0]?.symbol ?? '');
    if (next !== undefined && subject !== undefined && next.text.startsWith('It ')) out[i] = { ...next, text: withFullName(next.text, subject) };
    i--;
  }
  return out;
}

/** Every paragraph with its period superlatives after their figures; paragraphs with none are returned as they are. */
export function withFiguresBeforeSuperlatives(paragraphs: readonly Paragraph[], instruments: ReadonlyMap<string, Instrument>): Paragraph[] {
  return paragraphs.map((paragraph) => {
    const sentences = reordered(paragraph.sentences, instruments);
    return sentences.every((s, k) => s === paragraph.sentences[k]) ? paragraph : { ...paragraph, sentences };
  });
}
