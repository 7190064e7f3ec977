/**
 * Fault test: `kill -9` at random points of a big ingest (a real process writing a real
 * DuckDB file). Afterwards the store opens and holds exactly what it held before the ingest
 * or exactly what a complete ingest leaves: all-before or all-after, never a mix.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MarketStore } from '../../src/data/store.js';
import { readShippedRows } from '../helpers/shipped-series.js';
import { buildShippedFixture, emptyInstrumentConfig, type ShippedStoreFixture } from './store-helpers.js';

const BIN = fileURLToPath(new URL('../../bin/marketfacts.js', import.meta.url));

let fixture: ShippedStoreFixture;
beforeAll(async () => {
  fixture = await buildShippedFixture();
});
afterAll(() => fixture.remove());

/**
 * What a store holds, without the times of ingest (two complete runs differ only in those):
 * every row's values and the file it came from, and the sources' files and counts.
 */
async function contentOf(path: string): Promise<string> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(path, { access_mode: 'READ_ONLY' });
  const connection = await instance.connect();
  try {
    const rows = await connection.runAndReadAll('SELECT o.symbol, o.day, o.close, o.adj_close, s.file_name FROM observations o JOIN sources s USING (source_id) ORDER BY o.symbol, o.day');
    const sources = await connection.runAndReadAll('SELECT source_id, symbol, file_name, sha256, rows_added, rows_revised FROM sources ORDER BY source_id');
    return `${JSON.stringify(rows.getRowsJson())}\n${JSON.stringify(sources.getRowsJson())}`;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** Starts `marketfacts ingest FILE --symbol S --db DB`; resolves with the exit code (null when killed) and the time it ran. */
function startIngest(file: string, db: string, killAfterMs: number | null): Promise<{ code: number | null; ms: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, [BIN, 'ingest', file, '--symbol', 'SPX', '--db', db, '--accept-revisions'], {
    env: { ...process.env, MARKETFACTS_INSTRUMENTS: emptyInstrumentConfig(fixture.dir) },
    stdio: 'ignore',
  });
  if (killAfterMs !== null) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, ms: Date.now() - started })));
}

describe('kill -9 during a big ingest', () => {
  it('leaves a store that opens and holds all-before or all-after', async () => {
    // Every S&P 500 close since 1927 revised by +1%: 24,000 rows rewritten in one transaction.
    const rows = readShippedRows('GSPC.yahoo.csv');
    const file = join(fixture.dir, 'SPX.revised.csv');
    writeFileSync(file, `date,close\n${rows.map((row) => `${row.date},${(row.close * 1.01).toFixed(4)}`).join('\n')}\n`);
    const before = await contentOf(fixture.path);
    const complete = fixture.copy('complete.duckdb');
    const run = await startIngest(file, complete, null);
    expect(run.code).toBe(0);
    const after = await contentOf(complete);
    expect(after).not.toBe(before);
    const points = fc.sample(fc.integer({ min: 1, max: Math.max(run.ms, 2) }), { numRuns: 4, seed: 9 });
    const outcomes: string[] = [];
    for (const [i, ms] of points.entries()) {
      const db = join(fixture.dir, `killed-${i}.duckdb`);
      copyFileSync(fixture.path, db);
      await startIngest(file, db, ms);
      const store = await MarketStore.open(db, { readOnly: true });
      store.close();
      const dump = await contentOf(db);
      expect([before, after], `killed after ${ms} ms`).toContain(dump);
      outcomes.push(dump === before ? 'before' : 'after');
    }
    expect(outcomes).toHaveLength(points.length);
  }, 240_000);
});
