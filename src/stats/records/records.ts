/**
 * Records on a closing basis: the list of record closes, counts per year, droughts between
 * records, record lows, the first close above a level, "highest close since".
 */
import type { DayNumber } from '../../core/date.js';
import { yearOfMonthKey } from '../../series/calendar.js';
import { indexOnOrAfter } from '../../series/lookup.js';
import { isoAt, isoAtOrNull, resolveAsOf } from '../as-of.js';
import { valueBack } from '../scans.js';
import type { StatsIndex } from '../stats-index.js';

/** A close on a date. */
export interface DatedClose {
  readonly date: string;
  readonly close: number;
}

/** Every record close (strictly above all earlier closes) in order; the first day is not one. */
export function recordCloses(index: StatsIndex): DatedClose[] {
  const result: DatedClose[] = [];
  for (let i = 1; i < index.days.length; i++) {
    if (index.isRecord[i] === 1) result.push({ date: isoAt(index.days, i), close: index.values[i] ?? Number.NaN });
  }
  return result;
}

/** Every record low (strictly below all earlier closes) in order; the first day is not one. */
export function recordLowCloses(index: StatsIndex): DatedClose[] {
  const result: DatedClose[] = [];
  let low = index.values[0] ?? Number.NaN;
  for (let i = 1; i < index.days.length; i++) {
    const close = index.values[i] ?? Number.NaN;
    if (close < low) {
      low = close;
      result.push({ date: isoAt(index.days, i), close });
    }
  }
  return result;
}

/** Number of record closes in each calendar year of the data (years without one included as 0). */
export function recordCountsByYear(index: StatsIndex): { year: number; count: number }[] {
  const counts: { year: number; count: number }[] = [];
  for (let i = 0; i < index.days.length; i++) {
    const year = yearOfMonthKey(index.monthKey[i] ?? 0);
    const last = counts[counts.length - 1];
    const entry = last && last.year === year ? last : { year, count: 0 };
    if (entry !== last) counts.push(entry);
    if (index.isRecord[i] === 1) entry.count++;
  }
  return counts;
}

/** A stretch without a record close. */
export interface RecordDrought {
  /** The record close that began it. */
  readonly from_date: string;
  /** The next record close, or null when the drought lasts to the end of the data. */
  readonly to_date: string | null;
  /** Trading days from the record to the next one (or to the last observation). */
  readonly trading_days: number;
  /** Calendar days over the same stretch. */
  readonly calendar_days: number;
}

/** Trading days since the last record close as of `date` (0 on a record day). */
export function tradingDaysSinceRecord(index: StatsIndex, date: DayNumber): number {
  const i = resolveAsOf(index.days, date);
  return i - (index.recordIdx[i] ?? 0);
}

/**
 * The longest droughts between record closes (the first close of the data counts as the first
 * peak), longest first, at most `limit`; ties in order of date.
 */
export function longestRecordDroughts(index: StatsIndex, limit = 10): RecordDrought[] {
  const droughts: RecordDrought[] = [];
  let last = 0;
  for (let i = 1; i < index.days.length; i++) {
    if (index.isRecord[i] !== 1) continue;
    droughts.push({ from_date: isoAt(index.days, last), to_date: isoAt(index.days, i), trading_days: i - last, calendar_days: (index.days[i] ?? 0) - (index.days[last] ?? 0) });
    last = i;
  }
  const end = index.days.length - 1;
  droughts.push({ from_date: isoAt(index.days, last), to_date: null, trading_days: end - last, calendar_days: (index.days[end] ?? 0) - (index.days[last] ?? 0) });
  return droughts.sort((a, b) => b.trading_days - a.trading_days || (a.from_date < b.from_date ? -1 : 1)).slice(0, limit);
}

/**
 * The first close strictly above `level` on or after `fromDate` (default: the data start),
 * e.g. "first close above 6,000". Null when none. Without `fromDate`: binary search on the
 * running record, O(log n).
 */
export function firstCloseAbove(index: StatsIndex, level: number, fromDate?: DayNumber): DatedClose | null {
  const { days, values, recordIdx } = index;
  if (fromDate !== undefined) {
    for (let i = indexOnOrAfter(days, fromDate); i < days.length; i++) {
      if ((values[i] ?? Number.NaN) > level) return { date: isoAt(days, i), close: values[i] ?? Number.NaN };
    }
    return null;
  }
  let low = 0;
  let high = days.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((values[recordIdx[mid] ?? 0] ?? Number.NaN) > level) {
      found = mid;
      high = mid - 1;
    } else low = mid + 1;
  }
  return found < 0 ? null : { date: isoAt(days, found), close: values[found] ?? Number.NaN };
}

/**
 * "Highest close since D" as of `date`: the most recent earlier date whose close was at least
 * as high (the close is the highest since the day after it; null: the highest in the data so
 * far). `lowest` likewise for "lowest close since".
 */
export function closeExtremeSince(index: StatsIndex, date: DayNumber): { highest_since: string | null; lowest_since: string | null } {
  const i = resolveAsOf(index.days, date);
  const close = index.values[i] ?? Number.NaN;
  return {
    highest_since: isoAtOrNull(index.days, valueBack(index.values, i, (other) => other >= close)),
    lowest_since: isoAtOrNull(index.days, valueBack(index.values, i, (other) => other <= close)),
  };
}
