import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIsoDay, type DayNumber } from '../../src/core/date.js';
import { ArgumentError, InputError } from '../../src/core/errors.js';
import { BUILTIN_INSTRUMENTS } from '../../src/data/instruments.js';
import { SHIPPED_FILES, shippedDataDir } from '../../src/data/shipped.js';
import { MarketStore } from '../../src/data/store.js';
import { loadShippedSeries, type ShippedSymbol } from '../helpers/shipped-series.js';
import { firstDifference } from './fixtures.js';
import { buildShippedFixture, type ShippedStoreFixture } from './store-helpers.js';

let fixture: ShippedStoreFixture;
let store: MarketStore;

beforeAll(async () => {
  fixture = await buildShippedFixture();
  store = await MarketStore.open(fixture.path, { readOnly: true });
});

afterAll(() => {
  store.close();
  fixture.remove();
});

describe('a store built from the shipped data', () => {
  it('loads every symbol exactly as an independent plain parse of its file', async () => {
    for (const shipped of SHIPPED_FILES) {
      const reference = loadShippedSeries(shipped.symbol as ShippedSymbol);
      const series = await store.loadSeries(shipped.symbol);
      expect(series.instrument.symbol).toBe(shipped.symbol);
      expect(firstDifference(series.days, reference.days)).toBe(-1);
      expect(firstDifference(series.close, reference.close)).toBe(-1);
      expect(firstDifference(series.adjClose, reference.adjClose)).toBe(-1);
    }
  });

  it('IWO has adjusted closes only; VBK both', async () => {
    const iwo = await store.loadSeries('IWO');
    expect(iwo.close).toBeNull();
    expect(iwo.adjClose?.length).toBe(iwo.days.length);
    const vbk = await store.loadSeries('VBK');
    expect(vbk.close?.length).toBe(vbk.days.length);
    expect(vbk.adjClose?.length).toBe(vbk.days.length);
  });

  it('lists every instrument in registry order with its range and rows', async () => {
    const summaries = await store.listInstruments();
    expect(summaries.map((s) => s.instrument.symbol)).toEqual(BUILTIN_INSTRUMENTS.map((i) => i.symbol));
    for (const summary of summaries) {
      const reference = loadShippedSeries(summary.instrument.symbol as ShippedSymbol);
      expect(summary.rows).toBe(reference.days.length);
      expect(summary.firstDay).toBe(reference.days[0]);
      expect(summary.lastDay).toBe(reference.days[reference.days.length - 1]);
      expect(summary.closeRows).toBe(reference.close === null ? 0 : reference.days.length);
      expect(summary.adjCloseRows).toBe(reference.adjClose === null ? 0 : reference.days.length);
    }
  });

  it('loadAllSeries gives every instrument, registry order', async () => {
    const all = await store.loadAllSeries();
    expect(all.map((s) => s.instrument.symbol)).toEqual(BUILTIN_INSTRUMENTS.map((i) => i.symbol));
  });

  it('symbols are case-insensitive; an unknown one names the known ones', async () => {
    expect((await store.loadSeries(' rut ')).instrument.symbol).toBe('RUT');
    expect((await store.loadSeries('^GSPC')).instrument.symbol).toBe('SPX');
    expect((await store.loadSeries('DGS10')).instrument.symbol).toBe('US10Y');
    const error = await store.loadSeries('XYZ').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ArgumentError);
    expect(error instanceof ArgumentError ? error.message : '').toBe(
      `<symbol>: unknown symbol "XYZ"; known: ${BUILTIN_INSTRUMENTS.map((i) => i.symbol).join(', ')}`,
    );
    expect(store.findInstrument('us10y')?.kind).toBe('yield');
    expect(store.findInstrument('XYZ')).toBeUndefined();
  });

  it('keeps each row\'s provenance: file name, sha256 of the file, time of ingest', async () => {
    const day = parseIsoDay('2024-11-25') ?? (0 as DayNumber);
    const provenance = await store.provenance('RUT', day);
    const sha = createHash('sha256').update(readFileSync(`${shippedDataDir()}RUT.yahoo.csv`)).digest('hex');
    expect(provenance?.fileName).toBe('RUT.yahoo.csv');
    expect(provenance?.sha256).toBe(sha);
    expect(Number.isNaN(Date.parse(provenance?.ingestedAt ?? ''))).toBe(false);
    expect(await store.provenance('RUT', parseIsoDay('2024-11-24') ?? (0 as DayNumber))).toBeUndefined();
  });

  it('a read-only store refuses to ingest', async () => {
    const request = { symbol: 'RUT', days: new Int32Array(0), close: null, adjClose: null, fileName: 'x', sha256: 'x', format: 'x', ingestedAt: new Date() };
    await expect(store.ingest(request)).rejects.toBeInstanceOf(InputError);
  });
});

describe('opening', () => {
  it('a file that is not a store is refused with a one-line InputError', async () => {
    const path = join(fixture.dir, 'not-a-store.duckdb');
    writeFileSync(path, 'hello, this is text\n');
    const error = await MarketStore.open(path).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect(error instanceof Error ? error.message : '').toMatch(/^--db: /);
    expect(error instanceof Error ? error.message : '').not.toContain('\n');
  });

  it('a store of another schema version is refused', async () => {
    const path = fixture.copy('old-schema.duckdb');
    const writer = await MarketStore.open(path);
    await writer.writeMeta('schema_version', '0');
    writer.close();
    await expect(MarketStore.open(path, { readOnly: true })).rejects.toThrow(/schema version 1 \(found 0\)/);
  });

  it('several readers can open one store at once', async () => {
    const [a, b] = await Promise.all([MarketStore.open(fixture.path, { readOnly: true }), MarketStore.open(fixture.path, { readOnly: true })]);
    expect((await a.loadSeries('SPX')).days.length).toBe((await b.loadSeries('SPX')).days.length);
    a.close();
    b.close();
  });
});
