/**
 * Splitting an article into sentences and clauses with their offsets. Abbreviations that end
 * in a period ("Nov.", "U.S.", "p.m.") do not end a sentence; blank lines and section headings
 * ("For the week:") always do.
 */

import { headingRuleOf } from './sections.js';

/** A span of the article. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mr', 'mrs', 'ms', 'dr', 'st', 'inc', 'corp',
  'co', 'ltd', 'vs', 'no', 'jr', 'sr', 'gov', 'sen', 'rep', 'u.s', 'a.m', 'p.m', 'e.g', 'i.e', 'etc', 'approx', 'est',
]);

/**
 * The longest sentence read as one: a run-on beyond this is cut at a space, so that the work
 * per figure stays bounded however long the text runs without a full stop.
 */
export const MAX_SENTENCE_CHARS = 1500;

/** Sentences of `text`, in order, trimmed; empty ones dropped; none longer than {@link MAX_SENTENCE_CHARS}. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const pushOne = (s: number, e: number): void => {
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) spans.push({ start: s, end: e, text: text.slice(s, e) });
  };
  const push = (end: number): void => {
    let s = start;
    while (end - s > MAX_SENTENCE_CHARS) {
      const limit = s + MAX_SENTENCE_CHARS;
      // Cut where a clause begins if one is near the limit, else at a space.
      const clause = Math.max(text.lastIndexOf(', ', limit), text.lastIndexOf(' and ', limit), text.lastIndexOf(' while ', limit));
      const space = text.lastIndexOf(' ', limit);
      const cut = clause > s + MAX_SENTENCE_CHARS / 2 ? clause + 1 : space > s + MAX_SENTENCE_CHARS / 2 ? space : limit;
      pushOne(s, cut);
      s = cut;
    }
    pushOne(s, end);
    start = end;
  };
  const boundary = /([.!?]["'’”)]*)(\s+)(?=["'“‘(]?[A-Z0-9])|\n[ \t]*\n|\n(?=[ \t]*(?:(?:[-*•]|\d+\.)\s|--))|:[ \t]*(?=\r?\n)/g;
  for (let m = boundary.exec(text); m !== null; m = boundary.exec(text)) {
    // A line ending in a colon ends a sentence only when it is a heading ("For the week:").
    if (m[0].startsWith(':')) {
      const lineStart = text.lastIndexOf('\n', m.index) + 1;
      if (headingRuleOf(text.slice(lineStart, m.index + 1)) === null) continue;
    }
    // A blank line always ends the sentence; else a period after an abbreviation or an initial does not
    // (a possessive's "s", "the S&P 500's.", is no initial).
    const blankLine = /\n[ \t]*\n/.test(m[2] ?? '');
    if (m[1] !== undefined && m[1].startsWith('.') && !blankLine) {
      const before = text.slice(Math.max(0, m.index - 8), m.index);
      const word = /([A-Za-z.]+)$/.exec(before)?.[1] ?? '';
      const last = word.toLowerCase().replace(/^\./, '');
      const possessive = /['’]s$/i.test(before);
      if (ABBREVIATIONS.has(last) || (/^[a-z]$/i.test(last) && !possessive) || /\.[a-z]$/i.test(last)) continue;
    }
    push(m.index + (m[0].startsWith(':') ? 1 : (m[1]?.length ?? 0)));
  }
  push(text.length);
  return spans;
}

/**
 * Clause boundaries inside a sentence (offsets relative to the sentence): semicolons, dashes,
 * and the conjunctions that start a new statement (", while", ", but", " and is", ", and", " and
 * December has": a calendar month as a new subject).
 */
export function clauseBreaks(sentence: string): number[] {
  const breaks: number[] = [];
  const pattern = /;|\s[—–]\s|\s--\s|,\s+(?:while|but|whereas|and|although|though|after|as|which|when|leaving|putting|bringing|taking|making)\b|\s(?:while|whereas|but)\s|\sand\s+(?=(?:is|was|has|it|its|the|small|a)\b)|\sand\s+(?=(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:has|have|had|is|was|tends?|typically|historically|usually|averages?|averaged)\b)/gi;
  for (let m = pattern.exec(sentence); m !== null; m = pattern.exec(sentence)) breaks.push(m.index);
  return breaks;
}

/** The clause (relative start and end) that contains relative offset `at`. */
export function clauseAround(sentence: string, breaks: readonly number[], at: number): { start: number; end: number } {
  let start = 0;
  let end = sentence.length;
  for (const b of breaks) {
    if (b < at) start = b;
    else if (b > at) {
      end = b;
      break;
    }
  }
  return { start, end };
}
