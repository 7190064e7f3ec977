/**
 * `marketfacts check` as a person runs it: `node bin/marketfacts.js check FILE --db <temp store>`
 * after `npm run build`. One store is built from the shipped data and shared by the tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MarketStore } from '../../src/data/store.js';
import { REPO_ROOT } from '../helpers/shipped-series.js';
import { at, closeAt, pct, roundsTo, rowsOf } from './scan.js';

const BIN = join(REPO_ROOT, 'bin', 'marketfacts.js');
const ARTICLES = join(REPO_ROOT, 'test', 'articles');
const dir = mkdtempSync(join(tmpdir(), 'marketfacts-check-'));
const db = join(dir, 'market.duckdb');

function run(args: readonly string[], input?: string | Buffer): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input, env: { ...process.env, MARKETFACTS_DB: '' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  if (!existsSync(join(REPO_ROOT, 'dist', 'src', 'cli', 'commands', 'check.js'))) throw new Error('run "npm run build" before the CLI tests');
  const first = run(['check', join(ARTICLES, 'rut-near-record.txt'), '--db', db]);
  if (first.status !== 0) throw new Error(`building the test store failed: ${first.stderr}`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface JsonClaim {
  readonly metric: string;
  readonly symbol: string | null;
  readonly verdict: string;
  readonly actual: unknown;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

describe('marketfacts check', () => {
  it('checks the reference story: JSON contract, exit 0, date from the dateline', () => {
    const result = run(['check', join(ARTICLES, 'rut-near-record.txt'), '--db', db, '--json']);
    expect(result.status).toBe(0);
    const doc = JSON.parse(result.stdout) as { article_date: string; claims: JsonClaim[]; counts: { contradicted: number } };
    expect(doc.article_date).toBe('2024-11-25');
    const rut = rowsOf('RUT.yahoo.csv');
    const i = at(rut, '2024-11-25');
    const day = doc.claims.find((c) => c.symbol === 'RUT' && c.metric === 'change_1d_pct');
    expect(day?.actual).toBeCloseTo(pct(closeAt(rut, i - 1), closeAt(rut, i)), 9);
    expect(day?.verdict).toBe(roundsTo(pct(closeAt(rut, i - 1), closeAt(rut, i)), 1.5, 1) ? 'supported' : 'contradicted');
    expect(doc.claims.find((c) => c.symbol === 'IWO')?.verdict).toBe('unverifiable');
    expect(doc.counts.contradicted).toBe(0);
  });

  it('says how each claim was read: read_as in --json, a "read as" line with --explain', () => {
    const json = run(['check', join(ARTICLES, 'weekly-table.txt'), '--db', db, '--json']);
    expect(json.status).toBe(0);
    const doc = JSON.parse(json.stdout) as { claims: (JsonClaim & { read_as: { period: { from: string; text: string | null }; date: { from: string } } })[] };
    const week = doc.claims.find((c) => c.symbol === 'DJI' && c.metric === 'wtd_points');
    expect(week?.read_as.period).toEqual({ from: 'heading', text: 'For the week' });
    expect(doc.claims.find((c) => c.symbol === 'DJI' && c.metric === 'close')?.read_as.date.from).toBe('heading');
    const text = run(['check', join(ARTICLES, 'weekly-table.txt'), '--db', db, '--explain']);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('period (heading: "For the week")');
  });

  it('exit 0 with contradictions, 1 with --strict; stdin with --date; --format html', () => {
    const file = join(ARTICLES, 'planted-errors.txt');
    expect(run(['check', file, '--db', db]).status).toBe(0);
    const strict = run(['check', file, '--db', db, '--strict']);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/\[\d+ WRONG\]/);
    const stdin = run(['check', '-', '--db', db, '--date', '2024-11-25', '--json'], 'The S&P 500 rose 0.3% to 5,987.37.');
    expect(stdin.status).toBe(0);
    expect((JSON.parse(stdin.stdout) as { claims: JsonClaim[] }).claims.map((c) => c.verdict)).toEqual(['supported', 'supported']);
    const html = run(['check', file, '--db', db, '--format', 'html']);
    expect(html.status).toBe(0);
    expect(html.stdout).toMatch(/^<!doctype html>/);
    expect(html.stdout).toContain('<mark class="contradicted"');
  });

  it('an instrument the store does not hold is unverifiable (a store holding only the Russell 2000)', async () => {
    const partial = join(dir, 'partial.duckdb');
    (await MarketStore.open(partial)).close();
    const ingest = run(['ingest', join(REPO_ROOT, 'data', 'RUT.yahoo.csv'), '--db', partial]);
    expect(ingest.status).toBe(0);
    const result = run(['check', join(ARTICLES, 'rut-near-record.txt'), '--db', partial, '--json']);
    expect(result.status).toBe(0);
    const doc = JSON.parse(result.stdout) as { claims: (JsonClaim & { reason: string | null })[] };
    const spx = doc.claims.filter((c) => c.symbol === 'SPX');
    expect(spx.length).toBeGreaterThan(0);
    expect(spx.every((c) => c.verdict === 'unverifiable' && c.reason === 'instrument-not-in-store')).toBe(true);
    expect(doc.claims.find((c) => c.symbol === 'RUT' && c.metric === 'close')?.verdict).toBe('supported');
  });

  it('empty input is no claims, not an error, as --help says', () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const result = run(['check', empty, '--db', db]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('0 claims');
    const help = run(['check', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout.replace(/\s+/g, ' ')).toContain('empty input or text without claims is "no claims", also 0');
  });

  it('a move on a holiday is unverifiable with the latest close named; the 2-year note is its own instrument', () => {
    const spx = rowsOf('GSPC.yahoo.csv');
    const latest = spx.filter((row) => row.date < '2024-11-28').at(-1);
    const holiday = run(['check', '-', '--db', db, '--json'], 'The S&P 500 rose 0.4% on Thursday, Nov. 28, 2024.');
    expect(holiday.status).toBe(0);
    const [claim] = (JSON.parse(holiday.stdout) as { claims: (JsonClaim & { reason: string | null; note: string })[] }).claims;
    expect(claim?.reason).toBe('market-closed');
    expect(claim?.note).toContain(`the latest close before it is Nov. ${Number(latest?.date.slice(8, 10))}`);
    const note = run(['check', '-', '--db', db, '--json', '--date', '2022-06-13'], 'The Russell 2000 slid 4.8%. The yield on the 2-year note rose to 3.40% from 3.06%.');
    const symbols = (JSON.parse(note.stdout) as { claims: JsonClaim[] }).claims.map((c) => c.symbol);
    // The 2-year's close, the change its two levels give, its prior close.
    expect(symbols).toEqual(['RUT', 'US2Y', 'US2Y', 'US2Y']);
  });

  it('bad input: binary, invalid UTF-8, over 1 MB, no date, missing file, bad --format: one line on stderr, exit 2', () => {
    const binary = join(dir, 'story.pdf');
    writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]));
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from('Le CAC 40 a gagn\xe9 1%', 'latin1'));
    const huge = join(dir, 'huge.txt');
    writeFileSync(huge, Buffer.alloc(1_000_001, 0x61));
    const undated = join(dir, 'undated.txt');
    writeFileSync(undated, 'The S&P 500 rose 0.3% to 5,987.37.');
    const cases: [readonly string[], RegExp][] = [
      [['check', binary, '--db', db], /story\.pdf: binary data/],
      [['check', latin1, '--db', db], /latin1\.txt: not UTF-8 text/],
      [['check', huge, '--db', db], /huge\.txt: 1000001 bytes is over the 1000000-byte limit/],
      [['check', undated, '--db', db], /--date: no article date found/],
      [['check', join(dir, 'nope.txt'), '--db', db], /nope\.txt: no such file/],
      [['check', undated, '--db', db, '--format', 'pdf'], /--format: "pdf" is not one of text, json, html/],
      [['check', undated, '--db', db, '--date', '2024-02-30'], /--date: "2024-02-30" is not a calendar date/],
    ];
    for (const [args, message] of cases) {
      const result = run(args);
      expect(result.status).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
    }
  });

  it('over 1 MB on stdin is refused without reading it all', () => {
    const result = run(['check', '-', '--db', db, '--date', '2024-11-25'], Buffer.alloc(3_000_000, 0x61));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/stdin: over the 1000000-byte limit/);
  });

  it('checks the bear-market story: the new claim kinds in the JSON, offsets on their text, exit 1 with --strict', () => {
    const text = readFileSync(join(ARTICLES, 'bear-market.txt'), 'utf8');
    const result = run(['check', join(ARTICLES, 'bear-market.txt'), '--db', db, '--json', '--strict']);
    expect(result.status).toBe(1);
    const json = JSON.parse(result.stdout) as { article_date: string; claims: JsonClaim[] };
    expect(json.article_date).toBe('2022-06-13');
    const metrics = new Set(json.claims.map((c) => c.metric));
    for (const metric of ['is_52w_low', 'streak_weeks', 'streak_months', 'seasonal_rank', 'first_close_above']) expect(metrics).toContain(metric);
    for (const claim of json.claims) expect(text.slice(claim.start, claim.end)).toBe(claim.text);
    const spx = rowsOf('GSPC.yahoo.csv');
    const i = at(spx, '2022-06-13');
    const move = json.claims.find((c) => c.metric === 'change_1d_pct' && c.symbol === 'SPX');
    expect(move?.verdict).toBe(roundsTo(pct(closeAt(spx, i - 1), closeAt(spx, i)), 3.9, 1) ? 'supported' : 'contradicted');
  });
});
