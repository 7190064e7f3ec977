/** Test helpers for stores: a shipped store built once per test file, copies, content dumps. */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { buildShippedStore } from '../../src/data/build-store.js';
import { expect } from 'vitest';
import { BUILTIN_REGISTRY } from '../../src/data/registry.js';
import { openSeriesCache } from '../../src/data/series-cache.js';
import { SHIPPED_DATA_VERSION } from '../../src/data/shipped.js';
import type { StoreReader } from '../../src/data/store-reader.js';
import { MarketStore } from '../../src/data/store.js';
import { firstDifference, temporaryDirectory } from './fixtures.js';

/** A directory with a store built from the shipped data, and copies of it on request. */
export interface ShippedStoreFixture {
  readonly dir: string;
  readonly path: string;
  /** A fresh copy of the built store (to mutate) in the same directory. */
  copy(name: string): string;
  remove(): void;
}

/** Builds the shipped store in a temporary directory. */
export async function buildShippedFixture(): Promise<ShippedStoreFixture> {
  const { dir, remove } = temporaryDirectory();
  const path = join(dir, 'shipped.duckdb');
  await buildShippedStore(path);
  return {
    dir,
    path,
    copy: (name) => {
      const target = join(dir, name);
      copyFileSync(path, target);
      return target;
    },
    remove,
  };
}

/** Overwrites `count` bytes of a file at `offset` with a pattern, keeping its size. */
export function damageBytes(path: string, offset: number, count: number): void {
  const bytes = readFileSync(path);
  for (let i = offset; i < Math.min(offset + count, bytes.length); i += 1) bytes[i] = (i * 131) % 251;
  writeFileSync(path, bytes);
}

/**
 * Three ways a real store file gets damaged, each with the reason DuckDB or the byte check
 * gives: garbage in place of the file, the file cut short, a run of blocks overwritten in the
 * middle (found only when the rows are read: DuckDB's block checksum).
 */
export const STORE_DAMAGE: readonly { readonly name: string; readonly harm: (path: string) => void; readonly reason: RegExp }[] = [
  { name: 'garbage.duckdb', harm: (path) => writeFileSync(path, Buffer.alloc(4096, 7)), reason: /is damaged \(not a DuckDB database file\)/ },
  { name: 'cut.duckdb', harm: (path) => writeFileSync(path, readFileSync(path).subarray(0, 100_000)), reason: /is damaged \(IO Error: Could not read enough bytes/ },
  { name: 'block.duckdb', harm: (path) => damageBytes(path, Math.floor(readFileSync(path).length / 2), 200_000), reason: /is damaged \(IO Error: Corrupt database file/ },
];

/**
 * The whole content of a store file as text (every table, every row, sorted), read with a
 * separate DuckDB connection: two dumps are equal when the stores hold the same data.
 */
export async function dumpStore(path: string): Promise<string> {
  const instance = await DuckDBInstance.create(path, { access_mode: 'READ_ONLY' });
  const connection = await instance.connect();
  try {
    const parts: string[] = [];
    for (const sql of [
      'SELECT * FROM store_meta ORDER BY key',
      'SELECT source_id, symbol, file_name, sha256, CAST(ingested_at AS VARCHAR), format, rows_added, rows_revised FROM sources ORDER BY source_id',
      'SELECT * FROM observations ORDER BY symbol, day',
    ]) {
      const reader = await connection.runAndReadAll(sql);
      parts.push(JSON.stringify(reader.getRowsJson()));
    }
    return parts.join('\n');
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/**
 * The path of `instruments.json` in `dir`, written with no instruments when it does not exist:
 * a config named by MARKETFACTS_INSTRUMENTS must exist, and tests must not read the user's own.
 */
export function emptyInstrumentConfig(dir: string): string {
  const path = join(dir, 'instruments.json');
  if (!existsSync(path)) writeFileSync(path, '{"instruments": []}\n');
  return path;
}

/** What one run of the command line printed, and its exit code. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const BIN = fileURLToPath(new URL('../../bin/marketfacts.js', import.meta.url));

/**
 * Runs `node bin/marketfacts.js ARGS` in the fixture's directory, with the fixture's
 * instrument config (`instruments.json`, written empty when absent) and no MARKETFACTS_DB unless `extraEnv` sets one.
 */
export function runCli(fixture: ShippedStoreFixture, args: readonly string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, MARKETFACTS_INSTRUMENTS: emptyInstrumentConfig(fixture.dir), ...extraEnv };
  if (extraEnv['MARKETFACTS_DB'] === undefined) delete env['MARKETFACTS_DB'];
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env, cwd: fixture.dir, encoding: 'utf8' }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * Runs the command line in this process (`main(args)` of src/cli/main.ts), capturing what it
 * writes to stdout and stderr, with `env` set for the run (an undefined value unsets a
 * variable). Cheaper than a child process; for the few tests that need a real process (exit
 * codes from bin/, kill -9) use {@link runCli}.
 */
export async function runInProcess(args: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): Promise<CliRun> {
  const { main } = await import('../../src/cli/main.js');
  const saved = new Map(Object.keys(env).map((key) => [key, process.env[key]]));
  const setVariables = (entries: Iterable<[string, string | undefined]>): void => {
    for (const [key, value] of entries) {
      Reflect.deleteProperty(process.env, key);
      if (value !== undefined) process.env[key] = value;
    }
  };
  setVariables(Object.entries(env));
  const out: string[] = [];
  const err: string[] = [];
  const originalOut = process.stdout.write.bind(process.stdout);
  const originalErr = process.stderr.write.bind(process.stderr);
  const savedExitCode = process.exitCode;
  process.stdout.write = ((chunk: string | Uint8Array) => out.push(String(chunk)) > 0) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => err.push(String(chunk)) > 0) as typeof process.stderr.write;
  try {
    process.exitCode = undefined;
    const code = await main(args);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.stdout.write = originalOut;
    process.stderr.write = originalErr;
    process.exitCode = savedExitCode;
    setVariables(saved);
  }
}

/** Opens the cache of the store at `path` and checks that it answers exactly what the DuckDB store answers, series by series. */
export async function expectCacheAnswersAsStore(path: string): Promise<StoreReader> {
  const cache = openSeriesCache(path, BUILTIN_REGISTRY, SHIPPED_DATA_VERSION);
  if (cache === undefined) throw new Error(`no current series cache for ${path}`);
  const store = await MarketStore.open(path, { readOnly: true });
  try {
    expect(await cache.listInstruments()).toEqual(await store.listInstruments());
    const fromStore = await store.loadAllSeries();
    const fromCache = await cache.loadAllSeries();
    expect(fromCache.map((series) => series.instrument.symbol)).toEqual(fromStore.map((series) => series.instrument.symbol));
    fromStore.forEach((series, i) => {
      const cached = fromCache[i];
      expect(firstDifference(cached?.days ?? null, series.days)).toBe(-1);
      expect(firstDifference(cached?.close ?? null, series.close)).toBe(-1);
      expect(firstDifference(cached?.adjClose ?? null, series.adjClose)).toBe(-1);
    });
  } finally {
    store.close();
  }
  return cache;
}
