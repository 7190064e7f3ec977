/**
 * `brief --live` against a local server: the current price of each Yahoo-sourced instrument
 * becomes a preliminary snapshot with its time; nothing is stored. The response for the S&P 500
 * is built in Yahoo's format (bench/chart-body.ts) from the shipped closes, with a price
 * set 1% above the last shipped close at 3 p.m. New York on the next weekday.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartBody, newYorkOpenSeconds } from '../../bench/chart-body.js';
import { startRecordedServer, type RecordedServer } from '../../bench/recorded-server.js';
import { addDays, formatIsoDay, parseIsoDay, weekdayOf, type DayNumber } from '../../src/core/date.js';
import { readShippedRows } from '../helpers/shipped-series.js';
import { buildShippedFixture, dumpStore, runCli, type ShippedStoreFixture } from '../data/store-helpers.js';

const rows = readShippedRows('GSPC.yahoo.csv');
const last = rows[rows.length - 1];
const lastDay = parseIsoDay(last?.date ?? '') ?? (0 as DayNumber);
let next = addDays(lastDay, 1);
while (weekdayOf(next) === 0 || weekdayOf(next) === 6) next = addDays(next, 1);
const liveDate = formatIsoDay(next);
const livePrice = Math.round((last?.close ?? 0) * 1.01 * 100) / 100;
// 15:00 New York: the session open (09:30) plus five and a half hours.
const liveTime = new Date((newYorkOpenSeconds(liveDate) + 5.5 * 3600) * 1000);

let fixture: ShippedStoreFixture;
let server: RecordedServer;

beforeAll(async () => {
  fixture = await buildShippedFixture();
  server = await startRecordedServer((url) =>
    url.pathname === '/v8/finance/chart/%5EGSPC' ? { body: chartBody({ symbol: '^GSPC', rows: rows.slice(-3), quote: { price: livePrice, time: liveTime } }) } : { status: 503, body: '' },
  );
});

afterAll(async () => {
  await server.close();
  fixture.remove();
});

describe('brief --live', () => {
  it('the live price is the day\'s level at its time, marked preliminary; other sources are named; the store is unchanged', async () => {
    const db = fixture.copy('live.duckdb');
    const before = await dumpStore(db);
    const result = await runCli(fixture, ['brief', '--live', '--symbols', 'SPX,US10Y', '--db', db], { MARKETFACTS_YAHOO_URL: server.baseUrl });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${livePrice.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} at 3 p.m. (preliminary)`);
    expect(result.stderr).toContain('marketfacts: US10Y: no live price from fred; its last stored close is used\n');
    const json = await runCli(fixture, ['brief', '--live', '--symbols', 'SPX', '--json', '--db', db], { MARKETFACTS_YAHOO_URL: server.baseUrl });
    const brief = JSON.parse(json.stdout) as { date: string };
    expect(brief.date).toBe(liveDate);
    expect(await dumpStore(db)).toBe(before);
  });

  it('a source that fails is a note; the brief goes on from the stored closes', async () => {
    const result = await runCli(fixture, ['brief', '--live', '--symbols', 'RUT', '--db', fixture.copy('down.duckdb')], { MARKETFACTS_YAHOO_URL: server.baseUrl });
    expect(result.stderr).toMatch(/^marketfacts: RUT: no live price \(yahoo:\^RUT: HTTP 503 Service Unavailable \(after 4 attempts\)\)\n/);
    expect(result.code).toBe(0);
  });
});
