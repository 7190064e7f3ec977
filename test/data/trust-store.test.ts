/**
 * What the store keeps and how much it reads: instrument descriptions stored with the data
 * (a mistyped config cannot turn a yield into a price), and a capped, chunked read of any
 * input. Real DuckDB files built from the shipped data.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataFileBytes } from '../../src/data/data-file.js';
import { readShippedRows } from '../helpers/shipped-series.js';
import { buildShippedFixture, dumpStore, emptyInstrumentConfig, runInProcess, type CliRun, type ShippedStoreFixture } from './store-helpers.js';

let fixture: ShippedStoreFixture;
beforeAll(async () => {
  fixture = await buildShippedFixture();
});
afterAll(() => fixture.remove());

function writeConfig(name: string, instruments: unknown[]): string {
  const path = join(fixture.dir, name);
  writeFileSync(path, JSON.stringify({ instruments }));
  return path;
}

function cli(args: readonly string[], config?: string): Promise<CliRun> {
  return runInProcess(args, { MARKETFACTS_INSTRUMENTS: config ?? emptyInstrumentConfig(fixture.dir), MARKETFACTS_DB: undefined });
}

describe('6. the instrument descriptions live in the store', () => {
  it('a config that makes the 10-year yield an index is an error naming both descriptions, for every command', async () => {
    const db = fixture.copy('kinds.duckdb');
    const config = writeConfig('mistyped.json', [{ symbol: 'US10Y', name: '10-year Treasury yield', kind: 'index' }]);
    const before = await dumpStore(db);
    for (const args of [['stats', 'US10Y', '--db', db], ['brief', '--db', db], ['series', 'US10Y', '--db', db]]) {
      const result = await cli(args, config);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        `marketfacts: the instrument config ${config} describes US10Y as kind "index", unit points, but the store ${db} holds its data as kind "yield", unit percent; correct the config, or delete its data first (marketfacts store delete US10Y)\n`,
      );
    }
    expect(await dumpStore(db)).toBe(before);
  });

  it('a config named by MARKETFACTS_INSTRUMENTS that does not exist, or names a symbol twice, is an error', async () => {
    const db = fixture.copy('config.duckdb');
    const missing = join(fixture.dir, 'no-such-config.json');
    expect(await cli(['instruments', '--db', db], missing)).toMatchObject({ code: 2, stderr: `marketfacts: MARKETFACTS_INSTRUMENTS: ${missing} does not exist\n` });
    const twice = writeConfig('twice.json', [{ symbol: 'QQQ', name: 'Invesco QQQ Trust', kind: 'etf' }, { symbol: 'qqq', name: 'QQQ again', kind: 'index' }]);
    expect(await cli(['instruments', '--db', db], twice)).toMatchObject({ code: 2, stderr: `marketfacts: ${twice}: instruments[1].symbol: "QQQ" is already at instruments[0]\n` });
  });

  it('an instrument whose config entry is removed keeps its stored description', async () => {
    const db = fixture.copy('removed.duckdb');
    const config = writeConfig('qqq.json', [{ symbol: 'QQQ', name: 'Invesco QQQ Trust', kind: 'etf' }]);
    const file = join(fixture.dir, 'QQQ.csv');
    const last = readShippedRows('SPY.yahoo.csv').slice(-2);
    writeFileSync(file, `date,close\n${last.map((row) => `${row.date},${row.close}`).join('\n')}\n`);
    expect((await cli(['ingest', file, '--db', db], config)).code).toBe(0);
    const listed = await cli(['instruments', '--json', '--db', db], writeConfig('empty.json', []));
    expect((JSON.parse(listed.stdout) as { symbol: string; kind: string; name: string }[]).at(-1)).toMatchObject({ symbol: 'QQQ', kind: 'etf', name: 'Invesco QQQ Trust' });
  });
});

describe('8. reads are capped and chunked', () => {
  it('/dev/zero is refused at its first chunk; a file over --max-size is refused naming the limit', async () => {
    expect(() => readDataFileBytes('/dev/zero')).toThrow('/dev/zero: binary data, not a CSV file');
    const db = fixture.copy('cap.duckdb');
    const big = join(fixture.dir, 'big.csv');
    const rows = readShippedRows('GSPC.yahoo.csv');
    writeFileSync(big, `date,close\n${rows.map((row) => `${row.date},${row.close}`).join('\n')}\n`);
    const refused = await cli(['ingest', big, '--symbol', 'SPX', '--db', db, '--max-size', '0.1']);
    expect(refused).toMatchObject({ code: 2, stderr: `marketfacts: ${big}: larger than 0.1 MB, the most a data file may be; raise the limit with --max-size MB\n` });
    expect((await cli(['ingest', big, '--symbol', 'SPX', '--db', db, '--max-size', 'lots'])).stderr).toBe('marketfacts: --max-size: "lots" is not a size in MB (a positive number)\n');
  });

  it('an endless text on standard input stops at the cap, in a real process', async () => {
    const db = fixture.copy('endless.duckdb');
    const bin = fileURLToPath(new URL('../../bin/marketfacts.js', import.meta.url));
    const child = spawn(process.execPath, [bin, 'ingest', '-', '--symbol', 'SPX', '--db', db, '--max-size', '2'], {
      env: { ...process.env, MARKETFACTS_INSTRUMENTS: emptyInstrumentConfig(fixture.dir) },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.on('error', () => undefined);
    const line = Buffer.from('2024-11-25,5987.37\n'.repeat(4096));
    const pump = (): void => {
      while (child.stdin.writable && child.stdin.write(line));
      if (child.stdin.writable) child.stdin.once('drain', pump);
    };
    child.stdin.write('date,close\n');
    pump();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(2);
    expect(stderr).toBe('marketfacts: <stdin>: larger than 2 MB, the most a data file may be; raise the limit with --max-size MB\n');
  });
});
