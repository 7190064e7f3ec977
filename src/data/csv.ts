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

/** A parsed CSV file: the header cells and the data rows, each with its 1-based file line. */
export interface CsvTable {
  /** Header cells, trimmed, as written (case kept). */
  readonly header: readonly string[];
  /** Data rows in file order; blank lines are left out. */
  readonly rows: readonly (readonly string[])[];
  /** `lines[i]` is the 1-based line number of `rows[i]` in the file (the header is line 1). */
  readonly lines: Int32Array;
  /** Number of blank lines skipped after the header (trailing blank lines included). */
  readonly blankLines: number;
  /** Which parser split the text. */
  readonly parser: 'scanner' | 'papaparse';
}

const BOM = '\uFEFF';

/**
 * Splits CSV text into a header and rows. Handles a UTF-8 byte order mark, CRLF and LF line
 * ends, blank lines (skipped and counted) and, when the text contains a double quote, RFC 4180
 * quoted cells (parsed by papaparse; a quoted cell holding a line break shifts the reported
 * line numbers of the rows after it). An empty text gives an empty header and no rows.
 */
export function parseCsvText(text: string): CsvTable {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  return body.includes('"') ? parseWithPapa(body) : scanUnquoted(body);
}

/** The fast path: lines split at `\n`, a trailing `\r` dropped, cells split at `,`. */
export function scanUnquoted(text: string): CsvTable {
  const rows: string[][] = [];
  const lineNumbers: number[] = [];
  let header: string[] = [];
  let blankLines = 0;
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
    } else if (line.length === 0 || line.trim().length === 0) {
      blankLines += 1;
    } else {
      rows.push(line.split(','));
      lineNumbers.push(lineNumber);
    }
  }
  return { header, rows, lines: Int32Array.from(lineNumbers), blankLines, parser: 'scanner' };
}

/** The quoted path: papaparse, with line numbers counted from the raw rows it returns. */
function parseWithPapa(text: string): CsvTable {
  const result = loadPapa().parse<string[]>(text, { skipEmptyLines: false, delimiter: ',', newline: text.includes('\r\n') ? '\r\n' : '\n' });
  const rows: string[][] = [];
  const lineNumbers: number[] = [];
  let header: string[] = [];
  let blankLines = 0;
  let seenHeader = false;
  let lineNumber = 0;
  for (const cells of result.data) {
    lineNumber += 1;
    const isBlank = cells.length === 0 || (cells.length === 1 && (cells[0] ?? '').trim().length === 0);
    if (!seenHeader) {
      if (isBlank) continue;
      header = cells.map((cell) => cell.trim());
      seenHeader = true;
    } else if (isBlank) {
      blankLines += 1;
    } else {
      rows.push(cells);
      lineNumbers.push(lineNumber);
    }
  }
  return { header, rows, lines: Int32Array.from(lineNumbers), blankLines, parser: 'papaparse' };
}
