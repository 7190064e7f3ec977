/**
 * Plain, independent scans of shipped CSV rows for reference tests: loops over
 * `{date, close}` rows with string dates, written without the engine's code.
 */
import type { ShippedRow } from '../helpers/shipped-series.js';

/** Position of the row dated `date`; throws when absent. */
export function rowIndex(rows: readonly ShippedRow[], date: string): number {
  const i = rows.findIndex((row) => row.date === date);
  if (i < 0) throw new Error(`no row ${date}`);
  return i;
}

/** Row at position i; throws when out of range. */
export function rowAt(rows: readonly ShippedRow[], i: number): ShippedRow {
  const row = rows[i];
  if (!row) throw new Error(`no row ${i}`);
  return row;
}

/** The last row dated strictly before `date`. */
export function lastRowBefore(rows: readonly ShippedRow[], date: string): ShippedRow | undefined {
  let found: ShippedRow | undefined;
  for (const row of rows) if (row.date < date) found = row;
  return found;
}

/** Percent change. */
export function pct(from: number, to: number): number {
  return (to / from - 1) * 100;
}

/** Signed run of consecutive up (+) or down (-) closes ending at i. */
export function runEndingAt(rows: readonly ShippedRow[], i: number): number {
  const sign = Math.sign(rowAt(rows, i).close - rowAt(rows, i - 1).close);
  if (sign === 0) return 0;
  let count = 0;
  for (let j = i; j > 0 && Math.sign(rowAt(rows, j).close - rowAt(rows, j - 1).close) === sign; j--) count++;
  return sign * count;
}

/** Highest close among rows[0..end) (exclusive), first occurrence. */
export function highestBefore(rows: readonly ShippedRow[], end: number): ShippedRow {
  let best = rowAt(rows, 0);
  for (let j = 1; j < end; j++) if (rowAt(rows, j).close > best.close) best = rowAt(rows, j);
  return best;
}

/** Record closes (strictly above all earlier) in `year` up to and including row `end`. */
export function recordsInYearUpTo(rows: readonly ShippedRow[], end: number, year: string): number {
  let best = rowAt(rows, 0).close;
  let count = 0;
  for (let j = 1; j <= end; j++) {
    const row = rowAt(rows, j);
    if (row.close > best) {
      best = row.close;
      if (row.date.startsWith(year)) count++;
    }
  }
  return count;
}

/** Month-end rows keyed `YYYY-MM`, in order. */
export function monthEnds(rows: readonly ShippedRow[]): { month: string; close: number }[] {
  const ends: { month: string; close: number }[] = [];
  for (const row of rows) {
    const month = row.date.slice(0, 7);
    const last = ends[ends.length - 1];
    if (last && last.month === month) last.close = row.close;
    else ends.push({ month, close: row.close });
  }
  return ends;
}

/** Completed calendar-month percent returns (month end over prior month end), skipping the first month. */
export function monthReturns(rows: readonly ShippedRow[], lastMonthExclusive: string): { month: string; pct: number }[] {
  const ends = monthEnds(rows);
  const result: { month: string; pct: number }[] = [];
  for (let m = 1; m < ends.length; m++) {
    const end = ends[m];
    const prev = ends[m - 1];
    if (end && prev && end.month < lastMonthExclusive) result.push({ month: end.month, pct: pct(prev.close, end.close) });
  }
  return result;
}

/** Independent drawdown state machine over rows up to `end`, as DESIGN.md words it. */
export function drawdownStateAt(rows: readonly ShippedRow[], end: number): { state: string; peak: number; since: string | null } {
  let state = 'none';
  let peak = rowAt(rows, 0).close;
  let low = Number.NaN;
  let since: string | null = null;
  for (let j = 1; j <= end; j++) {
    const { close, date } = rowAt(rows, j);
    if (state === 'bear') {
      low = Math.min(low, close);
      if (close >= low * 1.2) {
        state = 'none';
        peak = close;
        since = date;
      }
      continue;
    }
    if (close > peak) {
      peak = close;
      if (state === 'correction') {
        state = 'none';
        since = date;
      }
    } else if (close <= peak * 0.8) {
      state = 'bear';
      low = close;
      since = date;
    } else if (state === 'none' && close <= peak * 0.9) {
      state = 'correction';
      since = date;
    }
  }
  return { state, peak, since };
}
