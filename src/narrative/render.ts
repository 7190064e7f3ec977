/**
 * Rendering a brief as plain text, Markdown or HTML, optionally with `--explain` lines under
 * each sentence: each fact's rule and the exact observations (symbol, date, value) it used.
 */
import type { Fact } from '../facts/fact.js';
import type { Brief } from './brief.js';
import type { Sentence } from './pool.js';

/** Output formats of a written brief. */
export const BriefFormats = ['text', 'markdown', 'html', 'json'] as const;
/** One of {@link BriefFormats}. */
export type BriefFormat = (typeof BriefFormats)[number];

/** The exact values a fact states, `name=value` (no rounding), for `--explain`. */
function factValues(fact: Fact): string {
  const skip = new Set(['kind', 'symbol', 'date', 'score', 'preliminary', 'provenance']);
  return Object.entries(fact)
    .filter(([key, value]) => !skip.has(key) && value !== null)
    .map(([key, value]) => `${key}=${String(value)}`)
    .join(' ');
}

/** The explain lines of one sentence: per fact, its kind, rule and values, then its observations. */
export function explainLines(sentence: Sentence): string[] {
  const lines: string[] = [];
  for (const fact of sentence.facts) {
    lines.push(`${fact.symbol} ${fact.kind} [${fact.provenance.rule}, score ${fact.score}${fact.preliminary ? ', preliminary' : ''}]: ${factValues(fact)}`);
    for (const o of fact.provenance.observations) lines.push(`  ${o.symbol} ${o.date} ${o.role} = ${o.value}${o.preliminary ? ' (preliminary)' : ''}`);
  }
  return lines;
}

/** Plain text: headline, paragraphs separated by blank lines, notes last. */
export function renderText(brief: Brief, explain = false): string {
  const out = [brief.headline, ''];
  for (const paragraph of brief.paragraphs) {
    if (explain) {
      for (const sentence of paragraph.sentences) {
        out.push(sentence.text, ...explainLines(sentence).map((line) => `    ${line}`));
      }
    } else out.push(paragraph.sentences.map((s) => s.text).join(' '));
    out.push('');
  }
  for (const note of brief.notes) out.push(`Note: ${note}`);
  return `${out.join('\n').trimEnd()}\n`;
}

/** Markdown: a heading, paragraphs, explain lines as indented code, notes as a list. */
export function renderMarkdown(brief: Brief, explain = false): string {
  const out = [`# ${brief.headline}`, ''];
  for (const paragraph of brief.paragraphs) {
    if (explain) {
      for (const sentence of paragraph.sentences) out.push(sentence.text, '', ...explainLines(sentence).map((line) => `    ${line}`), '');
    } else out.push(paragraph.sentences.map((s) => s.text).join(' '), '');
  }
  if (brief.notes.length > 0) out.push('## Notes', '', ...brief.notes.map((note) => `- ${note}`));
  return `${out.join('\n').trimEnd()}\n`;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** HTML fragment: an article with a heading, paragraphs (explain lines in a <pre> per sentence) and notes. */
export function renderHtml(brief: Brief, explain = false): string {
  const out = [`<article class="marketfacts-brief" data-date="${escapeHtml(brief.date)}">`, `  <h1>${escapeHtml(brief.headline)}</h1>`];
  for (const paragraph of brief.paragraphs) {
    if (explain) {
      for (const sentence of paragraph.sentences) {
        out.push(`  <p>${escapeHtml(sentence.text)}</p>`, `  <pre class="explain">${escapeHtml(explainLines(sentence).join('\n'))}</pre>`);
      }
    } else out.push(`  <p>${escapeHtml(paragraph.sentences.map((s) => s.text).join(' '))}</p>`);
  }
  if (brief.notes.length > 0) out.push('  <ul class="notes">', ...brief.notes.map((note) => `    <li>${escapeHtml(note)}</li>`), '  </ul>');
  out.push('</article>');
  return `${out.join('\n')}\n`;
}

/** The JSON document of a brief: date, notes, the paragraphs' sentences with fact indexes, and the facts. */
export function briefJson(brief: Brief): unknown {
  const index = new Map(brief.facts.map((fact, i) => [fact, i]));
  return {
    date: brief.date,
    requested_date: brief.requestedDate,
    headline: brief.headline,
    notes: brief.notes,
    unbriefed: brief.unbriefed,
    paragraphs: brief.paragraphs.map((p) => ({ symbols: p.symbols, sentences: p.sentences.map((s) => ({ text: s.text, facts: s.facts.map((f) => index.get(f) ?? -1) })) })),
    facts: brief.facts,
  };
}
