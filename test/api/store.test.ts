/**
 * The library against the command line: each method returns the object the matching `--json`
 * command prints, byte for byte once printed the same way, on a real store built from the
 * shipped data. And a store opened with `watch` serves the old content until a new store file
 * is swapped in, then the new one, without being reopened.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/api/index.js';
import { buildShippedFixture, runCli, type ShippedStoreFixture } from '../data/store-helpers.js';
import { readShippedRows, REPO_ROOT, shippedFileOf } from '../helpers/shipped-series.js';

let fixture: ShippedStoreFixture;
let store: Store;

beforeAll(async () => {
  fixture = await buildShippedFixture();
  store = await openStore({ db: fixture.path, writeCache: false });
});

afterAll(() => {
  store.close();
  fixture.remove();
});

const printed = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

async function cliJson(args: string[]): Promise<string> {
  const run = await runCli(fixture, [...args, '--db', fixture.path]);
  // Only a note may go to stderr (a date without a session, e.g. Thanksgiving, says which session it used).
  expect(run.stderr).toMatch(/^(marketfacts: note: [^\n]*\n)?$/);
  expect(run.code).toBe(0);
  return run.stdout;
}

describe('the library returns what the commands print', () => {
  it.each([
    ['RUT', '2024-11-25'],
    ['US10Y', '2024-11-25'],
    ['SPX', '2024-11-28'],
  ])('stats %s %s', async (symbol, date) => {
    expect(printed(await store.stats(symbol, date))).toBe(await cliJson(['stats', symbol, '--date', date, '--json']));
  });

  it('stats of the latest date, total return of an adjusted-only fund', async () => {
    expect(printed(await store.stats('IWO'))).toBe(await cliJson(['stats', 'IWO', '--json']));
  });

  it('seasonality, series, instruments', async () => {
    expect(printed(await store.seasonality('RUT', { from: '1988', to: '2023' }))).toBe(await cliJson(['seasonality', 'RUT', '--from', '1988', '--to', '2023', '--json']));
    expect(printed(await store.series('VBK', { from: '2024-11-18', to: '2024-11-25', adjusted: true }))).toBe(
      await cliJson(['series', 'VBK', '--from', '2024-11-18', '--to', '2024-11-25', '--adjusted', '--json']),
    );
    expect(printed(await store.instruments())).toBe(await cliJson(['instruments', '--json']));
  });

  it('brief: the JSON of brief --json, and the text of the plain brief', async () => {
    const { text, ...json } = await store.brief('2024-11-25');
    expect(printed(json)).toBe(await cliJson(['brief', '--date', '2024-11-25', '--json']));
    expect(text).toBe(await cliJson(['brief', '--date', '2024-11-25']));
    expect(await store.renderBrief('markdown', { date: '2024-11-25' })).toBe(await cliJson(['brief', '--date', '2024-11-25', '--format', 'markdown']));
  });

  it('check: the report of check --json for the same text', async () => {
    const article = join(REPO_ROOT, 'test', 'articles', 'rut-near-record.txt');
    const report = await store.check(readFileSync(article, 'utf8'), { input: article });
    expect(printed(report)).toBe(await cliJson(['check', article, '--json']));
    expect(report.claims.length).toBeGreaterThan(3);
  });

  it('errors name the argument, as the commands do', async () => {
    await expect(store.stats('RUT', '2024-13-01')).rejects.toThrow(/^--date: "2024-13-01" is not a calendar date/);
    await expect(store.stats('NOPE')).rejects.toThrow(/^<symbol>: unknown symbol "NOPE"/);
    await expect(store.check('The Russell 2000 rose 1.5% to 2,442.03.')).rejects.toThrow(/^--date: /);
  });
});

describe('a watched store follows a new file swapped in', () => {
  it('serves the old content until the swap, then the new, with no failed call', async () => {
    const live = fixture.copy('live.duckdb');
    const watched = await openStore({ db: live, watch: true, watchIntervalMs: 0, writeCache: false });
    try {
      const rows = readShippedRows(shippedFileOf('RUT'));
      const last = rows[rows.length - 1];
      if (last === undefined) throw new Error('no RUT rows');
      // Before the swap, a date after the data end answers as of the last session.
      expect((await watched.stats('RUT', '2026-02-24')).date).toBe(last.date);
      // The next store is prepared beside the live one and renamed over it, as an update job does.
      const next = fixture.copy('next.duckdb');
      const csv = join(fixture.dir, 'rut-next.csv');
      writeFileSync(csv, `date,close\n2026-02-24,${last.close + 10}\n`);
      const ingest = await runCli(fixture, ['ingest', csv, '--symbol', 'RUT', '--db', next]);
      expect(ingest.stderr).toBe('');
      expect((await watched.stats('RUT')).date).toBe(last.date);
      renameSync(next, live);
      expect(await watched.refresh()).toBe(true);
      const stats = await watched.stats('RUT', '2026-02-24');
      expect(stats.date).toBe('2026-02-24');
      expect(stats.prev_close).toBe(last.close);
      expect(stats.close).toBe(last.close + 10);
      expect(await watched.refresh()).toBe(false);
    } finally {
      watched.close();
    }
  });
});
