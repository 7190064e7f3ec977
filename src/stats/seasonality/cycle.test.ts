import { describe, expect, it } from 'vitest';
import { isoDay, makeSeries } from '../../../test/helpers/synthetic-series.js';
import { buildStatsIndex } from '../stats-index.js';
import { cycleSeasonality, nthTradingDayMoves, presidentialCyclePhase, secondHalfAfterFirstHalf } from './cycle.js';
import { summarizeMoves } from './summary.js';

// Month ends from December 2019: halves and Septembers in election (2020), post-election (2021), midterm (2022) years.
const dates = ['2019-12-31', '2020-06-30', '2020-08-31', '2020-09-01', '2020-09-02', '2020-09-30', '2020-12-31', '2021-06-30', '2021-08-31', '2021-09-01', '2021-09-30', '2021-12-31', '2022-06-30', '2022-12-30', '2023-01-03'];
const closes = [100, 112, 120, 121, 119, 110, 121, 121, 130, 129, 135, 140, 100, 110, 111];
const index = buildStatsIndex(makeSeries(closes, { dates }));

describe('presidential cycle', () => {
  it('phases by year, negative years too', () => {
    expect([2024, 2025, 2026, 2027, 1928].map(presidentialCyclePhase)).toEqual(['election', 'post-election', 'midterm', 'pre-election', 'election']);
  });

  it('a month in one phase, and whole years; the window and count come with it', () => {
    const septembers = cycleSeasonality(index, 'post-election', 9);
    expect(septembers).toMatchObject({ n: 1, first_year: 2021, last_year: 2021, up: 1 });
    expect(septembers.mean).toBeCloseTo((135 / 130 - 1) * 100, 12);
    expect(cycleSeasonality(index, 'midterm', null)).toMatchObject({ n: 1, first_year: 2022 });
    expect(cycleSeasonality(index, 'pre-election', null)).toMatchObject({ n: 0, mean: null, up_ratio: null, best: null });
  });
});

describe('nth trading day and halves', () => {
  it('the first and second trading days of September; a month shorter than n is left out', () => {
    expect(nthTradingDayMoves(index, 1, 9).map((m) => [m.date, m.comparable > 0])).toEqual([['2020-09-01', true], ['2021-09-01', false]]);
    expect(nthTradingDayMoves(index, 3, 9).map((m) => m.date)).toEqual(['2020-09-30']);
    expect(nthTradingDayMoves(index, 4, 9)).toEqual([]);
    expect(summarizeMoves(nthTradingDayMoves(index, 1, 9))).toMatchObject({ n: 2, up: 1, up_ratio: 0.5 });
  });

  it('second halves after first halves of at least 10%, with a band and a threshold', () => {
    const after = secondHalfAfterFirstHalf(index, 10, { secondHalfAtLeast: 5 });
    expect(after.years.map((y) => y.year)).toEqual([2020]);
    expect(after.second_half).toMatchObject({ n: 1, up: 1 });
    expect(after.second_half_at_least).toBe(1);
    expect(secondHalfAfterFirstHalf(index, -100, { max: 10 }).years.map((y) => y.year)).toEqual([2021, 2022]);
    expect(secondHalfAfterFirstHalf(index, 10, { fromYear: 2021 }).years).toEqual([]);
    expect(after.first_halves).toBe(1);
    expect(index.days.length).toBe(dates.length);
    expect(isoDay('2023-01-03')).toBe(index.days[dates.length - 1]);
  });

  it('as of a date: only halves complete by then; a first half whose second is not over still counts as a first half', () => {
    // As of 2020-09-30, the 2020 first half (+12%) is complete and its second half is not.
    const asOf = secondHalfAfterFirstHalf(index, 10, { asOf: isoDay('2020-09-30') });
    expect(asOf.first_halves).toBe(1);
    expect(asOf.years).toEqual([]);
    expect(secondHalfAfterFirstHalf(index, 10, { asOf: isoDay('2021-01-04') }).years.map((y) => y.year)).toEqual([2020]);
  });
});
