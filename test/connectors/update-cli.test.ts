/**
 * `marketfacts update` as a user runs it (child process, built CLI), against a local server on
 * 127.0.0.1 that answers with recorded responses: the real connectors, HTTP and store.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRecordedServer, type RecordedServer } from '../../bench/recorded-server.js';
import { readShippedRows } from '../helpers/shipped-series.js';
import { buildShippedFixture, dumpStore, runCli, type ShippedStoreFixture } from '../data/store-helpers.js';
import { dateByOffset, recordedText, recordedYahoo, yahooBodyText } from './recorded.js';

const DGS10_FILE = 'fred/fredgraph-DGS10-DATE-header-dot-missing-2018-12-27-to-2023-12-27.csv';
const AAPL = recordedYahoo('chart-AAPL-2020-08-31-to-2020-11-07.json');
const BTC = recordedYahoo('chart-BTC-USD-2020-01-01-to-2020-01-03.json');
const UNKNOWN = JSON.stringify({ chart: { result: null, error: { code: 'Not Found', description: 'No data found, symbol may be delisted' } } });

let fixture: ShippedStoreFixture;
let server: RecordedServer;
let env: Record<string, string>;

beforeAll(async () => {
  fixture = await buildShippedFixture();
  writeFileSync(
    join(fixture.dir, 'instruments.json'),
    JSON.stringify({
      instruments: [
        { symbol: 'AAPL', name: 'Apple', kind: 'stock', source: 'yahoo:AAPL' },
        { symbol: 'BTC', name: 'Bitcoin', kind: 'crypto', source: 'yahoo:BTC-USD' },
        { symbol: 'BADX', name: 'Nothing', kind: 'stock', source: 'yahoo:BADX' },
      ],
    }),
  );
  server = await startRecordedServer((url) => {
    if (url.pathname === '/v8/finance/chart/AAPL') return { body: yahooBodyText(AAPL) };
    if (url.pathname === '/v8/finance/chart/BTC-USD') return { body: yahooBodyText(BTC) };
    if (url.pathname === '/v8/finance/chart/BADX') return { status: 404, body: UNKNOWN };
    if (url.pathname === '/graph/fredgraph.csv' && url.searchParams.get('id') === 'DGS10') return { contentType: 'text/csv', body: recordedText(DGS10_FILE) };
    return undefined;
  });
  env = { MARKETFACTS_YAHOO_URL: server.baseUrl, MARKETFACTS_FRED_URL: server.baseUrl, MARKETFACTS_STOOQ_URL: server.baseUrl };
});

afterAll(async () => {
  await server.close();
  fixture.remove();
});

/** Values of the recorded DGS10 file, scanned here: lines with a number. */
function recordedDgs10Values(): number {
  return recordedText(DGS10_FILE).split('\n').slice(1).filter((line) => /,\d/.test(line)).length;
}

describe('marketfacts update', () => {
  it('one line per symbol; the failing one named on stderr with its source and reason; exit 1; the others stored', async () => {
    const db = fixture.copy('update.duckdb');
    const result = await runCli(fixture, ['update', 'US10Y', 'AAPL', 'BTC', 'BADX', '--db', db], env);
    expect(result.code).toBe(1);
    const aapl = AAPL.response.bodyJson.chart.result[0];
    const aaplLast = dateByOffset(aapl?.timestamp?.at(-1) ?? 0, aapl?.meta.gmtoffset ?? 0);
    const btcBars = BTC.response.bodyJson.chart.result[0]?.timestamp?.length ?? 0;
    const lastDgs10 = readShippedRows('DGS10.fred.csv').at(-1)?.date;
    const dots = recordedText(DGS10_FILE).split('\n').filter((line) => line.endsWith(',.')).length;
    expect(result.stdout.split('\n')).toEqual([
      // Every recorded DGS10 value equals the shipped one: nothing is revised.
      `US10Y (fred:DGS10): 0 added, 0 revised, ${recordedDgs10Values().toLocaleString('en-US')} unchanged; last ${lastDgs10}; ${dots} empty rows dropped`,
      `AAPL (yahoo:AAPL): ${aapl?.timestamp?.length ?? 0} added, 0 revised, 0 unchanged; last ${aaplLast}`,
      `BTC (yahoo:BTC-USD): ${btcBars} added, 0 revised, 0 unchanged; last 2020-01-03`,
      '',
    ]);
    expect(result.stderr).toContain('marketfacts: update failed: BADX (yahoo:BADX): unknown symbol: No data found, symbol may be delisted (HTTP 404 Not Found); its data unchanged\n');
    // With nothing stored, the whole history is asked for.
    expect(server.requests.find((request) => request.startsWith('/v8/finance/chart/AAPL?'))).toMatch(/period1=-2208988800&period2=\d+&interval=1d&events=div%7Csplit$/);
    const series = await runCli(fixture, ['series', 'AAPL', '--json', '--db', db], env);
    const parsed = JSON.parse(series.stdout) as { observations: { date: string; close: number }[] };
    expect(parsed.observations.map((o) => o.close)).toEqual(aapl?.indicators.quote[0]?.close);
  });

  it('--dry-run prints the same counts and writes nothing', async () => {
    const db = fixture.copy('dry.duckdb');
    const before = await dumpStore(db);
    const result = await runCli(fixture, ['update', 'AAPL', '--dry-run', '--db', db], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^AAPL \(yahoo:AAPL\): 49 would be added, 0 would be revised, 0 unchanged; last 2020-11-06\ndry run: nothing was written\n$/);
    expect(await dumpStore(db)).toBe(before);
  });

  it('ingest of the saved chart JSON and update from the same response agree: nothing left to add', async () => {
    const db = fixture.copy('saved.duckdb');
    const saved = join(fixture.dir, 'AAPL.chart.json');
    writeFileSync(saved, yahooBodyText(AAPL));
    const ingest = await runCli(fixture, ['ingest', saved, '--symbol', 'AAPL', '--db', db], env);
    expect(ingest.code).toBe(0);
    expect(ingest.stdout).toBe(`${saved} -> AAPL: 49 rows (Yahoo chart JSON (close and adjclose)); 49 added, 0 revised, 0 unchanged\n`);
    const update = await runCli(fixture, ['update', 'AAPL', '--db', db], env);
    // The recorded response ends on Nov. 6, 2020: the sessions since are named as missing from it (Nov. 11, Veterans Day, is a NYSE session).
    expect(update.stdout).toMatch(/^AAPL \(yahoo:AAPL\): 0 added, 0 revised, 49 unchanged; last 2020-11-06; [\d,]+ sessions of its market not in the response: 2020-11-09, 2020-11-10, 2020-11-11, \.\.\.\n$/);
  });

  it('an unknown symbol: exit 2 and the command that adds it', async () => {
    const result = await runCli(fixture, ['update', 'QQQ', '--db', fixture.copy('unknown.duckdb')], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('marketfacts: <symbol>: unknown symbol "QQQ"; add it with "marketfacts instruments add QQQ --name NAME --kind KIND --source yahoo:QQQ"\n');
  });
});
