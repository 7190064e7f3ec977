/**
 * Which inputs stand behind a number in a brief sentence: among the facts the sentence was
 * written from, those holding a value that rounds to the number as written (`2,442.03`, `1.5%`,
 * `14 basis points`). A number no fact holds directly (a count spelled as a figure, a derived
 * gap) shows every fact of its sentence.
 */
import { h, formatNumber } from './dom.js';

/** A fact as `brief --json` gives it: kind, symbol, date, provenance and its own fields. */
export interface FactJson {
  readonly kind: string;
  readonly symbol?: string;
  readonly date?: string;
  readonly provenance?: { rule: string; statement?: string; observations?: { symbol: string; date: string; value: number; role: string }[] };
  readonly [field: string]: unknown;
}

/** Numbers written in a sentence: figures with separators and decimals, optionally signed or with a %. */
export const NUMBER_IN_TEXT = /[-+]?\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|[-+]?\$?\d+(?:\.\d+)?%?/g;

/** Every number anywhere in a fact (fields and provenance), as absolute values. */
function numbersOf(value: unknown, into: number[] = []): number[] {
  if (typeof value === 'number' && Number.isFinite(value)) into.push(Math.abs(value));
  else if (Array.isArray(value)) for (const item of value) numbersOf(item, into);
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) numbersOf(item, into);
  return into;
}

/** The facts among `facts` holding a value that, rounded to the decimals written, is the number in `token`. */
export function factsBehind(token: string, facts: readonly FactJson[]): FactJson[] {
  const digits = token.replace(/[^\d.]/g, '');
  const stated = Number(digits);
  if (!Number.isFinite(stated)) return [];
  const decimals = digits.includes('.') ? (digits.split('.')[1] ?? '').length : 0;
  const matches = (value: number): boolean => Math.abs(Number(value.toFixed(decimals)) - stated) < 1e-9;
  return facts.filter((fact) => numbersOf(fact).some(matches));
}

/** The card of a number: each fact's rule and the observations it was computed from. */
export function inputsCard(token: string, facts: readonly FactJson[], all: readonly FactJson[]): Node {
  const shown = facts.length > 0 ? facts : all;
  const card = h('div', { class: 'inputs' }, h('p', { class: 'inputs-head' }, facts.length > 0 ? `${token}: from` : `${token}: the facts of this sentence`));
  for (const fact of shown) {
    const provenance = fact.provenance;
    const rows = (provenance?.observations ?? []).map((o) => h('tr', {}, h('td', {}, o.symbol), h('td', {}, o.date), h('td', { class: 'num-cell' }, formatNumber(o.value, 2)), h('td', {}, o.role)));
    card.append(
      h('div', { class: 'fact' },
        h('p', {}, h('strong', {}, fact.kind), fact.symbol === undefined ? '' : ` · ${fact.symbol}`, fact.date === undefined ? '' : ` · ${fact.date}`),
        provenance?.statement === undefined ? null : h('p', { class: 'rule' }, `Rule (${provenance.rule}): ${provenance.statement}`),
        rows.length === 0 ? null : h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, 'Symbol'), h('th', {}, 'Date'), h('th', {}, 'Value'), h('th', {}, 'Role'))), h('tbody', {}, ...rows)),
      ),
    );
  }
  return card;
}
