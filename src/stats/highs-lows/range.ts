/** The range of closes over a trailing calendar window: the 52-week high and low. */

/** Calendar days in the 52-week window (the date and the 363 days before it). */
export const DAYS_IN_52_WEEKS = 364;

/** Highest and lowest close of a window, with the indexes of their latest occurrences. */
export interface WindowRange {
  readonly high: number;
  readonly highIdx: number;
  readonly low: number;
  readonly lowIdx: number;
}

/**
 * Highest and lowest value over observations whose day is within `calendarDays` days ending
 * on observation `end` (day > days[end] - calendarDays), inclusive of `end`. O(window).
 */
export function rangeOverDays(days: Int32Array, values: Float64Array, end: number, calendarDays: number): WindowRange {
  const firstDay = (days[end] ?? 0) - calendarDays;
  let high = Number.NEGATIVE_INFINITY;
  let low = Number.POSITIVE_INFINITY;
  let highIdx = end;
  let lowIdx = end;
  for (let j = end; j >= 0 && (days[j] ?? 0) > firstDay; j--) {
    const value = values[j] ?? Number.NaN;
    if (value > high) {
      high = value;
      highIdx = j;
    }
    if (value < low) {
      low = value;
      lowIdx = j;
    }
  }
  return { high, highIdx, low, lowIdx };
}
