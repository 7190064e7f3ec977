/**
 * The market's sentence of the lead's second paragraph: the Dow's and the Nasdaq's days (or the
 * given indexes'), each with its best news when it scores enough, joined as a desk joins them.
 */
import type { Instrument } from '../core/instrument.js';
import type { DayMoveFact, Fact } from '../facts/index.js';
import { leadClause, type LeadClause } from './lead-clauses.js';
import { bestNews, DAY_NEWS_KINDS, SECOND_SENTENCE_MIN_SCORE } from './lead-news.js';
import { capitalize, clauseCommas } from './phrases.js';
import type { FactPool, Sentence, StoryContext } from './pool.js';

/** A joined sentence of indexes' days, news among them, with this many clause commas or more is one sentence each. */
const SPLIT_CHAIN_COMMAS = 9;
/** Nor does it run past this many words (a wire's longest lead sentences are about 40). */
const SPLIT_CHAIN_WORDS = 45;

/**
 * The Dow and the Nasdaq (or the given indexes) in one sentence, each with its best news when it
 * scores enough; null when none has a day. With three, "and" then "while" when the last moved the
 * other way ("The S&P 500 fell ... and the Dow fell ..., while the Nasdaq rose ..."), else a series
 * in semicolons ("The S&P 500 rose ...; the Dow rose ...; and the Nasdaq rose ..."). When one or
 * more have news and the sentence would run to {@link SPLIT_CHAIN_COMMAS} clause commas or past
 * {@link SPLIT_CHAIN_WORDS} words, each
 * index has its own sentence, and news said in the same words as the one before is "also" news
 * ("The Nasdaq composite fell ..., also entering a correction, 12.2% below ...").
 */
export function marketSentence(pool: FactPool, instruments: readonly Instrument[], ctx: StoryContext, withNews: boolean | ReadonlySet<Fact['kind']> = true): { sentences: Sentence[]; symbols: string[] } | null {
  const clauses: LeadClause[] = [];
  const kinds = withNews === true ? DAY_NEWS_KINDS : withNews === false ? null : withNews;
  for (const instrument of instruments) {
    const news = kinds !== null ? bestNews(pool, instrument.symbol, kinds, ctx) : undefined;
    const clause = leadClause(pool, instrument, ctx, news !== undefined && news.score >= SECOND_SENTENCE_MIN_SCORE ? news : null);
    if (clause !== null) clauses.push(clause);
  }
  if (clauses.length === 0) return null;
  const parts = clauses.map((c) => `${c.main}${c.tail ? `, ${c.tail}` : ''}`);
  const signs = clauses.map((c) => Math.sign(dayMoveOf(c)));
  const symbols = clauses.map((c) => c.instrument.symbol);
  let text = capitalize(parts[0] ?? '');
  const endsWhile = parts.length > 2 && signs[parts.length - 1] !== 0 && signs[parts.length - 2] !== 0 && signs[parts.length - 1] !== signs[parts.length - 2];
  for (let k = 1; k < parts.length; k++) {
    const last = k === parts.length - 1;
    const opposite = signs[k] !== 0 && signs[k - 1] !== 0 && signs[k] !== signs[k - 1];
    // A series of three whose items hold commas takes semicolons (AP): "...; the Dow rose ...; and the Nasdaq rose ...".
    const series = parts.length > 2 && !endsWhile;
    const joiner = opposite && (last || !endsWhile) ? ', while ' : last ? (series ? '; and ' : parts.length > 2 ? ' and ' : ', and ') : endsWhile && k === parts.length - 2 ? ' and ' : series ? '; ' : ', ';
    text += `${joiner}${parts[k] ?? ''}`;
  }
  const withTails = clauses.filter((c) => c.tail !== '').length;
  if (withTails >= 1 && (clauseCommas(text) >= SPLIT_CHAIN_COMMAS || text.split(/\s+/).length > SPLIT_CHAIN_WORDS)) {
    const sentences = clauses.map((c, k) => {
      const before = clauses[k - 1]?.tail ?? '';
      const alsoTail = k > 0 && before !== '' && firstPhrase(before) === firstPhrase(c.tail) ? `also ${c.tail}` : c.tail;
      return { text: `${capitalize(c.main)}${alsoTail ? `, ${alsoTail}` : ''}.`, facts: c.facts };
    });
    return { sentences, symbols };
  }
  return { sentences: [{ text: `${text}.`, facts: clauses.flatMap((c) => c.facts) }], symbols };
}

/** A tail's words up to its first comma: "entering a correction" of "entering a correction, 13.3% below ...". */
function firstPhrase(tail: string): string {
  return tail.split(', ')[0] ?? tail;
}

function dayMoveOf(clause: LeadClause): number {
  const day = clause.facts.find((f): f is DayMoveFact => f.kind === 'day-move');
  return day?.move ?? 0;
}
