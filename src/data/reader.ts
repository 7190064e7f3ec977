/**
 * Reading a data file into validated daily values: header detection, cell parsing and the
 * checks a data desk makes. Strict by default: the first bad row throws a DataFileError
 * `FILE:LINE: reason`. Lenient: bad rows are dropped and counted by reason.
 */
import { DataFileError } from '../core/errors.js';
import type { InstrumentKind } from '../core/instrument.js';
import { parseCsvText } from './csv.js';
import { detectLayout, type FileLayout } from './formats.js';
import { isNullCell, parseDateCell, parseNumberCell } from './cells.js';
import { collectWarnings } from './reader-warnings.js';

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
  /** Warnings: unsorted input, weekend dates, implausible one-day moves. */
  readonly warnings: readonly string[];
}

/** Parses and validates the text of a data file. Throws DataFileError in strict mode. */
export function readSeriesText(text: string, options: ReadOptions): ParsedSeries {
  const { fileName, kind } = options;
  const lenient = options.lenient === true;
  const table = parseCsvText(text);
  if (table.header.length === 0) throw new DataFileError(fileName, 1, 'empty file: no header');
  const detected = detectLayout(table.header, options.adjustedOnly === true);
  if (!detected.ok) throw new DataFileError(fileName, 1, detected.reason);
  const layout = detected.layout;
  const valueColumns = [layout.closeColumn, layout.adjCloseColumn].filter((column): column is number => column !== null);
  const names = table.header;
  const count = table.rows.length;
  const days = new Int32Array(count);
  const close = layout.closeColumn === null ? null : new Float64Array(count);
  const adjClose = layout.adjCloseColumn === null ? null : new Float64Array(count);
  const lines = new Int32Array(count);
  const rejected = new Map<string, number>();
  let kept = 0;
  let nullRows = 0;
  const reject = (line: number, reason: string): void => {
    if (!lenient) throw new DataFileError(fileName, line, reason);
    const key = reason.replace(/ ".*"/, '').replace(/ \(first at line \d+\)/, '');
    rejected.set(key, (rejected.get(key) ?? 0) + 1);
  };
  for (let r = 0; r < count; r += 1) {
    const cells = table.rows[r] ?? [];
    const line = table.lines[r] ?? 0;
    if (cells.length !== layout.width) {
      reject(line, `expected ${layout.width} cells, found ${cells.length}`);
      continue;
    }
    let nulls = 0;
    for (let c = 0; c < cells.length; c += 1) if (c !== layout.dateColumn && isNullCell(cells[c] ?? '')) nulls += 1;
    if (nulls === cells.length - 1) {
      nullRows += 1;
      continue;
    }
    if (nulls > 0) {
      const empty = names.filter((_, c) => c !== layout.dateColumn && isNullCell(cells[c] ?? ''));
      reject(line, `partly null row: no value in ${empty.join(', ')}`);
      continue;
    }
    const dateCell = cells[layout.dateColumn] ?? '';
    const day = parseDateCell(dateCell, layout.dateStyle);
    if (day === null) {
      reject(line, `unparseable date "${dateCell}"`);
      continue;
    }
    let bad = false;
    for (const column of valueColumns) {
      const cell = cells[column] ?? '';
      const value = parseNumberCell(cell);
      if (Number.isNaN(value)) {
        reject(line, `unparseable number "${cell}" in column ${names[column] ?? column}`);
        bad = true;
        break;
      }
      if (kind !== 'yield' && value <= 0) {
        reject(line, `non-positive price "${cell.trim()}" in column ${names[column] ?? column}`);
        bad = true;
        break;
      }
      if (column === layout.closeColumn && close) close[kept] = value;
      else if (adjClose) adjClose[kept] = value;
    }
    if (bad) continue;
    days[kept] = day;
    lines[kept] = line;
    kept += 1;
  }
  if (kept === 0 && !lenient) throw new DataFileError(fileName, 1, 'no data rows');
  const ordered = orderRows(days.subarray(0, kept), close?.subarray(0, kept) ?? null, adjClose?.subarray(0, kept) ?? null, lines.subarray(0, kept), reject);
  const warnings = collectWarnings(ordered, kind, ordered.wasUnsorted);
  return {
    layout,
    days: ordered.days,
    close: ordered.close,
    adjClose: ordered.adjClose,
    rowsRead: count,
    nullRowsDropped: nullRows,
    duplicateRowsDropped: ordered.duplicates,
    rejected,
    warnings,
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
