/**
 * Test helper: the shipped data files read with a plain, independent parser (split by line,
 * split by comma), so that reference tests do not depend on the project's own data readers.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseIsoDay } from '../../src/core/date.js';
import type { DailySeries } from '../../src/core/series.js';
import { findBuiltinInstrument } from '../../src/data/instruments.js';

/** The repository root, resolved from this file's location (test/helpers/). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A plain row of a shipped file: the ISO date and the value of one column. */
export interface ShippedRow {
  readonly date: string;
  readonly close: number;
}

/** How a shipped symbol maps to its file and columns. */
interface ShippedFile {
  readonly file: string;
  /** Column holding the unadjusted close, or null when the file has none. */
  readonly closeColumn: string | null;
  /** Column holding the adjusted close, or null. */
  readonly adjCloseColumn: string | null;
}

const FILES = {
  SPX: { file: 'GSPC.yahoo.csv', closeColumn: 'close', adjCloseColumn: null },
  RUT: { file: 'RUT.yahoo.csv', closeColumn: 'close', adjCloseColumn: null },
  DJI: { file: 'DJI.yahoo.csv', closeColumn: 'close', adjCloseColumn: null },
  IXIC: { file: 'IXIC.yahoo.csv', closeColumn: 'close', adjCloseColumn: null },
  VIX: { file: 'VIX.yahoo.csv', closeColumn: 'close', adjCloseColumn: null },
  US10Y: { file: 'DGS10.fred.csv', closeColumn: 'value', adjCloseColumn: null },
  US2Y: { file: 'DGS2.fred.csv', closeColumn: 'value', adjCloseColumn: null },
  SPY: { file: 'SPY.yahoo.csv', closeColumn: 'close', adjCloseColumn: 'adjclose' },
  IWM: { file: 'IWM.yahoo.csv', closeColumn: 'close', adjCloseColumn: 'adjclose' },
  VBK: { file: 'VBK.yahoo.csv', closeColumn: 'close', adjCloseColumn: 'adjclose' },
  // The file's `Close` column is the dividend-adjusted close: there is no unadjusted price.
  IWO: { file: 'IWO.adjclose.yahoo.csv', closeColumn: null, adjCloseColumn: 'close' },
} as const satisfies Record<string, ShippedFile>;

/** Symbols with a shipped data file. */
export type ShippedSymbol = keyof typeof FILES;

/** Every symbol with a shipped file. */
export const SHIPPED_SYMBOLS = Object.keys(FILES) as ShippedSymbol[];

interface ParsedFile {
  readonly dates: string[];
  readonly columns: Map<string, number[]>;
}

const parsedFiles = new Map<string, ParsedFile>();
const seriesCache = new Map<ShippedSymbol, DailySeries>();

/** Reads data/<file> into dates and numeric columns keyed by lower-case header. Cached. */
function parseFile(file: string): ParsedFile {
  const cached = parsedFiles.get(file);
  if (cached) return cached;
  const text = readFileSync(`${REPO_ROOT}data/${file}`, 'utf8');
  const lines = text.split('\n').map((line) => line.replace(/\r$/, '')).filter((line) => line.length > 0);
  const header = (lines[0] ?? '').split(',').map((name) => name.trim().toLowerCase());
  const dates: string[] = [];
  const columns = new Map<string, number[]>(header.slice(1).map((name) => [name, []]));
  for (const line of lines.slice(1)) {
    const cells = line.split(',');
    dates.push(cells[0] ?? '');
    header.forEach((name, i) => {
      if (i > 0) columns.get(name)?.push(Number(cells[i]));
    });
  }
  const parsed = { dates, columns };
  parsedFiles.set(file, parsed);
  return parsed;
}

/**
 * Plain rows `{date, close}` of a shipped file (name under data/). `column` is the header to
 * read, case-insensitive; the default is `close`, or `value` for FRED files.
 */
export function readShippedRows(file: string, column?: string): ShippedRow[] {
  const parsed = parseFile(file);
  const wanted = (column ?? (parsed.columns.has('close') ? 'close' : 'value')).toLowerCase();
  const values = parsed.columns.get(wanted);
  if (!values) throw new Error(`${file}: no column ${wanted}`);
  return parsed.dates.map((date, i) => ({ date, close: values[i] ?? Number.NaN }));
}

/** The file name under data/ that holds a shipped symbol. */
export function shippedFileOf(symbol: ShippedSymbol): string {
  return FILES[symbol].file;
}

/** A shipped symbol's data as a DailySeries with its built-in instrument. Cached per process. */
export function loadShippedSeries(symbol: ShippedSymbol): DailySeries {
  const cached = seriesCache.get(symbol);
  if (cached) return cached;
  const spec: ShippedFile = FILES[symbol];
  const instrument = findBuiltinInstrument(symbol);
  if (!instrument) throw new Error(`no built-in instrument ${symbol}`);
  const parsed = parseFile(spec.file);
  const days = Int32Array.from(parsed.dates, (date) => {
    const day = parseIsoDay(date);
    if (day === null) throw new Error(`${spec.file}: bad date ${date}`);
    return day;
  });
  const columnOf = (name: string | null): Float64Array | null => {
    if (name === null) return null;
    const values = parsed.columns.get(name);
    if (!values) throw new Error(`${spec.file}: no column ${name}`);
    return Float64Array.from(values);
  };
  const series: DailySeries = { instrument, days, close: columnOf(spec.closeColumn), adjClose: columnOf(spec.adjCloseColumn) };
  seriesCache.set(symbol, series);
  return series;
}
