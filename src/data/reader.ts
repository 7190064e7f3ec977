/**
 * Reading a data file into validated daily values: header detection, the row checks of
 * row-collector.ts, then date order, duplicates and warnings. Strict by default: the first bad
 * row throws a DataFileError `FILE:LINE: reason`. Lenient: bad rows are dropped and counted.
 */
import { DataFileError } from '../core/errors.js';
import type { DayNumber } from '../core/date.js';
import type { InstrumentKind } from '../core/instrument.js';
import { latestPlausibleDay } from './date-bounds.js';
import { countLines, visitCsvText } from './csv.js';
import { detectLayout, type FileLayout } from './formats.js';
import { collectWarnings } from './reader-warnings.js';
import { RowCollector } from './row-collector.js';
import { autoAdjustedReason, classifyHeaderLine, describeAutoAdjusted, isMultiLineHeader, namesOfMultiLineHeader } from './yfinance.js';

/** How to read a file. */
export interface ReadOptions {
  /** The name used in messages, `FILE` in `FILE:LINE: reason` (usually the path as given). */
  readonly fileName: string;
  /** Kind of the instrument: prices must be positive unless it is a yield; jump bounds differ. */
  readonly kind: InstrumentKind;
  /** The lone close column holds adjusted closes (an adjusted-only file). */
  readonly adjustedOnly?: boolean;
  /** Drop bad rows and count them instead of failing on the first. */
  readonly lenient?: boolean;
  /** The latest date a row may carry; default tomorrow in New York (date-bounds.ts). */
  readonly latestDay?: DayNumber;
}

/** The values of a file, sorted by date, one row per date, with what was dropped and why. */
export interface ParsedSeries {
  readonly layout: FileLayout;
  /** Day numbers, strictly ascending. */
  readonly days: Int32Array;
  /** Unadjusted closes, or null when the file has none. Same length as `days`. */
  readonly close: Float64Array | null;
  /** Adjusted closes, or null when the file has none. Same length as `days`. */
  readonly adjClose: Float64Array | null;
  /** Data rows in the file (blank lines left out). */
  readonly rowsRead: number;
  /** Rows whose every value cell was empty (FRED's `.` holidays): dropped, as the rule says. */
  readonly nullRowsDropped: number;
  /** Exact repeats of an earlier row (same date, same values): dropped. */
  readonly duplicateRowsDropped: number;
  /** Lenient mode only: bad rows dropped, counted by reason (the reason without line). */
  readonly rejected: ReadonlyMap<string, number>;
  /** Warnings: unsorted input, weekend dates, long gaps, implausible one-day moves. */
  readonly warnings: readonly string[];
  /** The distinct values of the file's own ticker column or header line (`MSFT.US`, `^RUT`), if any. */
  readonly tickers: readonly string[];
}

/** Parses and validates the text of a data file. Throws DataFileError in strict mode. */
export function readSeriesText(text: string, options: ReadOptions): ParsedSeries {
  const { fileName, kind } = options;
  const lenient = options.lenient === true;
  const capacity = countLines(text);
  const state: { collector: RowCollector | null; layout: FileLayout | null; names: readonly string[]; headerLines: number; multiLine: boolean } = {
    collector: null,
    layout: null,
    names: [],
    headerLines: 0,
    multiLine: false,
  };
  const scan = visitCsvText(
    text,
    (header) => {
      const multiLine = isMultiLineHeader(header);
      const names = multiLine ? namesOfMultiLineHeader(header) : header;
      const detected = detectLayout(names, options.adjustedOnly === true);
      if (!detected.ok) throw new DataFileError(fileName, 1, detected.reason);
      state.layout = detected.layout;
      state.names = names;
      state.headerLines = multiLine ? 2 : 0;
      state.multiLine = multiLine;
      state.collector = new RowCollector(detected.layout, names, capacity, fileName, kind, lenient, options.latestDay ?? latestPlausibleDay());
    },
    (cells, line) => {
      if (state.headerLines > 0) {
        // The second and third lines of yfinance's three-line header: tickers, then `Date,,,`.
        state.headerLines -= 1;
        const kindOfLine = classifyHeaderLine(cells);
        if (kindOfLine === 'ticker') for (const ticker of cells.slice(1)) state.collector?.noteTicker(ticker.trim());
        if (kindOfLine !== 'data') return;
        state.headerLines = 0;
      }
      state.collector?.accept(cells, line);
    },
  );
  const { collector, layout } = state;
  if (collector === null || layout === null) throw new DataFileError(fileName, 1, 'empty file: no header');
  const rows = collector.collected();
  if (rows.days.length === 0 && !lenient) throw new DataFileError(fileName, 1, 'no data rows');
  const ordered = orderRows(rows.days, rows.close, rows.adjClose, rows.lines, (line, reason) => collector.reject(line, reason));
  const warnings = collectWarnings(ordered, kind, ordered.wasUnsorted);
  const multiLineHeader = state.multiLine;
  const adjusted = layout.format === 'yahoo' || multiLineHeader ? autoAdjustedReason(kind, { multiLineHeader, names: state.names, close: ordered.close, adjClose: ordered.adjClose }) : null;
  if (adjusted !== null) warnings.push(describeAutoAdjusted(adjusted));
  return {
    layout,
    days: ordered.days,
    close: adjusted === null ? ordered.close : null,
    adjClose: adjusted === null ? ordered.adjClose : (ordered.adjClose ?? ordered.close),
    rowsRead: scan.rowCount,
    nullRowsDropped: collector.nullRows,
    duplicateRowsDropped: ordered.duplicates,
    rejected: collector.rejected,
    warnings,
    tickers: collector.tickers,
  };
}

/** Rows sorted by date, exact duplicates dropped; conflicting duplicates go to `reject`. */
interface OrderedRows {
  readonly days: Int32Array;
  readonly close: Float64Array | null;
  readonly adjClose: Float64Array | null;
  readonly lines: Int32Array;
  readonly wasUnsorted: boolean;
  readonly duplicates: number;
}

function orderRows(
  days: Int32Array,
  close: Float64Array | null,
  adjClose: Float64Array | null,
  lines: Int32Array,
  reject: (line: number, reason: string) => void,
): OrderedRows {
  let sorted = true;
  for (let i = 1; i < days.length && sorted; i += 1) if ((days[i] ?? 0) <= (days[i - 1] ?? 0)) sorted = false;
  if (sorted) return { days, close, adjClose, lines, wasUnsorted: false, duplicates: 0 };
  let ascending = true;
  for (let i = 1; i < days.length && ascending; i += 1) if ((days[i] ?? 0) < (days[i - 1] ?? 0)) ascending = false;
  // A stable sort by (day, line): the first occurrence of a date is kept.
  const order = Array.from(days.keys()).sort((a, b) => (days[a] ?? 0) - (days[b] ?? 0) || (lines[a] ?? 0) - (lines[b] ?? 0));
  const outDays: number[] = [];
  const outClose: number[] = [];
  const outAdj: number[] = [];
  const outLines: number[] = [];
  let duplicates = 0;
  for (const index of order) {
    const day = days[index] ?? 0;
    const last = outDays.length - 1;
    if (last >= 0 && outDays[last] === day) {
      const same = (close?.[index] ?? 0) === (outClose[last] ?? 0) && (adjClose?.[index] ?? 0) === (outAdj[last] ?? 0);
      if (same) duplicates += 1;
      else reject(lines[index] ?? 0, `duplicate date with different values (first at line ${outLines[last] ?? 0})`);
      continue;
    }
    outDays.push(day);
    outClose.push(close?.[index] ?? 0);
    outAdj.push(adjClose?.[index] ?? 0);
    outLines.push(lines[index] ?? 0);
  }
  return {
    days: Int32Array.from(outDays),
    close: close ? Float64Array.from(outClose) : null,
    adjClose: adjClose ? Float64Array.from(outAdj) : null,
    lines: Int32Array.from(outLines),
    wasUnsorted: !ascending,
    duplicates,
  };
}
