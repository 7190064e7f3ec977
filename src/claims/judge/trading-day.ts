/**
 * A claim about a day with no trading: "The S&P 500 rose 0.4% on Thursday, Nov. 28, 2024"
 * (Thanksgiving) or on a Saturday. The day's close, move, streak or record cannot be that of
 * a day the market was closed, so such a claim is unverifiable and the note names the latest
 * close before it, never judged silently against the day before.
 */
import { civilFromDay, isWeekend, type DayNumber } from '../../core/date.js';
import type { DailySeries } from '../../core/series.js';
import { formatApDate } from '../../narrative/ap-style.js';
import { calendarOfKind } from '../../calendar/index.js';
import { unverifiable } from './support.js';
import type { Claim, Unverifiable } from '../types.js';

/** Metrics that are about one trading day's close. */
const DAY_METRICS: ReadonlySet<string> = new Set(['close', 'change_1d', 'change_1d_pct', 'change_1d_bp', 'streak_days', 'is_record', 'biggest_1d_since', 'biggest_1d_points_since', 'direction_1d']);

/** Index of the last day on or before `day` in sorted `days`, or -1. */
function lastAtOrBefore(days: Int32Array, day: number): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((days[mid] ?? 0) <= day) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/**
 * True when `day` had no trading in `series`: a Saturday or Sunday, or a weekday missing from
 * the data while later days are present (a holiday such as Thanksgiving). A weekday after the
 * last day of the data is not known to be closed (the data may not be loaded yet): false.
 */
export function isClosedDay(series: DailySeries, day: DayNumber): boolean {
  if (isWeekend(day)) return true;
  const k = lastAtOrBefore(series.days, day);
  if (k >= 0 && series.days[k] === day) return false;
  const last = series.days[series.days.length - 1];
  if (last !== undefined && day < last) return true;
  // After the data end, the exchange calendar still knows its holidays.
  const calendar = calendarOfKind(series.instrument.kind);
  return calendar !== null && calendar.covers(day) && !calendar.isSession(day);
}

/** The exchange holiday on `day` for the instrument's market ("Thanksgiving Day"), or null. */
function holidayName(series: DailySeries, day: DayNumber): string | null {
  const calendar = calendarOfKind(series.instrument.kind);
  return calendar === null || !calendar.covers(day) ? null : (calendar.holidayOn(day)?.name ?? null);
}

/**
 * The unverifiable verdict of a one-day claim on a day with no trading, or null when the
 * claim is of another kind, the day traded, or the sentence asks "as of" the day (a level
 * as of a weekend is the last close before it, said in the note by the judge).
 * Note: "no trading on Nov. 28, 2024 (the market was closed); the latest close before it is Nov. 27".
 */
export function closedDayVerdict(claim: Claim, series: DailySeries): Unverifiable | null {
  if (!DAY_METRICS.has(claim.metric) || !isClosedDay(series, claim.day)) return null;
  if (claim.metric === 'close' && /\bas of\b/i.test(claim.sentence)) return null;
  const k = lastAtOrBefore(series.days, claim.day);
  const previous = series.days[k];
  const year = civilFromDay(claim.day).year;
  const latest = previous === undefined ? '; the data hold no close before it' : `; the latest close before it is ${formatApDate(previous as DayNumber, year)}`;
  const holiday = holidayName(series, claim.day);
  const why = holiday === null ? 'the market was closed' : `the market was closed for ${holiday}`;
  return unverifiable('market-closed', `no trading on ${formatApDate(claim.day)} (${why})${latest}`);
}
