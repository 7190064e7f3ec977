/**
 * The library as a user gets it: `npm pack` of the built package, installed into a scratch
 * project in a temporary directory, imported by name from a script there and type-checked by
 * the TypeScript compiler against the declarations in the tarball. Expected figures come from
 * the shipped CSV files, read by the plain test parser.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { temporaryDirectory } from '../data/fixtures.js';
import { readShippedRows, REPO_ROOT, shippedFileOf } from '../helpers/shipped-series.js';

const run = promisify(execFile);
const scratch = temporaryDirectory('marketfacts-pack-');
let tarball = '';
let files: string[] = [];

beforeAll(async () => {
  // The package is built by `npm test` (`npm run build`) before vitest runs; --ignore-scripts skips the rebuild of `prepare`.
  const packed = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch.dir], { cwd: REPO_ROOT, encoding: 'utf8' });
  const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  if (info === undefined) throw new Error('npm pack printed no package');
  tarball = join(scratch.dir, info.filename);
  files = info.files.map((file) => file.path);
  const project = join(scratch.dir, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts=false', tarball], { cwd: project, encoding: 'utf8' });
}, 300_000);

afterAll(() => scratch.remove());

describe('the packed tarball', () => {
  it('holds what a user needs', () => {
    for (const needed of ['LICENSE', 'README.md', 'CHANGELOG.md', 'package.json', 'bin/marketfacts', 'bin/marketfacts.js', 'dist/cli.js', 'dist/api.js', 'dist/src/api/index.d.ts', 'data/RUT.yahoo.csv', 'data/SOURCES.md']) {
      expect(files).toContain(needed);
    }
  });

  it('holds no tests, fixtures, bench or sources', () => {
    // dist/startup: the start-up snapshot belongs to the node that built it, not to a user's.
    const unwanted = files.filter((file) => /^(test|bench|src|scripts|\.ci|\.tmp)\/|^dist\/(test|bench|startup)\/|\.test\.|fixtures|\.ts$(?<!\.d\.ts)/.test(file));
    expect(unwanted).toEqual([]);
  });
});

describe('import { openStore } from "marketfacts" in another project', () => {
  it('builds the store from the shipped data and answers stats, series and check', async () => {
    const project = join(scratch.dir, 'project');
    const db = join(scratch.dir, 'market.duckdb');
    writeFileSync(
      join(project, 'use.mjs'),
      `import { openStore } from 'marketfacts';
const store = await openStore({ db: ${JSON.stringify(db)} });
const stats = await store.stats('RUT', '2024-11-25');
const series = await store.series('RUT', { from: '2024-11-18', to: '2024-11-25' });
const check = await store.check('The Russell 2000 rose 1.5% to 2,442.03 on Monday, Nov. 25, 2024.');
store.close();
console.log(JSON.stringify({ close: stats.close, prev_close: stats.prev_close, series, verdicts: check.claims.map((c) => c.verdict) }));
`,
    );
    const { stdout } = await run(process.execPath, ['use.mjs'], { cwd: project, encoding: 'utf8', env: { ...process.env, MARKETFACTS_DB: '' } });
    const result = JSON.parse(stdout) as { close: number; prev_close: number; series: { count: number; observations: { date: string; close: number }[] }; verdicts: string[] };
    const rows = readShippedRows(shippedFileOf('RUT'));
    const at = rows.findIndex((row) => row.date === '2024-11-25');
    expect(result.close).toBe(rows[at]?.close);
    expect(result.prev_close).toBe(rows[at - 1]?.close);
    const week = rows.filter((row) => row.date >= '2024-11-18' && row.date <= '2024-11-25');
    expect(result.series.observations).toEqual(week.map((row) => ({ date: row.date, close: row.close })));
    expect(result.verdicts.length).toBeGreaterThan(0);
    expect(result.verdicts.every((verdict) => verdict === 'supported')).toBe(true);
  });

  it('runs as the installed command, started plainly since a start-up snapshot is not shipped', async () => {
    const project = join(scratch.dir, 'project');
    const { stdout } = await run(join(project, 'node_modules', '.bin', 'marketfacts'), ['--version'], { cwd: project, encoding: 'utf8' });
    expect(stdout.trim()).toBe((JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version);
  });

  it('type-checks against the declarations in the tarball', async () => {
    const project = join(scratch.dir, 'project');
    writeFileSync(
      join(project, 'use.ts'),
      `import { openStore, type StatsOutput } from 'marketfacts';
const store = await openStore({});
const stats: StatsOutput = await store.stats('RUT', '2024-11-25');
const pct: number | null = stats.change_1d_pct;
// @ts-expect-error a symbol is a string
await store.stats(42);
console.log(pct);
`,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['use.ts'] }),
    );
    const tsc = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project, encoding: 'utf8' }).catch((error: { stdout: string }) => ({ stdout: error.stdout, failed: true }));
    expect(result.stdout).toBe('');
  });
});
