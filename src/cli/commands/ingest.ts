/**
 * `marketfacts ingest FILE... [--symbol S] [--adjusted-only] [--lenient] [--json] [--db PATH]`:
 * validates data files and loads them into the store, all files in one transaction.
 */
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import { ArgumentError } from '../../core/errors.js';
import type { Instrument } from '../../core/instrument.js';
import { checkDataFilePath, DEFAULT_MAX_FILE_BYTES, isJsonDataFile, readDataFile, STDIN_NAME, STDIN_PATH, type LoadedDataFile } from '../../data/data-file.js';
import { appendIngestLog } from '../../data/ingest-log.js';
import { clipForMessage } from '../../data/message-text.js';
import { describeKind, describePlausibleBound } from '../../data/plausibility.js';
import type { InstrumentRegistry } from '../../data/registry.js';
import { SHIPPED_ADJUSTED_ONLY_FILES } from '../../data/shipped.js';
import { formatStoredValue } from '../../data/revision-guard.js';
import type { ImplausibleRevision, IngestReport } from '../../data/store-ingest.js';
import { addStoreOption, loadRegistry, withWritableStore } from '../context.js';
import { addInstrumentHint } from './instruments-config.js';
import { countOf, formatCount, writeJson } from '../output.js';

interface IngestOptions {
  readonly db?: string;
  readonly symbol?: string;
  readonly lenient?: boolean;
  readonly adjustedOnly?: boolean;
  readonly json?: boolean;
  readonly acceptRevisions?: boolean;
  readonly maxSize?: string;
}

/** `--max-size MB` in bytes, or the default; ArgumentError for anything but a positive number. */
export function maxFileBytes(text: string | undefined): number {
  if (text === undefined) return DEFAULT_MAX_FILE_BYTES;
  const megabytes = Number(text.trim());
  if (!(Number.isFinite(megabytes) && megabytes > 0)) throw new ArgumentError('--max-size', `"${clipForMessage(text)}" is not a size in MB (a positive number)`);
  return Math.ceil(megabytes * 1024 * 1024);
}

/**
 * The instrument a file feeds: `--symbol` when given, else the file name up to its first dot
 * (`RUT.yahoo.csv` -> RUT, `^GSPC.csv` -> SPX, `DGS10.fred.csv` -> US10Y) looked up among
 * symbols and aliases. Throws ArgumentError when neither names a registered instrument.
 */
export function instrumentForFile(path: string, symbol: string | undefined, registry: InstrumentRegistry): Instrument {
  if (symbol !== undefined) {
    const found = registry.find(symbol);
    if (found) return found;
    const known = registry.instruments.map((instrument) => instrument.symbol).join(', ');
    throw new ArgumentError('--symbol', `unknown symbol "${symbol}"; known: ${known}; add it first with: ${addInstrumentHint(symbol)}`);
  }
  if (path === STDIN_PATH) throw new ArgumentError('--symbol', 'standard input (-) has no file name to tell the instrument by; pass --symbol <symbol>');
  const stem = basename(path).split('.')[0] ?? '';
  const found = registry.resolve(stem);
  if (found) return found;
  throw new ArgumentError('--symbol', `cannot tell which instrument ${path} holds from its name; pass --symbol <symbol>`);
}

/**
 * Refuses a file whose own ticker column or header line (Stooq's `<TICKER>`, yfinance's
 * `Ticker` line) names another instrument than the one it is ingested as: `MSFT.US` with
 * `--symbol RUT`. A ticker is matched by the registry (`^GSPC` -> SPX, `^SPX.US`), with an
 * exchange suffix (`.US`) dropped. Throws ArgumentError('--symbol', ...).
 */
export function checkFileTicker(file: LoadedDataFile, instrument: Instrument, registry: InstrumentRegistry): void {
  for (const ticker of file.parsed.tickers) {
    const bare = ticker.replace(/\.[A-Za-z]{1,3}$/, '');
    const found = registry.resolve(ticker) ?? registry.resolve(bare);
    const matches = found !== undefined ? found.symbol === instrument.symbol : bare.toUpperCase() === instrument.symbol;
    if (!matches) {
      throw new ArgumentError('--symbol', `${file.path} holds ${clipForMessage(ticker)} (its own ticker column), not ${instrument.symbol}; pass the right --symbol or the right file`);
    }
  }
}

/** At most this many implausible revisions are listed per file; the rest are counted. */
const MAX_LISTED_REVISIONS = 5;

/**
 * Warning lines (without the `marketfacts: warning:` prefix) for revisions that moved a stored
 * close beyond the plausible one-day move for the kind: symbol, date, column, old and new
 * value, at most {@link MAX_LISTED_REVISIONS} listed and the rest counted. The revisions were
 * applied; the lines say so.
 */
export function describeImplausibleRevisions(path: string, instrument: Instrument, revisions: readonly ImplausibleRevision[]): string[] {
  const bound = `${describePlausibleBound(instrument.kind)} plausible in a day for ${describeKind(instrument.kind)}`;
  const shown = formatStoredValue;
  const lines = revisions.slice(0, MAX_LISTED_REVISIONS).map(
    (revision) =>
      `${path}: ${instrument.symbol} ${revision.date}: ${revision.column} revised from ${shown(revision.old)} to ${shown(revision.new)}, beyond the ${bound}; applied`,
  );
  const more = revisions.length - MAX_LISTED_REVISIONS;
  if (more > 0) lines.push(`${path}: ${instrument.symbol}: ${countOf(more, 'more revision')} beyond the ${bound}; applied`);
  return lines;
}

/** One line per file: what was read, dropped and changed. */
export function describeIngest(loaded: LoadedDataFile, report: IngestReport): string {
  const parsed = loaded.parsed;
  const parts = [`${loaded.path} -> ${report.symbol}: ${countOf(report.rowsInFile, 'row')} (${parsed.layout.description})`];
  parts.push(`${formatCount(report.added)} added, ${formatCount(report.revised)} revised, ${formatCount(report.unchanged)} unchanged`);
  if (parsed.nullRowsDropped > 0) parts.push(`${countOf(parsed.nullRowsDropped, 'empty row')} dropped`);
  if (parsed.duplicateRowsDropped > 0) parts.push(`${countOf(parsed.duplicateRowsDropped, 'repeated row')} dropped`);
  const rejected = [...parsed.rejected.entries()];
  if (rejected.length > 0) {
    const total = rejected.reduce((sum, [, n]) => sum + n, 0);
    parts.push(`${countOf(total, 'bad row')} dropped (${rejected.map(([reason, n]) => `${formatCount(n)} ${reason}`).join('; ')})`);
  }
  return parts.join('; ');
}

/** Registers `ingest`. */
export function registerIngestCommand(program: Command): void {
  const command = program
    .command('ingest')
    .description('validate daily data files and load them into the store (all files, or none)')
    .argument('<file...>', 'CSV files (yfinance, FRED, Stooq, adjusted-only or date,close), saved Yahoo chart or FRED observations JSON; - reads standard input (with --symbol)')
    .option('--symbol <symbol>', 'instrument the files hold (default: from the file name, e.g. RUT.yahoo.csv -> RUT)')
    .option('--adjusted-only', "the file's lone Close column holds dividend-adjusted closes (total return)")
    .option('--lenient', 'drop bad rows and report how many and why, instead of stopping at the first')
    .option('--accept-revisions', 'apply revisions beyond the plausible one-day move, and files older than the data they would revise')
    .option('--max-size <MB>', `the largest file read, in MB (default ${DEFAULT_MAX_FILE_BYTES / (1024 * 1024)})`)
    .option('--json', 'print the outcome as JSON');
  addStoreOption(command);
  command.addHelpText(
    'after',
    `
Strict by default: the first bad row stops the ingest with FILE:LINE: reason (exit code 2)
and the store stays exactly as it was. Re-ingesting a file changes nothing; a newer file
updates what changed and says how many rows were added and revised.

Examples:
  $ marketfacts ingest RUT.yahoo.csv
  $ marketfacts ingest ^GSPC.csv --symbol SPX --db ./market.duckdb
  $ marketfacts ingest IWO.csv --symbol IWO --adjusted-only
  $ marketfacts ingest DGS10.csv --symbol US10Y --lenient
  $ curl -s https://example.com/rut.csv | marketfacts ingest - --symbol RUT`,
  );
  command.action(async (files: string[], options: IngestOptions) => {
    // Missing files and directories are named before anything else (even --symbol inference).
    for (const path of files) checkDataFilePath(path);
    if (files.filter((path) => path === STDIN_PATH).length > 1) throw new ArgumentError('<file...>', 'standard input (-) can be read once');
    const maxBytes = maxFileBytes(options.maxSize);
    const registry = loadRegistry();
    // Notes and warnings are written once the ingest has succeeded: a refused ingest prints
    // its one line of error and nothing else.
    const notes: string[] = [];
    const isSavedResponse = (path: string): boolean => path !== STDIN_PATH && isJsonDataFile(path);
    // The connectors' parsers (and zod, which they use) are loaded only for a saved response.
    const savedFiles = files.some(isSavedResponse) ? await import('../../data/connectors/saved-file.js') : undefined;
    const loaded = files.map((path) => {
      const instrument = instrumentForFile(path, options.symbol, registry);
      const byManifest = options.adjustedOnly !== true && SHIPPED_ADJUSTED_ONLY_FILES.includes(basename(path));
      if (byManifest) notes.push(`marketfacts: ${path}: read as adjusted closes only, as the shipped data manifest says`);
      const adjustedOnly = options.adjustedOnly === true || byManifest;
      // A saved Yahoo chart or FRED observations JSON is read by the connectors' parsers (added with the connectors).
      const file = savedFiles !== undefined && isSavedResponse(path) ? savedFiles.readSavedResponseFile(path, { kind: instrument.kind, adjustedOnly }) : readDataFile(path, { kind: instrument.kind, adjustedOnly, lenient: options.lenient === true }, maxBytes);
      checkFileTicker(file, instrument, registry);
      return { instrument, file };
    });
    for (const { file } of loaded) {
      for (const warning of file.parsed.warnings) notes.push(`marketfacts: warning: ${file.path}: ${warning}`);
      const looksAdjusted = /adj/i.test(basename(file.path)) && file.parsed.layout.format === 'close-only' && file.parsed.layout.width === 2;
      if (looksAdjusted) notes.push(`marketfacts: warning: ${file.path}: its name suggests adjusted closes; pass --adjusted-only if its Close is dividend-adjusted`);
    }
    const accept = options.acceptRevisions === true;
    const guard = { implausibleRevisions: options.lenient !== true && !accept, olderFile: !accept };
    await withWritableStore(options, async (store) => {
      const ingestedAt = new Date();
      const reports = await store.transaction(async (ingest) => {
        const done: IngestReport[] = [];
        for (const { instrument, file } of loaded) {
          const { days, close, adjClose, layout } = file.parsed;
          const { fileName, sha256, path: displayName, events } = file;
          done.push(await ingest({ symbol: instrument.symbol, days, close, adjClose, fileName, sha256, format: layout.format, ingestedAt, guard, displayName, events: events ?? [] }));
        }
        return done;
      });
      for (const note of notes) process.stderr.write(`${note}\n`);
      appendIngestLog(
        store.path,
        reports.flatMap((report, i) => {
          const entry = loaded[i];
          if (entry === undefined || report.sourceId === null) return [];
          const path = entry.file.path === STDIN_NAME ? null : resolve(entry.file.path);
          return [{ op: 'ingest' as const, at: ingestedAt.toISOString(), symbol: report.symbol, path, sha256: report.sha256, adjustedOnly: entry.file.parsed.layout.format === 'adjusted-only', lenient: options.lenient === true }];
        }),
      );
      reports.forEach((report, i) => {
        const entry = loaded[i];
        if (entry === undefined) return;
        for (const line of describeImplausibleRevisions(entry.file.path, entry.instrument, report.implausibleRevisions)) process.stderr.write(`marketfacts: warning: ${line}\n`);
      });
      const summaries = await store.listInstruments();
      for (const summary of summaries) {
        const touched = reports.some((report) => report.symbol === summary.instrument.symbol);
        if (touched && summary.closeRows > 0 && summary.adjCloseRows > 0 && summary.closeRows !== summary.adjCloseRows) {
          process.stderr.write(
            `marketfacts: warning: ${summary.instrument.symbol}: ${countOf(summary.closeRows, 'row has', 'rows have')} an unadjusted close and ${formatCount(summary.adjCloseRows)} an adjusted one; price reads use every close, total-return reads (series --adjusted) every adjusted close, and a read of both has no total return until they cover the same days\n`,
          );
        }
      }
      if (options.json === true) {
        writeJson(
          reports.map((report, i) => {
            const parsed = loaded[i]?.file.parsed;
            return {
              file: loaded[i]?.file.path ?? report.fileName,
              symbol: report.symbol,
              sha256: report.sha256,
              format: parsed?.layout.format ?? null,
              rows: report.rowsInFile,
              added: report.added,
              revised: report.revised,
              unchanged: report.unchanged,
              kept_only_in_store: report.keptOnlyInStore,
              empty_rows_dropped: parsed?.nullRowsDropped ?? 0,
              repeated_rows_dropped: parsed?.duplicateRowsDropped ?? 0,
              bad_rows_dropped: Object.fromEntries(parsed?.rejected ?? []),
              warnings: parsed?.warnings ?? [],
              implausible_revisions: report.implausibleRevisions,
            };
          }),
        );
      } else {
        reports.forEach((report, i) => {
          const entry = loaded[i];
          if (entry) process.stdout.write(`${describeIngest(entry.file, report)}\n`);
        });
      }
    });
  });
}
