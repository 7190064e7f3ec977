import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { withWritableStore } from '../../src/cli/context.js';
import { readSeriesCacheContent, writeSeriesCache } from '../../src/data/series-cache.js';
import { MarketStore } from '../../src/data/store.js';
import type { DayNumber } from '../../src/core/date.js';
import { buildShippedFixture, expectCacheAnswersAsStore, type ShippedStoreFixture } from './store-helpers.js';

let shipped: ShippedStoreFixture;
beforeAll(async () => {
  shipped = await buildShippedFixture();
});
afterAll(() => shipped.remove());

describe('series cache after a write', () => {
  it('re-reads only what the write changed and still answers exactly what the DuckDB store answers', async () => {
    const path = shipped.copy('spliced.duckdb');
    const before = await MarketStore.open(path, { readOnly: true });
    const content = await readSeriesCacheContent(before);
    const spx = await before.storedRows('SPX');
    before.close();
    expect(writeSeriesCache(path, content)).toBe(true);
    const n = spx.days.length;
    const spy = vi.spyOn(MarketStore.prototype, 'storedRows');
    const lastDay = spx.days[n - 1] ?? 0;
    const revisedDay = spx.days[n - 100] ?? 0;
    await withWritableStore({ db: path }, async (store) => {
      // A revision 100 rows before the end and one day added; the symbol's rows before the revision stay cached.
      await store.ingest({
        symbol: 'SPX',
        days: Int32Array.of(revisedDay, lastDay + 3),
        close: Float64Array.of((spx.close[n - 100] ?? 0) + 1, 9999.5),
        adjClose: null,
        fileName: 'revision.csv',
        sha256: 'a'.repeat(64),
        format: 'close',
        ingestedAt: new Date(),
      });
      await store.ingest({ symbol: 'NEWSYM', days: Int32Array.of(20000, 20001), close: Float64Array.of(1, 2), adjClose: null, fileName: 'new.csv', sha256: 'b'.repeat(64), format: 'close', ingestedAt: new Date() });
      await store.deleteRows({ symbol: 'RUT', from: 10000 as DayNumber, to: 12000 as DayNumber, deletedAt: new Date() });
    });
    const spxReads = spy.mock.calls.filter((call) => call[0] === 'SPX');
    spy.mockRestore();
    expect(spxReads).toEqual([['SPX', { from: revisedDay, to: 2 ** 31 - 1 }]]);
    await expectCacheAnswersAsStore(path);
    const store = await MarketStore.open(path, { readOnly: true });
    try {
      expect((await store.storedRows('SPX')).days.length).toBe(n + 1);
      expect((await store.listInstruments()).map((summary) => summary.instrument.symbol)).toContain('NEWSYM');
    } finally {
      store.close();
    }
  });
});
