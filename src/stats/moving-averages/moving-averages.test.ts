import { describe, expect, it } from 'vitest';
import { makeSeries } from '../../../test/helpers/synthetic-series.js';
import { closeCrossings, movingAverageAt, movingAverageCrossings, movingAverageSeries } from './moving-average.js';
import { buildStatsIndex } from '../stats-index.js';

describe('moving averages', () => {
  it('average, golden and death crosses, close crossings', () => {
    const values = Float64Array.from([1, 2, 3, 4, 5, 4, 3, 2, 1, 2, 3, 4]);
    expect(Array.from(movingAverageSeries(values, 3)).slice(2, 5)).toEqual([2, 3, 4]);
    expect(movingAverageAt(values, 2, 3)).toBe(2);
    expect(movingAverageAt(values, 1, 3)).toBeNull();
    const index = buildStatsIndex(makeSeries(Array.from(values), { start: '2024-01-01' }));
    expect(movingAverageCrossings(index, 2, 4).map((c) => c.direction)).toEqual(['below', 'above']);
    expect(closeCrossings(index, 3).map((c) => c.direction)).toEqual(['below', 'above']);
  });
});
