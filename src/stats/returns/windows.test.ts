import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DayNumber } from '../../core/date.js';
import { isoDay, makeSeries } from '../../../test/helpers/synthetic-series.js';
import { buildStatsIndex } from '../stats-index.js';
import { nWeekMoveBiggestSince, pastMonthMoves, sessionsUpDown } from './windows.js';

describe('sessionsUpDown', () => {
  const index = buildStatsIndex(makeSeries([10, 11, 11, 10, 12]));

  it('counts up, down and unchanged; a window longer than the data counts what there is', () => {
    const last = (index.days[4] ?? 0) as DayNumber;
    expect(sessionsUpDown(index, last, 3)).toMatchObject({ sessions: 3, up: 1, down: 1, unchanged: 1 });
    expect(sessionsUpDown(index, last, 50)).toMatchObject({ sessions: 4, up: 2, down: 1, unchanged: 1 });
    expect(sessionsUpDown(index, (index.days[0] ?? 0) as DayNumber, 5)).toEqual({ sessions: 0, up: 0, down: 0, unchanged: 0, from_date: null });
  });
});

describe('nWeekMoveBiggestSince', () => {
  // Weekly closes (Fridays) 100, 110, 100, 120, 130; a week with no trading (Jan. 29) between.
  const dates = ['2024-01-05', '2024-01-12', '2024-01-19', '2024-01-26', '2024-02-09', '2024-02-12', '2024-02-16'];
  const closes = [100, 110, 100, 120, 130, 125, 140];
  const index = buildStatsIndex(makeSeries(closes, { dates }));

  it('the 1-week move against completed weeks, across a week with no trading', () => {
    const week = nWeekMoveBiggestSince(index, isoDay('2024-02-09'), 1);
    expect(week?.move).toBe((130 / 120 - 1) * 100);
    expect(week?.since).toBe('2024-01-26');
    expect(week?.since_move).toBeCloseTo(20, 12);
  });

  it('the week in progress counts to date; two weeks; too few weeks gives null', () => {
    expect(nWeekMoveBiggestSince(index, isoDay('2024-02-12'), 1)?.move).toBeCloseTo((125 / 130 - 1) * 100, 12);
    const two = nWeekMoveBiggestSince(index, isoDay('2024-02-16'), 2);
    expect(two?.move).toBeCloseTo((140 / 120 - 1) * 100, 12);
    expect(two?.since).toBe('2024-02-09');
    expect(two?.since_move).toBeCloseTo(30, 12);
    expect(nWeekMoveBiggestSince(index, isoDay('2024-01-12'), 2)).toBeNull();
  });
});

describe('pastMonthMoves', () => {
  it('calendar and session readings, null when the base is before the data', () => {
    const index = buildStatsIndex(makeSeries(Array.from({ length: 30 }, (_, k) => 100 + k), { start: '2024-01-01' }));
    const last = (index.days[29] ?? 0) as DayNumber;
    const past = pastMonthMoves(index, last);
    expect(past.sessions?.from_close).toBe(108);
    expect(past.calendar?.from_date).toBe('2024-01-09');
    expect(pastMonthMoves(index, (index.days[5] ?? 0) as DayNumber)).toEqual({ calendar: null, sessions: null });
  });
});

describe('window invariants', () => {
  it('up + down + unchanged = sessions = min(n, observations - 1)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 50 }), (raw, n) => {
        const index = buildStatsIndex(makeSeries(raw));
        const count = sessionsUpDown(index, (index.days[raw.length - 1] ?? 0) as DayNumber, n);
        expect(count.sessions).toBe(Math.min(n, raw.length - 1));
        expect(count.up + count.down + count.unchanged).toBe(count.sessions);
      }),
    );
  });
});
