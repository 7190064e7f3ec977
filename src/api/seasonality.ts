/** Each calendar month's record over a range of years: the `seasonality --json` table and the month-by-year grid behind it. */
import { ArgumentError } from '../core/errors.js';
import type { DailySeries } from '../core/series.js';
import { buildStatsIndex, completeMonthMoves, seasonalityOfIndex, type MonthMove, type MonthSeasonality, type StatsIndex } from '../stats/index.js';
import { parseBasisArgument, type IndexOf } from './stats.js';

/** Parses a four-digit year argument or throws ArgumentError naming it. */
export function parseYearArgument(text: string | undefined, argument: string): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{4}$/.test(text.trim())) throw new ArgumentError(argument, `"${text}" is not a year (YYYY)`);
  return Number(text);
}

/** Options of {@link computeSeasonality}: first and last year (`YYYY`, inclusive) and the basis (`price`/`total`). */
export interface SeasonalityRequest {
  readonly from?: string;
  readonly to?: string;
  readonly basis?: string;
}

/** The seasonality of a series: its index, every complete month's move in the years asked (percent; bp for yields) and the twelve-month table. */
export interface SeasonalityResult {
  readonly index: StatsIndex;
  readonly moves: readonly MonthMove[];
  /** What `seasonality --json` prints. */
  readonly table: MonthSeasonality[];
}

/**
 * Seasonality over complete months only. Throws ArgumentError for a malformed year or basis,
 * and when no complete month falls in the years asked for.
 */
export function computeSeasonality(series: DailySeries, request: SeasonalityRequest, indexOf: IndexOf = buildStatsIndex): SeasonalityResult {
  const fromYear = parseYearArgument(request.from, '--from');
  const toYear = parseYearArgument(request.to, '--to');
  const range = { ...(fromYear === undefined ? {} : { fromYear }), ...(toYear === undefined ? {} : { toYear }) };
  const index = indexOf(series, parseBasisArgument(request.basis, series));
  const moves = completeMonthMoves(index, range);
  if (moves.length === 0) throw new ArgumentError(fromYear === undefined ? '--to' : '--from', `no complete month of ${index.symbol} in the years asked for`);
  return { index, moves, table: seasonalityOfIndex(index, range) };
}
