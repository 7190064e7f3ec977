import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../core/errors.js';
import { isoDay, makeSeries } from '../../../test/helpers/synthetic-series.js';
import { calendarReturn, periodReturn, periodToDate, relativePerformance, trailingReturn } from './returns.js';
import { buildStatsIndex } from '../stats-index.js';

const dates = ['2023-12-28', '2023-12-29', '2024-01-02', '2024-01-31', '2024-02-29', '2024-03-28', '2024-04-01'];
const closes = [90, 100, 101, 110, 99, 121, 120];
const index = buildStatsIndex(makeSeries(closes, { dates }));

describe('returns', () => {
  it('between two dates, each as of its date', () => {
    const move = periodReturn(index, isoDay('2023-12-31'), isoDay('2024-02-29'));
    expect([move.from_date, move.to_date, move.from_close, move.to_close]).toEqual(['2023-12-29', '2024-02-29', 100, 99]);
    expect(move.pct).toBeCloseTo(-1, 9);
    expect(move.change).toBe(-1);
    expect(move.bp).toBeNull();
  });

  it('refuses --from after --to and dates before the data', () => {
    expect(() => periodReturn(index, isoDay('2024-03-01'), isoDay('2024-02-01'))).toThrow(/^--from: /);
    expect(() => periodReturn(index, isoDay('2023-01-01'), isoDay('2024-02-01'))).toThrow(ArgumentError);
  });

  it('period to date from the prior period close; null in the first period', () => {
    expect(periodToDate(index, isoDay('2024-03-28'), 'quarter')?.pct).toBeCloseTo(21, 9);
    expect(periodToDate(index, isoDay('2024-04-01'), 'quarter')?.from_date).toBe('2024-03-28');
    expect(periodToDate(index, isoDay('2023-12-29'), 'year')).toBeNull();
    expect(periodToDate(index, isoDay('2024-02-29'), 'year')?.pct).toBeCloseTo(-1, 9);
  });

  it('calendar month, quarter and year: complete periods only', () => {
    expect(calendarReturn(index, 'month', 2024, 1)?.pct).toBeCloseTo(10, 9);
    expect(calendarReturn(index, 'month', 2024, 2)?.pct).toBeCloseTo(-10, 9);
    expect(calendarReturn(index, 'quarter', 2024, 1)?.pct).toBeCloseTo(21, 9);
    expect(calendarReturn(index, 'quarter', 2024, 2)).toBeNull();
    expect(calendarReturn(index, 'year', 2023)).toBeNull();
    expect(calendarReturn(index, 'year', 2024)).toBeNull();
  });

  it('trailing days, weeks, months, years; null before the data', () => {
    expect(trailingReturn(index, isoDay('2024-04-01'), 1, 'days')?.from_close).toBe(121);
    // As of 2024-03-29 is the 2024-03-28 close; one month before it, 2024-02-28, resolves to 2024-01-31.
    expect(trailingReturn(index, isoDay('2024-03-29'), 1, 'months')?.from_date).toBe('2024-01-31');
    expect(trailingReturn(index, isoDay('2024-04-01'), 1, 'months')?.from_date).toBe('2024-02-29');
    expect(trailingReturn(index, isoDay('2024-01-31'), 4, 'weeks')?.from_date).toBe('2024-01-02');
    expect(trailingReturn(index, isoDay('2024-04-01'), 1, 'years')).toBeNull();
    expect(trailingReturn(index, isoDay('2024-04-01'), 7, 'days')).toBeNull();
  });

  it('relative performance in percentage points; yields refused', () => {
    const other = buildStatsIndex(makeSeries(closes.map((c) => c * 2 + 10), { dates }));
    const relative = relativePerformance(index, other, isoDay('2023-12-29'), isoDay('2024-01-31'));
    expect(relative.difference_pp).toBeCloseTo(10 - 100 * (230 / 210 - 1), 9);
    const yields = buildStatsIndex(makeSeries([4, 4.1], { kind: 'yield' }));
    expect(() => relativePerformance(index, yields, isoDay('2020-01-01'), isoDay('2020-01-02'))).toThrow(/^B: .*yield/);
  });

  it('yields: changes in basis points', () => {
    const yields = buildStatsIndex(makeSeries([4.41, 4.27], { kind: 'yield', start: '2024-11-22' }));
    const move = periodReturn(yields, isoDay('2024-11-22'), isoDay('2024-11-25'));
    expect([move.bp, move.pct, move.change]).toEqual([-14, null, 4.27 - 4.41]);
  });
});
