/**
 * The stats, seasonality and compare commands end to end: `node bin/marketfacts.js` against a
 * temporary store built from the shipped data (needs `npm run build` first). Expected values
 * come from plain scans of the CSV rows.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, readShippedRows } from '../../../test/helpers/shipped-series.js';
import { lastRowBefore, pct, rowAt, rowIndex } from '../../../test/reference/scan.js';

const BIN = join(REPO_ROOT, 'bin', 'marketfacts.js');
let dir = '';
let db = '';

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args, '--db', db], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  if (!existsSync(join(REPO_ROOT, 'dist', 'src', 'cli', 'main.js'))) throw new Error('run `npm run build` before the CLI tests');
  dir = mkdtempSync(join(tmpdir(), 'marketfacts-stats-cli-'));
  db = join(dir, 'store.duckdb');
  // The first run builds the store from the shipped data (with a notice on stderr).
  expect(cli('stats', 'SPX').status).toBe(0);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('marketfacts stats', () => {
  it('--json gives the contract fields for the reference day', () => {
    const result = cli('stats', 'RUT', '--date', '2024-11-25', '--json');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const snap = JSON.parse(result.stdout) as Record<string, unknown>;
    const rows = readShippedRows('RUT.yahoo.csv');
    const i = rowIndex(rows, '2024-11-25');
    const base = lastRowBefore(rows, '2024-11-01')?.close ?? Number.NaN;
    expect(snap['symbol']).toBe('RUT');
    expect(snap['close']).toBe(rowAt(rows, i).close);
    expect(snap['mtd_pct']).toBeCloseTo(pct(base, rowAt(rows, i).close), 8);
    for (const field of ['date', 'prev_close', 'change_1d', 'change_1d_pct', 'change_1d_bp', 'wtd_pct', 'qtd_pct', 'ytd_pct', 'wtd_bp', 'mtd_bp', 'qtd_bp', 'ytd_bp', 'record_close', 'record_date', 'is_record', 'record_count_ytd', 'prior_record_close', 'prior_record_date', 'pct_from_record', 'high_52w', 'low_52w', 'drawdown_state', 'streak_days', 'biggest_1d_since', 'month_biggest_since']) {
      expect(snap).toHaveProperty(field);
    }
  });

  it('--json adds the extended statistics after the contract fields (Dow, Feb. 2, 2018)', () => {
    const result = cli('stats', 'DJI', '--date', '2018-02-02', '--json');
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout) as Record<string, unknown>;
    const keys = Object.keys(out);
    expect(keys.indexOf('ma_200')).toBeLessThan(keys.indexOf('points_1d'));
    const rows = readShippedRows('DJI.yahoo.csv');
    const i = rowIndex(rows, '2018-02-02');
    const today = rowAt(rows, i).close - rowAt(rows, i - 1).close;
    let worse = 0;
    for (let j = 1; j < i; j++) if (rowAt(rows, j).close - rowAt(rows, j - 1).close < today) worse++;
    expect(out['points_1d']).toMatchObject({ rank_from_bottom: worse + 1, count: i });
    expect(out['drawdown_episode']).not.toBeUndefined();
    expect((out['trailing_years'] as { price: unknown[]; total: unknown }).total).toBeNull();
  });

  it('the table adds the point move, the record drought and the year-to-date range', () => {
    const result = cli('stats', 'DJI', '--date', '2018-10-10');
    expect(result.status).toBe(0);
    const rows = readShippedRows('DJI.yahoo.csv');
    const i = rowIndex(rows, '2018-10-10');
    const points = rowAt(rows, i).close - rowAt(rows, i - 1).close;
    expect(result.stdout).toMatch(new RegExp(`Day in points +${points.toFixed(2).replace(/\B(?=(\d{3})+\.)/g, ',')}`));
    expect(result.stdout).toMatch(/Since the last record/);
    expect(result.stdout).toMatch(/Year-to-date range/);
  });

  it('a date in the weekend after the data end uses the last close and says so', () => {
    const rows = readShippedRows('GSPC.yahoo.csv');
    const last = rows[rows.length - 1]?.date ?? '';
    const sunday = new Date(`${last}T00:00:00Z`);
    sunday.setUTCDate(sunday.getUTCDate() + ((7 - sunday.getUTCDay()) % 7));
    const result = cli('stats', 'SPX', '--date', sunday.toISOString().slice(0, 10), '--json');
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { date: string }).date).toBe(last);
  });

  it('counts in the table have thousands separators', () => {
    const rows = readShippedRows('GSPC.yahoo.csv');
    const i = rowIndex(rows, '1954-09-01');
    let record = 0;
    for (let j = 1; j <= i; j++) if (rowAt(rows, j).close > rowAt(rows, record).close) record = j;
    expect(i - record).toBeGreaterThan(999);
    const result = cli('stats', 'SPX', '--date', '1954-09-01');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`${(i - record).toLocaleString('en-US')} trading days since the record`);
  });

  it('prints a readable table without --json', () => {
    const result = cli('stats', 'US10Y', '--date', '2024-11-25');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/-14\.0 bp/);
    expect(result.stdout).toMatch(/2024-08-02/);
  });

  it('bad input: one line naming the argument, exit 2', () => {
    for (const args of [['stats', 'NOPE'], ['stats', 'SPX', '--date', '2024-13-01'], ['stats', 'SPX', '--date', '1900-01-02'], ['stats', 'IWO', '--basis', 'price']]) {
      const result = cli(...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).not.toMatch(/at .*\.js/);
    }
    expect(cli('stats', 'SPX', '--date', '2024-13-01').stderr).toMatch(/--date/);
    const rut = readShippedRows('RUT.yahoo.csv');
    const last = rut[rut.length - 1]?.date ?? '';
    // A date after the data end is the last session, said so (the rule of every command).
    const after = cli('stats', 'RUT', '--date', '2026-09-15', '--json');
    expect(after.status).toBe(0);
    expect(after.stderr).toBe(`marketfacts: note: --date 2026-09-15 is after the data end; figures are as of the last session, ${last}\n`);
    expect((JSON.parse(after.stdout) as { date: string }).date).toBe(last);
    expect(cli('stats', 'IWO', '--basis', 'price').stderr).toMatch(/^marketfacts: --basis: a price return of IWO cannot be computed/);
  });
});

describe('marketfacts stats --trailing', () => {
  it('adds the trailing move; a window longer than the data is refused', () => {
    const result = cli('stats', 'SPX', '--date', '2024-11-25', '--trailing', '20d', '--json');
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout) as { trailing: { pct: number; from_date: string } };
    const rows = readShippedRows('GSPC.yahoo.csv');
    const i = rowIndex(rows, '2024-11-25');
    expect(out.trailing.from_date).toBe(rowAt(rows, i - 20).date);
    expect(out.trailing.pct).toBeCloseTo(pct(rowAt(rows, i - 20).close, rowAt(rows, i).close), 8);
    const long = cli('stats', 'SPY', '--date', '2024-11-25', '--trailing', '30y');
    expect(long.status).toBe(2);
    expect(long.stderr).toMatch(/^marketfacts: --trailing: .*reaches before the SPY data begin on 2005-01-03/);
    expect(cli('stats', 'SPY', '--trailing', '3x').stderr).toMatch(/^marketfacts: --trailing: /);
  });
});

describe('marketfacts seasonality', () => {
  it('--json gives twelve months over the stated years', () => {
    const result = cli('seasonality', 'RUT', '--from', '1987', '--to', '2023', '--json');
    expect(result.status).toBe(0);
    const table = JSON.parse(result.stdout) as { month: number; n: number; rank: number | null }[];
    expect(table).toHaveLength(12);
    const rows = readShippedRows('RUT.yahoo.csv');
    const decembers = new Set(rows.filter((r) => r.date.slice(5, 7) === '12' && r.date >= '1987' && r.date < '2024').map((r) => r.date.slice(0, 4)));
    expect(table[11]?.n).toBe(decembers.size);
  });

  it('a heatmap table, and --from after --to refused', () => {
    const table = cli('seasonality', 'SPX', '--from', '2020', '--to', '2023');
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/Mean/);
    const bad = cli('seasonality', 'SPX', '--from', '2024', '--to', '2020');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--from/);
  });
});

describe('marketfacts compare', () => {
  it('relative performance in percentage points', () => {
    const result = cli('compare', 'RUT', 'SPX', '--from', '2023-12-29', '--to', '2024-11-25', '--json');
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout) as { difference_pp: number };
    const rut = readShippedRows('RUT.yahoo.csv');
    const spx = readShippedRows('GSPC.yahoo.csv');
    const move = (rows: typeof rut): number => pct(rowAt(rows, rowIndex(rows, '2023-12-29')).close, rowAt(rows, rowIndex(rows, '2024-11-25')).close);
    expect(out.difference_pp).toBeCloseTo(move(rut) - move(spx), 8);
  });

  it('an adjusted-only fund against one with both closes: total return for both, and says so', () => {
    const iwo = readShippedRows('IWO.adjclose.yahoo.csv');
    const iwm = readShippedRows('IWM.yahoo.csv', 'adjclose');
    const move = (rows: typeof iwo): number => pct(lastRowBefore(rows, '2024-01-01')?.close ?? Number.NaN, rowAt(rows, rowIndex(rows, '2024-11-25')).close);
    const json = cli('compare', 'IWO', 'IWM', '--from', '2024-01-01', '--to', '2024-11-25', '--json');
    expect(json.status).toBe(0);
    const out = JSON.parse(json.stdout) as { basis: string; basis_note: string; difference_pp: number; a: { basis: string; pct: number }; b: { basis: string; pct: number } };
    expect(out).toMatchObject({ basis: 'total', a: { basis: 'total' }, b: { basis: 'total' } });
    expect(out.basis_note).toMatch(/^IWO has only adjusted closes/);
    expect(out.b.pct).toBeCloseTo(move(iwm), 8);
    expect(out.difference_pp).toBeCloseTo(move(iwo) - move(iwm), 8);
    const text = cli('compare', 'IWM', 'IWO', '--from', '2024-01-01', '--to', '2024-11-25');
    expect(text.stdout).toMatch(/^IWM .* total$/m);
    expect(text.stdout).toMatch(/\nBasis: IWO has only adjusted closes: both moves are total returns \(adjusted closes\)\n$/);
    // RUT has no adjusted closes: no common basis, refused under the argument's name.
    const refused = cli('compare', 'IWO', 'RUT', '--from', '2024-01-01');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe('marketfacts: <b>: IWO has only adjusted closes (total return) and RUT has none: no common basis to compare them on\n');
  });

  it('the same instrument twice, or an unknown one, is refused under the argument\'s name', () => {
    const same = cli('compare', 'RUT', 'rut', '--from', '2024-01-01');
    expect(same.status).toBe(2);
    expect(same.stderr).toBe('marketfacts: <b>: same instrument as <a> (RUT); name two different instruments\n');
    expect(cli('compare', 'NOPE', 'RUT', '--from', '2024-01-01').stderr).toMatch(/^marketfacts: <a>: unknown symbol "NOPE"/);
    expect(cli('compare', 'RUT', 'US10Y', '--from', '2024-01-02').stderr).toMatch(/^marketfacts: <b>: US10Y is a yield/);
  });

  it('bad input: --from after --to, a yield', () => {
    const late = cli('compare', 'RUT', 'SPX', '--from', '2024-11-25', '--to', '2024-01-01');
    expect(late.status).toBe(2);
    expect(late.stderr).toMatch(/--from/);
    expect(cli('compare', 'RUT', 'US10Y', '--from', '2024-01-02').status).toBe(2);
  });
});
