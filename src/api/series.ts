/** A stored series between two dates: the `series --json` object. */
import { formatIsoDay, type DayNumber } from '../core/date.js';
import { ArgumentError, InputError } from '../core/errors.js';
import type { DailySeries } from '../core/series.js';
import { parseDateArgument } from './stats.js';

/** The rows of a series between two days (inclusive) in the chosen basis. */
export interface SeriesSlice {
  readonly basis: 'price' | 'total';
  readonly days: Int32Array;
  readonly values: Float64Array;
}

/** A `YYYY-MM-DD` argument as a day, or null when absent; ArgumentError naming it when malformed. */
export function parseOptionalDay(text: string | undefined, argument: string): DayNumber | null {
  return text === undefined ? null : parseDateArgument(text, argument);
}

/** A date range from `--from`/`--to` texts (each optional); ArgumentError when malformed or reversed. */
export function parseDayRange(from: string | undefined, to: string | undefined): { from: DayNumber | null; to: DayNumber | null } {
  const first = parseOptionalDay(from, '--from');
  const last = parseOptionalDay(to, '--to');
  if (first !== null && last !== null && first > last) throw new ArgumentError('--from', `${from ?? ''} is after --to ${to ?? ''}`);
  return { from: first, to: last };
}

/**
 * The slice of `series` from `from` to `to` (inclusive; null = open end) of unadjusted
 * closes, or adjusted ones when `adjusted`. Throws InputError when the series lacks that
 * kind of close, naming the flag that would work.
 */
export function sliceSeries(series: DailySeries, from: DayNumber | null, to: DayNumber | null, adjusted: boolean): SeriesSlice {
  const symbol = series.instrument.symbol;
  const values = adjusted ? series.adjClose : series.close;
  if (values === null) {
    throw new InputError(
      adjusted
        ? `--adjusted: ${symbol} has no adjusted closes in the store; drop --adjusted for its closes`
        : `${symbol}: the store holds only adjusted closes (total return) for it; add --adjusted to see them`,
    );
  }
  const { days } = series;
  let start = 0;
  while (start < days.length && from !== null && (days[start] ?? 0) < from) start += 1;
  let end = days.length;
  while (end > start && to !== null && (days[end - 1] ?? 0) > to) end -= 1;
  return { basis: adjusted ? 'total' : 'price', days: days.subarray(start, end), values: values.subarray(start, end) };
}

/** One observation of {@link SeriesJson}: the date and `close` (price) or `adj_close` (total return). */
export type SeriesObservation = { readonly date: string } & { readonly [column: string]: string | number | null };

/** What `series --json` prints. Values as stored: index points, fund prices in dollars, yields in percent. */
export interface SeriesJson {
  readonly symbol: string;
  readonly name: string;
  readonly unit: string;
  readonly basis: 'price' | 'total';
  readonly count: number;
  readonly observations: readonly SeriesObservation[];
}

/** The `series --json` object of a slice. */
export function seriesJson(series: DailySeries, slice: SeriesSlice): SeriesJson {
  const column = slice.basis === 'price' ? 'close' : 'adj_close';
  const dates = Array.from(slice.days, (day) => formatIsoDay(day as DayNumber));
  return {
    symbol: series.instrument.symbol,
    name: series.instrument.name,
    unit: series.instrument.unit,
    basis: slice.basis,
    count: dates.length,
    observations: dates.map((date, i) => ({ date, [column]: slice.values[i] ?? null })),
  };
}
