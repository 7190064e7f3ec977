/**
 * The library over a damaged, missing or replaced store file: real DuckDB files built from the
 * shipped data, damaged with plain file writes. `openStore` throws one typed error naming the
 * file and the way back and never uses the last good copy on its own; a watched store keeps
 * serving what it loaded when a bad file is swapped in, and says so.
 */
import { copyFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, lastGoodCopyPath, openStore, StoreDamagedError, type ReloadEvent } from '../../src/api/index.js';
import { buildShippedFixture, damageBytes, emptyInstrumentConfig, runInProcess, STORE_DAMAGE, type ShippedStoreFixture } from '../data/store-helpers.js';
import { readShippedRows, shippedFileOf } from '../helpers/shipped-series.js';

let fixture: ShippedStoreFixture;
beforeAll(async () => {
  fixture = await buildShippedFixture();
});
afterAll(() => fixture.remove());

/** What openStore threw for `path` (fails the test when it opened). */
async function openingError(path: string): Promise<unknown> {
  try {
    (await openStore({ db: path, writeCache: false })).close();
  } catch (error: unknown) {
    return error;
  }
  throw new Error(`openStore opened ${path}`);
}

/** The last shipped RUT row: what the shipped store says last. */
function lastShippedRut(): { date: string; close: number } {
  const last = readShippedRows(shippedFileOf('RUT')).at(-1);
  if (last === undefined) throw new Error('no RUT rows');
  return last;
}

describe('openStore on a damaged store', () => {
  it('garbage, a cut file, a damaged block, a garbage .wal: a StoreDamagedError of one line naming the file, nothing written', async () => {
    const cases = [...STORE_DAMAGE, { name: 'wal.duckdb', harm: (path: string) => writeFileSync(`${path}.wal`, 'not a write-ahead log at all'), reason: /\.wal beside it is not a DuckDB write-ahead log/ }];
    for (const { name, harm, reason } of cases) {
      const path = fixture.copy(name);
      harm(path);
      const before = readFileSync(path);
      const error = await openingError(path);
      expect(error, name).toBeInstanceOf(StoreDamagedError);
      expect(error).toBeInstanceOf(InputError);
      if (!(error instanceof StoreDamagedError)) continue;
      expect(error.storePath).toBe(path);
      expect(error.lastGoodCopy).toBeNull();
      expect(error.message).toMatch(reason);
      expect(error.message).not.toContain('\n');
      expect(error.message).toBe(`--db: the store ${path} is damaged (${error.reason}); nothing was written to it; recover with "marketfacts store rebuild --db ${path}" (the shipped data and the files in its ingest log)`);
      expect(readFileSync(path).equals(before), name).toBe(true);
    }
  });

  it('names the last good copy and does not use it on its own; restored, it opens with its data', async () => {
    const path = fixture.copy('kept.duckdb');
    const last = lastShippedRut();
    const csv = join(fixture.dir, 'kept-rut.csv');
    const next = new Date(Date.parse(`${last.date}T12:00:00Z`) + 3 * 86_400_000).toISOString().slice(0, 10);
    const close = Math.round((last.close + 7.25) * 100) / 100;
    writeFileSync(csv, `date,close\n${next},${close}\n`);
    // The command line's ingest keeps the last good copy beside the store.
    expect((await runInProcess(['ingest', csv, '--symbol', 'RUT', '--db', path], { MARKETFACTS_DB: undefined, MARKETFACTS_INSTRUMENTS: emptyInstrumentConfig(fixture.dir) })).code).toBe(0);
    expect(existsSync(lastGoodCopyPath(path))).toBe(true);
    // The header: after an ingest the middle of the file may be free blocks no read touches.
    damageBytes(path, 8, 4);

    const error = await openingError(path);
    expect(error).toBeInstanceOf(StoreDamagedError);
    if (!(error instanceof StoreDamagedError)) return;
    expect(error.lastGoodCopy).toBe(lastGoodCopyPath(path));
    expect(error.message).toMatch(new RegExp(`or restore its last good copy ${lastGoodCopyPath(path).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));

    copyFileSync(error.lastGoodCopy ?? '', path);
    const store = await openStore({ db: path, writeCache: false });
    try {
      const stats = await store.stats('RUT');
      expect([stats.date, stats.close, stats.prev_close]).toEqual([next, close, last.close]);
    } finally {
      store.close();
    }
  });
});

describe('a watched store whose file is replaced', () => {
  it('a damaged file swapped in: the old content is served, degraded with the reason, told once; a good file swapped in next is loaded', async () => {
    const live = fixture.copy('watched.duckdb');
    const events: ReloadEvent[] = [];
    const store = await openStore({ db: live, watch: true, watchIntervalMs: 0, writeCache: false, onReload: (event) => events.push(event) });
    try {
      const last = lastShippedRut();
      const before = await store.stats('RUT');
      expect([before.date, before.close]).toEqual([last.date, last.close]);
      expect(store.info()).toMatchObject({ status: 'ok', reload_error: null });

      const bad = fixture.copy('watched-bad.duckdb');
      damageBytes(bad, Math.floor(readFileSync(bad).length / 2), 200_000);
      renameSync(bad, live);
      expect(await store.refresh()).toBe(false);
      expect(await store.refresh()).toBe(false);
      for (let k = 0; k < 5; k++) expect(await store.stats('RUT')).toEqual(before);
      const info = store.info();
      expect(info.status).toBe('degraded');
      expect(info.reload_error).toMatch(new RegExp(`^--db: the store .*watched\\.duckdb is damaged \\(IO Error: Corrupt database file`));
      // Told once, however often the file is looked at.
      expect(events).toHaveLength(1);
      const [failed] = events;
      expect(failed?.loaded).toBe(false);
      if (failed !== undefined && !failed.loaded) {
        expect(failed.error).toBeInstanceOf(StoreDamagedError);
        expect(failed.servingSince.toISOString()).toBe(info.loaded_at);
      }

      const good = fixture.copy('watched-good.duckdb');
      const csv = join(fixture.dir, 'watched-rut.csv');
      writeFileSync(csv, `date,close\n2026-02-24,${last.close + 10}\n`);
      expect((await runInProcess(['ingest', csv, '--symbol', 'RUT', '--db', good], { MARKETFACTS_DB: undefined, MARKETFACTS_INSTRUMENTS: emptyInstrumentConfig(fixture.dir) })).code).toBe(0);
      renameSync(good, live);
      expect(await store.refresh()).toBe(true);
      expect(store.info()).toMatchObject({ status: 'ok', reload_error: null });
      expect((await store.stats('RUT')).close).toBe(last.close + 10);
      expect(events.at(-1)).toEqual({ loaded: true, path: live, recovered: true });
    } finally {
      store.close();
    }
  });

  it('another DuckDB database swapped in (not a store): the old content is served, degraded, with the reason', async () => {
    const live = fixture.copy('foreign-live.duckdb');
    const foreign = join(fixture.dir, 'foreign.duckdb');
    const instance = await DuckDBInstance.create(foreign);
    const connection = await instance.connect();
    await connection.run('CREATE TABLE prices (day DATE, close DOUBLE)');
    connection.closeSync();
    instance.closeSync();
    const store = await openStore({ db: live, watch: true, watchIntervalMs: 0, writeCache: false });
    try {
      const before = await store.series('RUT', { from: '2024-11-18', to: '2024-11-25' });
      renameSync(foreign, live);
      expect(await store.refresh()).toBe(false);
      expect(await store.series('RUT', { from: '2024-11-18', to: '2024-11-25' })).toEqual(before);
      expect(store.info()).toMatchObject({ status: 'degraded', reload_error: expect.stringMatching(new RegExp(`^--db: ${live.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} is not a marketfacts store`)) as unknown });
    } finally {
      store.close();
    }
  });

  it('a file that goes missing is not built again: the old content is served, degraded; put back, it is ok again', async () => {
    const live = fixture.copy('vanishing.duckdb');
    const aside = join(fixture.dir, 'vanishing-aside.duckdb');
    const store = await openStore({ db: live, watch: true, watchIntervalMs: 0, writeCache: false });
    try {
      const before = await store.stats('SPX');
      renameSync(live, aside);
      expect(await store.refresh()).toBe(false);
      expect(existsSync(live)).toBe(false);
      expect(await store.stats('SPX')).toEqual(before);
      expect(store.info()).toMatchObject({ status: 'degraded', reload_error: `--db: the store ${live} is missing (moved or deleted); put a store file back at that path` });
      // The very file it loaded, back in place: nothing to load, and what is served is the file's again.
      renameSync(aside, live);
      expect(await store.refresh()).toBe(false);
      expect(store.info()).toMatchObject({ status: 'ok', reload_error: null });
    } finally {
      store.close();
    }
  });
});
