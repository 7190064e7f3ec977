/**
 * What yfinance writes today, beyond a plain header:
 * - `download().to_csv()` writes a three-line header: `Price,Adj Close,Close,...`, then
 *   `Ticker,^RUT,^RUT,...`, then `Date,,,...`; the first line names the columns (its `Price`
 *   cell stands for the date), the second the ticker of every column;
 * - `download()` and `Ticker.history()` adjust `Close` for dividends by default
 *   (`auto_adjust=True`) and then write no `Adj Close`. So for instruments that pay dividends
 *   (funds, stocks), a download() file without `Adj Close`, a history() file (`Dividends` and
 *   `Stock Splits` columns) without it, and any file whose `Close` equals its `Adj Close` on
 *   every row hold adjusted closes: they are stored as such, with a warning. An index, a
 *   volatility index or a yield pays no dividend: its Close is its level.
 */
import type { InstrumentKind } from '../core/instrument.js';
import { normaliseHeaderCell } from './formats.js';

/** True when a header is the first line of yfinance's three-line header (`Price,...`). */
export function isMultiLineHeader(header: readonly string[]): boolean {
  return normaliseHeaderCell(header[0] ?? '') === 'price' && header.length > 1;
}

/** The column names of a three-line header's first line, with its `Price` cell read as the date. */
export function namesOfMultiLineHeader(header: readonly string[]): string[] {
  return ['Date', ...header.slice(1)];
}

/**
 * What a line right after a three-line header's first is: `ticker` (its cells after the
 * first are the tickers), `date` (the `Date,,,` line), or `data`.
 */
export function classifyHeaderLine(cells: readonly string[]): 'ticker' | 'date' | 'data' {
  const first = normaliseHeaderCell(cells[0] ?? '');
  if (first === 'ticker') return 'ticker';
  if (first === 'date' && cells.slice(1).every((cell) => cell.trim().length === 0)) return 'date';
  return 'data';
}

/** Kinds whose closes can be dividend-adjusted. */
function paysDividends(kind: InstrumentKind): boolean {
  return kind === 'etf' || kind === 'stock' || kind === 'other';
}

/** How a file came to be read as adjusted closes, for the warning; null when it is not. */
export type AutoAdjustedReason = 'download' | 'history' | 'equal' | null;

/**
 * Whether a yfinance file's Close holds adjusted closes (see the module comment): `download`
 * (three-line header, no Adj Close), `history` (Dividends and Stock Splits, no Adj Close),
 * `equal` (Close equals Adj Close on every row), or null.
 */
export function autoAdjustedReason(
  kind: InstrumentKind,
  file: { readonly multiLineHeader: boolean; readonly names: readonly string[]; readonly close: Float64Array | null; readonly adjClose: Float64Array | null },
): AutoAdjustedReason {
  if (!paysDividends(kind) || file.close === null || file.close.length === 0) return null;
  const names = file.names.map(normaliseHeaderCell);
  if (file.adjClose === null) {
    if (file.multiLineHeader) return 'download';
    if (names.includes('dividends') && names.includes('stocksplits')) return 'history';
    return null;
  }
  const { close, adjClose } = file;
  for (let i = 0; i < close.length; i += 1) if (close[i] !== adjClose[i]) return null;
  return 'equal';
}

/** The warning for a file read as adjusted closes. */
export function describeAutoAdjusted(reason: Exclude<AutoAdjustedReason, null>): string {
  const why = {
    download: 'a yfinance download() file without Adj Close',
    history: 'a yfinance history() file (Dividends, Stock Splits) without Adj Close',
    equal: 'its Close equals its Adj Close on every row',
  }[reason];
  return `${why}: its Close is dividend-adjusted (yfinance's auto_adjust=True); stored as adjusted closes (total return), no price return`;
}
