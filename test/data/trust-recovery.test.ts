/**
 * A damaged store, a busy store, and the store commands that manage and recover one. Real
 * DuckDB files built from the shipped data; damage is done to copies with plain file writes.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readShippedRows } from '../helpers/shipped-series.js';
import { buildShippedFixture, damageBytes, emptyInstrumentConfig, runInProcess, STORE_DAMAGE, type CliRun, type ShippedStoreFixture } from './store-helpers.js';

let fixture: ShippedStoreFixture;
beforeAll(async () => {
  fixture = await buildShippedFixture();
});
afterAll(() => fixture.remove());

function cli(args: readonly string[]): Promise<CliRun> {
  return runInProcess(args, { MARKETFACTS_INSTRUMENTS: emptyInstrumentConfig(fixture.dir), MARKETFACTS_DB: undefined });
}

describe('9. a damaged store', () => {
  it('garbage, a cut file, a damaged block: exit 2, one line naming the file and how to recover, no byte written', async () => {
    for (const { name, harm, reason } of STORE_DAMAGE) {
      const path = fixture.copy(name);
      harm(path);
      const before = readFileSync(path);
      for (const args of [['ingest', join(fixture.dir, 'none.csv'), '--symbol', 'RUT'], ['brief'], ['stats', 'SPX'], ['instruments']]) {
        if (args[0] === 'ingest') writeFileSync(join(fixture.dir, 'none.csv'), 'date,close\n2024-11-25,2442.03\n');
        const result = await cli([...args, '--db', path]);
        expect(result.code, `${name} ${args[0] ?? ''}`).toBe(2);
        expect(result.stderr).toMatch(reason);
        expect(result.stderr).toMatch(new RegExp(`^marketfacts: --db: the store .*${name} is damaged .*; nothing was written to it; recover with "marketfacts store rebuild --db .*${name}" \\(the shipped data and the files in its ingest log\\)\\n$`));
        expect(readFileSync(path).equals(before)).toBe(true);
      }
    }
  });

  it('a garbage .wal beside the store is reported, not ignored, and left in place', async () => {
    const path = fixture.copy('wal.duckdb');
    writeFileSync(`${path}.wal`, Buffer.from('this is not a write-ahead log, but 40 bytes'));
    const result = await cli(['stats', 'SPX', '--db', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/wal\.duckdb\.wal beside it is not a DuckDB write-ahead log; move it away to open the store as last checkpointed\); nothing was written/);
    expect(readFileSync(`${path}.wal`, 'utf8')).toBe('this is not a write-ahead log, but 40 bytes');
  });

  it('store rebuild: the shipped data and the ingest log, the damaged file kept; then the last good copy is offered', async () => {
    const path = fixture.copy('rebuild.duckdb');
    const rut = readShippedRows('RUT.yahoo.csv');
    const file = join(fixture.dir, 'RUT.extra.csv');
    const next = new Date(Date.parse(`${rut.at(-1)?.date ?? ''}T12:00:00Z`) + 3 * 86_400_000).toISOString().slice(0, 10);
    writeFileSync(file, `date,close\n${next},2600.5\n`);
    expect((await cli(['ingest', file, '--symbol', 'RUT', '--db', path])).code).toBe(0);
    expect(existsSync(`${path}.last-good`)).toBe(true);
    damageBytes(path, 8, 4);
    const refused = await cli(['series', 'RUT', '--db', path, '--csv']);
    expect(refused.stderr).toMatch(new RegExp(`or restore its last good copy .*rebuild\\.duckdb\\.last-good\\n$`));
    const rebuilt = await cli(['store', 'rebuild', '--db', path]);
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.stdout).toMatch(/the old store is kept as .*rebuild\.duckdb\.damaged-.*\n.*rebuilt from the shipped data and 1 entry of its ingest log\n$/);
    const series = await cli(['series', 'RUT', '--db', path, '--csv']);
    const lines = series.stdout.trim().split('\n');
    expect(lines).toHaveLength(rut.length + 2);
    expect(lines.at(-1)).toBe(`${next},2600.5`);
  });
});

describe('10. a busy store', () => {
  it('a second writer waits for the lock up to --wait, then names the process that holds it', async () => {
    const path = fixture.copy('busy.duckdb');
    const holder = spawn(process.execPath, ['--input-type=module', '-e', `import { DuckDBInstance } from '@duckdb/node-api'; await DuckDBInstance.create(${JSON.stringify(path)}); console.log('locked'); setTimeout(() => process.exit(0), 1500);`], {
      cwd: fileURLToPath(new URL('../../', import.meta.url)),
    });
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
    const refused = await cli(['instruments', '--db', path, '--wait', '0']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`marketfacts: --db: the store ${path} is in use by process ${holder.pid ?? 0} (${process.execPath})\n`);
    // Waiting longer than the holder keeps it: the command goes through.
    const waited = await cli(['instruments', '--db', path, '--wait', '20']);
    expect(waited.code).toBe(0);
    holder.kill();
  });
});

describe('13. the store can be managed', () => {
  it('info names the files beside the store; delete removes a range with provenance; export writes every row', async () => {
    const path = fixture.copy('manage.duckdb');
    const info = JSON.parse((await cli(['store', 'info', '--json', '--db', path])).stdout) as { store: { path: string; bytes: number }; instruments: number; rows: number };
    const shippedRows = ['GSPC', 'RUT', 'DJI', 'IXIC', 'VIX', 'SPY', 'IWM', 'VBK'].map((name) => readShippedRows(`${name}.yahoo.csv`).length);
    const yields = ['DGS10', 'DGS2'].map((name) => readShippedRows(`${name}.fred.csv`).filter((row) => Number.isFinite(row.close)).length);
    const total = [...shippedRows, ...yields, readShippedRows('IWO.adjclose.yahoo.csv').length].reduce((a, b) => a + b, 0);
    expect(info).toMatchObject({ store: { path }, instruments: 11, rows: total });
    const rut = readShippedRows('RUT.yahoo.csv').filter((row) => row.date >= '2024-11-18' && row.date <= '2024-11-22');
    const deleted = await cli(['store', 'delete', 'RUT', '--from', '2024-11-18', '--to', '2024-11-22', '--db', path]);
    expect(deleted.stdout).toBe(`RUT: ${rut.length} rows deleted, ${(readShippedRows('RUT.yahoo.csv').length - rut.length).toLocaleString('en-US')} left\n`);
    const series = await cli(['series', 'RUT', '--from', '2024-11-15', '--to', '2024-11-25', '--csv', '--db', path]);
    expect(series.stdout.split('\n').map((line) => line.slice(0, 10))).toEqual(['date,close', '2024-11-15', '2024-11-25', '']);
    const last = JSON.parse((await cli(['store', 'info', '--json', '--db', path])).stdout) as { last_write: { file: string } };
    expect(last.last_write.file).toBe('store delete RUT 2024-11-18..2024-11-22');
    const out = join(fixture.dir, 'export.csv');
    expect((await cli(['store', 'export', '--out', out, '--db', path])).code).toBe(0);
    const exported = readFileSync(out, 'utf8').trim().split('\n');
    expect(exported[0]).toBe('symbol,date,close,adj_close,file_name,sha256,ingested_at');
    expect(exported).toHaveLength(total - rut.length + 1);
  });
});
