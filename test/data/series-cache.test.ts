import { appendFileSync, existsSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { withStore, withWritableStore } from '../../src/cli/context.js';
import { BUILTIN_REGISTRY } from '../../src/data/registry.js';
import { openSeriesCache, readSeriesCacheContent, seriesCachePath, writeSeriesCache } from '../../src/data/series-cache.js';
import { SHIPPED_DATA_VERSION } from '../../src/data/shipped.js';
import { MarketStore } from '../../src/data/store.js';
import { buildShippedFixture, expectCacheAnswersAsStore, type ShippedStoreFixture } from './store-helpers.js';

let shipped: ShippedStoreFixture;
beforeAll(async () => {
  shipped = await buildShippedFixture();
});
afterAll(() => shipped.remove());


async function writeCacheOf(path: string): Promise<void> {
  const store = await MarketStore.open(path, { readOnly: true });
  const content = await readSeriesCacheContent(store);
  store.close();
  expect(writeSeriesCache(path, content)).toBe(true);
}

describe('series cache', () => {
  it('answers exactly what the DuckDB store answers, series by series', async () => {
    const path = shipped.copy('same.duckdb');
    await writeCacheOf(path);
    const cache = await expectCacheAnswersAsStore(path);
    expect((await cache.loadSeries('^gspc')).instrument.symbol).toBe('SPX');
    await expect(cache.loadSeries('NOPE')).rejects.toThrow(/^<symbol>: unknown symbol "NOPE"; known: SPX, RUT/);
  });

  it('counts as absent once the store file changes, has a pending log, or the shipped data move on', async () => {
    const path = shipped.copy('stale.duckdb');
    await writeCacheOf(path);
    expect(openSeriesCache(path, BUILTIN_REGISTRY, SHIPPED_DATA_VERSION)).toBeDefined();
    expect(openSeriesCache(path, BUILTIN_REGISTRY, 'a later version')).toBeUndefined();
    writeFileSync(`${path}.wal`, '');
    expect(openSeriesCache(path, BUILTIN_REGISTRY, SHIPPED_DATA_VERSION)).toBeUndefined();
    await writeCacheOf(path);
    utimesSync(path, new Date(), new Date(Date.now() + 60_000));
    expect(openSeriesCache(path, BUILTIN_REGISTRY, SHIPPED_DATA_VERSION)).toBeUndefined();
  });

  it('ignores a truncated or foreign cache file', async () => {
    const path = shipped.copy('broken.duckdb');
    writeFileSync(seriesCachePath(path), 'not a cache');
    expect(openSeriesCache(path, BUILTIN_REGISTRY, SHIPPED_DATA_VERSION)).toBeUndefined();
    await writeCacheOf(path);
    appendFileSync(seriesCachePath(path), Buffer.alloc(3));
    const cache = openSeriesCache(path, BUILTIN_REGISTRY, SHIPPED_DATA_VERSION);
    // Trailing bytes beyond the blocks are harmless; a cut file is refused.
    expect(cache).toBeDefined();
    const whole = readFileSync(seriesCachePath(path));
    writeFileSync(seriesCachePath(path), whole.subarray(0, Math.floor(whole.length / 2)));
    expect(openSeriesCache(path, BUILTIN_REGISTRY, SHIPPED_DATA_VERSION)).toBeUndefined();
  });

  it('a damaged cache of the same size and time is never served: the read falls back to DuckDB and rewrites it', async () => {
    const path = shipped.copy('damaged.duckdb');
    await writeCacheOf(path);
    const cachePath = seriesCachePath(path);
    const { mtime } = statSync(cachePath);
    const bytes = readFileSync(cachePath);
    // Overwrite the last value of the last block with 12,345.68, keeping the size and time.
    const trueLast = (await withStore({ db: path }, async (store) => store.loadSeries('SPX'))).close?.at(-1);
    const damaged = Buffer.from(bytes);
    const at = damaged.length - 8;
    damaged.writeDoubleLE(12345.68, at);
    writeFileSync(cachePath, damaged);
    utimesSync(cachePath, mtime, mtime);
    expect(statSync(cachePath).size).toBe(bytes.length);
    expect(openSeriesCache(path, BUILTIN_REGISTRY, SHIPPED_DATA_VERSION)).toBeUndefined();
    const values = await withStore({ db: path }, async (store) => (await store.loadAllSeries()).map((series) => Array.from(series.close ?? series.adjClose ?? [])));
    expect(values.flat()).not.toContain(12345.68);
    // Rewritten from DuckDB: intact again, and the S&P 500 as before.
    expect(readFileSync(cachePath).equals(bytes)).toBe(true);
    expect((await withStore({ db: path }, async (store) => store.loadSeries('SPX'))).close?.at(-1)).toBe(trueLast);
  });

  it('is written by the first read and replaced after an ingest, so a revision is seen at once', async () => {
    const path = shipped.copy('cycle.duckdb');
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const before = await withStore({ db: path }, async (store) => (await store.loadSeries('US10Y')).days.length);
    expect(existsSync(seriesCachePath(path))).toBe(true);
    await withWritableStore({ db: path }, async (store) => {
      await store.ingest({ symbol: 'US10Y', days: new Int32Array([30_000]), close: new Float64Array([9.99]), adjClose: null, fileName: 'extra.csv', sha256: 'f'.repeat(64), format: 'generic', ingestedAt: new Date() });
    });
    expect(openSeriesCache(path, BUILTIN_REGISTRY, SHIPPED_DATA_VERSION)).toBeDefined();
    const after = await withStore({ db: path }, async (store) => {
      const series = await store.loadSeries('US10Y');
      return { length: series.days.length, last: series.close?.[series.close.length - 1] };
    });
    expect(after).toEqual({ length: before + 1, last: 9.99 });
  });
});
