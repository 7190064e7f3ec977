/**
 * The brief command as a person runs it: `node bin/marketfacts.js brief --db <temp store>`,
 * after `npm run build`. One store is built from the shipped data and shared by the tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MarketStore } from '../../src/data/store.js';
import { readShippedRows, REPO_ROOT } from '../helpers/shipped-series.js';
import { at, pct, row, storyLevel, storyPct } from './scan.js';

const BIN = join(REPO_ROOT, 'bin', 'marketfacts.js');
const dir = mkdtempSync(join(tmpdir(), 'marketfacts-brief-'));
const db = join(dir, 'market.duckdb');

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, MARKETFACTS_DB: '' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  if (!existsSync(join(REPO_ROOT, 'dist', 'src', 'cli', 'commands', 'brief.js'))) throw new Error('run "npm run build" before the CLI tests');
  const first = run('brief', '--db', db, '--date', '2024-11-25', '--symbols', 'RUT');
  if (first.status !== 0) throw new Error(`building the test store failed: ${first.stderr}`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('marketfacts brief', () => {
  it('writes the reference day in story words, exit 0', () => {
    const rut = readShippedRows('RUT.yahoo.csv');
    const i = at(rut, '2024-11-25');
    const result = run('brief', '--db', db, '--date', '2024-11-25', '--symbols', 'RUT,SPX,US10Y');
    expect(result.status).toBe(0);
    const points = (row(rut, i).close - row(rut, i - 1).close).toFixed(2);
    expect(result.stdout).toContain(`The Russell 2000 rose ${points} points, or ${storyPct(pct(row(rut, i - 1).close, row(rut, i).close))}, to ${storyLevel(row(rut, i).close)}`);
    expect(result.stdout).toContain('The yield on the 10-year Treasury fell 14 basis points to 4.27%');
    expect(result.stdout).not.toContain('Vanguard');
  });

  it('--json gives the facts with provenance; --explain the numbers under each sentence (with a snapshot)', () => {
    const json = run('brief', '--db', db, '--date', '2024-11-25', '--symbols', 'RUT,SPX', '--json');
    expect(json.status).toBe(0);
    const doc = JSON.parse(json.stdout) as { date: string; facts: { symbol: string; kind: string; provenance: { observations: { date: string; value: number }[] } }[] };
    expect(doc.date).toBe('2024-11-25');
    const day = doc.facts.find((f) => f.symbol === 'RUT' && f.kind === 'day-move');
    expect(day?.provenance.observations.map((o) => o.value)).toEqual([2442.030029296875, 2406.669921875]);
    // A snapshot for the first weekday after the Russell 2000's last close, 1.5% above it.
    const rut = readShippedRows('RUT.yahoo.csv');
    const last = row(rut, rut.length - 1);
    const lastDay = new Date(`${last.date}T12:00:00Z`);
    const next = new Date(lastDay.getTime() + (lastDay.getUTCDay() === 5 ? 3 : 1) * 86_400_000).toISOString().slice(0, 10);
    const level = Math.round(last.close * 1.015 * 100) / 100;
    const explain = run('brief', '--db', db, '--date', next, '--symbols', 'RUT', '--explain', '--snapshot', `RUT=${level}`);
    expect(explain.stdout).toMatch(new RegExp(`Russell 2000 rose [\\d.,]+ points, or ${storyPct(pct(last.close, level)).replace('.', '\\.')}, to [\\d.,]+ \\(preliminary\\) on [A-Z][a-z]+day\\.\\n {4}RUT day-move \\[day-move`));
    expect(explain.stdout).toContain(`RUT ${next} close = ${level} (preliminary)`);
    expect(explain.stdout).toContain(`RUT ${last.date} prior close = ${last.close}`);
  });

  it('bad input: one line on stderr, exit 2', () => {
    const result = run('brief', '--db', db, '--date', '2024-11-25', '--symbols', 'RUT,NOPE');
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^marketfacts: --symbols: unknown symbol "NOPE"/);
  });

  it('an empty store says how to ingest, exit 2', async () => {
    const empty = join(dir, 'empty.duckdb');
    (await MarketStore.open(empty)).close();
    const result = run('brief', '--db', empty);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('holds no data; load a file with "marketfacts ingest <file> --symbol <symbol>"');
  });
});
