/**
 * Formats people have now (item 11): yfinance's three-line header, its auto-adjusted Close,
 * history() files, standard input and UTF-16 text.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeDataFileBytes } from '../../src/data/data-file.js';
import { readSeriesText } from '../../src/data/reader.js';
import { readShippedRows } from '../helpers/shipped-series.js';
import { fixtureText } from './fixtures.js';
import { buildShippedFixture, emptyInstrumentConfig, runInProcess, type ShippedStoreFixture } from './store-helpers.js';

/** The numbers of a CSV fixture's column, read by splitting lines and cells. */
function column(name: string, index: number, skip: number): number[] {
  return fixtureText(name).trim().split('\n').slice(skip).map((line) => Number(line.split(',')[index]));
}

const read = (name: string, kind: 'etf' | 'index'): ReturnType<typeof readSeriesText> => readSeriesText(fixtureText(name), { fileName: name, kind });

describe('yfinance as it writes files today', () => {
  it('the three-line header of download(): columns from the first line, tickers from the second, data after the third', () => {
    const parsed = read('yfinance-download-3-line.csv', 'etf');
    expect(parsed.tickers).toEqual(['SPY']);
    expect(Array.from(parsed.days)).toHaveLength(2);
    // Adj Close equals Close on both rows: the Close is adjusted, stored as such.
    expect(parsed.close).toBeNull();
    expect(Array.from(parsed.adjClose ?? [])).toEqual(column('yfinance-download-3-line.csv', 2, 3));
    expect(parsed.warnings).toEqual([
      "its Close equals its Adj Close on every row: its Close is dividend-adjusted (yfinance's auto_adjust=True); stored as adjusted closes (total return), no price return",
    ]);
  });

  it('a download() file without Adj Close holds adjusted closes for a fund, the level for an index', () => {
    const fund = read('yfinance-download-auto-adjust.csv', 'etf');
    expect(fund.close).toBeNull();
    expect(Array.from(fund.adjClose ?? [])).toEqual(column('yfinance-download-auto-adjust.csv', 1, 3));
    expect(fund.warnings[0]).toMatch(/^a yfinance download\(\) file without Adj Close: its Close is dividend-adjusted/);
    const index = read('yfinance-download-auto-adjust.csv', 'index');
    expect(Array.from(index.close ?? [])).toEqual(column('yfinance-download-auto-adjust.csv', 1, 3));
    expect(index.adjClose).toBeNull();
    expect(index.warnings).toEqual([]);
  });

  it('a history() file (Dividends, Stock Splits, dates with a zone) is read as adjusted closes of a fund', () => {
    const parsed = read('yfinance-history.csv', 'etf');
    expect(parsed.layout.format).toBe('yahoo');
    expect(Array.from(parsed.adjClose ?? [])).toEqual(column('yfinance-history.csv', 4, 1));
    expect(parsed.warnings[0]).toMatch(/^a yfinance history\(\) file \(Dividends, Stock Splits\) without Adj Close/);
  });

  it('UTF-16 text is named as UTF-16, with or without a byte order mark', () => {
    const text = 'date,close\n2024-11-25,5987.37\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const bare = Buffer.from(text, 'utf16le');
    const be = Buffer.from(bare).swap16();
    for (const bytes of [le, bare, be]) expect(decodeDataFileBytes(bytes)).toEqual({ ok: false, reason: 'UTF-16 text; save the CSV file as UTF-8' });
  });
});

describe('ingest - reads standard input', () => {
  let fixture: ShippedStoreFixture;
  beforeAll(async () => {
    fixture = await buildShippedFixture();
  });
  afterAll(() => fixture.remove());

  it('a file piped in is ingested under --symbol and named <stdin>; without --symbol, one line says what to pass', async () => {
    const db = fixture.copy('stdin.duckdb');
    const bin = fileURLToPath(new URL('../../bin/marketfacts.js', import.meta.url));
    const child = spawn(process.execPath, [bin, 'ingest', '-', '--symbol', 'RUT', '--db', db], { env: { ...process.env, MARKETFACTS_INSTRUMENTS: emptyInstrumentConfig(fixture.dir) } });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const rut = readShippedRows('RUT.yahoo.csv').filter((row) => row.date === '2024-11-22' || row.date === '2024-11-25');
    child.stdin.end(`Price,Close,High,Low,Open,Volume\nTicker,^RUT,^RUT,^RUT,^RUT,^RUT\nDate,,,,,\n${rut.map((row) => `${row.date},${row.close},1,1,1,0`).join('\n')}\n`);
    expect(await new Promise((resolve) => child.on('close', resolve))).toBe(0);
    expect(stdout).toMatch(/^<stdin> -> RUT: 2 rows \(yfinance .*; 0 added, 0 revised, 2 unchanged\n$/);
    const refused = await runInProcess(['ingest', '-', '--db', db], { MARKETFACTS_INSTRUMENTS: emptyInstrumentConfig(fixture.dir), MARKETFACTS_DB: undefined });
    expect(refused).toMatchObject({ code: 2, stderr: 'marketfacts: --symbol: standard input (-) has no file name to tell the instrument by; pass --symbol <symbol>\n' });
  });
});
