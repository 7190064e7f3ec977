/** A series given to shareStatsIndexes keeps its indexes; its answers are those of a series scanned afresh. */
import { describe, expect, it } from 'vitest';
import type { DayNumber } from '../core/date.js';
import { loadShippedSeries } from '../../test/helpers/shipped-series.js';
import { statsOnSeries } from './snapshot/single-date.js';
import { buildStatsIndex, hasSharedStatsIndexes, shareStatsIndexes } from './stats-index.js';

describe('shareStatsIndexes', () => {
  it('builds each basis of a shared series once; another series is built every time', () => {
    const shared = { ...loadShippedSeries('VBK') };
    const other = { ...loadShippedSeries('VBK') };
    shareStatsIndexes(shared);
    expect(hasSharedStatsIndexes(shared)).toBe(true);
    expect(hasSharedStatsIndexes(other)).toBe(false);
    expect(buildStatsIndex(shared)).toBe(buildStatsIndex(shared));
    expect(buildStatsIndex(shared, 'total')).toBe(buildStatsIndex(shared, 'total'));
    expect(buildStatsIndex(shared, 'total')).not.toBe(buildStatsIndex(shared, 'price'));
    expect(buildStatsIndex(other)).not.toBe(buildStatsIndex(other));
    expect(buildStatsIndex(shared, 'total')).toEqual(buildStatsIndex(other, 'total'));
  });

  it('the snapshots of a shared series are those of the same series scanned, every 97th day', () => {
    for (const symbol of ['RUT', 'US10Y', 'IWO', 'VBK'] as const) {
      const shared = { ...loadShippedSeries(symbol) };
      const scanned = { ...loadShippedSeries(symbol) };
      shareStatsIndexes(shared);
      for (let i = 0; i < scanned.days.length; i += 97) {
        const date = (scanned.days[i] ?? 0) as DayNumber;
        expect(statsOnSeries(shared, date)).toEqual(statsOnSeries(scanned, date));
        if (scanned.close !== null && scanned.adjClose !== null) expect(statsOnSeries(shared, date, 'total')).toEqual(statsOnSeries(scanned, date, 'total'));
      }
    }
  });
});
