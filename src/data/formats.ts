/**
 * File formats, told apart by their header: which column holds the date, the unadjusted close
 * and the adjusted close, and how dates are written.
 */
import { clipForMessage, MAX_QUOTED_CHARS } from './message-text.js';

/** The formats marketfacts reads. */
// `yahoo-chart` and `fred-json` are saved API responses (JSON), read by src/data/connectors/saved-file.ts.
export const DataFormats = ['yahoo', 'ohlc', 'fred', 'stooq', 'close-only', 'adjusted-only', 'yahoo-chart', 'fred-json'] as const;
/** One of {@link DataFormats}. */
export type DataFormat = (typeof DataFormats)[number];

/** Where the values of a file are and how to read them. Column indexes are 0-based. */
export interface FileLayout {
  readonly format: DataFormat;
  /** A short description for messages: "yfinance (Date,Close,High,Low,Open,Volume)". */
  readonly description: string;
  readonly dateColumn: number;
  /** Column of the unadjusted close, or null when the file has none (adjusted-only). */
  readonly closeColumn: number | null;
  /** Column of the dividend-adjusted close, or null. */
  readonly adjCloseColumn: number | null;
  /** `iso`: `YYYY-MM-DD` (optionally followed by a time); `compact`: Stooq's `YYYYMMDD`. */
  readonly dateStyle: 'iso' | 'compact';
  /** Number of cells every data row must have (the header's). */
  readonly width: number;
  /** Column of the file's own ticker (Stooq's `<TICKER>`: `MSFT.US`, `^SPX`), or null. */
  readonly tickerColumn: number | null;
}

/** The outcome of header detection: a layout, or the reason no format matched. */
export type LayoutResult = { readonly ok: true; readonly layout: FileLayout } | { readonly ok: false; readonly reason: string };

/** Header cell normalised for matching: lower case, no `<>`, spaces, underscores or dashes. */
export function normaliseHeaderCell(cell: string): string {
  return cell.trim().toLowerCase().replace(/[<>\s_-]/g, '');
}

const DATE_NAMES = ['date', 'datetime', 'observationdate', 'timestamp'];
const ADJ_NAMES = ['adjclose', 'adjustedclose'];
const OHLC = ['open', 'high', 'low', 'volume'];

/**
 * Detects the layout of a file from its header cells. `adjustedOnly` says that a lone close
 * column (`Date,Close`) holds dividend-adjusted closes: such a file cannot be told from a plain
 * close file by its header, so the caller must say so. Formats:
 * - yfinance: `Date` and `Close` with any of Open/High/Low/Volume, in either column order,
 *   with or without `Adj Close`/`AdjClose` and `Dividends`/`Stock Splits`;
 * - FRED: `DATE,DGS10`, `observation_date,DGS10` or `date,value` (`.` marks a holiday);
 * - OHLC: `Date,Open,High,Low,Close,Volume` in any case (yfinance's older layout, Stooq's CSV);
 * - Stooq's ASCII export: `<TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,...,<CLOSE>,...`;
 * - close-only / adjusted-only: `date,close` (or `date,price`).
 */
export function detectLayout(header: readonly string[], adjustedOnly = false): LayoutResult {
  const names = header.map(normaliseHeaderCell);
  const width = names.length;
  const dateColumn = names.findIndex((name) => DATE_NAMES.includes(name));
  const shown = clipForMessage(header.join(','));
  if (dateColumn === -1) return { ok: false, reason: `missing column: no date column in header "${shown}"` };
  // A header that matched is named in full in the ingest report, up to a longer limit.
  const named = clipForMessage(header.join(','), 2 * MAX_QUOTED_CHARS);
  const closeIndex = names.indexOf('close');
  const adjIndex = names.findIndex((name) => ADJ_NAMES.includes(name));
  const compact = header.some((cell) => cell.trim().startsWith('<'));
  const hasOhlc = names.some((name) => OHLC.includes(name));
  if (adjustedOnly) {
    const column = adjIndex !== -1 ? adjIndex : closeIndex;
    if (column === -1 || width !== 2) {
      return { ok: false, reason: `missing column: an adjusted-only file has two columns, a date and the adjusted close; found "${shown}"` };
    }
    return layout('adjusted-only', `adjusted-only (${named})`, dateColumn, null, column, 'iso', width);
  }
  if (compact) {
    if (closeIndex === -1) return { ok: false, reason: `missing column: no <CLOSE> column in Stooq header "${shown}"` };
    const ticker = names.indexOf('ticker');
    return layout('stooq', `Stooq (${named})`, dateColumn, closeIndex, null, 'compact', width, ticker === -1 ? undefined : ticker);
  }
  if (closeIndex !== -1 && hasOhlc) {
    // Adj Close, Dividends or the Close-first order are yfinance's; a plain OHLC header is
    // written by yfinance and Stooq alike and read the same way.
    const isYahoo = adjIndex !== -1 || names.includes('dividends') || names[1] === 'close';
    return layout(isYahoo ? 'yahoo' : 'ohlc', `${isYahoo ? 'yfinance' : 'OHLC'} (${named})`, dateColumn, closeIndex, adjIndex === -1 ? null : adjIndex, 'iso', width);
  }
  if (width === 2) {
    const valueColumn = dateColumn === 0 ? 1 : 0;
    const valueName = names[valueColumn] ?? '';
    if (valueName === 'close' || valueName === 'price') return layout('close-only', `close-only (${named})`, dateColumn, valueColumn, null, 'iso', width);
    if (valueName === 'value' || /^[a-z][a-z0-9]*$/.test(valueName)) {
      return layout('fred', `FRED (${named})`, dateColumn, valueColumn, null, 'iso', width);
    }
  }
  if (closeIndex === -1) return { ok: false, reason: `missing column: no close column in header "${shown}"` };
  return layout('close-only', `close (${named})`, dateColumn, closeIndex, adjIndex === -1 ? null : adjIndex, 'iso', width);
}

function layout(
  format: DataFormat,
  description: string,
  dateColumn: number,
  closeColumn: number | null,
  adjCloseColumn: number | null,
  dateStyle: 'iso' | 'compact',
  width: number,
  tickerColumnOf?: number,
): LayoutResult {
  const tickerColumn = tickerColumnOf === undefined ? null : tickerColumnOf;
  return { ok: true, layout: { format, description, dateColumn, closeColumn, adjCloseColumn, dateStyle, width, tickerColumn } };
}
