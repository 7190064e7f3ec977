/**
 * Plain scans of the shipped CSV rows for the almanac tests: calendar month and half-year
 * moves (last close of the period over the last close before it), how they rank against
 * earlier ones, and a month's average over a span of years. Loops over `{date, close}` rows,
 * independently of the engine.
 */
import type { ShippedRow } from '../helpers/shipped-series.js';

/** One calendar period's move: its key (`2020-11`, `2013-H1`), year, number and percent move. */
export interface ScannedMove {
  readonly key: string;
  readonly year: number;
  readonly number: number;
  readonly move: number;
}

/** Moves of every month (`months` = 1) or half (6) with a close before it, up to and including `asOf` (ISO), oldest first. */
export function scanMoves(rows: readonly ShippedRow[], months: 1 | 6, asOf: string): ScannedMove[] {
  const keyOf = (date: string): string => {
    const year = date.slice(0, 4);
    const month = Number(date.slice(5, 7));
    return months === 1 ? date.slice(0, 7) : `${year}-H${month <= 6 ? 1 : 2}`;
  };
  const result: ScannedMove[] = [];
  let base: number | null = null;
  let currentKey = '';
  let last = Number.NaN;
  const push = (): void => {
    if (base !== null && currentKey !== '') result.push({ key: currentKey, year: Number(currentKey.slice(0, 4)), number: Number(currentKey.slice(months === 1 ? 5 : 6)), move: (last / base - 1) * 100 });
  };
  let previousClose: number | null = null;
  for (const row of rows) {
    if (row.date > asOf) break;
    const key = keyOf(row.date);
    if (key !== currentKey) {
      push();
      base = previousClose;
      currentKey = key;
    }
    last = row.close;
    previousClose = row.close;
  }
  push();
  return result;
}

/** The latest earlier move at least as large in the same direction as the last one (same number when `same`); null when none. */
export function sinceOf(moves: readonly ScannedMove[], same: boolean): ScannedMove | null {
  const mine = moves[moves.length - 1];
  if (mine === undefined) return null;
  for (let k = moves.length - 2; k >= 0; k--) {
    const other = moves[k];
    if (other === undefined || (same && other.number !== mine.number)) continue;
    if ((mine.move > 0 && other.move >= mine.move) || (mine.move < 0 && other.move <= mine.move)) return other;
  }
  return null;
}

/** Mean move of calendar month `month` over complete months of [fromYear, toYear] whose year passes `keep`. */
export function monthMean(rows: readonly ShippedRow[], month: number, fromYear: number, toYear: number, keep: (year: number) => boolean = () => true): number {
  const last = rows[rows.length - 1]?.date ?? '';
  const moves = scanMoves(rows, 1, last).filter((m) => m.number === month && m.year >= fromYear && m.year <= toYear && keep(m.year) && m.key < last.slice(0, 7));
  return moves.reduce((sum, m) => sum + m.move, 0) / moves.length;
}
