/**
 * CSV text to cells. Market data files are plain comma-separated text without quotes, so the
 * common case is split by a hand-written scanner (several million rows a second); a file with
 * a double quote anywhere goes through papaparse, which handles RFC 4180 quoting. Both paths
 * give the same result for unquoted text (tested).
 */
import { createRequire } from 'node:module';
import type Papa from 'papaparse';

/** papaparse, loaded on first use (only files with quotes need it). */
function loadPapa(): typeof Papa {
  return createRequire(import.meta.url)('papaparse') as typeof Papa;
}

/** Receives one data row: its cells and its 1-based line in the file (the header is line 1). */
export type CsvRowVisitor = (cells: readonly string[], line: number) => void;

/** What a scan saw besides the rows. */
export interface CsvScan {
  /** Header cells, trimmed, as written (case kept); empty for an empty text. */
  readonly header: readonly string[];
  /** Data rows visited. */
  readonly rowCount: number;
  /** Blank lines skipped after the header (trailing blank lines included). */
  readonly blankLines: number;
  /** Which parser split the text. */
  readonly parser: 'scanner' | 'papaparse';
}

/** A parsed CSV file held in memory: the header and every data row with its file line. */
export interface CsvTable extends CsvScan {
  readonly rows: readonly (readonly string[])[];
  /** `lines[i]` is the 1-based line number of `rows[i]`. */
  readonly lines: Int32Array;
}

const BOM = '\uFEFF';

/**
 * Splits CSV text and hands each data row to `onRow` as it goes (no table is kept, so large
 * files stay cheap), after handing the header to `onHeader`. Handles a UTF-8 byte order mark,
 * CRLF and LF line ends, blank lines (skipped and counted) and, when the text contains a
 * double quote, RFC 4180 quoted cells (parsed by papaparse; a quoted cell holding a line break
 * shifts the reported line numbers of the rows after it). `onHeader` is not called for a text
 * with no non-blank line.
 */
export function visitCsvText(text: string, onHeader: (header: readonly string[]) => void, onRow: CsvRowVisitor): CsvScan {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  return body.includes('"') ? visitWithPapa(body, onHeader, onRow) : scanUnquoted(body, onHeader, onRow);
}

/** The whole text as a table (see {@link visitCsvText}). */
export function parseCsvText(text: string): CsvTable {
  const rows: (readonly string[])[] = [];
  const lines: number[] = [];
  const scan = visitCsvText(
    text,
    () => undefined,
    (cells, line) => {
      rows.push(cells);
      lines.push(line);
    },
  );
  return { ...scan, rows, lines: Int32Array.from(lines) };
}

/** The fast path: lines split at `\n`, a trailing `\r` dropped, cells split at `,`. */
export function scanUnquoted(text: string, onHeader: (header: readonly string[]) => void, onRow: CsvRowVisitor): CsvScan {
  let header: string[] = [];
  let blankLines = 0;
  let rowCount = 0;
  let start = 0;
  let lineNumber = 0;
  let seenHeader = false;
  const length = text.length;
  while (start < length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = length;
    lineNumber += 1;
    const stop = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const line = text.slice(start, stop);
    start = end + 1;
    if (!seenHeader) {
      if (line.trim().length === 0) continue;
      header = line.split(',').map((cell) => cell.trim());
      seenHeader = true;
      onHeader(header);
    } else if (line.length === 0 || line.trim().length === 0) {
      blankLines += 1;
    } else {
      rowCount += 1;
      onRow(line.split(','), lineNumber);
    }
  }
  return { header, rowCount, blankLines, parser: 'scanner' };
}

/** The quoted path: papaparse, with line numbers counted from the raw rows it returns. */
function visitWithPapa(text: string, onHeader: (header: readonly string[]) => void, onRow: CsvRowVisitor): CsvScan {
  const result = loadPapa().parse<string[]>(text, { skipEmptyLines: false, delimiter: ',', newline: text.includes('\r\n') ? '\r\n' : '\n' });
  let header: string[] = [];
  let blankLines = 0;
  let rowCount = 0;
  let seenHeader = false;
  let lineNumber = 0;
  for (const cells of result.data) {
    lineNumber += 1;
    const isBlank = cells.length === 0 || (cells.length === 1 && (cells[0] ?? '').trim().length === 0);
    if (!seenHeader) {
      if (isBlank) continue;
      header = cells.map((cell) => cell.trim());
      seenHeader = true;
      onHeader(header);
    } else if (isBlank) {
      blankLines += 1;
    } else {
      rowCount += 1;
      onRow(cells, lineNumber);
    }
  }
  return { header, rowCount, blankLines, parser: 'papaparse' };
}

/** Number of line breaks in a text plus one: an upper bound on its rows. */
export function countLines(text: string): number {
  let count = 1;
  let at = text.indexOf('\n');
  while (at !== -1) {
    count += 1;
    at = text.indexOf('\n', at + 1);
  }
  return count;
}
