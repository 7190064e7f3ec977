import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DayNumber } from '../../core/date.js';
import { isoDay, makeSeries } from '../../../test/helpers/synthetic-series.js';
import { buildStatsIndex } from '../stats-index.js';
import { currentRecordDrought, fastestMilestoneClimb, firstCloseBelow, milestoneClimbs, recordStreak, recordYear } from './record-runs.js';
import { longestRecordDroughts } from './records.js';

// Records (strictly above all earlier): 101, 102 (2023), 103 (2024-01-04), 110 (2024-01-10); 102 on 2024-01-05 ties nothing new.
const dates = ['2023-12-27', '2023-12-28', '2023-12-29', '2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05', '2024-01-08', '2024-01-09', '2024-01-10'];
const closes = [100, 101, 102, 99, 102, 103, 102, 98, 97, 110];
const index = buildStatsIndex(makeSeries(closes, { dates }));

describe('currentRecordDrought', () => {
  it('the first day: no drought yet', () => {
    expect(currentRecordDrought(index, isoDay('2023-12-27'))).toMatchObject({ from_date: '2023-12-27', sessions: 0, calendar_days: 0, rank: 1, count: 1 });
  });

  it('a running drought across the year end and a weekend gap', () => {
    expect(currentRecordDrought(index, isoDay('2024-01-03'))).toMatchObject({ from_date: '2023-12-29', ended_on: null, sessions: 2, calendar_days: 5 });
  });

  it('a record day reports the drought it ended, ranked with the earlier ones', () => {
    const drought = currentRecordDrought(index, isoDay('2024-01-10'));
    expect(drought).toMatchObject({ from_date: '2024-01-04', ended_on: '2024-01-10', sessions: 4, calendar_days: 6, count: 4, rank: 1, longest_since: null });
    expect(longestRecordDroughts(index, 1)[0]).toMatchObject({ from_date: '2024-01-04', trading_days: 4, calendar_days: 6 });
  });
});

describe('recordYear and recordStreak', () => {
  it('counts, share of sessions, rank and the most since', () => {
    expect(recordYear(index, isoDay('2024-01-10'))).toMatchObject({ year: 2024, count: 2, sessions: 7, rank: 1, years: 2, most_since_year: 2023, most_since_count: 2 });
    expect(recordYear(index, isoDay('2024-01-04')).share_pct).toBeCloseTo((1 / 3) * 100, 12);
    expect(recordYear(index, isoDay('2024-01-03'))).toMatchObject({ count: 0, most_since_year: null });
  });

  it('a tie with the record is not a record and ends the streak', () => {
    expect(recordStreak(index, isoDay('2023-12-29'))).toEqual({ length: 2, start_date: '2023-12-28', longest_since: null, longest_since_length: null });
    expect(recordStreak(index, isoDay('2024-01-03')).length).toBe(0);
    expect(recordStreak(index, isoDay('2024-01-04'))).toMatchObject({ length: 1, longest_since: '2023-12-29', longest_since_length: 2 });
  });
});

describe('levels', () => {
  it('first close below, milestones and the fastest climb', () => {
    expect(firstCloseBelow(index, 99)?.date).toBe('2024-01-08');
    expect(firstCloseBelow(index, 99, isoDay('2024-01-09'))?.date).toBe('2024-01-09');
    expect(firstCloseBelow(index, 50)).toBeNull();
    const climbs = milestoneClimbs(index, 5);
    expect(climbs.map((c) => [c.level, c.date, c.sessions_from_previous])).toEqual([[105, '2024-01-10', null]]);
    const two = milestoneClimbs(index, 1).map((c) => [c.level, c.sessions_from_previous]);
    expect(two.slice(0, 3)).toEqual([[101, null], [102, 3], [103, 4]]);
    expect(fastestMilestoneClimb(index, 1)?.level).toBe(102);
    expect(milestoneClimbs(index, 0)).toEqual([]);
  });
});

describe('record-run invariants', () => {
  it('the drought equals sessions since the prior record; streak lengths are runs of records', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 80 }), (raw) => {
        const idx = buildStatsIndex(makeSeries(raw));
        for (let i = 0; i < raw.length; i++) {
          const date = (idx.days[i] ?? 0) as DayNumber;
          let best = 0;
          for (let j = 1; j < i; j++) if ((raw[j] ?? 0) > (raw[best] ?? 0)) best = j;
          const isRecord = i > 0 && (raw[i] ?? 0) > Math.max(...raw.slice(0, i));
          const from = isRecord ? best : i === 0 ? 0 : (raw[i] ?? 0) > (raw[best] ?? 0) ? i : best;
          expect(currentRecordDrought(idx, date).sessions).toBe(i - from);
          expect(recordStreak(idx, date).length > 0).toBe(isRecord);
        }
      }),
      { numRuns: 60 },
    );
  });
});
