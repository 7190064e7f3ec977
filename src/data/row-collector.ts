/**
 * Checking and collecting the data rows of one file, one row at a time: cell count, nulls,
 * dates, numbers, positive prices. Strict: the first bad row throws DataFileError
 * `FILE:LINE: reason`. Lenient: bad rows are dropped and counted by reason.
 */
import { DataFileError } from '../core/errors.js';
import type { DayNumber } from '../core/date.js';
import type { InstrumentKind } from '../core/instrument.js';
import { dateOutOfBounds } from './date-bounds.js';
import { isNullCell, parseDateCell, parseNumberCell } from './cells.js';
import type { FileLayout } from './formats.js';
import { clipForMessage } from './message-text.js';

/** The rows accepted so far, in file order, with their file lines. */
export interface CollectedRows {
  readonly days: Int32Array;
  readonly close: Float64Array | null;
  readonly adjClose: Float64Array | null;
  readonly lines: Int32Array;
}

/** Accepts rows of one file under one layout into preallocated typed arrays. */
export class RowCollector {
  private readonly days: Int32Array;
  private readonly close: Float64Array | null;
  private readonly adjClose: Float64Array | null;
  private readonly lines: Int32Array;
  private readonly valueColumns: readonly number[];
  private kept = 0;
  /** Rows whose every value cell was empty: dropped. */
  nullRows = 0;
  /** Lenient mode: bad rows dropped, by reason (the reason without quoted text or line). */
  readonly rejected = new Map<string, number>();
  /** The distinct values of the file's own ticker column (Stooq's `<TICKER>`), in file order. */
  readonly tickers: string[] = [];

  /**
   * `capacity` bounds the number of rows (see countLines); `names` are the header cells, used
   * in messages; `latestDay` is the latest date a row may carry (date-bounds.ts).
   */
  constructor(
    private readonly layout: FileLayout,
    private readonly names: readonly string[],
    capacity: number,
    private readonly fileName: string,
    private readonly kind: InstrumentKind,
    private readonly lenient: boolean,
    private readonly latestDay: DayNumber,
  ) {
    this.days = new Int32Array(capacity);
    this.close = layout.closeColumn === null ? null : new Float64Array(capacity);
    this.adjClose = layout.adjCloseColumn === null ? null : new Float64Array(capacity);
    this.lines = new Int32Array(capacity);
    this.valueColumns = [layout.closeColumn, layout.adjCloseColumn].filter((column): column is number => column !== null);
  }

  /** Throws DataFileError (strict) or counts the reason (lenient). */
  reject(line: number, reason: string): void {
    if (!this.lenient) throw new DataFileError(this.fileName, line, reason);
    const key = reason.replace(/ ".*"/, '').replace(/ \(first at line \d+\)/, '');
    this.rejected.set(key, (this.rejected.get(key) ?? 0) + 1);
  }

  /** Checks one data row and keeps it when good. */
  accept(cells: readonly string[], line: number): void {
    const { layout, names } = this;
    if (cells.length !== layout.width) {
      this.reject(line, `expected ${layout.width} cells, found ${cells.length}`);
      return;
    }
    let nulls = 0;
    for (let c = 0; c < cells.length; c += 1) if (c !== layout.dateColumn && isNullCell(cells[c] ?? '')) nulls += 1;
    if (nulls === cells.length - 1) {
      this.nullRows += 1;
      return;
    }
    if (nulls > 0) {
      const empty = names.filter((_, c) => c !== layout.dateColumn && isNullCell(cells[c] ?? ''));
      this.reject(line, `partly null row: no value in ${clipForMessage(empty.join(', '))}`);
      return;
    }
    const dateCell = cells[layout.dateColumn] ?? '';
    const day = parseDateCell(dateCell, layout.dateStyle);
    if (day === null) {
      this.reject(line, `unparseable date "${clipForMessage(dateCell)}"`);
      return;
    }
    const outOfBounds = dateOutOfBounds(day, this.latestDay);
    if (outOfBounds !== null) {
      this.reject(line, outOfBounds);
      return;
    }
    const at = this.kept;
    for (const column of this.valueColumns) {
      const cell = cells[column] ?? '';
      const value = parseNumberCell(cell);
      if (Number.isNaN(value)) {
        this.reject(line, `unparseable number "${clipForMessage(cell)}" in column ${clipForMessage(names[column] ?? String(column))}`);
        return;
      }
      if (!Number.isFinite(value)) {
        this.reject(line, `number out of range "${clipForMessage(cell.trim())}" in column ${clipForMessage(names[column] ?? String(column))}`);
        return;
      }
      if (this.kind !== 'yield' && value <= 0) {
        this.reject(line, `non-positive price "${clipForMessage(cell.trim())}" in column ${clipForMessage(names[column] ?? String(column))}`);
        return;
      }
      if (column === layout.closeColumn && this.close) this.close[at] = value;
      else if (this.adjClose) this.adjClose[at] = value;
    }
    if (layout.tickerColumn !== null) this.noteTicker((cells[layout.tickerColumn] ?? '').trim());
    this.days[at] = day;
    this.lines[at] = line;
    this.kept += 1;
  }

  /** Records a ticker cell's value the first time it is seen (at most a few are kept). */
  noteTicker(ticker: string): void {
    if (ticker.length > 0 && this.tickers.length < 5 && !this.tickers.includes(ticker)) this.tickers.push(ticker);
  }

  /** The rows kept, as views of the first `kept` entries. */
  collected(): CollectedRows {
    const n = this.kept;
    return {
      days: this.days.subarray(0, n),
      close: this.close?.subarray(0, n) ?? null,
      adjClose: this.adjClose?.subarray(0, n) ?? null,
      lines: this.lines.subarray(0, n),
    };
  }
}
