/** FRED (graph CSV and JSON API) and Stooq on recorded responses; expected values scanned from the files by the test. */
import { describe, expect, it } from 'vitest';
import { formatIsoDay, parseIsoDay } from '../../src/core/date.js';
import { connectorSettings, fetchDaily, type ConnectorContext, type DailyRequest, type FetchFunction } from '../../src/data/connectors/index.js';
import { failure, recordedText, stubFetch } from './recorded.js';

const DGS10 = 'fred/fredgraph-DGS10-DATE-header-dot-missing-2018-12-27-to-2023-12-27.csv';
const DGS2 = 'fred/fredgraph-DGS2-observation_date-header-empty-missing-2021-02-12-to-2026-02-12.csv';

function context(fetch: FetchFunction, env: Record<string, string> = {}, now = new Date('2026-12-01T23:00:00Z')): ConnectorContext {
  return { http: { fetch, retries: 0, sleep: async () => undefined, now: () => now }, settings: connectorSettings(env) };
}

function fred(series: string, kind: DailyRequest['kind'] = 'yield'): DailyRequest {
  return { spec: { connector: 'fred', ticker: series, adjustedOnly: false }, kind, columns: 'close', from: parseIsoDay('2018-01-01') };
}

/** Rows of a CSV text scanned independently: [date, cell] for each data line. */
function scanCsv(text: string, column: number): [string, string][] {
  return text.split(/\r?\n/).slice(1).filter((line) => line.length > 0).map((line) => {
    const cells = line.split(',');
    return [cells[0] ?? '', cells[column] ?? ''];
  });
}

describe('FRED graph CSV', () => {
  for (const file of [DGS10, DGS2]) {
    it(`${file.split('-')[1] ?? file}: every value kept, "." and empty cells dropped and counted`, async () => {
      const text = recordedText(file);
      const rows = scanCsv(text, 1);
      const values = rows.filter(([, cell]) => cell !== '.' && cell !== '');
      const stub = stubFetch(() => ({ body: text, headers: { 'content-type': 'text/csv' } }));
      const fetched = await fetchDaily(fred('DGS10'), context(stub.fetch, { MARKETFACTS_FRED_URL: 'http://127.0.0.1:9/fred' }));
      expect(stub.calls[0]).toBe('http://127.0.0.1:9/fred/graph/fredgraph.csv?id=DGS10&cosd=2018-01-01');
      expect(fetched.parsed.days.length).toBe(values.length);
      expect(fetched.parsed.nullRowsDropped).toBe(rows.length - values.length);
      expect(Array.from(fetched.parsed.days, (d) => formatIsoDay(d as never))).toEqual(values.map(([date]) => date));
      expect(Array.from(fetched.parsed.close ?? [])).toEqual(values.map(([, cell]) => Number(cell)));
      expect(fetched.format).toBe('fred-csv');
    });
  }

  it('an unknown series answered with an HTML page', async () => {
    const page = '<!DOCTYPE html>\n<html><head><title>Series Not Found | FRED</title></head><body></body></html>';
    const error = await failure(fetchDaily(fred('NOPE'), context(stubFetch(() => ({ body: page, headers: { 'content-type': 'text/html; charset=utf-8' } })).fetch)));
    expect(error.message).toBe('fred NOPE: the server sent an HTML page "Series Not Found | FRED", not CSV');
  });

  it('a bad value names its line', async () => {
    const error = await failure(fetchDaily(fred('DGS10'), context(stubFetch(() => ({ body: 'DATE,DGS10\n2024-11-22,4.41\n2024-11-25,4.2x\n' })).fetch)));
    expect(error.reason).toBe('line 3: unparseable number "4.2x" in column DGS10');
  });
});

describe('FRED JSON API (with a key)', () => {
  const page = recordedText('fred/api-series-observations-GNPCA-limit20.json');
  const empty = recordedText('fred/api-series-observations-GNPCA-empty-observation_start-2050.json');

  it('pages by offset until count, values as sent, the key never kept in the stored URL', async () => {
    const expected = (JSON.parse(page) as { observations: { date: string; value: string }[] }).observations;
    const stub = stubFetch((url) => ({ body: new URL(url).searchParams.get('offset') === '0' ? page : empty }));
    const fetched = await fetchDaily(fred('GNPCA', 'other'), context(stub.fetch, { MARKETFACTS_FRED_KEY: 'secret123' }));
    expect(stub.calls).toHaveLength(2);
    expect(new URL(stub.calls[1] ?? '').searchParams.get('offset')).toBe(String(expected.length));
    expect(new URL(stub.calls[0] ?? '').searchParams.get('api_key')).toBe('secret123');
    expect(fetched.url).not.toContain('secret123');
    expect(fetched.url).toContain('api_key=REDACTED');
    expect(Array.from(fetched.parsed.days, (d) => formatIsoDay(d as never))).toEqual(expected.map((o) => o.date));
    expect(Array.from(fetched.parsed.close ?? [])).toEqual(expected.map((o) => Number(o.value)));
    expect(fetched.format).toBe('fred-json');
  });

  it('an empty answer is an empty result, not an error', async () => {
    const fetched = await fetchDaily(fred('GNPCA', 'other'), context(stubFetch(() => ({ body: empty })).fetch, { MARKETFACTS_FRED_KEY: 'k' }));
    expect(fetched.parsed.days.length).toBe(0);
  });

  it('the API\'s error message for an unknown series, key redacted', async () => {
    // The shape of FRED's error answer.
    const body = JSON.stringify({ error_code: 400, error_message: 'Bad Request.  The series does not exist.' });
    const error = await failure(fetchDaily(fred('NOPE'), context(stubFetch(() => ({ status: 400, body })).fetch, { MARKETFACTS_FRED_KEY: 'k' })));
    expect(error.reason).toBe('unknown series: Bad Request. The series does not exist. (HTTP 400)');
  });
});

describe('Stooq daily CSV', () => {
  function stooq(ticker: string): DailyRequest {
    return { spec: { connector: 'stooq', ticker, adjustedOnly: false }, kind: 'index', columns: 'close', from: parseIsoDay('2024-11-01') };
  }

  for (const file of ['stooq/stooq-spx-excerpt-2022-03.csv', 'stooq/stooq-spx-polish-header-excerpt-2024-11.csv']) {
    it(`${file}: CRLF, closes by position whatever the header language`, async () => {
      const text = recordedText(file);
      const rows = scanCsv(text, 4);
      const stub = stubFetch(() => ({ body: text, headers: { 'content-type': 'text/csv' } }));
      const fetched = await fetchDaily(stooq('^SPX'), context(stub.fetch, { MARKETFACTS_STOOQ_URL: 'http://127.0.0.1:9' }));
      expect(stub.calls[0]).toBe('http://127.0.0.1:9/q/d/l/?s=%5Espx&i=d&d1=20241101&d2=20261201');
      expect(Array.from(fetched.parsed.days, (d) => formatIsoDay(d as never))).toEqual(rows.map(([date]) => date));
      expect(Array.from(fetched.parsed.close ?? [])).toEqual(rows.map(([, cell]) => Number(cell)));
      expect(fetched.preliminary).toBeNull();
    });
  }

  it('"No data" is an unknown symbol', async () => {
    const error = await failure(fetchDaily(stooq('^nope'), context(stubFetch(() => ({ body: 'No data', headers: { 'content-type': 'text/csv' } })).fetch)));
    expect(error.message).toBe('stooq ^nope: unknown symbol (Stooq answered "No data")');
  });

  it('the day after Thanksgiving closes at 1 p.m.: a row of that day is final at 1:30 p.m., preliminary at 12:30 p.m.', async () => {
    const text = 'Date,Open,High,Low,Close,Volume\r\n2026-11-25,6000,6010,5990,6005.5,1\r\n2026-11-27,6005,6020,6001,6012.25,1\r\n';
    const after = await fetchDaily(stooq('^SPX'), context(stubFetch(() => ({ body: text })).fetch, {}, new Date('2026-11-27T18:30:00Z')));
    expect(after.preliminary).toBeNull();
    const during = await fetchDaily(stooq('^SPX'), context(stubFetch(() => ({ body: text })).fetch, {}, new Date('2026-11-27T17:30:00Z')));
    expect(during.preliminary?.value).toBe(6012.25);
  });

  it('a row of the day of the request, before the New York close, is preliminary', async () => {
    const text = 'Date,Open,High,Low,Close,Volume\r\n2026-11-30,6000,6010,5990,6005.5,1\r\n2026-12-01,6005,6020,6001,6012.25,1\r\n';
    const during = await fetchDaily(stooq('^SPX'), context(stubFetch(() => ({ body: text })).fetch, {}, new Date('2026-12-01T19:00:00Z')));
    expect(Array.from(during.parsed.close ?? [])).toEqual([6005.5]);
    expect(during.preliminary?.value).toBe(6012.25);
    const after = await fetchDaily(stooq('^SPX'), context(stubFetch(() => ({ body: text })).fetch, {}, new Date('2026-12-01T21:30:00Z')));
    expect(Array.from(after.parsed.close ?? [])).toEqual([6005.5, 6012.25]);
    expect(after.preliminary).toBeNull();
  });
});
