/**
 * The data commands run as a user runs them: `node bin/marketfacts.js` in a child process
 * (needs `npm run build` first, as `npm test` does), each with its own temporary store.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedDataDir } from '../../src/data/shipped.js';
import { readShippedRows } from '../helpers/shipped-series.js';
import { fixturePath } from './fixtures.js';
import { buildShippedFixture, dumpStore, runCli, type CliRun, type ShippedStoreFixture } from './store-helpers.js';

let fixture: ShippedStoreFixture;

function run(args: readonly string[]): Promise<CliRun> {
  return runCli(fixture, args);
}

beforeAll(async () => {
  fixture = await buildShippedFixture();
});

afterAll(() => fixture.remove());

describe('marketfacts ingest', () => {
  it('a bad row: exit 2, one line FILE:LINE: reason, store unchanged', async () => {
    const db = fixture.copy('bad.duckdb');
    const before = await dumpStore(db);
    const bad = fixturePath('bad-number.csv');
    const result = await run(['ingest', fixturePath('generic-date-close.csv'), bad, '--symbol', 'SPX', '--db', db]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`marketfacts: ${bad}:3: unparseable number "1O1" in column close\n`);
    expect(result.stdout).toBe('');
    expect(await dumpStore(db)).toBe(before);
  });

  it('a missing file or an unknown symbol: exit 2, one line', async () => {
    const db = fixture.copy('missing.duckdb');
    const missing = await run(['ingest', 'no-such-file.csv', '--symbol', 'SPX', '--db', db]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('marketfacts: no-such-file.csv: no such file\n');
    const unknown = await run(['ingest', fixturePath('generic-date-close.csv'), '--symbol', 'NOPE', '--db', db]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^marketfacts: --symbol: unknown symbol "NOPE"; known: SPX, RUT/);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('written by one process, read by another; re-ingest reports no change', async () => {
    const db = fixture.copy('two-process.duckdb');
    const file = join(fixture.dir, 'SPX-late.csv');
    writeFileSync(file, 'date,close\n2026-08-21,6400\n2026-08-24,6410.5\n');
    const last = readShippedRows('GSPC.yahoo.csv').at(-1);
    const ingest = await run(['ingest', file, '--symbol', 'spx', '--db', db]);
    expect(ingest.code).toBe(0);
    expect(ingest.stdout).toMatch(/-> SPX: 2 rows .*; 1 added, 1 revised, 0 unchanged/);
    const read = await run(['series', 'SPX', '--from', last?.date ?? '', '--json', '--db', db]);
    expect(read.code).toBe(0);
    const parsed = JSON.parse(read.stdout) as { observations: { date: string; close: number }[] };
    expect(parsed.observations).toEqual([
      { date: '2026-08-21', close: 6400 },
      { date: '2026-08-24', close: 6410.5 },
    ]);
    const again = await run(['ingest', file, '--symbol', 'SPX', '--db', db, '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject([{ symbol: 'SPX', added: 0, revised: 0, unchanged: 2 }]);
  });

  it('--lenient drops bad rows and says how many and why; --adjusted-only stores adjusted closes', async () => {
    const db = fixture.copy('lenient.duckdb');
    const lenient = await run(['ingest', fixturePath('bad-number.csv'), '--symbol', 'SPX', '--lenient', '--db', db, '--accept-revisions']);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toMatch(/1 bad row dropped \(1 unparseable number in column close\)/);
    // Two days inside the shipped range, set by a file whose data reach further: an older file.
    const adjusted = await run(['ingest', fixturePath('adjusted-only.csv'), '--symbol', 'IWO', '--adjusted-only', '--db', db, '--json', '--accept-revisions']);
    expect(JSON.parse(adjusted.stdout)).toMatchObject([{ format: 'adjusted-only', revised: 2 }]);
    // A shipped adjusted-only file is read as such by its name, per the manifest.
    const shipped = await run(['ingest', join(shippedDataDir(), 'VBK.adjclose.yahoo.csv'), '--db', db, '--json']);
    expect(shipped.stderr).toMatch(/read as adjusted closes only, as the shipped data manifest says/);
    expect(JSON.parse(shipped.stdout)).toMatchObject([{ symbol: 'VBK', format: 'adjusted-only', added: 296 }]);
  });

  it('a user instrument from the config file', async () => {
    const db = fixture.copy('user.duckdb');
    writeFileSync(join(fixture.dir, 'instruments.json'), JSON.stringify({ instruments: [{ symbol: 'QQQ', name: 'Invesco QQQ Trust', kind: 'etf' }] }));
    const registered = await run(['instruments', '--all', '--db', db]);
    expect(registered.stdout).toMatch(/^QQQ +Invesco QQQ Trust +etf +dollars +0 +no data$/m);
    const ingest = await run(['ingest', fixturePath('generic-date-close.csv'), '--symbol', 'QQQ', '--db', db]);
    expect(ingest.code).toBe(0);
    const list = await run(['instruments', '--json', '--db', db]);
    const rows = JSON.parse(list.stdout) as { symbol: string; kind: string; rows: number }[];
    expect(rows.at(-1)).toMatchObject({ symbol: 'QQQ', kind: 'etf', rows: 2 });
    writeFileSync(join(fixture.dir, 'instruments.json'), '{"instruments": [{"symbol": "QQQ"}]}');
    const broken = await run(['instruments', '--db', db]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/instruments\.json: instruments\[0\]\.name: expected a non-empty string\n$/);
    writeFileSync(join(fixture.dir, 'instruments.json'), '{"instruments": []}');
  });
});

describe('marketfacts series and instruments', () => {
  it('bad arguments: exit 2 with one line naming the argument', async () => {
    const db = fixture.path;
    const cases: [string[], RegExp][] = [
      [['series', 'XYZ', '--db', db], /^marketfacts: <symbol>: unknown symbol "XYZ"; known: SPX, /],
      [['series', 'SPX', '--from', '2024-02-30', '--db', db], /^marketfacts: --from: "2024-02-30" is not a calendar date/],
      [['series', 'SPX', '--from', '2024-02-01', '--to', '2024-01-01', '--db', db], /^marketfacts: --from: /],
      [['series', 'IWO', '--db', db], /^marketfacts: IWO: the store holds only adjusted closes .* add --adjusted/],
      [['series', 'SPX', '--adjusted', '--db', db], /^marketfacts: --adjusted: SPX has no adjusted closes/],
      [['series', 'SPX', '--json', '--csv', '--db', db], /^marketfacts: --json: /],
    ];
    const results = await Promise.all(cases.map(([args]) => run(args)));
    results.forEach((result, i) => {
      expect(result.code, `${(cases[i]?.[0] ?? []).join(' ')}: ${result.stderr}`).toBe(2);
      expect(result.stderr).toMatch(cases[i]?.[1] ?? /never/);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    });
  });

  it('series prints closes as CSV, the adjusted ones when asked', async () => {
    const rut = await run(['series', 'RUT', '--from', '2024-11-22', '--to', '2024-11-25', '--csv', '--db', fixture.path]);
    const expected = readShippedRows('RUT.yahoo.csv').filter((row) => row.date >= '2024-11-22' && row.date <= '2024-11-25');
    expect(rut.stdout).toBe(`date,close\n${expected.map((row) => `${row.date},${row.close}`).join('\n')}\n`);
    const iwo = await run(['series', 'IWO', '--adjusted', '--to', '2000-07-31', '--csv', '--db', fixture.path]);
    expect(iwo.stdout).toBe('date,adj_close\n2000-07-28,63.789371490478516\n2000-07-31,64.44921875\n');
  });

  it('a range before the data begin gives no rows and says where the data run', async () => {
    const result = await run(['series', 'IWO', '--adjusted', '--to', '1999-12-31', '--db', fixture.path]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('marketfacts: no IWO closes in the range asked; the data run from 2000-07-28 to 2026-08-03\n');
    const json = await run(['series', 'SPX', '--from', '2030-01-01', '--json', '--db', fixture.path]);
    expect(JSON.parse(json.stdout)).toMatchObject({ symbol: 'SPX', count: 0, observations: [] });
  });

  it('instruments lists every shipped symbol', async () => {
    const result = await run(['instruments', '--db', fixture.path]);
    expect(result.code).toBe(0);
    for (const symbol of ['SPX', 'RUT', 'US10Y', 'IWO']) expect(result.stdout).toMatch(new RegExp(`^${symbol} `, 'm'));
  });

  it('the first command on a missing store builds it from the shipped data; a missing directory is refused', async () => {
    const db = join(fixture.dir, 'fresh', 'market.duckdb');
    const refused = await run(['series', 'US10Y', '--db', db]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`marketfacts: --db: directory ${join(fixture.dir, 'fresh')} does not exist\n`);
    expect(existsSync(join(fixture.dir, 'fresh'))).toBe(false);
    mkdirSync(join(fixture.dir, 'fresh'));
    const result = await run(['series', 'US10Y', '--from', '2024-11-22', '--to', '2024-11-25', '--json', '--db', db]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/building the store/);
    expect((JSON.parse(result.stdout) as { observations: unknown[] }).observations).toEqual([
      { date: '2024-11-22', close: 4.41 },
      { date: '2024-11-25', close: 4.27 },
    ]);
  });

  it('--help of each command shows examples', async () => {
    for (const command of ['ingest', 'instruments', 'series']) {
      const help = await run([command, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/Examples:\n {2}\$ marketfacts /);
    }
  });
});
