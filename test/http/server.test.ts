/**
 * The server as `serve` starts it: bound to 127.0.0.1 by default, and following a store file
 * that an update job swaps in while requests keep coming, none of them failing.
 */
import { spawn } from 'node:child_process';
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { startServer, type RunningServer } from '../../src/http/server.js';
import { buildShippedFixture, runCli, type ShippedStoreFixture } from '../data/store-helpers.js';
import { readShippedRows, REPO_ROOT, shippedFileOf } from '../helpers/shipped-series.js';

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

  it('a bad --port or a port in use is one line on stderr and exit code 2', async () => {
    const bad = await runCli(fixture, ['serve', '--port', 'eighty', '--db', live]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('marketfacts: --port: "eighty" is not a port number (0-65535)\n');
    const port = new URL(server.url).port;
    const taken = await runCli(fixture, ['serve', '--port', port, '--db', live]);
    expect(taken.code).toBe(2);
    expect(taken.stderr).toBe(`marketfacts: --port: ${port} is in use on 127.0.0.1\n`);
  });

  it('--workers 2: two processes share the port; SIGTERM stops them all', async () => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'marketfacts.js'), 'serve', '--port', '0', '--workers', '2', '--db', live], {
      env: { ...process.env, MARKETFACTS_INSTRUMENTS: join(fixture.dir, 'instruments.json') },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    let stderr = '';
    const url = await new Promise<string>((resolve, reject) => {
      // Never left running: a test that fails or times out still ends the server.
      onTestFinished(() => {
        child.kill('SIGTERM');
      });
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString('utf8');
        const match = /serving (http:\/\/\S+) with 2 worker processes/.exec(stderr);
        if (match?.[1] !== undefined) resolve(match[1]);
      });
      void exited.then(() => reject(new Error(stderr)));
    });
    try {
      const responses = await Promise.all(Array.from({ length: 8 }, () => fetch(`${url}/api/stats/RUT?date=2024-11-25`)));
      expect(responses.map((response) => response.status)).toEqual(Array.from({ length: 8 }, () => 200));
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 180_000);

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
