/**
 * Stooq's daily CSV: `{base}/q/d/l/?s={ticker}&i=d[&d1=YYYYMMDD&d2=YYYYMMDD]`, header
 * `Date,Open,High,Low,Close,Volume` (the Polish site writes `Data,Otwarcie,Najwyzszy,
 * Najnizszy,Zamkniecie,Wolumen`: the columns are taken by position, whatever their names).
 * An unknown ticker is answered with the body `No data`. Stooq gives no session times, so a
 * row dated the day of the request in New York, fetched before that session's close on the
 * instrument's market calendar (4 p.m., 1 p.m. on an early close; 4 p.m. for a kind without
 * a calendar), is taken as preliminary.
 */
import { formatIsoDay, type DayNumber } from '../../core/date.js';
import { bodyText } from './body.js';
import { ConnectorError } from './errors.js';
import { validateRows, type FetchedSeries, type PreliminaryClose } from './fetched-series.js';
import { getWithRetries } from './http.js';
import type { ConnectorContext, DailyRequest } from './request.js';
import { calendarOfKind, hasClosedBy, nowInNewYork } from '../../calendar/index.js';
import { exchangeDayOf } from './zone-date.js';
import type { ParsedSeries } from '../reader.js';

/** Stooq's column order, used whatever language the header is in. */
const POSITIONAL_HEADER = ['Date', 'Open', 'High', 'Low', 'Close', 'Volume'];
/** The close assumed for a kind without a market calendar, New York time. */
const ASSUMED_CLOSE = '16:00';

/** The CSV URL of a ticker from a day on (`d1`) to the day of `now` (`d2`), or all history. */
export function stooqUrl(base: string, ticker: string, from: DayNumber | null, now: Date): string {
  const compact = (day: DayNumber): string => formatIsoDay(day).replace(/-/g, '');
  const to = exchangeDayOf(Math.floor(now.getTime() / 1000), 'UTC', 0) ?? (0 as DayNumber);
  const range = from === null ? '' : `&d1=${compact(from)}&d2=${compact(to)}`;
  return `${base}/q/d/l/?s=${encodeURIComponent(ticker.toLowerCase())}&i=d${range}`;
}

/**
 * Reads Stooq CSV text: the header is replaced by the English names by position (when it has
 * 5 or 6 columns and is not English already), then the rows go through the file reader.
 */
export function readStooqCsv(text: string, ticker: string, kind: DailyRequest['kind']): ParsedSeries {
  if (/^\s*no data\s*$/i.test(text)) throw new ConnectorError('stooq', ticker, 'unknown symbol (Stooq answered "No data")');
  const lineEnd = text.indexOf('\n');
  const header = (lineEnd < 0 ? text : text.slice(0, lineEnd)).replace(/\r$/, '');
  const cells = header.split(',');
  const english = cells[0]?.trim().toLowerCase() === 'date';
  const positional = !english && (cells.length === 5 || cells.length === 6);
  const body = positional ? `${POSITIONAL_HEADER.slice(0, cells.length).join(',')}\n${lineEnd < 0 ? '' : text.slice(lineEnd + 1)}` : text;
  return validateRows(body, { source: 'stooq', ticker, kind, adjustedOnly: false }, (line) => `line ${line}`);
}

/** Fetches and validates one ticker. Throws ConnectorError. */
export async function fetchStooqDaily(request: DailyRequest, context: ConnectorContext): Promise<FetchedSeries> {
  const ticker = request.spec.ticker;
  const now = (context.http.now ?? (() => new Date()))();
  const url = stooqUrl(context.settings.stooqUrl, ticker, request.from, now);
  const outcome = await getWithRetries(url, context.http);
  if (!outcome.ok) throw new ConnectorError('stooq', ticker, outcome.reason);
  const text = bodyText(outcome.body, 'CSV');
  if (!text.ok) throw new ConnectorError('stooq', ticker, text.reason);
  const all = readStooqCsv(text.text, ticker, request.kind);
  const { parsed, preliminary } = setApartUnclosedDay(all, outcome.body.retrievedAt, request.kind);
  return { source: 'stooq', ticker, url, sha256: outcome.body.sha256, retrievedAt: outcome.body.retrievedAt, format: 'stooq-csv', parsed, events: [], preliminary, quote: null };
}

/** The last row, when it is dated the day of `retrievedAt` in New York and that session had not closed by then, set apart as preliminary. */
function setApartUnclosedDay(parsed: ParsedSeries, retrievedAt: Date, kind: DailyRequest['kind']): { parsed: ParsedSeries; preliminary: PreliminaryClose | null } {
  const n = parsed.days.length;
  const now = nowInNewYork(retrievedAt);
  const today = exchangeDayOf(Math.floor(retrievedAt.getTime() / 1000), 'America/New_York', undefined);
  const lastDay = parsed.days[n - 1];
  if (n === 0 || lastDay === undefined || today === null || lastDay < today) return { parsed, preliminary: null };
  const calendar = calendarOfKind(kind);
  const closed = calendar === null || !calendar.covers(today) ? now.time >= ASSUMED_CLOSE : hasClosedBy(calendar, today, now.time);
  if (closed) return { parsed, preliminary: null };
  const value = parsed.close?.[n - 1] ?? Number.NaN;
  const trimmed: ParsedSeries = { ...parsed, days: parsed.days.subarray(0, n - 1), close: parsed.close?.subarray(0, n - 1) ?? null, adjClose: parsed.adjClose?.subarray(0, n - 1) ?? null };
  return { parsed: trimmed, preliminary: { day: lastDay as DayNumber, value, asOf: retrievedAt } };
}
