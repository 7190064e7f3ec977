/**
 * FRED: the graph CSV (`{base}/graph/fredgraph.csv?id={series}`, no key needed) or, with
 * MARKETFACTS_FRED_KEY set, the JSON API (`{base}/fred/series/observations?series_id=..
 * &file_type=json`, paged by `offset`). Both write a missing observation (a holiday) as `.`
 * (the graph CSV now also as an empty cell): such rows are dropped and counted, as in files.
 */
import { formatIsoDay } from '../../core/date.js';
import { bodyText, parseJsonBody } from './body.js';
import { ConnectorError } from './errors.js';
import { redactUrl, validateRows, type FetchedSeries } from './fetched-series.js';
import { readFredObservations } from './fred-json.js';
import { getWithRetries, type FetchedBody } from './http.js';
import type { ConnectorContext, DailyRequest } from './request.js';
import { createHash } from 'node:crypto';

/** The graph CSV URL of a series, from a day on when `from` is given (`cosd`). */
export function fredGraphUrl(base: string, series: string, from: string | null): string {
  return `${base}/graph/fredgraph.csv?id=${encodeURIComponent(series)}${from === null ? '' : `&cosd=${from}`}`;
}

/** The JSON API URL of a series' observations, one page. */
export function fredApiUrl(base: string, series: string, key: string, from: string | null, offset: number): string {
  const start = from === null ? '' : `&observation_start=${from}`;
  return `${base}/fred/series/observations?series_id=${encodeURIComponent(series)}&api_key=${encodeURIComponent(key)}&file_type=json${start}&offset=${offset}`;
}

/** Fetches one FRED series (the JSON API when a key is set, else the graph CSV). Throws ConnectorError. */
export async function fetchFredDaily(request: DailyRequest, context: ConnectorContext): Promise<FetchedSeries> {
  return context.settings.fredKey === null ? fetchFredGraph(request, context) : fetchFredApi(request, context, context.settings.fredKey);
}

async function fetchFredGraph(request: DailyRequest, context: ConnectorContext): Promise<FetchedSeries> {
  const series = request.spec.ticker;
  const url = fredGraphUrl(context.settings.fredUrl, series, request.from === null ? null : formatIsoDay(request.from));
  const body = await getBody(url, series, context);
  const text = bodyText(body, 'CSV');
  if (!text.ok) throw new ConnectorError('fred', series, text.reason);
  const parsed = validateRows(text.text, { source: 'fred', ticker: series, kind: request.kind, adjustedOnly: false }, (line) => `line ${line}`);
  return { source: 'fred', ticker: series, url, sha256: body.sha256, retrievedAt: body.retrievedAt, format: 'fred-csv', parsed, events: [], preliminary: null, quote: null };
}

async function fetchFredApi(request: DailyRequest, context: ConnectorContext, key: string): Promise<FetchedSeries> {
  const series = request.spec.ticker;
  const from = request.from === null ? null : formatIsoDay(request.from);
  const lines = ['date,value'];
  const hash = createHash('sha256');
  let offset = 0;
  let first: { url: string; body: FetchedBody } | null = null;
  for (let page = 0; page < 100; page += 1) {
    const url = fredApiUrl(context.settings.fredApiUrl, series, key, from, offset);
    const body = await getBody(url, series, context);
    first ??= { url, body };
    hash.update(body.bytes);
    const text = bodyText(body, 'JSON');
    if (!text.ok) throw new ConnectorError('fred', series, text.reason);
    const json = parseJsonBody(text.text);
    if (!json.ok) throw new ConnectorError('fred', series, json.reason);
    const observations = readFredObservations(json.value, series);
    for (const observation of observations.rows) lines.push(`${observation.date},${observation.value}`);
    offset += observations.rows.length;
    if (observations.rows.length === 0 || offset >= observations.count) break;
  }
  if (first === null) throw new ConnectorError('fred', series, 'no response');
  const parsed = validateRows(`${lines.join('\n')}\n`, { source: 'fred', ticker: series, kind: request.kind, adjustedOnly: false }, (line) => `observation ${line - 1}`);
  return { source: 'fred', ticker: series, url: redactUrl(first.url), sha256: hash.digest('hex'), retrievedAt: first.body.retrievedAt, format: 'fred-json', parsed, events: [], preliminary: null, quote: null };
}

async function getBody(url: string, series: string, context: ConnectorContext): Promise<FetchedBody> {
  const outcome = await getWithRetries(url, context.http);
  if (outcome.ok) return outcome.body;
  // The API explains an error in its body: {"error_code":400,"error_message":"Bad Request.  The series does not exist."}
  const body = outcome.errorBody === undefined ? undefined : parseJsonBody(outcome.errorBody);
  const message = body?.ok === true && typeof body.value === 'object' && body.value !== null ? (body.value as Record<string, unknown>)['error_message'] : undefined;
  const explained = typeof message === 'string' ? `${/does not exist/i.test(message) ? 'unknown series: ' : ''}${message.replace(/\s+/g, ' ').trim()} (${outcome.reason})` : outcome.reason;
  throw new ConnectorError('fred', series, redactUrl(explained));
}
