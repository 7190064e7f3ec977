/**
 * What the web app's pages show of one instrument, computed by the engine rather than in the
 * browser: the chart (closes, record closes, the 52-week band, correction and bear-market
 * spans) and the instrument page (stats of a date, monthly moves by year, seasonality, records
 * by year, drawdown episodes, biggest days).
 */
import { addDays, type DayNumber } from '../core/date.js';
import type { DailySeries } from '../core/series.js';
import {
  completeMonthMoves,
  DAYS_IN_52_WEEKS,
  drawdownEpisodes,
  isoAt,
  rangeOverDays,
  recordCountsByYear,
  resolveAsOf,
  seasonalityOfIndex,
  type DrawdownEpisode,
  type MonthMove,
  type MonthSeasonality,
  type StatsIndex,
} from '../stats/index.js';
import { parseDayRange } from './series.js';
import { computeStats, parseDateArgument, type IndexOf, type StatsOutput } from './stats.js';

/** One chart point: the close (in the series' unit) and the 52-week high and low ending that day. */
export interface ChartPoint {
  readonly date: string;
  readonly close: number;
  readonly high_52w: number;
  readonly low_52w: number;
  /** A record close (strictly above every earlier close; never for a yield). */
  readonly is_record: boolean;
}

/** The chart of one instrument over a range. */
export interface InstrumentChart {
  readonly symbol: string;
  readonly name: string;
  readonly unit: string;
  readonly basis: string;
  readonly points: readonly ChartPoint[];
  /** Corrections and bear markets that overlap the range (none for a yield or a volatility index). */
  readonly drawdowns: readonly DrawdownEpisode[];
}

/** The range of a chart: `from`/`to` (`YYYY-MM-DD`); default the year up to the last date. */
export interface ChartRequest {
  readonly from?: string;
  readonly to?: string;
}

/** The chart of an index over a range. Throws ArgumentError('--from'/'--to') for a malformed or reversed range. */
export function instrumentChart(index: StatsIndex, request: ChartRequest): InstrumentChart {
  const range = parseDayRange(request.from, request.to);
  const days = index.days;
  const last = (days[days.length - 1] ?? 0) as DayNumber;
  const to = range.to ?? last;
  const from = range.from ?? addDays(to, -DAYS_IN_52_WEEKS);
  const points: ChartPoint[] = [];
  for (let i = 0; i < days.length; i++) {
    const day = days[i] ?? 0;
    if (day < from || day > to) continue;
    const band = rangeOverDays(days, index.values, i, DAYS_IN_52_WEEKS);
    points.push({ date: isoAt(days, i), close: index.values[i] ?? Number.NaN, high_52w: band.high, low_52w: band.low, is_record: !index.isYield && index.isRecord[i] === 1 });
  }
  const fromIso = points[0]?.date ?? '';
  const toIso = points[points.length - 1]?.date ?? '';
  const { instrument } = index.series;
  const drawdowns = hasDrawdowns(index) ? drawdownEpisodes(index).filter((e) => e.start_date <= toIso && (e.end_date === null || e.end_date >= fromIso)) : [];
  return { symbol: index.symbol, name: instrument.name, unit: instrument.unit, basis: index.basis, points, drawdowns };
}

/** Corrections and bear markets are declines of prices: a yield is a level, and a volatility index falling 20% is calm, not a bear market. */
function hasDrawdowns(index: StatsIndex): boolean {
  return !index.isYield && index.series.instrument.kind !== 'volatility';
}

/** One day's move in the biggest-days lists: percent (bp for yields), from the prior close. */
export interface DayMove {
  readonly date: string;
  readonly move: number;
  readonly close: number;
}

/** The instrument page of one date. */
export interface InstrumentProfile {
  readonly stats: StatsOutput;
  /** Every complete month's move through the date (percent; bp for yields), oldest first. */
  readonly months: readonly MonthMove[];
  /** The `seasonality --json` table over all complete months through the date. */
  readonly seasonality: readonly MonthSeasonality[];
  /** Record closes per calendar year through the date (none for a yield). */
  readonly records_by_year: readonly { year: number; count: number }[];
  /** Corrections and bear markets that began on or before the date (none for a yield or a volatility index). */
  readonly drawdowns: readonly DrawdownEpisode[];
  /** The ten largest one-day gains and declines through the date, largest first. */
  readonly biggest_days: { readonly gains: readonly DayMove[]; readonly declines: readonly DayMove[] };
}

/** How many days each biggest-days list holds. */
export const BIGGEST_DAYS_LISTED = 10;

/** The instrument page. Throws as {@link computeStats} does for a bad or out-of-range date. */
export function instrumentProfile(series: DailySeries, date: string | undefined, indexOf: IndexOf): InstrumentProfile {
  const stats = computeStats(series, date === undefined ? {} : { date }, indexOf);
  const index = indexOf(series, undefined);
  const end = resolveAsOf(index.days, parseDateArgument(stats.date, '--date'));
  const asOf = index.days[end] as DayNumber;
  const months = completeMonthMoves(index, { asOf });
  const seasonality = seasonalityOfIndex(index, { asOf });
  const recordsByYear = index.isYield ? [] : recordCountsByYear(index).filter((r) => r.year <= Number(stats.date.slice(0, 4)));
  const drawdowns = hasDrawdowns(index) ? drawdownEpisodes(index).filter((e) => e.start_date <= stats.date) : [];
  return { stats, months, seasonality, records_by_year: recordsByYear, drawdowns, biggest_days: biggestDays(index, end) };
}

/** The largest one-day gains and declines of observations 1..end, by the headline move. */
function biggestDays(index: StatsIndex, end: number): InstrumentProfile['biggest_days'] {
  const order: number[] = [];
  for (let i = 1; i <= end; i++) if (Number.isFinite(index.moves[i] ?? Number.NaN)) order.push(i);
  order.sort((a, b) => (index.moves[b] ?? 0) - (index.moves[a] ?? 0));
  const dayMove = (i: number): DayMove => ({ date: isoAt(index.days, i), move: index.moves[i] ?? Number.NaN, close: index.values[i] ?? Number.NaN });
  const gains = order.slice(0, BIGGEST_DAYS_LISTED).filter((i) => (index.moves[i] ?? 0) > 0).map(dayMove);
  const declines = order.slice(-BIGGEST_DAYS_LISTED).reverse().filter((i) => (index.moves[i] ?? 0) < 0).map(dayMove);
  return { gains, declines };
}
