/**
 * Yahoo Finance chart JSON to validated daily closes. The traps:
 * - a bar's `timestamp` is the session's opening instant: its date is taken on the exchange's
 *   clock (`exchangeTimezoneName`, else `gmtoffset`), never in UTC or the machine's zone;
 * - `close` is split-adjusted and `adjclose` also dividend-adjusted, both as of the day of the
 *   request: the splits and dividends are returned as events so a re-adjusted history can be
 *   told from a conflict;
 * - a bar of the current session fetched before its close is preliminary: it is set apart,
 *   not among the rows;
 * - an unknown symbol is `chart.error` (often with HTTP 404); a symbol without bars in the
 *   window has no `timestamp` at all (LUCYW) and is an empty result, not an error.
 */
import { formatIsoDay, type DayNumber } from '../../core/date.js';
import type { InstrumentKind } from '../../core/instrument.js';
import { parseJsonBody } from './body.js';
import { ConnectorError } from './errors.js';
import { cellOf, validateRows, type CloseColumns, type CorporateAction, type MarketQuote, type PreliminaryClose } from './fetched-series.js';
import { YahooChart, type YahooChartResult } from './yahoo-schema.js';
import { exchangeDayOf } from './zone-date.js';
import type { ParsedSeries } from '../reader.js';

/** What a chart response holds, validated. */
export interface YahooChartRows {
  readonly parsed: ParsedSeries;
  readonly events: readonly CorporateAction[];
  readonly preliminary: PreliminaryClose | null;
  readonly quote: MarketQuote | null;
  /** Bars in the response (before the preliminary one was set apart). */
  readonly bars: number;
}

/** How to read a chart response. */
export interface YahooChartOptions {
  /** The ticker asked for, for messages. */
  readonly ticker: string;
  readonly kind: InstrumentKind;
  /** Which closes to keep: `close` (split-adjusted), `adjusted` (adjclose only) or both. */
  readonly columns: CloseColumns;
  /** The time of retrieval: a bar of a session that had not closed by then is preliminary. */
  readonly retrievedAt: Date;
}

/** The `chart.result[0]` of a document, or a ConnectorError for an error, an unknown symbol or a wrong shape. */
export function chartResultOf(value: unknown, ticker: string): YahooChartResult {
  const checked = YahooChart.safeParse(value);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = issue === undefined ? '' : `${issue.path.join('.') || 'document'}: ${issue.message}`;
    throw new ConnectorError('yahoo', ticker, `not a chart response (${where})`);
  }
  const { result, error } = checked.data.chart;
  if (error !== null) throw new ConnectorError('yahoo', ticker, describeChartError(error.code, error.description ?? ''));
  const first = result?.[0];
  if (first === undefined) throw new ConnectorError('yahoo', ticker, 'the response has no result');
  return first;
}

/** The reason in a chart document's `chart.error` (an error response's body), or undefined when it is not one. */
export function chartErrorOf(value: unknown): string | undefined {
  const checked = YahooChart.safeParse(value);
  const error = checked.success ? checked.data.chart.error : null;
  return error === null ? undefined : describeChartError(error.code, error.description ?? '');
}

function describeChartError(code: string, description: string): string {
  const unknown = /not found|no data found|delisted/i.test(`${code} ${description}`);
  return unknown ? `unknown symbol: ${description || code}` : `Yahoo error ${code}${description ? `: ${description}` : ''}`;
}

/** Parses and validates chart JSON text (see the module comment). Throws ConnectorError. */
export function readYahooChart(text: string, options: YahooChartOptions): YahooChartRows {
  const json = parseJsonBody(text);
  if (!json.ok) throw new ConnectorError('yahoo', options.ticker, json.reason);
  return readYahooChartResult(chartResultOf(json.value, options.ticker), options);
}

/** Validates one chart result (see the module comment). Throws ConnectorError. */
export function readYahooChartResult(result: YahooChartResult, options: YahooChartOptions): YahooChartRows {
  const { ticker } = options;
  const fail = (reason: string): never => {
    throw new ConnectorError('yahoo', ticker, reason);
  };
  const { meta } = result;
  const zone = meta.exchangeTimezoneName;
  const dayOf = (seconds: number): DayNumber => exchangeDayOf(seconds, zone, meta.gmtoffset) ?? fail('the response names no usable exchange time zone (exchangeTimezoneName, gmtoffset)');
  const timestamps = result.timestamp ?? [];
  const close = result.indicators.quote[0]?.close ?? [];
  const adjclose = result.indicators.adjclose?.[0]?.adjclose ?? [];
  const wantsClose = options.columns !== 'adjusted';
  const wantsAdj = options.columns !== 'close';
  if (timestamps.length > 0) {
    if (close.length !== timestamps.length) fail(`truncated response: ${timestamps.length} timestamps but ${close.length} closes`);
    if (wantsAdj && adjclose.length !== timestamps.length) fail(`the response has ${timestamps.length} timestamps but ${adjclose.length} adjusted closes`);
  }
  const preliminaryIndex = findPreliminaryBar(result, timestamps, options.retrievedAt, dayOf);
  const header = wantsClose && wantsAdj ? 'Date,Close,Adj Close' : wantsClose ? 'Date,Close' : 'Date,Adj Close';
  const lines = [header];
  const barOfLine: number[] = [];
  for (let i = 0; i < timestamps.length; i += 1) {
    if (i === preliminaryIndex) continue;
    const date = formatIsoDay(dayOf(timestamps[i] ?? 0));
    const cells = [date, ...(wantsClose ? [cellOf(close[i])] : []), ...(wantsAdj ? [cellOf(adjclose[i])] : [])];
    lines.push(cells.join(','));
    barOfLine.push(i);
  }
  const describeRow = (line: number): string => {
    const bar = barOfLine[line - 2] ?? -1;
    return bar < 0 ? 'response' : `bar ${bar + 1} of ${timestamps.length} (${formatIsoDay(dayOf(timestamps[bar] ?? 0))})`;
  };
  const context = { source: 'yahoo' as const, ticker, kind: options.kind, adjustedOnly: options.columns === 'adjusted' };
  const parsed = validateRows(`${lines.join('\n')}\n`, context, describeRow);
  let preliminary: PreliminaryClose | null = null;
  if (preliminaryIndex >= 0) {
    const value = close[preliminaryIndex] ?? meta.regularMarketPrice ?? null;
    const asOf = meta.regularMarketTime ?? timestamps[preliminaryIndex] ?? 0;
    if (value !== null) preliminary = { day: dayOf(timestamps[preliminaryIndex] ?? 0), value, asOf: new Date(asOf * 1000) };
  }
  return { parsed, events: eventsOf(result, dayOf), preliminary, quote: quoteOf(result), bars: timestamps.length };
}

/**
 * The index of the bar of a session that had not closed at `retrievedAt`, or -1: the last bar,
 * when it falls on the date of `meta.currentTradingPeriod.regular` and the request came before
 * that period's end. A response without a trading period cannot be judged: its bars count as
 * final.
 */
function findPreliminaryBar(result: YahooChartResult, timestamps: readonly number[], retrievedAt: Date, dayOf: (seconds: number) => DayNumber): number {
  const regular = result.meta.currentTradingPeriod?.regular;
  if (regular === undefined || timestamps.length === 0) return -1;
  if (retrievedAt.getTime() >= regular.end * 1000) return -1;
  const sessionDay = dayOf(regular.start);
  const last = timestamps.length - 1;
  return dayOf(timestamps[last] ?? 0) === sessionDay ? last : -1;
}

function eventsOf(result: YahooChartResult, dayOf: (seconds: number) => DayNumber): CorporateAction[] {
  const events: CorporateAction[] = [];
  for (const split of Object.values(result.events?.splits ?? {})) {
    if (split.denominator === 0) continue;
    events.push({ day: dayOf(split.date), kind: 'split', value: split.numerator / split.denominator, text: split.splitRatio ?? `${split.numerator}:${split.denominator}` });
  }
  for (const dividend of Object.values(result.events?.dividends ?? {})) {
    events.push({ day: dayOf(dividend.date), kind: 'dividend', value: dividend.amount, text: String(dividend.amount) });
  }
  return events.sort((a, b) => a.day - b.day || a.kind.localeCompare(b.kind));
}

function quoteOf(result: YahooChartResult): MarketQuote | null {
  const { regularMarketPrice: price, regularMarketTime: time, currency, exchangeTimezoneName } = result.meta;
  if (price === null || price === undefined || time === null || time === undefined) return null;
  return { price, time: new Date(time * 1000), currency: currency ?? null, timeZone: exchangeTimezoneName ?? 'UTC' };
}
