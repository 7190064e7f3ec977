/**
 * Whether the date of an instrument's figures closes its week, month or year: the tense of
 * the period sentences ("is down 23 basis points this week, on pace for ..." while the period
 * runs; "fell 23 basis points this week, its biggest ..." once it is over).
 *
 * As the facts decide `isMonthComplete`: when the data hold a later observation, the period
 * is over when that observation falls in a later ISO week (month, year). When the date is the
 * last in the data, only the calendar can tell: the period is over when no weekday of it is
 * left after the date (a Friday closes its week; a holiday on the next weekday is unknowable).
 */
import { civilFromDay, dayFromCivil, weekdayOf, type DayNumber } from '../core/date.js';

/** Which periods the date closes. */
export interface PeriodEnds {
  /** The ISO week (Monday to Sunday). */
  readonly week: boolean;
  readonly month: boolean;
  readonly year: boolean;
}

/** No period is over: the tense of a day in mid-period, or of an intraday (preliminary) level. */
export const NO_PERIOD_ENDS: PeriodEnds = { week: false, month: false, year: false };

/** The Sunday that ends the ISO week of `day`. */
function weekEndOf(day: number): number {
  const weekday = weekdayOf(day as DayNumber); // 0 = Sunday
  return day + (weekday === 0 ? 0 : 7 - weekday);
}

/** True when a weekday lies after `day` and on or before `last` (both day numbers). */
function hasWeekdayAfter(day: number, last: number): boolean {
  for (let d = day + 1; d <= last; d++) {
    const weekday = weekdayOf(d as DayNumber);
    if (weekday !== 0 && weekday !== 6) return true;
  }
  return false;
}

/** The last day of `day`'s month and of its year. */
function monthAndYearEnds(day: number): { monthEnd: number; yearEnd: number } {
  const { year, month } = civilFromDay(day as DayNumber);
  const nextMonth = month === 12 ? dayFromCivil(year + 1, 1, 1) : dayFromCivil(year, month + 1, 1);
  return { monthEnd: nextMonth - 1, yearEnd: dayFromCivil(year + 1, 1, 1) - 1 };
}

/**
 * The periods closed by `date` in a series whose observation days are `days` (ascending day
 * numbers). `date` is the day of the figures (an observation); a day after the data uses the
 * calendar. Pure; O(log n).
 */
export function periodEndsAt(days: ArrayLike<number>, date: DayNumber): PeriodEnds {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((days[mid] ?? 0) <= date) lo = mid + 1;
    else hi = mid;
  }
  const next = lo < days.length ? days[lo] : undefined;
  const { monthEnd, yearEnd } = monthAndYearEnds(date);
  if (next !== undefined) {
    return { week: next > weekEndOf(date), month: next > monthEnd, year: next > yearEnd };
  }
  return { week: !hasWeekdayAfter(date, weekEndOf(date)), month: !hasWeekdayAfter(date, monthEnd), year: !hasWeekdayAfter(date, yearEnd) };
}
