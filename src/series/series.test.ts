import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDay, formatIsoDay, weekdayOf, type DayNumber } from '../core/date.js';
import { isoDay, makeSeries } from '../../test/helpers/synthetic-series.js';
import { periodKeyOf, periodStartDay, shiftMonths, weekKeyOf } from './calendar.js';
import { closesOf, defaultBasis, hasBasis } from './closes.js';
import { indexBefore, indexOnOrAfter, indexOnOrBefore } from './lookup.js';

describe('calendar', () => {
  it('weeks run Monday to Sunday', () => {
    expect(weekKeyOf(isoDay('2024-11-25'))).toBe(weekKeyOf(isoDay('2024-12-01')));
    expect(weekKeyOf(isoDay('2024-11-24'))).toBe(weekKeyOf(isoDay('2024-11-25')) - 1);
    expect(formatIsoDay(periodStartDay('week', isoDay('2024-11-28')))).toBe('2024-11-25');
  });

  it('period starts of months, quarters and years', () => {
    const day = isoDay('2024-11-25');
    expect(formatIsoDay(periodStartDay('month', day))).toBe('2024-11-01');
    expect(formatIsoDay(periodStartDay('quarter', day))).toBe('2024-10-01');
    expect(formatIsoDay(periodStartDay('year', day))).toBe('2024-01-01');
    expect(periodKeyOf('quarter', isoDay('2024-03-31')) + 1).toBe(periodKeyOf('quarter', isoDay('2024-04-01')));
  });

  it('every period start is a Monday or a first of a month, on or before the day, in the same period', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30000, max: 60000 }), fc.constantFrom('week', 'month', 'quarter', 'year' as const), (n, kind) => {
        const day = n as DayNumber;
        const start = periodStartDay(kind, day);
        expect(start).toBeLessThanOrEqual(day);
        expect(periodKeyOf(kind, start)).toBe(periodKeyOf(kind, day));
        expect(periodKeyOf(kind, (start - 1) as DayNumber)).toBe(periodKeyOf(kind, day) - 1);
        if (kind === 'week') expect(weekdayOf(start)).toBe(1);
        else expect(civilFromDay(start).day).toBe(1);
      }),
    );
  });

  it('shiftMonths clamps to the end of a shorter month', () => {
    expect(formatIsoDay(shiftMonths(isoDay('2024-03-31'), -1))).toBe('2024-02-29');
    expect(formatIsoDay(shiftMonths(isoDay('2024-02-29'), -12))).toBe('2023-02-28');
    expect(formatIsoDay(shiftMonths(isoDay('2024-01-15'), -13))).toBe('2022-12-15');
  });
});

describe('lookup', () => {
  const days = Int32Array.from([10, 12, 15]);
  it('finds the last observation on or before a day', () => {
    expect([9, 10, 11, 12, 14, 15, 99].map((d) => indexOnOrBefore(days, d))).toEqual([-1, 0, 0, 1, 1, 2, 2]);
    expect([10, 11, 16].map((d) => indexBefore(days, d))).toEqual([-1, 0, 2]);
    expect([9, 11, 16].map((d) => indexOnOrAfter(days, d))).toEqual([0, 1, 3]);
    expect(indexOnOrBefore(new Int32Array(0), 5)).toBe(-1);
  });
});

describe('closes', () => {
  it('chooses price when unadjusted closes exist, else total, and refuses a missing basis', () => {
    const prices = makeSeries([1, 2]);
    const adjusted = makeSeries([1, 2], { adjustedOnly: true });
    expect(defaultBasis(prices)).toBe('price');
    expect(defaultBasis(adjusted)).toBe('total');
    expect(hasBasis(adjusted, 'price')).toBe(false);
    expect(() => closesOf(adjusted, 'price')).toThrow(/price return cannot be computed/);
    expect(() => closesOf(prices, 'total')).toThrow(/total return cannot be computed/);
    expect(Array.from(closesOf(adjusted, 'total'))).toEqual([1, 2]);
  });
});
