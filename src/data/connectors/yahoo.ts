/** Fetching Yahoo Finance's chart endpoint: `{base}/v8/finance/chart/{symbol}?period1&period2&interval=1d&events=div|split`. */
import { bodyText, parseJsonBody } from './body.js';
import { ConnectorError } from './errors.js';
import type { FetchedSeries } from './fetched-series.js';
import { getWithRetries } from './http.js';
import { epochSecondsOfDay, YAHOO_HISTORY_START_SECONDS, type ConnectorContext, type DailyRequest } from './request.js';
import { chartErrorOf, readYahooChart } from './yahoo-chart.js';

/**
 * The chart URL for `ticker` from `from` (a day number, or null for all history; one day
 * earlier is asked, because an exchange east of UTC opens on the previous UTC day) to `now`.
 */
export function yahooChartUrl(base: string, ticker: string, fromSeconds: number, now: Date): string {
  const period2 = Math.floor(now.getTime() / 1000);
  return `${base}/v8/finance/chart/${encodeURIComponent(ticker)}?period1=${fromSeconds}&period2=${period2}&interval=1d&events=div%7Csplit`;
}

/** Fetches and validates one chart (see yahoo-chart.ts). Throws ConnectorError. */
export async function fetchYahooDaily(request: DailyRequest, context: ConnectorContext): Promise<FetchedSeries> {
  const ticker = request.spec.ticker;
  const now = (context.http.now ?? (() => new Date()))();
  const fromSeconds = request.from === null ? YAHOO_HISTORY_START_SECONDS : epochSecondsOfDay(request.from) - 86_400;
  const url = yahooChartUrl(context.settings.yahooUrl, ticker, fromSeconds, now);
  const outcome = await getWithRetries(url, context.http);
  if (!outcome.ok) {
    // Yahoo answers an unknown symbol with 404 and a chart document that says so.
    const body = outcome.errorBody === undefined ? undefined : parseJsonBody(outcome.errorBody);
    const explained = body?.ok === true ? chartErrorOf(body.value) : undefined;
    throw new ConnectorError('yahoo', ticker, explained === undefined ? outcome.reason : `${explained} (${outcome.reason})`);
  }
  const text = bodyText(outcome.body, 'JSON');
  if (!text.ok) throw new ConnectorError('yahoo', ticker, text.reason);
  const rows = readYahooChart(text.text, { ticker, kind: request.kind, columns: request.columns, retrievedAt: outcome.body.retrievedAt });
  return {
    source: 'yahoo',
    ticker,
    url,
    sha256: outcome.body.sha256,
    retrievedAt: outcome.body.retrievedAt,
    format: 'yahoo-chart',
    parsed: rows.parsed,
    events: rows.events,
    preliminary: rows.preliminary,
    quote: rows.quote,
  };
}
