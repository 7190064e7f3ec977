/**
 * Plain scans of CSV rows for the week, month, 52-week, seasonal-rank and milestone verdict
 * tests: loops over `{date, close}` rows, independent of the engine's indexes.
 */
import type { ShippedRow } from '../helpers/shipped-series.js';

const dayOf = (iso: string): number => Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000);

/** Rows on or before `date`. */
export const upTo = (rows: readonly ShippedRow[], date: string): ShippedRow[] => rows.filter((row) => row.date <= date);

/** Highest and lowest close of the 364 days ending on `date` (inclusive), and the close. */
export function range52(rows: readonly ShippedRow[], date: string): { close: number; high: number; low: number } {
  const end = dayOf(date);
  const inside = upTo(rows, date).filter((row) => dayOf(row.date) > end - 364);
  const last = inside[inside.length - 1];
  if (last === undefined) throw new Error(`no rows before ${date}`);
  return { close: last.close, high: Math.max(...inside.map((r) => r.close)), low: Math.min(...inside.map((r) => r.close)) };
}

/** Key of a row's period: the Monday of its week, or its `YYYY-MM`. */
function periodKey(iso: string, unit: 'week' | 'month'): string {
  if (unit === 'month') return iso.slice(0, 7);
  const day = dayOf(iso);
  return String(day - ((((day + 3) % 7) + 7) % 7));
}

/** The last close of each period up to `date` (the period of `date` ends at `date`), oldest first. */
export function periodCloses(rows: readonly ShippedRow[], date: string, unit: 'week' | 'month'): ShippedRow[] {
  const result: ShippedRow[] = [];
  let key = '';
  for (const row of upTo(rows, date)) {
    const k = periodKey(row.date, unit);
    if (k === key) result[result.length - 1] = row;
    else result.push(row);
    key = k;
  }
  return result;
}

/** Signed run of periods closing above (below) the one before, ending with the period of `date`. */
export function periodStreak(rows: readonly ShippedRow[], date: string, unit: 'week' | 'month'): number {
  const closes = periodCloses(rows, date, unit).map((row) => row.close);
  const last = closes.length - 1;
  const sign = Math.sign((closes[last] ?? 0) - (closes[last - 1] ?? 0));
  let n = 0;
  for (let k = last; k > 0 && sign !== 0 && Math.sign((closes[k] ?? 0) - (closes[k - 1] ?? 0)) === sign; k--) n++;
  return sign * n;
}

/** The week-to-date move (percent) of `date` and the last date of the most recent completed week moving at least as much the same way (null: none). */
export function weekBiggestSince(rows: readonly ShippedRow[], date: string): { move: number; since: string | null } {
  const weeks = periodCloses(rows, date, 'week');
  const moveAt = (k: number): number => ((weeks[k]?.close ?? 0) / (weeks[k - 1]?.close ?? 1) - 1) * 100;
  const move = moveAt(weeks.length - 1);
  for (let k = weeks.length - 2; k >= 1; k--) {
    const other = moveAt(k);
    if ((move > 0 && other >= move) || (move < 0 && other <= move)) return { move, since: weeks[k]?.date ?? null };
  }
  return { move, since: null };
}

/** Rank (1 = best) and rank from the worst of a calendar month by mean move over complete months before the month of `date`, from `fromYear` on. */
export function seasonalRank(rows: readonly ShippedRow[], date: string, month: number, fromYear = 0): { fromBest: number; fromWorst: number } {
  const monthEnds = periodCloses(rows, date, 'month');
  const sums = new Array<number>(12).fill(0);
  const counts = new Array<number>(12).fill(0);
  for (let k = 1; k < monthEnds.length - 1; k++) {
    const row = monthEnds[k];
    if (row === undefined || Number(row.date.slice(0, 4)) < fromYear) continue;
    const m = Number(row.date.slice(5, 7)) - 1;
    sums[m] = (sums[m] ?? 0) + (row.close / (monthEnds[k - 1]?.close ?? 1) - 1) * 100;
    counts[m] = (counts[m] ?? 0) + 1;
  }
  const means = sums.map((sum, m) => sum / (counts[m] ?? 1));
  const mine = means[month - 1] ?? 0;
  return { fromBest: means.filter((m) => m > mine).length + 1, fromWorst: means.filter((m) => m < mine).length + 1 };
}

/** The first row whose close is strictly above `level`, or null. */
export const firstAbove = (rows: readonly ShippedRow[], level: number): ShippedRow | null => rows.find((row) => row.close > level) ?? null;
