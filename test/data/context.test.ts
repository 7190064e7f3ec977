import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { addGlobalStoreOption, addStoreOption, checkStoreLocation, defaultStorePath, resolveStoreLocation, resolveStorePath, withStore, withWritableStore } from '../../src/cli/context.js';
import { SHIPPED_DATA_VERSION } from '../../src/data/shipped.js';
import type { StoreReader } from '../../src/data/store-reader.js';
import { MarketStore } from '../../src/data/store.js';
import { temporaryDirectory } from './fixtures.js';
import { dumpStore, emptyInstrumentConfig } from './store-helpers.js';

let temp: { dir: string; remove: () => void };
const savedDb = process.env['MARKETFACTS_DB'];
const savedInstruments = process.env['MARKETFACTS_INSTRUMENTS'];

beforeAll(() => {
  temp = temporaryDirectory();
  process.env['MARKETFACTS_INSTRUMENTS'] = emptyInstrumentConfig(temp.dir);
});

afterEach(() => {
  if (savedDb === undefined) delete process.env['MARKETFACTS_DB'];
  else process.env['MARKETFACTS_DB'] = savedDb;
  vi.restoreAllMocks();
});

afterAll(() => {
  if (savedInstruments === undefined) delete process.env['MARKETFACTS_INSTRUMENTS'];
  else process.env['MARKETFACTS_INSTRUMENTS'] = savedInstruments;
  temp.remove();
});

describe('the store path', () => {
  it('--db wins over MARKETFACTS_DB, which wins over the default in the data directory', () => {
    process.env['MARKETFACTS_DB'] = '/env/store.duckdb';
    expect(resolveStorePath({ db: '/flag/store.duckdb' })).toBe('/flag/store.duckdb');
    expect(resolveStorePath({})).toBe('/env/store.duckdb');
    process.env['MARKETFACTS_DB'] = '';
    expect(resolveStorePath({})).toBe(defaultStorePath());
    delete process.env['MARKETFACTS_DB'];
    expect(resolveStorePath({})).toBe(defaultStorePath());
    expect(defaultStorePath()).toMatch(/marketfacts[/\\]market\.duckdb$/);
  });

  it('addStoreOption adds --db PATH', () => {
    const command = addStoreOption(new Command('x').exitOverride());
    command.parse(['--db', 'a.duckdb'], { from: 'user' });
    expect(command.opts()).toEqual({ db: 'a.duckdb' });
  });
});

describe('a store location that cannot be right', () => {
  it('a path in a missing directory is refused, named by what gave it; only the default may be created', async () => {
    const missing = join(temp.dir, 'no', 'such', 'dir', 'x.duckdb');
    expect(() => checkStoreLocation({ path: missing, namedBy: 'option' })).toThrow(`--db: directory ${join(temp.dir, 'no', 'such', 'dir')} does not exist`);
    expect(() => checkStoreLocation({ path: missing, namedBy: 'env' })).toThrow(`MARKETFACTS_DB: directory ${join(temp.dir, 'no', 'such', 'dir')} does not exist`);
    expect(() => checkStoreLocation({ path: missing, namedBy: 'default' })).not.toThrow();
    expect(() => checkStoreLocation({ path: temp.dir, namedBy: 'option' })).toThrow(`--db: ${temp.dir} is a directory; name the store file in it`);
    expect(() => checkStoreLocation({ path: join(temp.dir, 'new.duckdb'), namedBy: 'option' })).not.toThrow();
    process.env['MARKETFACTS_DB'] = missing;
    expect(resolveStoreLocation({})).toEqual({ path: missing, namedBy: 'env' });
    await expect(withStore({}, async () => 1)).rejects.toThrow(/^MARKETFACTS_DB: directory .* does not exist$/);
    await expect(withWritableStore({ db: missing }, async () => 1)).rejects.toThrow(/^--db: directory .* does not exist$/);
    expect(existsSync(join(temp.dir, 'no'))).toBe(false);
  });
});

describe('--db before the command name', () => {
  function parse(argv: string[]): string | undefined {
    let seen: string | undefined;
    const program = addGlobalStoreOption(new Command('p').exitOverride());
    const command = addStoreOption(program.command('sub')).action((options: { db?: string }) => {
      seen = options.db;
    });
    command.exitOverride();
    program.parse(argv, { from: 'user' });
    return seen;
  }

  it('applies when the command has none of its own; the one after the command name wins', () => {
    expect(parse(['--db', 'global.duckdb', 'sub'])).toBe('global.duckdb');
    expect(parse(['sub', '--db', 'local.duckdb'])).toBe('local.duckdb');
    expect(parse(['--db', 'global.duckdb', 'sub', '--db', 'local.duckdb'])).toBe('local.duckdb');
    expect(parse(['sub'])).toBeUndefined();
  });
});

describe('withStore', () => {
  it('builds a missing store from the shipped data, once, leaving no temporary files', async () => {
    mkdirSync(join(temp.dir, 'nested', 'dir'), { recursive: true });
    const db = join(temp.dir, 'nested', 'dir', 'market.duckdb');
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const rows = await withStore({ db }, async (store) => (await store.loadSeries('RUT')).days.length);
    expect(rows).toBe(9686);
    expect(stderr).toHaveBeenCalledTimes(1);
    expect(readdirSync(join(temp.dir, 'nested', 'dir')).sort()).toEqual(['market.duckdb', 'market.duckdb.series']);
    stderr.mockClear();
    await withStore({ db }, async (store) => store.listInstruments());
    expect(stderr).not.toHaveBeenCalled();
  });

  it('closes the store even when the work throws, and passes the error on', async () => {
    const db = join(temp.dir, 'nested', 'dir', 'market.duckdb');
    let opened: StoreReader | undefined;
    await expect(
      withStore({ db }, async (store) => {
        opened = store;
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    // A closed read-only store lets a writer in.
    await withWritableStore({ db }, async (store) => expect(store.readOnly).toBe(false));
    expect(opened).toBeDefined();
  });

  it('a store built from older shipped data is brought up to date, keeping what is already there', async () => {
    const db = join(temp.dir, 'nested', 'dir', 'market.duckdb');
    const writer = await MarketStore.open(db);
    await writer.writeMeta('shipped_data_version', 'an older version');
    writer.close();
    const dataBefore = (await dumpStore(db)).split('\n').slice(1);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    await withStore({ db }, async (store) => store.listInstruments());
    const reader = await MarketStore.open(db, { readOnly: true });
    const version = await reader.readMeta('shipped_data_version');
    reader.close();
    expect(version).toBe(SHIPPED_DATA_VERSION);
    // Every shipped file is already recorded by its sha256: no source added, no row touched.
    expect((await dumpStore(db)).split('\n').slice(1)).toEqual(dataBefore);
  });

  it('a store that was never built from the shipped data is left alone', async () => {
    const db = join(temp.dir, 'own.duckdb');
    (await MarketStore.open(db)).close();
    const listed = await withStore({ db }, async (store) => store.listInstruments());
    expect(listed).toEqual([]);
    expect(existsSync(db)).toBe(true);
  });
});
