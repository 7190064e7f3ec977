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
  const skip = new Set(['kind', 'symbol', 'date', 'score', 'preliminary', 'wholeHistory', 'provenance']);
  return Object.entries(fact)
    .filter(([key, value]) => !skip.has(key) && value !== null)
    .map(([key, value]) => `${key}=${String(value)}`)
    .join(' ');
}

/** The explain lines of one sentence: per fact, its kind, rule and values, then its observations. */
export function explainLines(sentence: Sentence): string[] {
  const lines: string[] = [];
  for (const fact of sentence.facts) {
    lines.push(`${fact.symbol} ${fact.kind} [${fact.provenance.rule}, score ${fact.score}${fact.preliminary ? ', preliminary' : ''}${fact.wholeHistory ? ', whole history' : ''}]: ${factValues(fact)}`);
    for (const o of fact.provenance.observations) lines.push(`  ${o.symbol} ${o.date} ${o.role} = ${o.value}${o.preliminary ? ' (preliminary)' : ''}`);
  }
  return lines;
}

/** The closing table's lines: each section's title, then its rows (with explain lines under each row). */
function tableLines(brief: Brief, explain: boolean, indent: string): string[] {
  const out: string[] = [];
  for (const section of brief.table) {
    out.push(section.title);
    for (const row of section.rows) out.push(row.text, ...(explain ? explainLines(row).map((line) => `${indent}${line}`) : []));
    out.push('');
  }
  return out;
}

/** Plain text: headline, dateline (and the no-trading line under it), paragraphs separated by blank lines, the closing table, notes last. */
export function renderText(brief: Brief, explain = false): string {
  const out = [brief.headline, brief.dateline, ...(brief.dateNote === null ? [] : [brief.dateNote]), ''];
  for (const paragraph of brief.paragraphs) {
    if (explain) {
      for (const sentence of paragraph.sentences) {
        out.push(sentence.text, ...explainLines(sentence).map((line) => `    ${line}`));
      }
    } else out.push(paragraph.sentences.map((s) => s.text).join(' '));
    out.push('');
  }
  out.push(...tableLines(brief, explain, '    '));
  for (const note of brief.notes) out.push(`Note: ${note}`);
  return `${out.join('\n').trimEnd()}\n`;
}

/** Markdown: a heading, the dateline, paragraphs, the closing table (a line break after each row), explain lines as indented code, notes as a list. */
export function renderMarkdown(brief: Brief, explain = false): string {
  const out = [`# ${brief.headline}`, '', `*${brief.dateline}*`, '', ...(brief.dateNote === null ? [] : [`*${brief.dateNote}*`, ''])];
  for (const paragraph of brief.paragraphs) {
    if (explain) {
      for (const sentence of paragraph.sentences) out.push(sentence.text, '', ...explainLines(sentence).map((line) => `    ${line}`), '');
    } else out.push(paragraph.sentences.map((s) => s.text).join(' '), '');
  }
  for (const section of brief.table) {
    out.push(`**${section.title}**`, '');
    for (const row of section.rows) {
      if (explain) out.push(row.text, '', ...explainLines(row).map((line) => `    ${line}`), '');
      else out.push(`${row.text}  `);
    }
    out.push('');
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
  const out = [`<article class="marketfacts-brief" data-date="${escapeHtml(brief.date)}">`, `  <h1>${escapeHtml(brief.headline)}</h1>`, `  <p class="dateline">${escapeHtml(brief.dateline)}</p>`];
  if (brief.dateNote !== null) out.push(`  <p class="date-note">${escapeHtml(brief.dateNote)}</p>`);
  for (const paragraph of brief.paragraphs) {
    if (explain) {
      for (const sentence of paragraph.sentences) {
        out.push(`  <p>${escapeHtml(sentence.text)}</p>`, `  <pre class="explain">${escapeHtml(explainLines(sentence).join('\n'))}</pre>`);
      }
    } else out.push(`  <p>${escapeHtml(paragraph.sentences.map((s) => s.text).join(' '))}</p>`);
  }
  for (const section of brief.table) {
    out.push(`  <p class="table"><strong>${escapeHtml(section.title)}</strong>`);
    for (const row of section.rows) out.push(`    <br>${escapeHtml(row.text)}`);
    out.push('  </p>');
    if (explain) out.push(`  <pre class="explain">${escapeHtml(section.rows.flatMap(explainLines).join('\n'))}</pre>`);
  }
  if (brief.notes.length > 0) out.push('  <ul class="notes">', ...brief.notes.map((note) => `    <li>${escapeHtml(note)}</li>`), '  </ul>');
  out.push('</article>');
  return `${out.join('\n')}\n`;
}

/** `priorRecordClose` -> `prior_record_close`: a camelCase key in snake_case (other keys unchanged). */
export function snakeCaseKey(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z])([A-Z][a-z])/g, '$1_$2').toLowerCase();
}

/**
 * A JSON value with every object key in snake_case, at any depth (arrays and nested objects
 * included); values, strings among them, are unchanged. The brief's JSON speaks as the other
 * commands' JSON does, while the TypeScript fields stay camelCase.
 */
export function withSnakeCaseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withSnakeCaseKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [snakeCaseKey(key), withSnakeCaseKeys(inner)]));
  }
  return value;
}

/**
 * The JSON document of a brief: date, the no-trading line, notes, the paragraphs' sentences
 * with fact indexes, and the facts; every key snake_case (`count_ytd`, `prior_record_close`).
 */
export function briefJson(brief: Brief): unknown {
  const index = new Map(brief.facts.map((fact, i) => [fact, i]));
  return withSnakeCaseKeys({
    date: brief.date,
    requestedDate: brief.requestedDate,
    headline: brief.headline,
    dateline: brief.dateline,
    dateNote: brief.dateNote,
    notes: brief.notes,
    unbriefed: brief.unbriefed,
    paragraphs: brief.paragraphs.map((p) => ({ symbols: p.symbols, sentences: p.sentences.map((s) => ({ text: s.text, facts: s.facts.map((f) => index.get(f) ?? -1) })) })),
    table: brief.table.map((t) => ({ title: t.title, rows: t.rows.map((r) => ({ text: r.text, facts: r.facts.map((f) => index.get(f) ?? -1) })) })),
    facts: brief.facts,
  });
}
