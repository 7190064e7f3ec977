/**
 * Seasonality by calendar month: for each month 1-12, the moves of that month over a range
 * of years, complete months only (a month counts once the data show a later month).
 */
import type { DayNumber } from '../../core/date.js';
import { ArgumentError, InputError } from '../../core/errors.js';
import { isYield } from '../../core/instrument.js';
import type { DailySeries } from '../../core/series.js';
import { monthOfMonthKey, yearOfMonthKey } from '../../series/calendar.js';
import { closesOf, defaultBasis } from '../../series/closes.js';
import { resolveAsOf } from '../as-of.js';
import type { MonthSeasonality, ReturnBasis, SeasonalExtreme } from '../contract.js';
import { comparableMove } from '../precision.js';
import { monthOrdinalOf, monthTableOf, type MonthTable } from '../months/month-table.js';
import type { StatsIndex } from '../stats-index.js';

/** Options of {@link seasonality}. */
export interface SeasonalityOptions {
  /** First and last calendar year included (inclusive); default: all the data. */
  readonly fromYear?: number;
  readonly toYear?: number;
  /** Closes used; default as in buildStatsIndex. */
  readonly basis?: ReturnBasis;
  /** Count only months complete as of this date (those before its month); default: all the data. */
  readonly asOf?: DayNumber;
}

/**
 * Twelve entries, January first. A month's move is its last close over the last close before
 * it (percent in `mean_pct`/`median_pct`/`best.pct`; basis points in the `*_bp` fields for
 * yields, whose percent fields are null). Values are reported unrounded (bp on the 1e-6 grid);
 * comparisons (up, best, worst, rank) use the precision grid. Only complete months count: the first month of the
 * data (no base) and the month the data end in never do. `n` is the number of such months in
 * [fromYear, toYear]; mean and median are of their moves; `up_ratio` is the share that rose
 * (a zero move is not up); `rank` orders the months by mean, 1 = best, ties share the better
 * rank; `best` and `worst` are the years with the largest and smallest move (the earliest
 * year on a tie). Months with n = 0 have null statistics and rank. Throws ArgumentError('--from')
 * when fromYear is after toYear. Index-free: reads only the month-end closes table
 * ({@link monthTableOf}), O(n). Throws InputError when the series has no observation or lacks
 * the closes of the basis, and ArgumentError('--date') when `asOf` is before the data begin.
 */
export function seasonality(series: DailySeries, options: SeasonalityOptions = {}): MonthSeasonality[] {
  return seasonalityOfMonths(series.days, seriesMonthTable(series, options.basis), options);
}

/**
 * The month-end closes table of a series on `basis` (default as in buildStatsIndex), without
 * the index. Throws InputError as buildStatsIndex does (no observation, closes missing).
 */
export function seriesMonthTable(series: DailySeries, basis: ReturnBasis = defaultBasis(series)): MonthTable {
  const values = closesOf(series, basis);
  if (series.days.length === 0) throw new InputError(`${series.instrument.symbol}: the series has no observation`);
  return monthTableOf(series.days, values, isYield(series.instrument));
}

/** One complete calendar month's move (percent; bp for yields). */
export interface MonthMove {
  readonly year: number;
  /** 1-12. */
  readonly month: number;
  /** As reported: unrounded percent, bp on the 1e-6 grid for yields. */
  readonly move: number;
  /** The same move on the precision grid, for comparisons (ties). */
  readonly comparable: number;
}

/**
 * Every complete month's move in [fromYear, toYear] (complete as of `asOf` when given), oldest
 * first. Throws ArgumentError('--from') when fromYear is after toYear.
 */
export function completeMonthMoves(index: StatsIndex, options: Omit<SeasonalityOptions, 'basis'> = {}): MonthMove[] {
  return completeMonthMovesOf(index.days, index.months, options);
}

/**
 * {@link completeMonthMoves} from the month table of closes on `days` (the index's `months`,
 * or {@link monthTableOf} without an index). Throws ArgumentError('--from') when fromYear is
 * after toYear, ArgumentError('--date') when `asOf` is before the data begin.
 */
export function completeMonthMovesOf(days: Int32Array, table: MonthTable, options: Omit<SeasonalityOptions, 'basis'> = {}): MonthMove[] {
  const fromYear = options.fromYear ?? Number.NEGATIVE_INFINITY;
  const toYear = options.toYear ?? Number.POSITIVE_INFINITY;
  if (fromYear > toYear) throw new ArgumentError('--from', `${fromYear} is after --to ${toYear}`);
  const { keys, moves, reportedMoves } = table;
  const lastComplete = options.asOf === undefined ? keys.length - 2 : monthOrdinalOf(table, resolveAsOf(days, options.asOf)) - 1;
  const result: MonthMove[] = [];
  for (let m = 0; m <= lastComplete; m++) {
    const move = moves[m] ?? Number.NaN;
    const key = keys[m] ?? 0;
    const year = yearOfMonthKey(key);
    if (!Number.isNaN(move) && year >= fromYear && year <= toYear) result.push({ year, month: monthOfMonthKey(key), move: reportedMoves[m] ?? Number.NaN, comparable: move });
  }
  return result;
}

/** {@link seasonality} from an already built index (its `months` table). */
export function seasonalityOfIndex(index: StatsIndex, options: Omit<SeasonalityOptions, 'basis'> = {}): MonthSeasonality[] {
  return seasonalityOfMonths(index.days, index.months, options);
}

/**
 * {@link seasonality} from the month table of closes on `days`: the one implementation behind
 * `seasonality` (index-free) and `seasonalityOfIndex`. Throws as {@link completeMonthMovesOf}.
 */
export function seasonalityOfMonths(days: Int32Array, table: MonthTable, options: Omit<SeasonalityOptions, 'basis'> = {}): MonthSeasonality[] {
  const byMonth: MonthMove[][] = Array.from({ length: 12 }, () => []);
  for (const entry of completeMonthMovesOf(days, table, options)) byMonth[entry.month - 1]?.push(entry);
  const summaries = byMonth.map((entries, m) => summarize(m + 1, entries, table.isYield));
  const means = summaries.map((summary) => summary.mean);
  return summaries.map(({ row, mean }) => {
    if (mean === null) return row;
    const better = means.filter((other) => other !== null && other > mean).length;
    return { ...row, rank: better + 1 };
  });
}

/** One month's row (rank still null) and its mean on the comparison grid, for ranking. */
function summarize(month: number, entries: readonly MonthMove[], isYield: boolean): { row: MonthSeasonality; mean: number | null } {
  const n = entries.length;
  if (n === 0) {
    const row = { month, mean_pct: null, median_pct: null, mean_bp: null, median_bp: null, up_ratio: null, n: 0, rank: null, best: null, worst: null, first_year: null, last_year: null };
    return { row, mean: null };
  }
  let sum = 0;
  let up = 0;
  let best = entries[0] ?? { year: 0, month, move: 0, comparable: 0 };
  let worst = best;
  for (const entry of entries) {
    sum += entry.move;
    if (entry.comparable > 0) up++;
    if (entry.comparable > best.comparable) best = entry;
    if (entry.comparable < worst.comparable) worst = entry;
  }
  const sorted = entries.map((entry) => entry.move).sort((a, b) => a - b);
  const middle = n >> 1;
  const median = n % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  const mean = sum / n;
  const extreme = (entry: MonthMove): SeasonalExtreme => ({ year: entry.year, pct: isYield ? null : entry.move, bp: isYield ? entry.move : null });
  const row: MonthSeasonality = {
    month,
    mean_pct: isYield ? null : mean,
    median_pct: isYield ? null : median,
    mean_bp: isYield ? mean : null,
    median_bp: isYield ? median : null,
    up_ratio: up / n,
    n,
    rank: null,
    best: extreme(best),
    worst: extreme(worst),
    first_year: entries[0]?.year ?? null,
    last_year: entries[n - 1]?.year ?? null,
  };
  return { row, mean: comparableMove(isYield, mean) };
}
