/**
 * What a connector returns: the rows of one response, validated by the same reader as a data
 * file (reader.ts: dates, numbers, positive prices, partly-null rows, duplicates, weekend and
 * jump warnings), with their provenance, the split and dividend events the response lists and,
 * apart from the rows, a preliminary row of a session that had not closed when fetched.
 */
import { DataFileError } from '../../core/errors.js';
import type { DayNumber } from '../../core/date.js';
import type { InstrumentKind } from '../../core/instrument.js';
import { readSeriesText, type ParsedSeries } from '../reader.js';
import { ConnectorError, type ConnectorName } from './errors.js';

/** A split or a cash dividend, as the source lists it. */
export interface CorporateAction {
  /** The ex-date (exchange date). */
  readonly day: DayNumber;
  readonly kind: 'split' | 'dividend';
  /** A split's factor (4 for a 4-for-1 split, 0.1 for a 1-for-10 reverse split); a dividend's amount per share in the quote currency. */
  readonly value: number;
  /** As the source writes it: `4:1`, `0.205`. */
  readonly text: string;
}

/** A close of a session that was still trading when fetched: shown, never stored. */
export interface PreliminaryClose {
  readonly day: DayNumber;
  /** The last price (the unadjusted close so far). */
  readonly value: number;
  /** When the price was current. */
  readonly asOf: Date;
}

/** Yahoo's latest price (`regularMarketPrice`) and its time, for `brief --live`. */
export interface MarketQuote {
  readonly price: number;
  readonly time: Date;
  /** ISO 4217 code, or null when the source gives none. */
  readonly currency: string | null;
  /** The exchange's IANA time zone (`America/New_York`). */
  readonly timeZone: string;
}

/** One connector response, validated. */
export interface FetchedSeries {
  readonly source: ConnectorName;
  readonly ticker: string;
  /** The URL fetched, with any API key replaced by `REDACTED`: stored as the rows' provenance. */
  readonly url: string;
  /** sha256 of the response bytes, lower-case hex. */
  readonly sha256: string;
  readonly retrievedAt: Date;
  /** Stored in the `sources` table: `yahoo-chart`, `fred-csv`, `fred-json`, `stooq-csv`. */
  readonly format: string;
  /** The final closes (the preliminary row left out). */
  readonly parsed: ParsedSeries;
  readonly events: readonly CorporateAction[];
  readonly preliminary: PreliminaryClose | null;
  readonly quote: MarketQuote | null;
}

/** Which closes to take from a response that has both. */
export type CloseColumns = 'close' | 'adjusted' | 'both';

/**
 * Runs rows written as CSV text (`Date,Close[,Adj Close]`, one row per bar or observation)
 * through the file reader, strict. A bad row becomes a ConnectorError whose reason names the
 * row as `describeRow(line)` says (`bar 3 (2020-01-06)`) instead of a line of a file that
 * does not exist. A header without rows is an empty result (nothing in the window), not an
 * error; rows that are all null are one (`no closes in the response`).
 */
export function validateRows(
  csv: string,
  context: { readonly source: ConnectorName; readonly ticker: string; readonly kind: InstrumentKind; readonly adjustedOnly: boolean },
  describeRow: (line: number) => string,
): ParsedSeries {
  const firstBreak = csv.indexOf('\n');
  if (firstBreak < 0 || csv.slice(firstBreak + 1).trim().length === 0) return emptyParsedSeries(csv.slice(0, firstBreak < 0 ? undefined : firstBreak).trim());
  try {
    return readSeriesText(csv, { fileName: `${context.source}:${context.ticker}`, kind: context.kind, adjustedOnly: context.adjustedOnly, lenient: false });
  } catch (error: unknown) {
    if (error instanceof DataFileError) {
      const reason = error.reason === 'no data rows' ? 'no closes in the response (every row empty or null)' : `${describeRow(error.line)}: ${error.reason}`;
      throw new ConnectorError(context.source, context.ticker, reason);
    }
    throw error;
  }
}

/** A number as CSV text that reads back as the same double (`null` as an empty cell). */
export function cellOf(value: number | null | undefined): string {
  return value === null || value === undefined || Number.isNaN(value) ? '' : String(value);
}

/** Replaces the value of `api_key` (or `apikey`) in a URL with `REDACTED`. */
export function redactUrl(url: string): string {
  return url.replace(/([?&](?:api_key|apikey)=)[^&]*/gi, '$1REDACTED');
}

/** No rows: what a response with nothing in the window gives. `header` is the CSV header the rows would have had. */
export function emptyParsedSeries(header: string): ParsedSeries {
  const names = header.split(',').map((name) => name.trim().toLowerCase().replace(/\s/g, ''));
  const adjColumn = names.indexOf('adjclose');
  const hasClose = names.length > 1 && !(names.length === 2 && adjColumn === 1);
  return {
    layout: { format: 'close-only', description: `empty (${header})`, dateColumn: 0, closeColumn: hasClose ? 1 : null, adjCloseColumn: adjColumn >= 0 ? adjColumn : null, dateStyle: 'iso', width: names.length, tickerColumn: null },
    days: new Int32Array(0),
    close: hasClose ? new Float64Array(0) : null,
    adjClose: adjColumn >= 0 ? new Float64Array(0) : null,
    rowsRead: 0,
    nullRowsDropped: 0,
    duplicateRowsDropped: 0,
    rejected: new Map(),
    warnings: [],
    tickers: [],
  };
}
