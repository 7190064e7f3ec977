import { describe, expect, it } from 'vitest';
import { ArgumentError, InputError } from '../core/errors.js';
import { isoDay, makeSeries } from '../../test/helpers/synthetic-series.js';
import { seasonality } from './seasonality/seasonality.js';
import { statsOn } from './snapshot/snapshot.js';
import { buildStatsIndex } from './stats-index.js';

describe('edges of the stats index and snapshot', () => {
  it('one observation: no previous close, no period base, not a record', () => {
    const snap = statsOn(buildStatsIndex(makeSeries([100], { start: '2024-01-02' })), isoDay('2024-01-02'));
    expect(snap.prev_close).toBeNull();
    expect(snap.change_1d_pct).toBeNull();
    expect([snap.wtd_pct, snap.mtd_pct, snap.qtd_pct, snap.ytd_pct]).toEqual([null, null, null, null]);
    expect(snap.is_record).toBe(false);
    expect(snap.record_close).toBe(100);
    expect(snap.prior_record_close).toBeNull();
    expect(snap.streak_days).toBe(0);
    expect(snap.biggest_1d_since).toBeNull();
    expect(snap.month_biggest_since).toBeNull();
    expect(snap.drawdown_state).toBe('none');
    expect(snap.prev_drawdown_state).toBeNull();
    expect(snap.ma_50).toBeNull();
  });

  it('an empty series is refused', () => {
    expect(() => buildStatsIndex(makeSeries([]))).toThrow(InputError);
    expect(() => buildStatsIndex(makeSeries([]))).toThrow(/no observation/);
  });

  it('the first period of the data has no base: period returns are null', () => {
    const index = buildStatsIndex(makeSeries([100, 101, 102], { dates: ['2024-01-30', '2024-01-31', '2024-02-01'] }));
    const snap = statsOn(index, isoDay('2024-01-31'));
    expect(snap.mtd_pct).toBeNull();
    expect(snap.ytd_pct).toBeNull();
    const feb = statsOn(index, isoDay('2024-02-01'));
    expect(feb.mtd_pct).toBeCloseTo(100 * (102 / 101 - 1), 9);
    expect(feb.mtd_base_date).toBe('2024-01-31');
    expect(feb.ytd_pct).toBeNull();
  });

  it('a tie with the record is not a record; a higher close is', () => {
    const dates = ['2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05', '2024-01-08'];
    const index = buildStatsIndex(makeSeries([100, 105, 105, 104, 106], { dates }));
    const flags = dates.map((date) => statsOn(index, isoDay(date)).is_record);
    expect(flags).toEqual([false, true, false, false, true]);
    const tie = statsOn(index, isoDay('2024-01-04'));
    expect(tie.record_date).toBe('2024-01-03');
    expect(tie.streak_days).toBe(0);
    expect(tie.highest_since).toBe('2024-01-03');
    expect(statsOn(index, isoDay('2024-01-08')).record_count_ytd).toBe(2);
  });

  it('gaps and holidays: as of a missing date, the last observation before it', () => {
    const index = buildStatsIndex(makeSeries([100, 101, 102], { dates: ['2024-07-03', '2024-07-05', '2024-07-15'] }));
    const snap = statsOn(index, isoDay('2024-07-04'));
    expect(snap.date).toBe('2024-07-03');
    expect(snap.requested_date).toBe('2024-07-04');
    const later = statsOn(index, isoDay('2024-07-14'));
    expect(later.date).toBe('2024-07-05');
    expect(statsOn(index, isoDay('2024-07-15')).prev_date).toBe('2024-07-05');
    expect(statsOn(index, isoDay('2024-07-15')).wtd_base_date).toBe('2024-07-05');
  });

  it('before the data: ArgumentError on --date; after: the last observation', () => {
    const index = buildStatsIndex(makeSeries([100, 101], { start: '2024-01-02' }));
    expect(() => statsOn(index, isoDay('2024-01-01'))).toThrow(ArgumentError);
    const after = statsOn(index, isoDay('2030-01-01'));
    expect(after.date).toBe('2024-01-03');
    expect(after.requested_date).toBe('2030-01-01');
  });

  it('yields: basis points on the 1e-6 bp grid so ties compare equal, points unrounded', () => {
    const index = buildStatsIndex(makeSeries([4.55, 4.41, 4.27], { kind: 'yield', start: '2024-11-20' }));
    const snap = statsOn(index, isoDay('2024-11-22'));
    expect(snap.change_1d_bp).toBe(-14);
    expect(snap.change_1d).toBe(4.27 - 4.41);
    expect(snap.change_1d_pct).toBeNull();
    expect(snap.biggest_1d_since).toBe('2024-11-21');
    expect(snap.biggest_1d_since_move).toBe(-14);
  });

  it('adjusted-only data: total return by default, price refused', () => {
    const series = makeSeries([100, 110], { adjustedOnly: true });
    expect(buildStatsIndex(series).basis).toBe('total');
    expect(() => buildStatsIndex(series, 'price')).toThrow(/price return cannot be computed/);
  });

  it('52-week window covers the date and the 363 days before it', () => {
    const index = buildStatsIndex(makeSeries([120, 90, 100], { dates: ['2023-01-02', '2023-01-03', '2024-01-01'] }));
    const snap = statsOn(index, isoDay('2024-01-01'));
    expect(snap.high_52w).toBe(100);
    const inside = buildStatsIndex(makeSeries([120, 100], { dates: ['2023-01-03', '2024-01-01'] }));
    expect(statsOn(inside, isoDay('2024-01-01')).high_52w).toBe(120);
  });

  it('seasonality ignores the first month (no base) and the last month of the data', () => {
    const closes = [100, 101, 103, 102, 99, 104];
    const dates = ['2023-11-15', '2023-11-30', '2023-12-29', '2024-01-31', '2024-02-29', '2024-03-05'];
    const table = seasonality(makeSeries(closes, { dates }));
    expect(table.map((m) => m.n)).toEqual([1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(table[11]?.mean_pct).toBeCloseTo(100 * (103 / 101 - 1), 9);
    expect(table[0]?.up_ratio).toBe(0);
    expect(table.map((m) => m.rank)).toEqual([2, 3, null, null, null, null, null, null, null, null, null, 1]);
  });
});

describe('seasonality options', () => {
  const closes = [100, 101, 103, 102, 99, 104];
  const dates = ['2023-11-15', '2023-11-30', '2023-12-29', '2024-01-31', '2024-02-29', '2024-03-05'];
  it('as of a date counts only months complete before its month; --from after --to is refused', () => {
    const asOf = seasonality(makeSeries(closes, { dates }), { asOf: isoDay('2024-01-31') });
    expect(asOf.map((m) => m.n)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(seasonality(makeSeries(closes, { dates }), { fromYear: 2024 }).map((m) => m.n).slice(0, 3)).toEqual([1, 1, 0]);
    expect(() => seasonality(makeSeries(closes, { dates }), { fromYear: 2024, toYear: 2023 })).toThrow(/^--from: /);
  });
});
