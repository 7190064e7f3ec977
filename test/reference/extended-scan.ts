/**
 * Plain scans of shipped CSV rows for the reference tests of points, records, highs and lows,
 * windows, periods, seasonality, moving averages, funds and drawdown episodes: loops over
 * `{date, close}` rows with string dates, written without the engine's code.
 */
import { parseIsoDay, type DayNumber } from '../../src/core/date.js';
import type { ShippedRow } from '../helpers/shipped-series.js';

/** Parses an ISO date or throws. */
export function day(text: string): DayNumber {
  const parsed = parseIsoDay(text);
  if (parsed === null) throw new Error(text);
  return parsed;
}

/** Every day's change in points, from the second row. */
export function pointMoves(rows: readonly ShippedRow[]): { date: string; points: number }[] {
  return rows.slice(1).map((row, k) => ({ date: row.date, points: row.close - (rows[k]?.close ?? Number.NaN) }));
}

/** Rows up to and including `date`. */
export function rowsTo(rows: readonly ShippedRow[], date: string): ShippedRow[] {
  return rows.filter((row) => row.date <= date);
}

/** Dates of the record closes (strictly above every earlier close), the first row excluded. */
export function recordDates(rows: readonly ShippedRow[]): string[] {
  const dates: string[] = [];
  let best = rows[0]?.close ?? Number.NaN;
  for (const row of rows.slice(1)) {
    if (row.close > best) {
      best = row.close;
      dates.push(row.date);
    }
  }
  return dates;
}

/** Whole days between two ISO dates. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Last row of each period named by `keyOf` (a month `YYYY-MM`, a half `YYYY-H1`, a year `YYYY`), in order. */
export function periodEnds(rows: readonly ShippedRow[], keyOf: (date: string) => string): { key: string; close: number; date: string }[] {
  const ends: { key: string; close: number; date: string }[] = [];
  for (const row of rows) {
    const key = keyOf(row.date);
    const last = ends[ends.length - 1];
    if (last && last.key === key) {
      last.close = row.close;
      last.date = row.date;
    } else ends.push({ key, close: row.close, date: row.date });
  }
  return ends;
}

/** The half-year key of an ISO date: `2013-H1` for January-June. */
export function halfKey(date: string): string {
  return `${date.slice(0, 4)}-H${Number(date.slice(5, 7)) <= 6 ? 1 : 2}`;
}

/** Percent change. */
export function pctChange(from: number, to: number): number {
  return (to / from - 1) * 100;
}

/** Mean of the `window` closes ending at row i, or NaN. */
export function meanOfLast(rows: readonly ShippedRow[], i: number, window: number): number {
  if (i - window + 1 < 0) return Number.NaN;
  let sum = 0;
  for (let j = i - window + 1; j <= i; j++) sum += rows[j]?.close ?? Number.NaN;
  return sum / window;
}
