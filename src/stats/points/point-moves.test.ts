import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DayNumber } from '../../core/date.js';
import { isoDay, makeSeries } from '../../../test/helpers/synthetic-series.js';
import { buildStatsIndex } from '../stats-index.js';
import { lastPointMoveBeyond, pointMoveDays, pointMoveStanding } from './point-moves.js';

// Moves in points: -, +10, -20, +5, -20 (a tie), -600, +600.
const closes = [1000, 1010, 990, 995, 975, 375, 975];
const dates = ['2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05', '2024-01-08', '2024-01-09', '2024-01-10'];
const index = buildStatsIndex(makeSeries(closes, { dates }));

describe('pointMoveStanding', () => {
  it('the first day of the data has no move', () => {
    expect(pointMoveStanding(index, isoDay('2024-01-02'))).toEqual({ points: null, since: null, since_points: null, rank_from_top: null, rank_from_bottom: null, count: 0 });
  });

  it('a tie counts as "at least as large"', () => {
    const standing = pointMoveStanding(index, isoDay('2024-01-08'));
    expect(standing.points).toBe(-20);
    expect(standing.since).toBe('2024-01-04');
    expect(standing.since_points).toBe(-20);
    expect(standing.rank_from_bottom).toBe(1);
  });

  it('the largest drop in the data has no since; a weekend date uses the Friday', () => {
    expect(pointMoveStanding(index, isoDay('2024-01-09')).since).toBeNull();
    expect(pointMoveStanding(index, isoDay('2024-01-07')).points).toBe(5);
  });
});

describe('pointMoveDays and lastPointMoveBeyond', () => {
  it('at least vs more than, and a date range', () => {
    expect(pointMoveDays(index, { direction: 'drop', points: 20 }).dates).toEqual(['2024-01-04', '2024-01-08', '2024-01-09']);
    expect(pointMoveDays(index, { direction: 'drop', points: 20, strict: true }).dates).toEqual(['2024-01-09']);
    expect(pointMoveDays(index, { direction: 'gain', points: 600 }).count).toBe(1);
    expect(pointMoveDays(index, { direction: 'drop', points: 20, from: isoDay('2024-01-05'), to: isoDay('2024-01-08') }).count).toBe(1);
  });

  it('the last earlier move beyond a threshold, or null', () => {
    expect(lastPointMoveBeyond(index, isoDay('2024-01-10'), 19, 'drop')).toEqual({ date: '2024-01-09', points: -600 });
    expect(lastPointMoveBeyond(index, isoDay('2024-01-09'), 20, 'drop')).toBeNull();
    expect(lastPointMoveBeyond(index, isoDay('2024-01-02'), 1, 'gain')).toBeNull();
  });
});

describe('point-move invariants', () => {
  it('ranks from the top and bottom add up, and counting is the same as filtering', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 2, maxLength: 60 }), fc.integer({ min: 0, max: 40 }), (raw, threshold) => {
        const series = makeSeries(raw);
        const idx = buildStatsIndex(series);
        const last = (series.days[series.days.length - 1] ?? 0) as DayNumber;
        const standing = pointMoveStanding(idx, last);
        const moves = raw.slice(1).map((close, k) => close - (raw[k] ?? 0));
        const move = moves[moves.length - 1] ?? 0;
        expect(standing.rank_from_top).toBe(moves.filter((other) => other > move).length + 1);
        expect(standing.rank_from_bottom).toBe(moves.filter((other) => other < move).length + 1);
        expect(pointMoveDays(idx, { direction: 'drop', points: threshold }).count).toBe(moves.filter((other) => -other >= threshold).length);
      }),
    );
  });
});
