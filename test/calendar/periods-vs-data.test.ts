/**
 * The period questions against the S&P 500's own history, 1990-2025: the last session of each
 * week, month and year is the last row the shipped file has in it; a week is holiday-shortened
 * when it has fewer than five rows; the first session after a closure is a row whose previous
 * row is more than one weekday back. Read from the CSV text, not from the calendar.
 */
import { describe, expect, it } from 'vitest';
import { calendarOf, closuresBefore, isFirstSessionAfterClosure, isHolidayShortenedWeek, isLastSessionOfMonth, isLastSessionOfWeek, isLastSessionOfYear, mondayOf } from '../../src/calendar/index.js';
import { civilFromDay, dayFromCivil, formatIsoDay, weekdayOf, type DayNumber } from '../../src/core/date.js';
import { shippedDays } from './shipped-days.js';

const nyse = calendarOf('nyse');
const from = dayFromCivil(1990, 1, 1);
const to = dayFromCivil(2025, 12, 31);
const allRows = shippedDays('GSPC.yahoo.csv');
const rows = allRows.filter((day) => day >= from && day <= to);

/** The rows in 1990-2025 whose key differs from the next row's (2026 rows included): the last row of each period. */
function lastRowsBy(key: (day: DayNumber) => number): string[] {
  return allRows.filter((day, i) => day >= from && day <= to && key(day) !== key(allRows[i + 1] ?? day)).map(formatIsoDay);
}

function rowsWhere(test: (day: DayNumber) => boolean): string[] {
  return rows.filter(test).map(formatIsoDay);
}

/** Weekdays strictly between two days. */
function weekdaysBetween(a: DayNumber, b: DayNumber): number {
  let count = 0;
  for (let day = a + 1; day < b; day += 1) if (weekdayOf(day as DayNumber) !== 0 && weekdayOf(day as DayNumber) !== 6) count += 1;
  return count;
}

describe('period questions against the S&P 500 rows, 1990-2025', () => {
  it('the last session of each week, month and year is the last row in it', () => {
    expect(rowsWhere((day) => isLastSessionOfWeek(nyse, day))).toEqual(lastRowsBy(mondayOf));
    expect(rowsWhere((day) => isLastSessionOfMonth(nyse, day))).toEqual(lastRowsBy((day) => civilFromDay(day).year * 12 + civilFromDay(day).month));
    expect(rowsWhere((day) => isLastSessionOfYear(nyse, day))).toEqual(lastRowsBy((day) => civilFromDay(day).year));
  });

  it('a week is holiday-shortened when it has fewer than five rows', () => {
    const rowsInWeek = new Map<number, number>();
    for (const day of rows) rowsInWeek.set(mondayOf(day), (rowsInWeek.get(mondayOf(day)) ?? 0) + 1);
    expect(rowsWhere((day) => isHolidayShortenedWeek(nyse, day))).toEqual(rowsWhere((day) => (rowsInWeek.get(mondayOf(day)) ?? 0) < 5));
  });

  it('the first session after a closure follows as many skipped weekdays as closures', () => {
    const afterGap = rows.slice(1).filter((day, i) => weekdaysBetween(rows[i] ?? day, day) > 0);
    expect(rowsWhere((day) => day > (rows[0] ?? 0) && isFirstSessionAfterClosure(nyse, day))).toEqual(afterGap.map(formatIsoDay));
    for (const [i, day] of rows.entries()) {
      if (i > 0) expect(closuresBefore(nyse, day).length).toBe(weekdaysBetween(rows[i - 1] ?? day, day));
    }
  });
});
