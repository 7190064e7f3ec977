import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromCivil, type DayNumber } from '../core/date.js';
import { periodEndsAt } from './period-ends.js';

const d = (y: number, m: number, day: number): DayNumber => dayFromCivil(y, m, day);
/** Monday-based ISO week start of a day number, from the JavaScript calendar (independent of src/core). */
const mondayOf = (day: number): number => {
  const weekday = new Date(day * 86_400_000).getUTCDay();
  return day - ((weekday + 6) % 7);
};

describe('periodEndsAt', () => {
  it('with later data: the next observation in a later week, month or year ends the period', () => {
    // Thursday, March 28, 2024, before Good Friday: the next trading day is Monday, April 1.
    const days = [d(2024, 3, 27), d(2024, 3, 28), d(2024, 4, 1)];
    expect(periodEndsAt(days, d(2024, 3, 28))).toEqual({ week: true, month: true, year: false });
    expect(periodEndsAt(days, d(2024, 3, 27))).toEqual({ week: false, month: false, year: false });
    // Friday, Nov. 29, 2024, then Monday, Dec. 2.
    expect(periodEndsAt([d(2024, 11, 29), d(2024, 12, 2)], d(2024, 11, 29))).toEqual({ week: true, month: true, year: false });
    // Dec. 31, 2024 (a Tuesday), then Jan. 2, 2025: the week goes on, the year is over.
    expect(periodEndsAt([d(2024, 12, 31), d(2025, 1, 2)], d(2024, 12, 31))).toEqual({ week: false, month: true, year: true });
    // A Friday followed by a Saturday observation (a yield series with a weekend print): the week goes on.
    expect(periodEndsAt([d(2024, 11, 22), d(2024, 11, 23)], d(2024, 11, 22)).week).toBe(false);
  });

  it('at the end of the data (or with none): the calendar, no weekday of the period left', () => {
    expect(periodEndsAt([d(2024, 11, 29)], d(2024, 11, 29))).toEqual({ week: true, month: true, year: false });
    expect(periodEndsAt([d(2024, 11, 28)], d(2024, 11, 28))).toEqual({ week: false, month: false, year: false });
    expect(periodEndsAt([], d(2024, 12, 31))).toEqual({ week: false, month: true, year: true });
    expect(periodEndsAt([], d(2023, 12, 29))).toEqual({ week: true, month: true, year: true }); // a Friday; Dec. 30-31 are a weekend
    expect(periodEndsAt([], d(2023, 12, 28))).toEqual({ week: false, month: false, year: false });
  });

  it('week end agrees with an independent ISO-week comparison of the next observation', () => {
    fc.assert(
      fc.property(fc.integer({ min: 7000, max: 20000 }), fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 2, maxLength: 40 }), (start, gaps) => {
        const days: number[] = [start];
        for (const gap of gaps) days.push((days[days.length - 1] ?? start) + gap);
        for (let i = 0; i + 1 < days.length; i++) {
          const day = days[i] ?? 0;
          const next = days[i + 1] ?? 0;
          const ends = periodEndsAt(days, day as DayNumber);
          expect(ends.week).toBe(mondayOf(next) !== mondayOf(day));
          const a = new Date(day * 86_400_000);
          const b = new Date(next * 86_400_000);
          expect(ends.month).toBe(a.getUTCMonth() !== b.getUTCMonth() || a.getUTCFullYear() !== b.getUTCFullYear());
          expect(ends.year).toBe(a.getUTCFullYear() !== b.getUTCFullYear());
        }
      }),
    );
  });
});
