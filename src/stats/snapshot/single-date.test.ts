import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DayNumber } from '../../core/date.js';
import { isoDay, makeSeries } from '../../../test/helpers/synthetic-series.js';
import { loadShippedSeries } from '../../../test/helpers/shipped-series.js';
import { statsOnSeries } from './single-date.js';
import { statsOn } from './snapshot.js';
import { buildStatsIndex } from '../stats-index.js';

describe('statsOnSeries (single-date path) equals statsOn (indexed path)', () => {
  it('on random series with ties, gaps and both kinds, at any date', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 80, max: 120 }), { minLength: 1, maxLength: 400 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 400, maxLength: 400 }),
        fc.boolean(),
        fc.nat(),
        (closes, steps, isYieldKind, pick) => {
          let day = isoDay('1999-11-15') as number;
          const dates = closes.map((_, k) => {
            day += k === 0 ? 0 : (steps[k] ?? 1) > 30 ? 35 : Math.min(steps[k] ?? 1, 3);
            return day;
          });
          const series = makeSeries(isYieldKind ? closes.map((c) => c / 20) : closes, { kind: isYieldKind ? 'yield' : 'index' });
          const withDates = { ...series, days: Int32Array.from(dates) };
          const index = buildStatsIndex(withDates);
          const date = ((dates[pick % dates.length] ?? 0) + (pick % 3)) as DayNumber;
          expect(statsOnSeries(withDates, date)).toEqual(statsOn(index, date));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on the shipped S&P 500 and 10-year yield, every 251st day', () => {
    for (const symbol of ['SPX', 'US10Y', 'IWO'] as const) {
      const series = loadShippedSeries(symbol);
      const index = buildStatsIndex(series);
      for (let i = 0; i < series.days.length; i += 251) {
        const date = (series.days[i] ?? 0) as DayNumber;
        expect(statsOnSeries(series, date)).toEqual(statsOn(index, date));
      }
    }
  });
});
