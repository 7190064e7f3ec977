/**
 * The server as `serve` starts it: bound to 127.0.0.1 by default, and following a store file
 * that an update job swaps in while requests keep coming, none of them failing.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/http/server.js';
import { buildShippedFixture, runCli, type ShippedStoreFixture } from '../data/store-helpers.js';
import { readShippedRows, shippedFileOf } from '../helpers/shipped-series.js';

let fixture: ShippedStoreFixture;
let server: RunningServer;
let live: string;

beforeAll(async () => {
  fixture = await buildShippedFixture();
  live = fixture.copy('live.duckdb');
  server = await startServer({ port: 0, host: '127.0.0.1', db: live, webDir: fixture.dir });
});

afterAll(async () => {
  await server.close();
  fixture.remove();
});

describe('marketfacts serve', () => {
  it('listens on 127.0.0.1 only unless told otherwise', async () => {
    const address = server.app.server.address();
    expect(typeof address === 'object' && address !== null ? address.address : address).toBe('127.0.0.1');
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
  });

  it('serves the old store, then the swapped one, with every request during the swap answered', async () => {
    const rows = readShippedRows(shippedFileOf('RUT'));
    const last = rows[rows.length - 1];
    if (last === undefined) throw new Error('no RUT rows');
    const next = fixture.copy('next.duckdb');
    const csv = join(fixture.dir, 'rut-next.csv');
    writeFileSync(csv, `date,close\n2026-02-24,${last.close + 10}\n`);
    expect((await runCli(fixture, ['ingest', csv, '--symbol', 'RUT', '--db', next])).stderr).toBe('');

    const statuses: number[] = [];
    const dates = new Set<string>();
    let swapped = false;
    const client = async (): Promise<void> => {
      for (let k = 0; k < 400 && !(swapped && dates.has('2026-02-24')); k++) {
        const response = await fetch(`${server.url}/api/stats/RUT`);
        statuses.push(response.status);
        dates.add(((await response.json()) as { date: string }).date);
        if (k === 20 && !swapped) {
          renameSync(next, live);
          swapped = true;
        }
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    };
    await Promise.all([client(), client(), client()]);
    expect(statuses.length).toBeGreaterThan(60);
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    expect([...dates].sort()).toEqual([last.date, '2026-02-24']);
  });
});
