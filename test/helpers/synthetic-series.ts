/** Test helper: hand-built and random daily series. */
import { isWeekend, parseIsoDay, type DayNumber } from '../../src/core/date.js';
import type { InstrumentKind } from '../../src/core/instrument.js';
import type { DailySeries } from '../../src/core/series.js';
import { findBuiltinInstrument } from '../../src/data/instruments.js';

/** Parses an ISO date or throws. */
export function isoDay(text: string): DayNumber {
  const day = parseIsoDay(text);
  if (day === null) throw new Error(`bad date ${text}`);
  return day;
}

/** `count` consecutive weekdays starting on or after `start`. */
export function weekdays(start: string, count: number): Int32Array {
  const days = new Int32Array(count);
  let day = isoDay(start) as number;
  for (let i = 0; i < count; i++) {
    while (isWeekend(day as DayNumber)) day++;
    days[i] = day;
    day++;
  }
  return days;
}

/** Options of {@link makeSeries}. */
export interface SeriesOptions {
  /** First date (weekdays from there) unless `dates` is given; default 2020-01-01. */
  readonly start?: string;
  readonly dates?: readonly string[];
  /** `yield` uses US10Y, otherwise SPX. */
  readonly kind?: InstrumentKind;
  /** Store the closes as adjusted closes only (close = null). */
  readonly adjustedOnly?: boolean;
}

/** A series of the given closes on weekdays (or the given dates). */
export function makeSeries(closes: readonly number[], options: SeriesOptions = {}): DailySeries {
  const instrument = findBuiltinInstrument(options.kind === 'yield' ? 'US10Y' : 'SPX');
  if (!instrument) throw new Error('registry');
  const days = options.dates ? Int32Array.from(options.dates, isoDay) : weekdays(options.start ?? '2020-01-01', closes.length);
  const values = Float64Array.from(closes);
  return { instrument, days, close: options.adjustedOnly ? null : values, adjClose: options.adjustedOnly ? values : null };
}

/** A seeded pseudo-random generator (mulberry32) returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
