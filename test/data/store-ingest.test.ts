import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIsoDay, type DayNumber } from '../../src/core/date.js';
import { readDataFile } from '../../src/data/data-file.js';
import { shippedDataDir } from '../../src/data/shipped.js';
import type { IngestReport } from '../../src/data/store-ingest.js';
import { MarketStore } from '../../src/data/store.js';
import { readShippedRows } from '../helpers/shipped-series.js';
import { firstDifference } from './fixtures.js';
import { buildShippedFixture, dumpStore, type ShippedStoreFixture } from './store-helpers.js';

let fixture: ShippedStoreFixture;

beforeAll(async () => {
  fixture = await buildShippedFixture();
});

afterAll(() => fixture.remove());

/** Reads a file and ingests it into the store at `path` for `symbol`. */
async function ingestFile(path: string, file: string, symbol: string, adjustedOnly = false): Promise<IngestReport> {
  const store = await MarketStore.open(path);
  try {
    const instrument = store.findInstrument(symbol);
    const loaded = readDataFile(file, { kind: instrument?.kind ?? 'other', adjustedOnly });
    const { days, close, adjClose, layout } = loaded.parsed;
    return await store.ingest({ symbol, days, close, adjClose, fileName: loaded.fileName, sha256: loaded.sha256, format: layout.format, ingestedAt: new Date() });
  } finally {
    store.close();
  }
}

const dayOf = (text: string): DayNumber => parseIsoDay(text) ?? (0 as DayNumber);

describe('ingest', () => {
  it('re-ingesting the same file changes nothing, provenance included', async () => {
    const path = fixture.copy('idempotent.duckdb');
    const before = await dumpStore(path);
    const report = await ingestFile(path, `${shippedDataDir()}RUT.yahoo.csv`, 'RUT');
    expect(report).toMatchObject({ added: 0, revised: 0, unchanged: 9686, keptOnlyInStore: 0, sourceId: null });
    expect(await dumpStore(path)).toBe(before);
  });

  it('a newer file: rows added and revised are counted, others keep their provenance', async () => {
    const path = fixture.copy('revision.duckdb');
    const text = readFileSync(`${shippedDataDir()}RUT.yahoo.csv`, 'utf8');
    // The SOURCES.md defect: the 2025-09-08 close is a snapshot; the final close is 2394.89.
    const revised = text.replace(/^2025-09-08,[0-9.]+,/m, '2025-09-08,2394.89,');
    expect(revised).not.toBe(text);
    const newer = `${revised}2026-02-24,2600.5,2610,2590,2600,1000\r\n`;
    const file = join(fixture.dir, 'RUT.newer.csv');
    writeFileSync(file, newer);
    const report = await ingestFile(path, file, 'RUT');
    expect(report).toMatchObject({ added: 1, revised: 1, unchanged: 9685, keptOnlyInStore: 0 });
    const store = await MarketStore.open(path, { readOnly: true });
    try {
      const series = await store.loadSeries('RUT');
      const index = series.days.indexOf(dayOf('2025-09-08'));
      expect(series.close?.[index]).toBe(2394.89);
      expect(series.days[series.days.length - 1]).toBe(dayOf('2026-02-24'));
      expect((await store.provenance('RUT', dayOf('2025-09-08')))?.fileName).toBe('RUT.newer.csv');
      expect((await store.provenance('RUT', dayOf('2026-02-24')))?.fileName).toBe('RUT.newer.csv');
      expect((await store.provenance('RUT', dayOf('2024-11-25')))?.fileName).toBe('RUT.yahoo.csv');
    } finally {
      store.close();
    }
    // And ingesting the newer file again changes nothing.
    expect(await ingestFile(path, file, 'RUT')).toMatchObject({ added: 0, revised: 0, sourceId: null });
  });

  it('a shorter file removes nothing', async () => {
    const path = fixture.copy('shorter.duckdb');
    const file = join(fixture.dir, 'RUT.short.csv');
    writeFileSync(file, 'Date,Close\n2024-11-22,2406.669921875\n2024-11-25,2442.030029296875\n');
    expect(await ingestFile(path, file, 'RUT')).toMatchObject({ added: 0, revised: 0, unchanged: 2, keptOnlyInStore: 9684 });
  });

  it('a transaction failing half way leaves the store content exactly as it was', async () => {
    const path = fixture.copy('atomic.duckdb');
    const before = await dumpStore(path);
    const store = await MarketStore.open(path);
    const file = join(fixture.dir, 'SPX.new.csv');
    writeFileSync(file, 'date,close\n2026-08-24,6500\n2026-08-25,6510\n');
    const loaded = readDataFile(file, { kind: 'index' });
    const { days, close, adjClose } = loaded.parsed;
    const request = { symbol: 'SPX', days, close, adjClose, fileName: loaded.fileName, sha256: loaded.sha256, format: 'close-only', ingestedAt: new Date() };
    const failing = store.transaction(async (ingest) => {
      const first = await ingest(request);
      expect(first.added).toBe(2);
      await ingest({ ...request, symbol: 'RUT' });
      throw new Error('disk full (simulated) after two files');
    });
    await expect(failing).rejects.toThrow(/simulated/);
    expect((await store.loadSeries('SPX')).days.length).toBe(readShippedRows('GSPC.yahoo.csv').length);
    store.close();
    expect(await dumpStore(path)).toBe(before);
  });

  it('mixing an adjusted-only file with a full one: series hold the days that have both closes', async () => {
    const path = fixture.copy('mixed.duckdb');
    const report = await ingestFile(path, `${shippedDataDir()}VBK.adjclose.yahoo.csv`, 'VBK', true);
    expect(report.added).toBe(5662 - 5366);
    const store = await MarketStore.open(path, { readOnly: true });
    try {
      const summary = (await store.listInstruments()).find((s) => s.instrument.symbol === 'VBK');
      expect(summary).toMatchObject({ rows: 5662, closeRows: 5366, adjCloseRows: 5662 });
      const series = await store.loadSeries('VBK');
      const full = readShippedRows('VBK.yahoo.csv');
      const adjusted = new Map(readShippedRows('VBK.adjclose.yahoo.csv').map((row) => [row.date, row.close]));
      expect(firstDifference(series.days, Int32Array.from(full, (row) => dayOf(row.date)))).toBe(-1);
      expect(firstDifference(series.close, Float64Array.from(full, (row) => row.close))).toBe(-1);
      expect(firstDifference(series.adjClose, Float64Array.from(full, (row) => adjusted.get(row.date) ?? Number.NaN))).toBe(-1);
    } finally {
      store.close();
    }
  });

  it('an empty store holds nothing until a file is ingested', async () => {
    const path = join(fixture.dir, 'empty.duckdb');
    const store = await MarketStore.open(path);
    try {
      expect(await store.listInstruments()).toEqual([]);
      await expect(store.loadSeries('SPX')).rejects.toThrow(/^<symbol>: no data for SPX/);
    } finally {
      store.close();
    }
  });
});

describe('ingest requests', () => {
  it('symbols are canonicalised; unsorted days are refused and change nothing', async () => {
    const store = await MarketStore.open(':memory:');
    try {
      const base = { close: Float64Array.of(1, 2), adjClose: null, fileName: 'x.csv', sha256: 'x', format: 'close-only', ingestedAt: new Date() };
      await expect(store.ingest({ ...base, symbol: 'rut', days: Int32Array.of(5, 4) })).rejects.toThrow(/ascend strictly/);
      expect(await store.listInstruments()).toEqual([]);
      await store.ingest({ ...base, symbol: ' rut ', days: Int32Array.of(4, 5) });
      expect((await store.loadSeries('RUT')).days.length).toBe(2);
    } finally {
      store.close();
    }
  });
});
