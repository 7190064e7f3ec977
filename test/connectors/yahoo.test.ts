/**
 * The Yahoo connector on recorded chart responses, stubbed only at the HTTP exchange. Expected
 * values are read from the recorded bodies by the test itself (dates by the response's own
 * UTC offset, not by the connector's time-zone code).
 */
import { describe, expect, it } from 'vitest';
import { formatIsoDay, parseIsoDay } from '../../src/core/date.js';
import { connectorSettings, fetchDaily, type ConnectorContext, type DailyRequest, type FetchFunction } from '../../src/data/connectors/index.js';
import { exchangeDayOf } from '../../src/data/connectors/zone-date.js';
import { failure, dateByOffset, recordedYahoo, stubFetch, yahooBodyText, type RecordedExchange, type YahooBody } from './recorded.js';

const AAPL_SPLIT = recordedYahoo('chart-AAPL-2020-08-31-to-2020-11-07.json');
const AAPL_ONE = recordedYahoo('chart-AAPL-2020-01-01-to-2020-01-03.json');

function context(fetch: FetchFunction, now = new Date('2026-10-03T08:17:05Z')): ConnectorContext {
  return { http: { fetch, retries: 2, sleep: async () => undefined, now: () => now }, settings: connectorSettings({ MARKETFACTS_YAHOO_URL: 'http://mirror.test/yf/' }) };
}

function request(ticker: string, overrides: Partial<DailyRequest> = {}): DailyRequest {
  return { spec: { connector: 'yahoo', ticker, adjustedOnly: false }, kind: 'stock', columns: 'both', from: parseIsoDay('2020-01-01'), ...overrides };
}

function serve(exchange: RecordedExchange | string): ReturnType<typeof stubFetch> {
  return stubFetch(() => ({ body: typeof exchange === 'string' ? exchange : yahooBodyText(exchange) }));
}

function firstResult(exchange: RecordedExchange): YahooBody['chart']['result'][number] {
  const result = exchange.response.bodyJson.chart.result[0];
  if (result === undefined) throw new Error('fixture without result');
  return result;
}

/** A copy of a recorded body with `change` applied to its first result (for the failure cases). */
function altered(exchange: RecordedExchange, change: (result: Record<string, unknown>) => void): string {
  const body = JSON.parse(yahooBodyText(exchange)) as { chart: { result: Record<string, unknown>[] } };
  const result = body.chart.result[0];
  if (result !== undefined) change(result);
  return JSON.stringify(body);
}

describe('Yahoo chart: rows', () => {
  it('asks the chart endpoint under the configured base, daily, with dividends and splits', async () => {
    const stub = serve(AAPL_ONE);
    await fetchDaily(request('AAPL'), context(stub.fetch));
    const url = new URL(stub.calls[0] ?? '');
    expect(`${url.origin}${url.pathname}`).toBe('http://mirror.test/yf/v8/finance/chart/AAPL');
    expect(url.searchParams.get('interval')).toBe('1d');
    expect(url.searchParams.get('events')).toBe('div|split');
    // One day before the first day wanted (an exchange east of UTC opens on the previous UTC day), to the time of the request.
    expect(Number(url.searchParams.get('period1'))).toBe(Date.parse('2019-12-31T00:00:00Z') / 1000);
    expect(Number(url.searchParams.get('period2'))).toBe(Date.parse('2026-10-03T08:17:05Z') / 1000);
  });

  it('one bar: the session open 14:30 UTC is Jan. 2 in New York, close and adjclose as sent', async () => {
    const result = firstResult(AAPL_ONE);
    const fetched = await fetchDaily(request('AAPL'), context(serve(AAPL_ONE).fetch));
    expect(Array.from(fetched.parsed.days, (day) => formatIsoDay(day as never))).toEqual((result.timestamp ?? []).map((t) => dateByOffset(t, result.meta.gmtoffset)));
    expect(Array.from(fetched.parsed.close ?? [])).toEqual(result.indicators.quote[0]?.close);
    expect(Array.from(fetched.parsed.adjClose ?? [])).toEqual(result.indicators.adjclose?.[0]?.adjclose);
    expect(fetched.preliminary).toBeNull();
    expect(fetched.format).toBe('yahoo-chart');
    expect(fetched.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a window starting on its split day: closes kept as sent (already split-adjusted), split and dividend returned as events', async () => {
    const result = firstResult(AAPL_SPLIT);
    const fetched = await fetchDaily(request('AAPL'), context(serve(AAPL_SPLIT).fetch));
    const timestamps = result.timestamp ?? [];
    expect(fetched.parsed.days.length).toBe(timestamps.length);
    expect(Array.from(fetched.parsed.close ?? [])).toEqual(result.indicators.quote[0]?.close);
    const splits = Object.values(result.events?.splits ?? {}).map((s) => ({ date: dateByOffset(s.date, result.meta.gmtoffset), kind: 'split', value: s.numerator / s.denominator }));
    const dividends = Object.values(result.events?.dividends ?? {}).map((d) => ({ date: dateByOffset(d.date, result.meta.gmtoffset), kind: 'dividend', value: d.amount }));
    const events = fetched.events.map((e) => ({ date: formatIsoDay(e.day), kind: e.kind, value: e.value }));
    expect(events).toEqual([...splits, ...dividends].sort((a, b) => a.date.localeCompare(b.date)));
    // The split's day is the first bar's day: no bar before it is divided again.
    expect(events[0]?.date).toBe(formatIsoDay(fetched.parsed.days[0] as never));
  });

  it('Frankfurt: bars stamped 07:00 UTC are dated on the Berlin clock, EUR', async () => {
    const exchange = recordedYahoo('chart-WSU.DE-2023-08-04-to-2023-08-09.json');
    const result = firstResult(exchange);
    const fetched = await fetchDaily(request('WSU.DE'), context(serve(exchange).fetch));
    expect(Array.from(fetched.parsed.days, (day) => formatIsoDay(day as never))).toEqual((result.timestamp ?? []).map((t) => dateByOffset(t, result.meta.gmtoffset)));
    expect(fetched.quote?.currency).toBe('EUR');
    expect(fetched.quote?.timeZone).toBe('Europe/Berlin');
  });

  it('crypto: a bar on New Year\'s Day at UTC midnight, read as a cryptocurrency', async () => {
    const exchange = recordedYahoo('chart-BTC-USD-2020-01-01-to-2020-01-03.json');
    const result = firstResult(exchange);
    const fetched = await fetchDaily(request('BTC-USD', { kind: 'crypto', columns: 'close' }), context(serve(exchange).fetch));
    expect(Array.from(fetched.parsed.days, (day) => formatIsoDay(day as never))).toEqual((result.timestamp ?? []).map((t) => dateByOffset(t, 0)));
    expect(fetched.parsed.adjClose).toBeNull();
    expect(fetched.parsed.warnings).toEqual([]);
  });

  it('no bars in the window (no timestamp key, null currency): an empty result, not an error', async () => {
    const fetched = await fetchDaily(request('LUCYW'), context(serve(recordedYahoo('chart-LUCYW-null-currency.json')).fetch));
    expect(fetched.parsed.days.length).toBe(0);
    expect(fetched.quote?.currency).toBeNull();
  });

  it('an adjusted-only instrument keeps only adjclose', async () => {
    const result = firstResult(AAPL_SPLIT);
    const fetched = await fetchDaily(request('AAPL', { columns: 'adjusted' }), context(serve(AAPL_SPLIT).fetch));
    expect(fetched.parsed.close).toBeNull();
    expect(Array.from(fetched.parsed.adjClose ?? [])).toEqual(result.indicators.adjclose?.[0]?.adjclose);
  });
});

describe('Yahoo chart: the day on the exchange clock', () => {
  it('a Sydney session opening at 23:00 UTC belongs to the next calendar day', () => {
    const open = Date.parse('2024-11-24T23:00:00Z') / 1000; // 10:00 AEDT on Monday, Nov. 25
    expect(formatIsoDay(exchangeDayOf(open, 'Australia/Sydney', 39_600) as never)).toBe('2024-11-25');
    expect(new Date(open * 1000).toISOString().slice(0, 10)).toBe('2024-11-24');
  });

  it('daylight saving: New York opens at 13:30 UTC in summer and 14:30 UTC in winter, both the same date', () => {
    expect(formatIsoDay(exchangeDayOf(Date.parse('2024-07-01T13:30:00Z') / 1000, 'America/New_York', -18_000) as never)).toBe('2024-07-01');
    expect(formatIsoDay(exchangeDayOf(Date.parse('2024-12-02T14:30:00Z') / 1000, 'America/New_York', -14_400) as never)).toBe('2024-12-02');
    // The 20:00 New York evening of Dec. 2 is already Dec. 3 in UTC.
    expect(formatIsoDay(exchangeDayOf(Date.parse('2024-12-03T01:00:00Z') / 1000, 'America/New_York', -18_000) as never)).toBe('2024-12-02');
  });

  it('without a known zone name, the response offset is used', () => {
    expect(formatIsoDay(exchangeDayOf(Date.parse('2024-11-24T23:00:00Z') / 1000, 'Nowhere/Unknown', 39_600) as never)).toBe('2024-11-25');
  });
});

describe('Yahoo chart: a session still trading when fetched', () => {
  // The recorded one-bar response, with its trading period moved to that bar's session
  // (2020-01-02, 14:30 to 21:00 UTC), as Yahoo reports it while the session runs.
  const during = altered(AAPL_ONE, (result) => {
    const meta = result['meta'] as Record<string, unknown>;
    meta['currentTradingPeriod'] = { regular: { start: Date.parse('2020-01-02T14:30:00Z') / 1000, end: Date.parse('2020-01-02T21:00:00Z') / 1000 } };
    meta['regularMarketTime'] = Date.parse('2020-01-02T20:00:00Z') / 1000;
  });
  const close = firstResult(AAPL_ONE).indicators.quote[0]?.close?.[0];

  it('before the close: the bar is set apart as preliminary with its time, not among the rows', async () => {
    const fetched = await fetchDaily(request('AAPL'), context(stubFetch(() => ({ body: during })).fetch, new Date('2020-01-02T20:00:30Z')));
    expect(fetched.parsed.days.length).toBe(0);
    expect(fetched.preliminary?.value).toBe(close);
    expect(formatIsoDay(fetched.preliminary?.day ?? (0 as never))).toBe('2020-01-02');
    expect(fetched.preliminary?.asOf.toISOString()).toBe('2020-01-02T20:00:00.000Z');
  });

  it('after the close: the same bar is a final row', async () => {
    const fetched = await fetchDaily(request('AAPL'), context(stubFetch(() => ({ body: during })).fetch, new Date('2020-01-02T21:05:00Z')));
    expect(fetched.preliminary).toBeNull();
    expect(Array.from(fetched.parsed.close ?? [])).toEqual([close]);
  });
});

describe('Yahoo chart: failures, each with its reason', () => {
  it('an HTML page with status 200', async () => {
    const html = '<!DOCTYPE html><html><head><title>Yahoo Will Be Right Back</title></head><body>...</body></html>';
    const error = await failure(fetchDaily(request('AAPL'), context(stubFetch(() => ({ body: html, headers: { 'content-type': 'text/html' } })).fetch)));
    expect(error.message).toBe('yahoo AAPL: the server sent an HTML page "Yahoo Will Be Right Back", not JSON');
  });

  it('an empty body', async () => {
    const error = await failure(fetchDaily(request('AAPL'), context(stubFetch(() => ({ body: '' })).fetch)));
    expect(error.reason).toBe('empty response (expected JSON)');
  });

  it('a body cut short', async () => {
    const text = yahooBodyText(AAPL_SPLIT);
    const error = await failure(fetchDaily(request('AAPL'), context(stubFetch(() => ({ body: text.slice(0, Math.floor(text.length / 2)) })).fetch)));
    expect(error.reason).toMatch(/^truncated or malformed JSON \(\d+ characters\)/);
  });

  it('every close null', async () => {
    const body = altered(AAPL_SPLIT, (result) => {
      const indicators = result['indicators'] as { quote: { close: (number | null)[] }[]; adjclose: { adjclose: (number | null)[] }[] };
      for (const list of [indicators.quote[0]?.close, indicators.adjclose[0]?.adjclose]) list?.fill(null);
    });
    const error = await failure(fetchDaily(request('AAPL'), context(stubFetch(() => ({ body })).fetch)));
    expect(error.reason).toBe('no closes in the response (every row empty or null)');
  });

  it('one close null beside its adjclose: names the bar and its date', async () => {
    const result = firstResult(AAPL_SPLIT);
    const date = dateByOffset(result.timestamp?.[2] ?? 0, result.meta.gmtoffset);
    const body = altered(AAPL_SPLIT, (r) => {
      const close = (r['indicators'] as { quote: { close: (number | null)[] }[] }).quote[0]?.close;
      if (close) close[2] = null;
    });
    const error = await failure(fetchDaily(request('AAPL'), context(stubFetch(() => ({ body })).fetch)));
    expect(error.reason).toBe(`bar 3 of ${result.timestamp?.length ?? 0} (${date}): partly null row: no value in Close`);
  });

  it('arrays of different lengths', async () => {
    const body = altered(AAPL_SPLIT, (r) => {
      (r['indicators'] as { quote: { close: (number | null)[] }[] }).quote[0]?.close.pop();
    });
    const error = await failure(fetchDaily(request('AAPL'), context(stubFetch(() => ({ body })).fetch)));
    expect(error.reason).toMatch(/^truncated response: 49 timestamps but 48 closes$/);
  });

  it('an unknown symbol: 404 with the chart error', async () => {
    // The shape Yahoo answers an unknown symbol with.
    const body = JSON.stringify({ chart: { result: null, error: { code: 'Not Found', description: 'No data found, symbol may be delisted' } } });
    const error = await failure(fetchDaily(request('NOSUCH1'), context(stubFetch(() => ({ status: 404, body })).fetch)));
    expect(error.message).toBe('yahoo NOSUCH1: unknown symbol: No data found, symbol may be delisted (HTTP 404)');
  });

  it('a JSON document of another shape', async () => {
    const error = await failure(fetchDaily(request('AAPL'), context(stubFetch(() => ({ body: '{"finance":{"result":null}}' })).fetch)));
    expect(error.reason).toMatch(/^not a chart response \(chart: /);
  });
});
