import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DayNumber } from '../../core/date.js';
import { isoDay, makeSeries } from '../../../test/helpers/synthetic-series.js';
import { buildStatsIndex } from '../stats-index.js';
import { periodMoves, periodRanking, yearRun } from './periods.js';

// Month ends: Dec 2020 100 (base), then halves and years.
const dates = ['2020-12-31', '2021-03-31', '2021-06-30', '2021-09-30', '2021-12-31', '2022-06-30', '2022-12-30', '2023-06-30', '2023-12-29', '2024-02-01'];
const closes = [100, 105, 110, 99, 88, 80, 79, 90, 70, 77];
const index = buildStatsIndex(makeSeries(closes, { dates }));

describe('periodMoves', () => {
  it('halves from the last close before them; the first period of the data has no base; the last is in progress', () => {
    const halves = periodMoves(index, 'half');
    expect(halves.map((h) => h.label)).toEqual(['2021-H1', '2021-H2', '2022-H1', '2022-H2', '2023-H1', '2023-H2', '2024-H1']);
    expect(halves[0]?.move).toBeCloseTo(10, 12);
    expect(halves.map((h) => h.complete)).toEqual([true, true, true, true, true, true, false]);
    expect(periodMoves(index, 'year').map((y) => y.label)).toEqual(['2021', '2022', '2023', '2024']);
    expect(periodMoves(index, 'quarter')[0]?.label).toBe('2021-Q1');
  });

  it('as of a date the period holding it is to date', () => {
    const years = periodMoves(index, 'year', 5);
    expect(years[years.length - 1]).toMatchObject({ label: '2022', end_date: '2022-06-30', complete: false });
  });
});

describe('periodRanking and yearRun', () => {
  it('same calendar half since, and ranks', () => {
    const ranking = periodRanking(index, isoDay('2023-06-30'), 'half');
    expect(ranking?.period.label).toBe('2023-H1');
    expect(ranking?.since).toBeNull();
    expect(periodRanking(index, isoDay('2023-12-29'), 'half')).toMatchObject({ since: null, same_period_since: null, rank_from_bottom: 1 });
    expect(periodRanking(index, isoDay('2020-12-31'), 'year')).toBeNull();
  });

  it('years up at least a minimum gain in a row: none when the date\'s year is short of it', () => {
    // 2021 -12%, 2022 -10.2%, 2023 -11.4%, 2024 to date +10%: no year reaches 15%, 2024 reaches 5%.
    expect(yearRun(index, isoDay('2024-02-01'), 15)).toEqual({ length: 0, first_year: null, longest_since_year: null });
    expect(yearRun(index, isoDay('2024-02-01'), 5)).toEqual({ length: 1, first_year: 2024, longest_since_year: null });
    expect(yearRun(index, isoDay('2023-12-29'), 5).length).toBe(0);
  });

  it('down years in a row and the first such run since', () => {
    expect(yearRun(index, isoDay('2023-12-29'))).toEqual({ length: -3, first_year: 2021, longest_since_year: null });
    expect(yearRun(index, isoDay('2024-02-01'))).toEqual({ length: 1, first_year: 2024, longest_since_year: null });
  });
});

describe('period invariants', () => {
  it('a run of years each up a minimum gain is never longer than the run of up years', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 50, max: 150 }), { minLength: 700, maxLength: 1500 }), fc.integer({ min: 1, max: 30 }), (raw, minGain) => {
        const idx = buildStatsIndex(makeSeries(raw, { start: '2020-12-28' }));
        const last = (idx.days[raw.length - 1] ?? 0) as DayNumber;
        const up = yearRun(idx, last);
        const big = yearRun(idx, last, minGain);
        expect(big.length).toBeGreaterThanOrEqual(0);
        expect(big.length).toBeLessThanOrEqual(Math.max(0, up.length));
      }),
      { numRuns: 20 },
    );
  });

  it('compounding the halves of a complete year gives the year', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 50, max: 150 }), { minLength: 300, maxLength: 700 }), (raw) => {
        const idx = buildStatsIndex(makeSeries(raw, { start: '2020-12-28' }));
        const halves = periodMoves(idx, 'half');
        for (const year of periodMoves(idx, 'year').filter((y) => y.complete)) {
          const h1 = halves.find((h) => h.label === `${year.year}-H1`);
          const h2 = halves.find((h) => h.label === `${year.year}-H2`);
          if (!h1 || !h2) continue;
          expect(((1 + h1.move / 100) * (1 + h2.move / 100) - 1) * 100).toBeCloseTo(year.move, 8);
        }
        const last = (idx.days[raw.length - 1] ?? 0) as DayNumber;
        const ranking = periodRanking(idx, last, 'month');
        if (ranking) expect(ranking.rank + ranking.rank_from_bottom).toBeLessThanOrEqual(ranking.count + 1);
      }),
      { numRuns: 20 },
    );
  });
});
