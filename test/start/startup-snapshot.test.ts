/**
 * The npm bin, bin/marketfacts, as a person runs it after `npm run build`: it starts from the
 * start-up snapshot (dist/startup/marketfacts.blob) when that is current, and otherwise starts
 * the program plainly (bin/marketfacts.js). Both starts must print the same bytes and exit
 * with the same code for every kind of command: a check from a file and from stdin, stats,
 * a brief, an error of the user's, and a store built on first use.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordedYahoo, yahooBodyText } from '../connectors/recorded.js';
import { REPO_ROOT } from '../helpers/shipped-series.js';

const SH_BIN = join(REPO_ROOT, 'bin', 'marketfacts');
const PLAIN_BIN = join(REPO_ROOT, 'bin', 'marketfacts.js');
const BLOB = join(REPO_ROOT, 'dist', 'startup', 'marketfacts.blob');
const dir = mkdtempSync(join(tmpdir(), 'marketfacts-start-'));
const db = join(dir, 'market.duckdb');

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

// NODE_OPTIONS of the test runner's own are not the user's: the bin starts plainly under any.
const ENV: NodeJS.ProcessEnv = { ...process.env, MARKETFACTS_DB: '', NODE_OPTIONS: '' };

function runSh(bin: string, args: readonly string[], input?: string, env: NodeJS.ProcessEnv = ENV): Run {
  const result = spawnSync('sh', ['-x', bin, ...args], { encoding: 'utf8', input, env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function runPlain(args: readonly string[], input?: string, env: NodeJS.ProcessEnv = ENV): Run {
  const result = spawnSync(process.execPath, [PLAIN_BIN, ...args], { encoding: 'utf8', input, env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The shell's trace of the line that started node (sh -x prints it with a leading "+"). */
function startLine(stderr: string): string {
  return stderr.split('\n').find((line) => /^\++ exec /.test(line)) ?? '';
}

/** What a person sees: stdout, the exit code, and stderr without the shell's trace. */
function seen(run: Run): { status: number | null; stdout: string; stderr: string } {
  return { status: run.status, stdout: run.stdout, stderr: run.stderr.split('\n').filter((line) => !/^\++ /.test(line)).join('\n') };
}

beforeAll(() => {
  if (!existsSync(BLOB)) throw new Error('run "npm run build" before the start-up tests (it builds dist/startup/marketfacts.blob)');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bin/marketfacts', () => {
  it('starts from the snapshot when it is current', () => {
    const run = runSh(SH_BIN, ['--version']);
    expect(startLine(run.stderr)).toContain(`--snapshot-blob ${BLOB} -- --version`);
    expect(run.stdout.trim()).toBe(runPlain(['--version']).stdout.trim());
    expect(run.status).toBe(0);
  });

  it('builds a store on first use as the plain start does, then prints the same bytes for each kind of command', () => {
    // First use from the snapshot: DuckDB's native module is required at run time.
    const first = runSh(SH_BIN, ['instruments', '--db', db]);
    expect(first.status).toBe(0);
    expect(first.stdout).toBe(runPlain(['instruments', '--db', db]).stdout);
    const article = join(REPO_ROOT, 'test', 'articles', 'rut-near-record.txt');
    const story = 'The Russell 2000 rose 1.5% to 2,442.03 on Monday, Nov. 25, 2024, and the S&P 500 rose 2%.\n';
    const cases: { args: string[]; input?: string }[] = [
      { args: ['check', article, '--db', db, '--json'] },
      { args: ['check', article, '--db', db, '--explain'] },
      { args: ['check', '-', '--db', db, '--strict'], input: story },
      { args: ['stats', 'RUT', '--date', '2024-11-25', '--db', db, '--json'] },
      { args: ['brief', '--date', '2024-11-25', '--db', db] },
      { args: ['brief', '--date', '2020-03-16', '--db', db, '--json'] },
      { args: ['stats', 'RUT', '--date', '2024-13-01', '--db', db] },
      { args: ['--db', db, 'seasonality', 'RUT', '--from', '1990', '--to', '2020'] },
    ];
    for (const { args, input } of cases) {
      const fromSnapshot = runSh(SH_BIN, args, input);
      expect(startLine(fromSnapshot.stderr)).toContain('--snapshot-blob');
      expect(seen(fromSnapshot), args.join(' ')).toEqual(seen(runPlain(args, input)));
    }
  });

  it('ingests a saved API response, with the packages it requires at run time, as the plain start does', () => {
    // zod (validation) and DuckDB (writing) are not in the snapshot: they are required from node_modules.
    const saved = join(dir, 'AAPL.chart.json');
    writeFileSync(saved, yahooBodyText(recordedYahoo('chart-AAPL-2020-08-31-to-2020-11-07.json')));
    const target = join(dir, 'ingest.duckdb');
    const env = { ...ENV, MARKETFACTS_INSTRUMENTS: join(dir, 'instruments.json') };
    const added = spawnSync(process.execPath, [PLAIN_BIN, 'instruments', 'add', 'AAPL', '--name', 'Apple', '--kind', 'stock', '--source', 'yahoo:AAPL'], { encoding: 'utf8', env });
    expect(added.status, added.stderr).toBe(0);
    const args = ['ingest', saved, '--symbol', 'AAPL', '--db', target, '--json'];
    const plain = runPlain(args, undefined, env);
    rmSync(target, { force: true });
    rmSync(`${target}.series`, { force: true });
    rmSync(`${target}.last-good`, { force: true });
    const fromSnapshot = runSh(SH_BIN, args, undefined, env);
    expect(startLine(fromSnapshot.stderr)).toContain('--snapshot-blob');
    expect(plain.status, plain.stderr).toBe(0);
    expect(seen(fromSnapshot)).toEqual(seen(plain));
  });

  it('starts plainly when the snapshot is missing, older than the program, or built by another node', () => {
    // A package of its own: the shell script copied, the program linked, a startup folder to spoil.
    const root = join(dir, 'package');
    mkdirSync(join(root, 'bin'), { recursive: true });
    mkdirSync(join(root, 'dist', 'startup'), { recursive: true });
    copyFileSync(SH_BIN, join(root, 'bin', 'marketfacts'));
    copyFileSync(PLAIN_BIN, join(root, 'bin', 'marketfacts.js'));
    symlinkSync(join(REPO_ROOT, 'dist', 'cli.js'), join(root, 'dist', 'cli.js'));
    symlinkSync(join(REPO_ROOT, 'dist', 'chunks'), join(root, 'dist', 'chunks'));
    const bin = join(root, 'bin', 'marketfacts');
    const blob = join(root, 'dist', 'startup', 'marketfacts.blob');
    const plainLine = `${join(root, 'bin', 'marketfacts.js')} --version`;

    const missing = runSh(bin, ['--version']);
    expect(startLine(missing.stderr)).toContain(plainLine);
    expect(missing.stdout.trim()).toBe('0.1.0');

    copyFileSync(BLOB, blob);
    copyFileSync(join(REPO_ROOT, 'dist', 'startup', 'node'), join(root, 'dist', 'startup', 'node'));
    const current = runSh(bin, ['--version']);
    expect(startLine(current.stderr)).toContain(`--snapshot-blob ${blob}`);

    const old = new Date(Date.UTC(2001, 0, 1));
    utimesSync(blob, old, old);
    const stale = runSh(bin, ['--version']);
    expect(startLine(stale.stderr)).toContain(plainLine);

    utimesSync(blob, new Date(), new Date());
    writeFileSync(join(root, 'dist', 'startup', 'node'), '/opt/another/node\n');
    const otherNode = runSh(bin, ['--version']);
    expect(startLine(otherNode.stderr)).toContain(plainLine);
    expect(otherNode.stdout.trim()).toBe('0.1.0');
  });

  it('starts plainly under NODE_OPTIONS, which may change the V8 settings a snapshot needs', () => {
    const run = runSh(SH_BIN, ['--version'], undefined, { ...ENV, NODE_OPTIONS: '--max-old-space-size=4096' });
    expect(startLine(run.stderr)).toContain(`${PLAIN_BIN} --version`);
    expect(run.stdout.trim()).toBe('0.1.0');
    expect(run.status).toBe(0);
  });
});
