/**
 * Errors and small outputs of the data commands, run as a user runs them: `node
 * bin/marketfacts.js` in a child process (needs `npm run build` first), each with its own
 * temporary store. Expected values come from plain scans of the shipped CSV files.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readShippedRows } from '../helpers/shipped-series.js';
import { buildShippedFixture, dumpStore, runCli, type CliRun, type ShippedStoreFixture } from './store-helpers.js';

let fixture: ShippedStoreFixture;

function run(args: readonly string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return runCli(fixture, args, extraEnv);
}

function writeFixture(name: string, content: string | Uint8Array): string {
  const path = join(fixture.dir, name);
  writeFileSync(path, content);
  return path;
}

beforeAll(async () => {
  fixture = await buildShippedFixture();
});

afterAll(() => fixture.remove());

describe('ingest: files that are not data files', () => {
  it('binary data: one line saying so, never the bytes', async () => {
    const bin = writeFixture('bin.csv', Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x1b, 0x5b, 0x33, 0x31, 0x6d, 0x0a, 0xff]));
    const result = await run(['ingest', bin, '--symbol', 'RUT', '--db', fixture.path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`marketfacts: ${bin}: binary data, not a CSV file\n`);
  });

  it('a missing file and a directory are named before the symbol is inferred', async () => {
    const missing = join(fixture.dir, 'nonexistent.csv');
    const dir = join(fixture.dir, 'adir');
    mkdirSync(dir);
    const cases: [string[], string][] = [
      [['ingest', missing], `marketfacts: ${missing}: no such file\n`],
      [['ingest', missing, '--symbol', 'RUT'], `marketfacts: ${missing}: no such file\n`],
      [['ingest', dir, '--symbol', 'RUT'], `marketfacts: ${dir}: is a directory\n`],
      [['ingest', dir], `marketfacts: ${dir}: is a directory\n`],
    ];
    const results = await Promise.all(cases.map(([args]) => run([...args, '--db', fixture.path])));
    results.forEach((result, i) => {
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(cases[i]?.[1]);
    });
  });

  it('a long header is quoted in about 60 characters', async () => {
    const header = Array.from({ length: 30 }, (_, i) => `field${i}`).join(',');
    const file = writeFixture('wide.csv', `${header}\n${header.replace(/field\d+/g, '1')}\n`);
    const result = await run(['ingest', file, '--symbol', 'RUT', '--db', fixture.path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`marketfacts: ${file}:1: missing column: no date column in header "${header.slice(0, 60)}..."\n`);
  });
});

describe('ingest: revisions and counts', () => {
  it('a revision beyond the plausible move refuses the file in strict mode; --accept-revisions applies it with a warning naming symbol, date, old and new value', async () => {
    const db = fixture.copy('revise.duckdb');
    const rows = readShippedRows('RUT.yahoo.csv');
    const old2 = rows.find((row) => row.date === '2024-01-02')?.close ?? Number.NaN;
    const old3 = rows.find((row) => row.date === '2024-01-03')?.close ?? Number.NaN;
    const file = writeFixture('unsorted.csv', 'date,close\n2024-01-03,100\n2024-01-02,101\n');
    const before = await dumpStore(db);
    const refused = await run(['ingest', file, '--symbol', 'RUT', '--db', db]);
    expect(refused.code).toBe(2);
    const four = (value: number): string => String(Math.round(value * 1e4) / 1e4);
    expect(refused.stderr).toBe(
      `marketfacts: ${file}: 2 revisions beyond the 25% plausible in a day for an index, first RUT 2024-01-02 close ${four(old2)} to 101; is it the right file and symbol? nothing was changed; pass --accept-revisions to apply them\n`,
    );
    expect(await dumpStore(db)).toBe(before);
    const result = await run(['ingest', file, '--symbol', 'RUT', '--db', db, '--accept-revisions']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/-> RUT: 2 rows \(close-only \(date,close\)\); 0 added, 2 revised, 0 unchanged\n$/);
    expect(result.stderr).toContain(`marketfacts: warning: ${file}: RUT 2024-01-02: close revised from ${four(old2)} to 101, beyond the 25% plausible in a day for an index; applied\n`);
    expect(result.stderr).toContain(`RUT 2024-01-03: close revised from ${four(old3)} to 100,`);
    const series = await run(['series', 'RUT', '--from', '2024-01-02', '--to', '2024-01-03', '--csv', '--db', db]);
    expect(series.stdout).toBe('date,close\n2024-01-02,101\n2024-01-03,100\n');
    // Put the shipped values back: the JSON report lists the revisions too.
    const back = writeFixture('back.csv', `date,close\n2024-01-02,${old2}\n2024-01-03,${old3}\n`);
    const json = await run(['ingest', back, '--symbol', 'RUT', '--db', db, '--json', '--accept-revisions']);
    expect((JSON.parse(json.stdout) as { implausible_revisions: unknown[] }[])[0]?.implausible_revisions).toEqual([
      { date: '2024-01-02', column: 'close', old: 101, new: old2 },
      { date: '2024-01-03', column: 'close', old: 100, new: old3 },
    ]);
  });

  it('one row, two rows; counts with thousands separators', async () => {
    const db = fixture.copy('counts.duckdb');
    const last = readShippedRows('GSPC.yahoo.csv').at(-1);
    const one = writeFixture('one.csv', `date,close\n${last?.date ?? ''},${last?.close ?? 0}\n`);
    expect((await run(['ingest', one, '--symbol', 'SPX', '--db', db])).stdout).toMatch(/-> SPX: 1 row \(close-only/);
    const list = await run(['instruments', '--db', db]);
    const spxRows = readShippedRows('GSPC.yahoo.csv').length;
    expect(spxRows).toBeGreaterThan(1000);
    expect(list.stdout).toMatch(new RegExp(`^SPX .* ${spxRows.toLocaleString('en-US')}  price$`, 'm'));
  });
});

describe('the store option', () => {
  it('--db before the command name works like --db after it', async () => {
    const before = await run(['--db', fixture.path, 'instruments', '--json']);
    const after = await run(['instruments', '--json', '--db', fixture.path]);
    expect(before.code).toBe(0);
    expect(before.stdout).toBe(after.stdout);
    expect((JSON.parse(before.stdout) as unknown[]).length).toBeGreaterThan(5);
  });

  it('a store path in a directory that does not exist is an error, not a new store', async () => {
    const missing = join(fixture.dir, 'nonexistent', 'dir', 'x.duckdb');
    const flag = await run(['stats', 'RUT', '--db', missing]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toBe(`marketfacts: --db: directory ${join(fixture.dir, 'nonexistent', 'dir')} does not exist\n`);
    const env = await run(['stats', 'RUT'], { MARKETFACTS_DB: missing });
    expect(env.code).toBe(2);
    expect(env.stderr).toBe(`marketfacts: MARKETFACTS_DB: directory ${join(fixture.dir, 'nonexistent', 'dir')} does not exist\n`);
    const ingest = await run(['ingest', join(fixture.dir, 'one.csv'), '--symbol', 'SPX', '--db', missing]);
    expect(ingest.code).toBe(2);
    expect(existsSync(join(fixture.dir, 'nonexistent'))).toBe(false);
  });
});

describe('help', () => {
  it('the program description wraps as one paragraph; arguments are lower case everywhere', async () => {
    const help = await run(['--help']);
    const paragraph = help.stdout.split('\n\n')[1]?.split('\n') ?? [];
    expect(paragraph.length).toBeGreaterThan(1);
    // Lines are filled to the width, not broken after a phrase.
    for (const line of paragraph.slice(0, -1)) expect(line.length).toBeGreaterThan(60);
    expect(help.stdout).toMatch(/--db <path> /);
    const usages = await Promise.all(['series', 'stats', 'seasonality', 'ingest', 'compare'].map((command) => run([command, '--help'])));
    expect(usages.map((result) => result.stdout.split('\n')[0])).toEqual([
      'Usage: marketfacts series [options] <symbol>',
      'Usage: marketfacts stats [options] <symbol>',
      'Usage: marketfacts seasonality [options] <symbol>',
      'Usage: marketfacts ingest [options] <file...>',
      'Usage: marketfacts compare [options] <a> <b>',
    ]);
  });
});
