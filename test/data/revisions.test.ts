/** Revisions beyond the plausible one-day move: applied, and listed in the ingest report. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IngestRequest } from '../../src/data/store-ingest.js';
import { MarketStore } from '../../src/data/store.js';

const BASE = { adjClose: null, fileName: 'x.csv', sha256: 'x', format: 'close-only', ingestedAt: new Date() } as const;

function request(symbol: string, days: number[], close: number[] | null, adjClose: number[] | null = null): IngestRequest {
  return { ...BASE, symbol, days: Int32Array.from(days), close: close && Float64Array.from(close), adjClose: adjClose && Float64Array.from(adjClose) };
}

describe('implausible revisions', () => {
  it('an index close moved by more than 25% is listed with date, old and new value, and applied', async () => {
    const store = await MarketStore.open(':memory:');
    try {
      await store.ingest(request('RUT', [19724, 19725, 19726], [2012.8, 2010, 2020]));
      const report = await store.ingest(request('RUT', [19724, 19725, 19726], [101, 2011, 1500]));
      expect(report.revised).toBe(3);
      // 2011 is 0.05% off; 1500 is 25.7% below 2020; 101 is 95% below 2012.8.
      expect(report.implausibleRevisions).toEqual([
        { date: '2024-01-02', column: 'close', old: 2012.8, new: 101 },
        { date: '2024-01-04', column: 'close', old: 2020, new: 1500 },
      ]);
      const series = await store.loadSeries('RUT');
      expect(Array.from(series.close ?? [])).toEqual([101, 2011, 1500]);
      const again = await store.ingest(request('RUT', [19724], [101]));
      expect(again.implausibleRevisions).toEqual([]);
    } finally {
      store.close();
    }
  });

  it('a yield is judged in percentage points; adjusted closes are checked in their own column', async () => {
    const store = await MarketStore.open(':memory:');
    try {
      await store.ingest(request('US10Y', [19724, 19725], [4.3, 4.3]));
      const yields = await store.ingest(request('US10Y', [19724, 19725], [5.31, 5.29]));
      expect(yields.implausibleRevisions).toEqual([{ date: '2024-01-02', column: 'close', old: 4.3, new: 5.31 }]);
      await store.ingest(request('IWO', [19724, 19725], null, [100, 100]));
      const fund = await store.ingest(request('IWO', [19724, 19725], null, [60, 99]));
      expect(fund.implausibleRevisions).toEqual([{ date: '2024-01-02', column: 'adj_close', old: 100, new: 60 }]);
      // A new day is an addition, never a revision, however far it is from its neighbours.
      const added = await store.ingest(request('IWO', [19726], null, [1]));
      expect(added).toMatchObject({ added: 1, implausibleRevisions: [] });
    } finally {
      store.close();
    }
  });

  it('property: an index revision is listed exactly when it moves the close by more than 25%', async () => {
    const store = await MarketStore.open(':memory:');
    try {
      let day = 20000;
      await fc.assert(
        fc.asyncProperty(fc.double({ min: 1, max: 1e5, noNaN: true }), fc.double({ min: 0.01, max: 3, noNaN: true }), async (old, ratio) => {
          day += 1;
          const value = old * ratio;
          fc.pre(value !== old);
          await store.ingest(request('SPX', [day], [old]));
          const report = await store.ingest(request('SPX', [day], [value]));
          expect(report.implausibleRevisions.length).toBe(Math.abs(value / old - 1) > 0.25 ? 1 : 0);
        }),
        { numRuns: 40 },
      );
    } finally {
      store.close();
    }
  });
});
