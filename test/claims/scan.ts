/**
 * Plain scans of the shipped CSV rows for the checker's tests: the expected values are
 * computed here by loops over `{date, close}` rows, independently of the engine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_INSTRUMENTS } from '../../src/data/instruments.js';
import type { DailySeries } from '../../src/core/series.js';
import type { CheckedClaim } from '../../src/claims/types.js';
import { checkArticle } from '../../src/claims/check.js';
import { parseIsoDay } from '../../src/core/date.js';
import { loadShippedSeries, readShippedRows, REPO_ROOT, SHIPPED_SYMBOLS, type ShippedRow } from '../helpers/shipped-series.js';

export { readShippedRows };

/** Rows of a shipped file. */
export const rowsOf = (file: string): ShippedRow[] => readShippedRows(file);

/** Position of the row dated `date`; throws when absent. */
export function at(rows: readonly ShippedRow[], date: string): number {
  const i = rows.findIndex((row) => row.date === date);
  if (i < 0) throw new Error(`no row ${date}`);
  return i;
}

/** The close at position i. */
export function closeAt(rows: readonly ShippedRow[], i: number): number {
  const row = rows[i];
  if (!row) throw new Error(`no row ${i}`);
  return row.close;
}

/** Percent change. */
export const pct = (from: number, to: number): number => (to / from - 1) * 100;

/** The last close strictly before `date` (ISO string comparison). */
export function lastCloseBefore(rows: readonly ShippedRow[], date: string): ShippedRow {
  let found: ShippedRow | undefined;
  for (const row of rows) if (row.date < date) found = row;
  if (!found) throw new Error(`nothing before ${date}`);
  return found;
}

/** Highest close strictly before `date`, with its first date. */
export function recordBefore(rows: readonly ShippedRow[], date: string): ShippedRow {
  let best: ShippedRow | undefined;
  for (const row of rows) if (row.date < date && (best === undefined || row.close > best.close)) best = row;
  if (!best) throw new Error(`nothing before ${date}`);
  return best;
}

/** Signed run of closes above (below) the prior close ending at i. */
export function streakAt(rows: readonly ShippedRow[], i: number): number {
  const sign = Math.sign(closeAt(rows, i) - closeAt(rows, i - 1));
  let n = 0;
  for (let j = i; j > 0 && sign !== 0 && Math.sign(closeAt(rows, j) - closeAt(rows, j - 1)) === sign; j--) n++;
  return sign * n;
}

/** The one-day move at i: percent, or basis points for a yield (rounded to 1e-6 bp against float noise). */
export function moveAt(rows: readonly ShippedRow[], i: number, isYield: boolean): number {
  const a = closeAt(rows, i - 1);
  const b = closeAt(rows, i);
  return isYield ? Math.round((b - a) * 100 * 1e6) / 1e6 : pct(a, b);
}

/** The most recent earlier date whose move in the same direction was at least as large; null for none. */
export function biggestSince(rows: readonly ShippedRow[], date: string, isYield: boolean): string | null {
  const i = at(rows, date);
  const move = moveAt(rows, i, isYield);
  for (let j = i - 1; j >= 1; j--) {
    const other = moveAt(rows, j, isYield);
    if ((move > 0 && other >= move) || (move < 0 && other <= move)) return rows[j]?.date ?? null;
  }
  return null;
}

/** True when `actual` rounds to `stated` at `decimals` places (half a unit either way). */
export function roundsTo(actual: number, stated: number, decimals: number): boolean {
  return Math.abs(Math.abs(actual) - Math.abs(stated)) <= 0.5 * 10 ** -decimals + 1e-9;
}

/** Every shipped series by symbol. */
export function allSeries(): Map<string, DailySeries> {
  return new Map(SHIPPED_SYMBOLS.map((symbol) => [symbol, loadShippedSeries(symbol)] as const));
}

/** Reads a test article. */
export function article(name: string): string {
  return readFileSync(join(REPO_ROOT, 'test', 'articles', name), 'utf8');
}

/** Checks an article against the shipped series (or `series`); throws when no report can be made. */
export function check(text: string, series: ReadonlyMap<string, DailySeries> = allSeries(), date?: string): CheckedClaim[] {
  const result = checkArticle(text, { instruments: BUILTIN_INSTRUMENTS, series, date: date === undefined ? null : parseIsoDay(date) });
  if (!result.ok) throw new Error(result.message);
  return [...result.report.checked];
}

/** The one checked claim with this metric and symbol whose text contains `fragment`; throws unless exactly one. */
export function find(checked: readonly CheckedClaim[], metric: string, symbol: string | null, fragment = ''): CheckedClaim {
  const hits = checked.filter((c) => c.claim.metric === metric && c.claim.symbol === symbol && c.claim.text.includes(fragment));
  if (hits.length !== 1) throw new Error(`${hits.length} claims ${metric} ${String(symbol)} "${fragment}": ${checked.map((c) => `${c.claim.metric}:${c.claim.text}`).join(' | ')}`);
  const hit = hits[0];
  if (!hit) throw new Error('unreachable');
  return hit;
}

/** The expected verdict of a figure rounding test. */
export const verdictOf = (holds: boolean): 'supported' | 'contradicted' => (holds ? 'supported' : 'contradicted');
