/**
 * `marketfacts update` as a user runs it (child process, built CLI), against a local server on
 * 127.0.0.1 that answers with recorded responses: the real connectors, HTTP and store.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
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

  it('--json: one object, per instrument the counts and last date or the failure with source and reason', async () => {
    const db = fixture.copy('json.duckdb');
    const result = await runCli(fixture, ['update', 'AAPL', 'BADX', 'US10Y', '--json', '--db', db], env);
    expect(result.code).toBe(1);
    const aapl = AAPL.response.bodyJson.chart.result[0];
    const bars = aapl?.timestamp ?? [];
    const parsed = JSON.parse(result.stdout) as { dry_run: boolean; failed: number; instruments: Record<string, unknown>[] };
    expect(parsed.dry_run).toBe(false);
    expect(parsed.failed).toBe(1);
    expect(parsed.instruments.map((entry) => [entry['symbol'], entry['source'], entry['ok']])).toEqual([
      ['AAPL', 'yahoo:AAPL', true],
      ['BADX', 'yahoo:BADX', false],
      ['US10Y', 'fred:DGS10', true],
    ]);
    expect(parsed.instruments[0]).toMatchObject({
      added: bars.length,
      revised: 0,
      unchanged: 0,
      last_date: dateByOffset(bars.at(-1) ?? 0, aapl?.meta.gmtoffset ?? 0),
      full_history: false,
      preliminary: null,
    });
    expect(parsed.instruments[1]).toEqual({
      symbol: 'BADX',
      source: 'yahoo:BADX',
      ok: false,
      failure: { source: 'yahoo:BADX', reason: 'unknown symbol: No data found, symbol may be delisted (HTTP 404 Not Found)' },
    });
    expect(parsed.instruments[2]).toMatchObject({ added: 0, revised: 0, unchanged: recordedDgs10Values(), last_date: readShippedRows('DGS10.fred.csv').at(-1)?.date });
    // The failure is on stderr too, for a person watching; stdout is the JSON alone.
    expect(result.stderr).toContain('marketfacts: update failed: BADX (yahoo:BADX): unknown symbol');
    const dry = await runCli(fixture, ['update', 'AAPL', '--json', '--dry-run', '--db', fixture.copy('json-dry.duckdb')], env);
    expect(JSON.parse(dry.stdout)).toMatchObject({ dry_run: true, failed: 0, instruments: [{ symbol: 'AAPL', added: bars.length }] });
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

  it('ingest of the saved chart JSON stores its split and dividend as update stores them, with the file as their source', async () => {
    const saved = join(fixture.dir, 'AAPL.events.chart.json');
    writeFileSync(saved, yahooBodyText(AAPL));
    const ingested = fixture.copy('events-ingest.duckdb');
    const updated = fixture.copy('events-update.duckdb');
    expect((await runCli(fixture, ['ingest', saved, '--symbol', 'AAPL', '--db', ingested], env)).code).toBe(0);
    expect((await runCli(fixture, ['update', 'AAPL', '--db', updated], env)).code).toBe(0);
    // The events of the recorded response, scanned here: dated on the exchange clock (gmtoffset), a split as numerator / denominator.
    const aapl = AAPL.response.bodyJson.chart.result[0] as unknown as {
      meta: { gmtoffset: number };
      events: { splits: Record<string, { date: number; numerator: number; denominator: number; splitRatio: string }>; dividends: Record<string, { date: number; amount: number }> };
    };
    const expected = [
      ...Object.values(aapl.events.splits).map((split) => ({ date: dateByOffset(split.date, aapl.meta.gmtoffset), kind: 'split', value: split.numerator / split.denominator, text: split.splitRatio })),
      ...Object.values(aapl.events.dividends).map((dividend) => ({ date: dateByOffset(dividend.date, aapl.meta.gmtoffset), kind: 'dividend', value: dividend.amount, text: String(dividend.amount) })),
    ].sort((a, b) => a.date.localeCompare(b.date));
    expect(expected.map((event) => event.kind)).toEqual(['split', 'dividend']);
    const storedEvents = async (db: string): Promise<{ date: string; kind: string; value: number; text: string; file: string }[]> => {
      const instance = await DuckDBInstance.create(db, { access_mode: 'READ_ONLY' });
      const connection = await instance.connect();
      try {
        const reader = await connection.runAndReadAll(
          "SELECT strftime(DATE '1970-01-01' + c.day, '%Y-%m-%d'), c.kind, c.value, c.text, s.file_name FROM corporate_actions c JOIN sources s USING (source_id) WHERE c.symbol = 'AAPL' ORDER BY c.day",
        );
        return reader.getRows().map((row) => ({ date: String(row[0]), kind: String(row[1]), value: Number(row[2]), text: String(row[3]), file: String(row[4]) }));
      } finally {
        connection.closeSync();
        instance.closeSync();
      }
    };
    const fromIngest = await storedEvents(ingested);
    const fromUpdate = await storedEvents(updated);
    expect(fromIngest).toEqual(expected.map((event) => ({ ...event, file: 'AAPL.events.chart.json' })));
    expect(fromUpdate.map((event) => ({ date: event.date, kind: event.kind, value: event.value, text: event.text }))).toEqual(expected);
    expect(fromUpdate.every((event) => event.file.startsWith(`${server.baseUrl}/v8/finance/chart/AAPL?`))).toBe(true);
  });

  it('an unknown symbol: exit 2 and the command that adds it', async () => {
    const result = await runCli(fixture, ['update', 'QQQ', '--db', fixture.copy('unknown.duckdb')], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('marketfacts: <symbol>: unknown symbol "QQQ"; add it with "marketfacts instruments add QQQ --name NAME --kind KIND --source yahoo:QQQ"\n');
  });
});
