import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DayNumber } from '../../core/date.js';
import { isoDay, makeSeries } from '../../../test/helpers/synthetic-series.js';
import { buildStatsIndex } from '../stats-index.js';
import { closeExtremesSince, fiftyTwoWeekStanding, yearToDateRange } from './standing.js';

const dates = ['2022-06-01', '2023-01-03', '2023-01-04', '2023-01-05', '2023-03-01', '2024-01-02'];
const closes = [200, 100, 120, 90, 120, 80];
const index = buildStatsIndex(makeSeries(closes, { dates }));

describe('yearToDateRange', () => {
  it('the first session of a year: high and low are that close', () => {
    expect(yearToDateRange(index, isoDay('2024-01-02'))).toMatchObject({ high: 80, low: 80, pct_below_high: 0, pct_above_low: 0 });
  });

  it('a tie keeps the earliest date; distances in percent', () => {
    const standing = yearToDateRange(index, isoDay('2023-03-01'));
    expect(standing).toMatchObject({ high: 120, high_date: '2023-01-04', low: 90, low_date: '2023-01-05', pct_below_high: 0 });
    expect(standing.pct_above_low).toBeCloseTo(100 / 3, 12);
  });
});

describe('fiftyTwoWeekStanding and closeExtremesSince', () => {
  it('a window longer than the data uses all of it; a gap of months is inside the window', () => {
    const standing = fiftyTwoWeekStanding(index, isoDay('2023-01-05'));
    expect(standing).toMatchObject({ high: 200, high_date: '2022-06-01', low: 90 });
    expect(standing.pct_below_high).toBeCloseTo(55, 12);
  });

  it('the highest and lowest since, with the level and the span in years', () => {
    const extremes = closeExtremesSince(index, isoDay('2023-03-01'));
    expect(extremes.highest).toEqual({ since: '2023-01-04', since_close: 120, years: 56 / 365.25 });
    expect(extremes.lowest).toEqual({ since: '2023-01-05', since_close: 90, years: 55 / 365.25 });
    expect(closeExtremesSince(index, isoDay('2024-01-02')).lowest).toEqual({ since: null, since_close: null, years: null });
    expect(closeExtremesSince(index, isoDay('2022-06-01')).highest.since).toBeNull();
  });

  it('yields: basis points, no percent', () => {
    const yields = buildStatsIndex(makeSeries([4.0, 4.25, 3.9, 4.1], { kind: 'yield' }));
    const standing = fiftyTwoWeekStanding(yields, (yields.days[3] ?? 0) as DayNumber);
    expect(standing).toMatchObject({ bp_below_high: 15, bp_above_low: 20, pct_below_high: null, pct_above_low: null });
  });
});

describe('range invariants', () => {
  it('the YTD range lies inside the 52-week range when the year began within 52 weeks', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 10, max: 40 }), { minLength: 1, maxLength: 200 }), (raw) => {
        const idx = buildStatsIndex(makeSeries(raw, { start: '2024-01-01' }));
        const date = (idx.days[raw.length - 1] ?? 0) as DayNumber;
        const ytd = yearToDateRange(idx, date);
        const range = fiftyTwoWeekStanding(idx, date);
        expect(ytd.high).toBeLessThanOrEqual(range.high);
        expect(ytd.low).toBeGreaterThanOrEqual(range.low);
        expect(ytd.pct_below_high).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
