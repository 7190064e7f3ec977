/** Finding dates in a strictly ascending array of day numbers. */
import type { DayNumber } from '../core/date.js';

/**
 * Index of the last observation on or before `day` ("as of" the day), or -1 when every
 * observation is later (the date is before the data begin). Binary search, O(log n).
 */
export function indexOnOrBefore(days: Int32Array, day: DayNumber | number): number {
  let low = 0;
  let high = days.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((days[mid] ?? 0) <= day) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** Index of the last observation strictly before `day`, or -1 when there is none. */
export function indexBefore(days: Int32Array, day: DayNumber | number): number {
  return indexOnOrBefore(days, day - 1);
}

/** Index of the first observation on or after `day`, or `days.length` when there is none. */
export function indexOnOrAfter(days: Int32Array, day: DayNumber | number): number {
  return indexBefore(days, day) + 1;
}
