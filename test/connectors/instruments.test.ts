/** `instruments add` / `instruments remove` (the user's config file) and the hints that lead to them. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadInstrumentConfig } from '../../src/data/instrument-config.js';
import { readSeriesText } from '../../src/data/reader.js';
import { temporaryDirectory } from '../data/fixtures.js';
import { runCli, type ShippedStoreFixture } from '../data/store-helpers.js';

const dir = temporaryDirectory();
afterAll(() => dir.remove());
// These commands never open a store: a directory with a config path is all they need.
const fixture: ShippedStoreFixture = { dir: dir.dir, path: join(dir.dir, 'none.duckdb'), copy: (name) => join(dir.dir, name), remove: () => undefined };
const config = join(dir.dir, 'instruments.json');

describe('instruments add / remove', () => {
  it('add writes an entry the registry reads back; a second add of the symbol is refused', async () => {
    const added = await runCli(fixture, ['instruments', 'add', 'btc', '--name', 'Bitcoin', '--kind', 'crypto', '--source', 'yahoo:BTC-USD', '--alias', 'the cryptocurrency']);
    expect(added.code).toBe(0);
    expect(added.stdout).toBe(`added BTC (Bitcoin, crypto, yahoo:BTC-USD) to ${config}; fetch its history with "marketfacts update BTC"\n`);
    const [btc] = loadInstrumentConfig(config);
    expect(btc).toMatchObject({ symbol: 'BTC', name: 'Bitcoin', kind: 'crypto', unit: 'dollars', source: 'yahoo:BTC-USD' });
    expect(btc?.aliases).toEqual(['btc', 'bitcoin', 'the cryptocurrency']);
    const again = await runCli(fixture, ['instruments', 'add', 'BTC', '--name', 'Bitcoin', '--kind', 'crypto']);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(`marketfacts: <symbol>: BTC is already in ${config}; remove it first with "marketfacts instruments remove BTC"\n`);
  });

  it('other entries and fields of the file are kept; remove takes out only the one named', async () => {
    writeFileSync(config, JSON.stringify({ note: 'desk list', instruments: [{ symbol: 'QQQ', name: 'Invesco QQQ Trust', kind: 'etf', storyName: 'the QQQ fund' }] }));
    expect((await runCli(fixture, ['instruments', 'add', 'EURUSD', '--name', 'Euro', '--kind', 'fx', '--source', 'yahoo:EURUSD=X'])).code).toBe(0);
    const removed = await runCli(fixture, ['instruments', 'remove', 'eurusd']);
    expect(removed.code).toBe(0);
    expect(JSON.parse(readFileSync(config, 'utf8'))).toEqual({ note: 'desk list', instruments: [{ symbol: 'QQQ', name: 'Invesco QQQ Trust', kind: 'etf', storyName: 'the QQQ fund' }] });
  });

  it('bad input names the option; built-ins cannot be removed', async () => {
    const kind = await runCli(fixture, ['instruments', 'add', 'X', '--name', 'X', '--kind', 'bond']);
    expect(kind.stderr).toBe('marketfacts: --kind: "bond" is not one of stock, index, etf, yield, fx, crypto, commodity\n');
    const source = await runCli(fixture, ['instruments', 'add', 'X', '--name', 'X', '--kind', 'stock', '--source', 'X']);
    expect(source.stderr).toBe('marketfacts: --source: "X" is not SOURCE:TICKER (yahoo:TICKER, fred:SERIES or stooq:TICKER)\n');
    const builtin = await runCli(fixture, ['instruments', 'remove', 'SPX']);
    expect(builtin.code).toBe(2);
    expect(builtin.stderr).toBe(`marketfacts: <symbol>: SPX is built in; only instruments added to ${config} can be removed\n`);
  });

  it('ingest --symbol of an unknown symbol prints the exact command that adds it', async () => {
    const file = join(dir.dir, 'NVDA.csv');
    writeFileSync(file, 'date,close\n2024-11-25,136.02\n');
    const result = await runCli(fixture, ['ingest', file, '--symbol', 'nvda']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/; add it first with: marketfacts instruments add NVDA --name "NAME" --kind stock\|index\|etf\|yield\|fx\|crypto\|commodity --source yahoo:NVDA\n$/);
  });
});

describe('crypto trades every day', () => {
  const weekend = 'date,close\n2024-11-22,98000\n2024-11-23,97500\n2024-11-24,98200\n2024-11-25,93000\n';
  it('no weekend warning for a cryptocurrency; a stock with the same rows is warned', () => {
    expect(readSeriesText(weekend, { fileName: 'BTC.csv', kind: 'crypto' }).warnings).toEqual([]);
    expect(readSeriesText(weekend, { fileName: 'X.csv', kind: 'stock' }).warnings).toEqual(['2 weekend dates, first 2024-11-23 (line 3)']);
  });
});
