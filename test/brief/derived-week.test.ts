/** The fact pass's index-free week statistic equals the engine's weekBiggestSince, everywhere. */
import { describe, expect, it } from 'vitest';
import type { DayNumber } from '../../src/core/date.js';
import { isYield } from '../../src/core/instrument.js';
import { weekMoveAt } from '../../src/facts/derived-week.js';
import { buildStatsIndex, weekBiggestSince } from '../../src/stats/index.js';
import { loadShippedSeries } from '../helpers/shipped-series.js';
import { makeSeries } from '../helpers/synthetic-series.js';

describe('weekMoveAt', () => {
  for (const symbol of ['RUT', 'US10Y', 'IWO'] as const) {
    it(`equals the engine on every 7th day of ${symbol}`, () => {
      const series = loadShippedSeries(symbol);
      const index = buildStatsIndex(series);
      let compared = 0;
      for (let i = 0; i < series.days.length; i += 7) {
        const engine = weekBiggestSince(index, (series.days[i] ?? 0) as DayNumber);
        const ours = weekMoveAt(series.days, index.values, i, isYield(series.instrument));
        expect(ours === null ? null : { move: ours.move, since: ours.sinceDate, since_move: ours.sinceMove }).toEqual(engine);
        compared++;
      }
      expect(compared).toBeGreaterThan(900);
    });
  }

  it('edges: the first week has no base; a flat week and a one-point series', () => {
    const flat = makeSeries([100, 100, 100, 100, 100, 100, 100, 100], { start: '2024-01-01' });
    expect(weekMoveAt(flat.days, flat.close ?? new Float64Array(), 2, false)).toBeNull();
    expect(weekMoveAt(flat.days, flat.close ?? new Float64Array(), 7, false)).toEqual({ move: 0, sinceDate: null, sinceMove: null });
    const one = makeSeries([100]);
    expect(weekMoveAt(one.days, one.close ?? new Float64Array(), 0, false)).toBeNull();
  });
});
