/**
 * Saved API responses as data files: a Yahoo chart JSON (`/v8/finance/chart/...` saved to
 * disk) or a FRED `series/observations` JSON, read by the connectors' own parsers, so
 * `ingest` checks them exactly as `update` checks a live response. (A FRED graph CSV is a CSV
 * file and goes through the CSV reader.) A bar of a session still trading when the file was
 * saved (by the file's modification time) is left out, with a warning. A chart's splits and
 * dividends come with the rows, and `ingest` stores them as `update` does.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { formatIsoDay } from '../../core/date.js';
import { InputError } from '../../core/errors.js';
import type { InstrumentKind } from '../../core/instrument.js';
import { checkDataFilePath, decodeDataFileBytes, type LoadedDataFile } from '../data-file.js';

export { isJsonDataFile } from '../data-file.js';
import type { FileLayout } from '../formats.js';
import { parseJsonBody } from './body.js';
import { ConnectorError } from './errors.js';
import { validateRows } from './fetched-series.js';
import { readFredObservations } from './fred-json.js';
import { readYahooChart } from './yahoo-chart.js';

/** How to read a saved response. */
export interface SavedResponseOptions {
  readonly kind: InstrumentKind;
  /** Keep only the dividend-adjusted close (Yahoo's adjclose). */
  readonly adjustedOnly: boolean;
}

/** Kinds whose Yahoo adjclose equals the close (no dividends): only the close is kept. */
const CLOSE_ONLY_KINDS: readonly InstrumentKind[] = ['index', 'volatility', 'yield', 'fx', 'crypto', 'commodity'];

/**
 * Reads a saved Yahoo chart or FRED observations JSON file. Throws InputError `FILE: reason`
 * for a file that is neither, or whose rows fail the checks; warnings (a left-out bar of an
 * unclosed session, weekend dates, jumps) are in `parsed.warnings`.
 */
export function readSavedResponseFile(path: string, options: SavedResponseOptions): LoadedDataFile {
  const loaded = readSavedBytes(path);
  const json = parseJsonBody(loaded.text);
  if (!json.ok) throw new InputError(`${path}: ${json.reason}`);
  const value = json.value;
  const isChart = typeof value === 'object' && value !== null && 'chart' in value;
  const isFred = typeof value === 'object' && value !== null && 'observations' in value;
  try {
    if (isChart) {
      const columns = options.adjustedOnly ? 'adjusted' : CLOSE_ONLY_KINDS.includes(options.kind) ? 'close' : 'both';
      const rows = readYahooChart(loaded.text, { ticker: path, kind: options.kind, columns, retrievedAt: statSync(path).mtime });
      const warnings = [...rows.parsed.warnings];
      if (rows.preliminary !== null) warnings.push(`the bar of ${formatIsoDay(rows.preliminary.day)} was still trading when the file was saved; left out`);
      const layout: FileLayout = { ...rows.parsed.layout, format: 'yahoo-chart', description: `Yahoo chart JSON (${columns === 'both' ? 'close and adjclose' : columns === 'close' ? 'close' : 'adjclose'})` };
      return { ...loaded.file, parsed: { ...rows.parsed, layout, warnings }, events: rows.events };
    }
    if (isFred) {
      const page = readFredObservations(value, path);
      const csv = `date,value\n${page.rows.map((row) => `${row.date},${row.value}`).join('\n')}\n`;
      const parsed = validateRows(csv, { source: 'fred', ticker: path, kind: options.kind, adjustedOnly: false }, (line) => `observations[${line - 2}]`);
      const warnings = page.count > page.rows.length ? [...parsed.warnings, `the file holds ${page.rows.length} of the series' ${page.count} observations (one page)`] : parsed.warnings;
      return { ...loaded.file, parsed: { ...parsed, layout: { ...parsed.layout, format: 'fred-json', description: 'FRED observations JSON' }, warnings } };
    }
  } catch (error: unknown) {
    if (error instanceof ConnectorError) throw new InputError(`${path}: ${error.reason}`);
    throw error;
  }
  throw new InputError(`${path}: a JSON file, but neither a Yahoo chart ("chart") nor FRED observations ("observations")`);
}

/** The file's text and provenance (base name, sha256), after the same checks as a CSV file: missing, a directory, binary, not UTF-8. */
function readSavedBytes(path: string): { readonly text: string; readonly file: Omit<LoadedDataFile, 'parsed'> } {
  checkDataFilePath(path);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new InputError(`${path}: cannot read the file`);
  }
  const decoded = decodeDataFileBytes(bytes);
  if (!decoded.ok) throw new InputError(`${path}: ${decoded.reason.replace('a CSV file', 'a JSON file')}`);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { text: decoded.text.replace(/^\uFEFF/, ''), file: { path, fileName: basename(path), sha256 } };
}
