/**
 * The server over a damaged, missing or replaced store file: real DuckDB files built from the
 * shipped data, damaged with plain file writes. A store damaged at the start is one line and
 * exit code 2; a bad file swapped in while serving fails no request, logs one line and turns
 * /healthz to `degraded`; an error from a damaged store is a 503 problem, never a stack.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, StoreDamagedError, type Store } from '../../src/api/index.js';
import { buildApp } from '../../src/http/app.js';
import { startServer, type RunningServer } from '../../src/http/server.js';
import { buildShippedFixture, damageBytes, emptyInstrumentConfig, runInProcess, STORE_DAMAGE, type ShippedStoreFixture } from '../data/store-helpers.js';
import { readShippedRows, shippedFileOf } from '../helpers/shipped-series.js';

let fixture: ShippedStoreFixture;
beforeAll(async () => {
  fixture = await buildShippedFixture();
});
afterAll(() => fixture.remove());

/** A copy of the shipped store with a run of its blocks overwritten (found only when the rows are read). */
function damagedCopy(name: string): string {
  const path = fixture.copy(name);
  damageBytes(path, Math.floor(readFileSync(path).length / 2), 200_000);
  return path;
}

interface Health {
  readonly status: string;
  readonly reason?: string;
  readonly loaded_at?: string;
}

async function healthOf(server: RunningServer): Promise<Health> {
  const response = await fetch(`${server.url}/healthz`);
  expect(response.status).toBe(200);
  return (await response.json()) as Health;
}

/** Asks for RUT's latest stats until `done` holds for /healthz (at most ~10 s), recording every status and date answered. */
async function requestUntil(server: RunningServer, done: (health: Health) => boolean): Promise<{ statuses: number[]; dates: Set<string>; health: Health }> {
  const statuses: number[] = [];
  const dates = new Set<string>();
  for (let k = 0; k < 1000; k++) {
    const response = await fetch(`${server.url}/api/stats/RUT`);
    statuses.push(response.status);
    dates.add(((await response.json()) as { date: string }).date);
    const health = await healthOf(server);
    if (done(health)) return { statuses, dates, health };
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the server never reached the state asked for');
}

describe('serve with a store damaged at the start', () => {
  it('exit code 2 and one line naming the file, for garbage, a cut file and a damaged block', async () => {
    for (const { name, harm, reason } of STORE_DAMAGE) {
      const path = fixture.copy(`start-${name}`);
      harm(path);
      const run = await runInProcess(['serve', '--port', '0', '--db', path], { MARKETFACTS_DB: undefined, MARKETFACTS_INSTRUMENTS: emptyInstrumentConfig(fixture.dir) });
      expect(run.code, name).toBe(2);
      expect(run.stderr).toMatch(reason);
      expect(run.stderr).toMatch(new RegExp(`^marketfacts: --db: the store ${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} is damaged \\([^\\n]*\\); nothing was written to it; recover with "marketfacts store rebuild[^\\n]*\\n$`));
    }
  });
});

describe('serve while the store file is replaced', () => {
  let server: RunningServer;
  let live: string;
  const logged: string[] = [];

  beforeAll(async () => {
    live = fixture.copy('served.duckdb');
    server = await startServer({ port: 0, host: '127.0.0.1', db: live, webDir: fixture.dir, log: (line) => logged.push(line) });
  });
  afterAll(async () => {
    await server.close();
  });

  it('a damaged file swapped in: every request answered from the old data, one log line, /healthz degraded; a good file next is served', async () => {
    const rows = readShippedRows(shippedFileOf('RUT'));
    const last = rows.at(-1);
    if (last === undefined) throw new Error('no RUT rows');
    expect(await healthOf(server)).toEqual({ status: 'ok' });

    renameSync(damagedCopy('served-bad.duckdb'), live);
    const bad = await requestUntil(server, (health) => health.status === 'degraded');
    expect(bad.statuses.filter((status) => status !== 200)).toEqual([]);
    expect([...bad.dates]).toEqual([last.date]);
    expect(bad.health.reason).toMatch(/^--db: the store .*served\.duckdb is damaged \(IO Error: Corrupt database file/);
    // Looked at again and again, the same bad file is reported once.
    for (let k = 0; k < 30; k++) {
      expect((await fetch(`${server.url}/api/stats/RUT`)).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(new RegExp(`^marketfacts serve: --db: the store .*served\\.duckdb is damaged \\(IO Error: Corrupt database file[^\\n]*; still serving the content loaded at ${bad.health.loaded_at ?? 'never'}$`));

    const next = fixture.copy('served-next.duckdb');
    const csv = join(fixture.dir, 'served-rut.csv');
    writeFileSync(csv, `date,close\n2026-02-24,${last.close + 10}\n`);
    expect((await runInProcess(['ingest', csv, '--symbol', 'RUT', '--db', next], { MARKETFACTS_DB: undefined, MARKETFACTS_INSTRUMENTS: emptyInstrumentConfig(fixture.dir) })).code).toBe(0);
    renameSync(next, live);
    const good = await requestUntil(server, (health) => health.status === 'ok');
    expect(good.statuses.filter((status) => status !== 200)).toEqual([]);
    const stats = (await (await fetch(`${server.url}/api/stats/RUT`)).json()) as { date: string; close: number };
    expect([stats.date, stats.close]).toEqual(['2026-02-24', last.close + 10]);
    expect(logged.slice(1)).toEqual([`marketfacts serve: the store ${live} is loaded again; serving its content`]);
  });

  it('a file that goes missing: requests answered, nothing written in its place, /healthz degraded until it is back', async () => {
    const aside = join(fixture.dir, 'served-aside.duckdb');
    const before = await (await fetch(`${server.url}/api/stats/SPX`)).text();
    renameSync(live, aside);
    const missing = await requestUntil(server, (health) => health.status === 'degraded');
    expect(missing.statuses.filter((status) => status !== 200)).toEqual([]);
    expect(missing.health.reason).toBe(`--db: the store ${live} is missing (moved or deleted); put a store file back at that path`);
    expect(await (await fetch(`${server.url}/api/stats/SPX`)).text()).toBe(before);
    expect(existsSync(live)).toBe(false);
    renameSync(aside, live);
    await requestUntil(server, (health) => health.status === 'ok');
  });
});

describe('an error from a damaged store', () => {
  it.each([
    ['a damaged block', () => damagedCopy('problem-block.duckdb'), /^the store is damaged and cannot be read \(IO Error: Corrupt database file[^)]*\); the server log names the file and how to recover$/],
    ['a cut file', () => {
      const path = fixture.copy('problem-cut.duckdb');
      writeFileSync(path, readFileSync(path).subarray(0, 100_000));
      return path;
    }, /^the store is damaged and cannot be read \(IO Error: Could not read enough bytes from file "problem-cut\.duckdb"[^)]*\); the server log names the file and how to recover$/],
  ])('%s: a 503 problem whose detail names the damage, not the path or a stack; the log has the file', async (_what, damaged, detail) => {
    const path = damaged();
    const damage = await openStore({ db: path, writeCache: false }).then(
      (store) => {
        store.close();
        throw new Error('the damaged store opened');
      },
      (error: unknown) => error,
    );
    expect(damage).toBeInstanceOf(StoreDamagedError);
    const good = await openStore({ db: fixture.path, writeCache: false });
    // A store whose stats meet the damage the way a read of the file does.
    const broken = new Proxy(good, { get: (target, key, receiver): unknown => (key === 'stats' ? () => Promise.reject(damage) : Reflect.get(target, key, receiver)) }) satisfies Store;
    const logged: string[] = [];
    const app = buildApp({ store: broken, logError: (line) => logged.push(line) });
    try {
      const response = await app.inject('/api/stats/RUT?date=2024-11-25');
      expect(response.statusCode).toBe(503);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json\b/);
      const problem = response.json() as { status: number; title: string; detail: string };
      expect(problem).toMatchObject({ type: 'about:blank', status: 503, title: 'Service Unavailable', instance: '/api/stats/RUT?date=2024-11-25' });
      expect(problem.detail).toMatch(detail);
      expect(response.body).not.toContain(fixture.dir);
      expect(response.body).not.toMatch(/\bat .*\.(ts|js):\d+/);
      expect(logged).toEqual([`marketfacts serve: GET /api/stats/RUT?date=2024-11-25: ${(damage as StoreDamagedError).message}`]);
      // The other routes read on.
      expect((await app.inject('/api/series/RUT?from=2024-11-25&to=2024-11-25')).statusCode).toBe(200);
    } finally {
      await app.close();
      good.close();
    }
  });
});
