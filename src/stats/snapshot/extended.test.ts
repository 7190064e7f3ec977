/**
 * The contract every extended statistic passes (the way every indicator passes one shared test):
 * on one point, on random walks with ties and gaps, on every date, the answers are finite where
 * they say so and keep their invariants. Edges per statistic are in each folder's tests.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DayNumber } from '../../core/date.js';
import { isoDay, makeSeries } from '../../../test/helpers/synthetic-series.js';
import { buildStatsIndex } from '../stats-index.js';
import { statsOn } from './snapshot.js';
import { extendedStatsOn } from './extended.js';

const closesArbitrary = fc.array(fc.integer({ min: 50, max: 70 }), { minLength: 1, maxLength: 120 });

describe('extended statistics contract', () => {
  it('one observation: nothing to compare, nothing thrown', () => {
    const index = buildStatsIndex(makeSeries([100], { dates: ['2024-03-15'] }));
    const out = extendedStatsOn(index, isoDay('2024-03-15'));
    expect(out.points_1d.points).toBeNull();
    expect(out.record_drought).toMatchObject({ sessions: 0, rank: 1, count: 1, ended_on: null });
    expect(out.record_streak.length).toBe(0);
    expect(out.sessions_5).toEqual({ sessions: 0, up: 0, down: 0, unchanged: 0, from_date: null });
    expect([out.move_2d, out.move_wtd, out.move_4w, out.return_1y, out.month_rank, out.year_rank]).toEqual([null, null, null, null, null, null]);
    expect(out.ma_50_standing.average).toBeNull();
    expect(out.drawdown_episode).toBeNull();
    expect(out.month_in_cycle_phase.n).toBe(0);
    expect(out.trailing_years?.price).toEqual([null, null, null]);
  });

  it('a yield has basis-point distances, no drawdown and no fund figures', () => {
    const index = buildStatsIndex(makeSeries([4.41, 4.27, 4.3], { kind: 'yield' }));
    const out = extendedStatsOn(index, (index.days[2] ?? 0) as DayNumber);
    expect(out.ytd_range.bp_below_high).toBe(11);
    expect(out.ytd_range.pct_below_high).toBeNull();
    expect([out.drawdown_episode, out.bull_run, out.trailing_years]).toEqual([null, null, null]);
  });

  it('invariants on random walks with ties, on every date', () => {
    fc.assert(
      fc.property(closesArbitrary, (closes) => {
        const index = buildStatsIndex(makeSeries(closes, { start: '2023-12-20' }));
        for (let i = 0; i < closes.length; i++) {
          const date = (index.days[i] ?? 0) as DayNumber;
          const out = extendedStatsOn(index, date);
          const snap = statsOn(index, date);
          for (const range of [out.ytd_range, out.range_52w]) {
            expect(range.pct_below_high).toBeGreaterThanOrEqual(0);
            expect(range.pct_above_low).toBeGreaterThanOrEqual(0);
            expect(range.low).toBeLessThanOrEqual(range.high);
          }
          expect(out.range_52w.high).toBe(snap.high_52w);
          for (const count of [out.sessions_5, out.sessions_10, out.sessions_20]) expect(count.up + count.down + count.unchanged).toBe(count.sessions);
          expect(out.record_drought.rank).toBeLessThanOrEqual(out.record_drought.count);
          expect(out.record_streak.length > 0).toBe(snap.is_record);
          expect(out.record_year.count).toBe(snap.record_count_ytd);
          expect(out.highest_close_since.since).toBe(snap.highest_since);
          expect(out.lowest_close_since.since).toBe(snap.lowest_since);
          expect(out.points_1d.since).toBe(snap.biggest_1d_points_since);
          expect(out.ma_50_standing.average).toBe(snap.ma_50);
          if (out.points_1d.rank_from_top !== null && out.points_1d.rank_from_bottom !== null) expect(out.points_1d.rank_from_top + out.points_1d.rank_from_bottom).toBeLessThanOrEqual(out.points_1d.count + 1);
          if (out.drawdown_episode) expect(out.drawdown_episode.low_close).toBeLessThanOrEqual(out.drawdown_episode.peak_close * 0.9 + 1e-9);
          expect(out.drawdown_episode?.ongoing ?? false).toBe(snap.drawdown_state !== 'none');
        }
      }),
      { numRuns: 40 },
    );
  });
});
