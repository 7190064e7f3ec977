/**
 * Plain scans of shipped CSV rows for the brief's reference tests: loops over `{date, close}`
 * rows with string dates, written without the engine's code, so the expected facts are
 * computed independently from the data.
 */
import type { ShippedRow } from '../helpers/shipped-series.js';

/** Position of the row dated `date`; throws when absent. */
export function at(rows: readonly ShippedRow[], date: string): number {
  const i = rows.findIndex((row) => row.date === date);
  if (i < 0) throw new Error(`no row ${date}`);
  return i;
}

/** Row i; throws when out of range. */
export function row(rows: readonly ShippedRow[], i: number): ShippedRow {
  const found = rows[i];
  if (found === undefined) throw new Error(`no row ${i}`);
  return found;
}

/** Percent change from a to b. */
export function pct(a: number, b: number): number {
  return (b / a - 1) * 100;
}

/** A move in the instrument's unit: percent for prices, basis points for yields. */
export function move(a: number, b: number, isYield: boolean): number {
  return isYield ? Math.round((b - a) * 100 * 1e6) / 1e6 : Math.round(pct(a, b) * 1e9) / 1e9;
}

/** Highest close before row i (first occurrence). */
export function recordBefore(rows: readonly ShippedRow[], i: number): ShippedRow {
  let best = row(rows, 0);
  for (let j = 1; j < i; j++) if (row(rows, j).close > best.close) best = row(rows, j);
  return best;
}

/** Record closes in row i's calendar year, up to and including row i. */
export function recordsInYear(rows: readonly ShippedRow[], i: number): number {
  const year = row(rows, i).date.slice(0, 4);
  let best = row(rows, 0).close;
  let count = 0;
  for (let j = 1; j <= i; j++) {
    const r = row(rows, j);
    if (r.close > best) {
      best = r.close;
      if (r.date.startsWith(year)) count++;
    }
  }
  return count;
}

/** Signed count of consecutive closes above (+) or below (-) the prior close, ending at i. */
export function streak(rows: readonly ShippedRow[], i: number): number {
  const sign = Math.sign(row(rows, i).close - row(rows, i - 1).close);
  let n = 0;
  for (let j = i; j > 0 && sign !== 0 && Math.sign(row(rows, j).close - row(rows, j - 1).close) === sign; j--) n++;
  return sign * n;
}

/** The last row dated before `date` (string comparison of ISO dates). */
export function lastBefore(rows: readonly ShippedRow[], date: string): ShippedRow {
  let found: ShippedRow | undefined;
  for (const r of rows) if (r.date < date) found = r;
  if (found === undefined) throw new Error(`nothing before ${date}`);
  return found;
}

/** The most recent earlier day whose move, same direction, was at least as large as day i's. */
export function biggestDaySince(rows: readonly ShippedRow[], i: number, isYield: boolean): { date: string | null; move: number } {
  const m = move(row(rows, i - 1).close, row(rows, i).close, isYield);
  for (let j = i - 1; j >= 1; j--) {
    const other = move(row(rows, j - 1).close, row(rows, j).close, isYield);
    if ((m > 0 && other >= m) || (m < 0 && other <= m)) return { date: row(rows, j).date, move: other };
  }
  return { date: null, move: m };
}

/** Month-end closes `{month: 'YYYY-MM', close}` in order. */
export function monthEnds(rows: readonly ShippedRow[]): { month: string; close: number }[] {
  const ends: { month: string; close: number }[] = [];
  for (const r of rows) {
    const month = r.date.slice(0, 7);
    const last = ends[ends.length - 1];
    if (last !== undefined && last.month === month) last.close = r.close;
    else ends.push({ month, close: r.close });
  }
  return ends;
}

/** Completed months before `month` ('YYYY-MM') and their percent moves. */
export function monthMovesBefore(rows: readonly ShippedRow[], month: string): { month: string; pct: number }[] {
  const ends = monthEnds(rows);
  const out: { month: string; pct: number }[] = [];
  for (let m = 1; m < ends.length; m++) {
    const end = ends[m];
    const prev = ends[m - 1];
    if (end !== undefined && prev !== undefined && end.month < month) out.push({ month: end.month, pct: pct(prev.close, end.close) });
  }
  return out;
}

/** Independent drawdown state after each row, as DESIGN.md words it. */
export function drawdownStates(rows: readonly ShippedRow[]): string[] {
  return drawdownPath(rows).map((step) => step.state);
}

/** The closing-basis drawdown state of every row and the peak close it is measured from (as drawdownStates). */
export function drawdownPath(rows: readonly ShippedRow[]): { state: string; peak: number }[] {
  const path: { state: string; peak: number }[] = [];
  let state = 'none';
  let peak = row(rows, 0).close;
  let low = Number.NaN;
  for (const r of rows) {
    const close = r.close;
    if (state === 'bear') {
      low = Math.min(low, close);
      if (close >= low * 1.2) {
        state = 'none';
        peak = close;
      }
    } else if (close > peak) {
      peak = close;
      state = 'none';
    } else if (close <= peak * 0.8) {
      state = 'bear';
      low = close;
    } else if (state === 'none' && close <= peak * 0.9) state = 'correction';
    path.push({ state, peak });
  }
  return path;
}

/** Mean and up count of calendar month `month` (1-12) over complete months in [fromYear, toYear]. */
export function monthSeason(rows: readonly ShippedRow[], month: number, fromYear: number, toYear: number): { mean: number; ups: number; n: number } {
  const key = String(month).padStart(2, '0');
  const moves = monthMovesBefore(rows, '9999-99').filter((m) => m.month.endsWith(`-${key}`) && Number(m.month.slice(0, 4)) >= fromYear && Number(m.month.slice(0, 4)) <= toYear);
  const ends = monthEnds(rows);
  const lastMonth = ends[ends.length - 1]?.month ?? '';
  const complete = moves.filter((m) => m.month !== lastMonth);
  const sum = complete.reduce((s, m) => s + m.pct, 0);
  return { mean: sum / complete.length, ups: complete.filter((m) => m.pct > 0).length, n: complete.length };
}

/** The story's number format: thousands separators and two decimals, `2,442.03`. */
export function storyLevel(value: number): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** The story's percent: one decimal, `1.5%` (a whole number without `.0`). */
export function storyPct(value: number): string {
  return `${Math.abs(value).toFixed(1).replace(/\.0$/, '')}%`;
}

/** A week of rows: the index of its last row, its sessions, and its move from the prior week's last close (percent). */
export interface Week {
  readonly last: number;
  readonly sessions: number;
  readonly move: number;
  readonly date: string;
}

/** Monday-to-Sunday week number of an ISO date (week 0 begins Monday, Jan. 5, 1970). */
function weekNumber(iso: string): number {
  return Math.floor((Date.parse(`${iso}T00:00:00Z`) / 86_400_000 - 4) / 7);
}

/** Every week of `rows` after the first, in order. */
export function weeksOf(rows: readonly ShippedRow[]): Week[] {
  const ends: { last: number; sessions: number }[] = [];
  for (let i = 0; i < rows.length; i++) {
    const same = i > 0 && weekNumber(row(rows, i).date) === weekNumber(row(rows, i - 1).date);
    const prev = ends[ends.length - 1];
    if (same && prev !== undefined) ends[ends.length - 1] = { last: i, sessions: prev.sessions + 1 };
    else ends.push({ last: i, sessions: 1 });
  }
  const weeks: Week[] = [];
  for (let k = 1; k < ends.length; k++) {
    const end = ends[k];
    const before = ends[k - 1];
    if (end === undefined || before === undefined) continue;
    weeks.push({ last: end.last, sessions: end.sessions, move: pct(row(rows, before.last).close, row(rows, end.last).close), date: row(rows, end.last).date });
  }
  return weeks;
}

/** The most recent earlier week of `weeks` that moved at least as much as week k the same way; null: none. */
export function weekSince(weeks: readonly Week[], k: number): Week | null {
  const m = weeks[k]?.move ?? 0;
  for (let j = k - 1; j >= 0; j--) {
    const other = weeks[j]?.move ?? 0;
    if ((m > 0 && other >= m) || (m < 0 && other <= m)) return weeks[j] ?? null;
  }
  return null;
}
