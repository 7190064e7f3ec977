import { parseIsoDay, type DayNumber } from './date.js';
import type { Instrument } from './instrument.js';

/**
 * One instrument's daily closes as typed arrays: the input of the statistics engine.
 *
 * `days` ascends strictly. `close` holds unadjusted closes (price return); `adjClose`
 * dividend-adjusted closes (total return). Either may be null when the data have only the
 * other (an adjusted-only file has `close === null`); at least one is present, and a present
 * array has the length of `days`. For a yield the values are in percent (4.27 = 4.27%).
 */
export interface DailySeries {
  readonly instrument: Instrument;
  readonly days: Int32Array;
  readonly close: Float64Array | null;
  readonly adjClose: Float64Array | null;
}

/** The day at index i, typed. Caller guarantees 0 <= i < days.length. */
export function dayAt(days: Int32Array, index: number): DayNumber {
  return (days[index] ?? Number.NaN) as DayNumber;
}

/** The value at index i. Caller guarantees 0 <= i < values.length. */
export function valueAt(values: Float64Array, index: number): number {
  return values[index] ?? Number.NaN;
}

/**
 * True when the series holds the instrument's whole history: its first observation is on or
 * before the day the instrument began (Instrument.historyBegins). Then "the largest in the
 * data" is "the largest ever", and a claim of "ever" or "since N years ago" past that day is
 * judged on the data rather than left before-data.
 */
export function holdsWholeHistory(series: DailySeries): boolean {
  const begins = series.instrument.historyBegins === undefined ? null : parseIsoDay(series.instrument.historyBegins);
  return begins !== null && (series.days[0] ?? Number.POSITIVE_INFINITY) <= begins;
}
