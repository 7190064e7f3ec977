/**
 * `marketfacts ingest FILE... [--symbol S] [--adjusted-only] [--lenient] [--json] [--db PATH]`:
 * validates data files and loads them into the store, all files in one transaction.
 */
import { basename } from 'node:path';
import type { Command } from 'commander';
import { ArgumentError } from '../../core/errors.js';
import type { Instrument } from '../../core/instrument.js';
import { isJsonDataFile, readSavedResponseFile } from '../../data/connectors/saved-file.js';
import { checkDataFilePath, readDataFile, type LoadedDataFile } from '../../data/data-file.js';
import { describeKind, describePlausibleBound } from '../../data/plausibility.js';
import type { InstrumentRegistry } from '../../data/registry.js';
import { SHIPPED_ADJUSTED_ONLY_FILES } from '../../data/shipped.js';
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
  const stem = basename(path).split('.')[0] ?? '';
  const found = registry.resolve(stem);
  if (found) return found;
  throw new ArgumentError('--symbol', `cannot tell which instrument ${path} holds from its name; pass --symbol <symbol>`);
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
  // Stored closes are often float32 values (2012.800048828125): four decimals say enough.
  const shown = (value: number): string => String(Number(value.toFixed(4)));
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
    .argument('<file...>', 'CSV files (yfinance, FRED, Stooq, adjusted-only or date,close) or saved Yahoo chart / FRED observations JSON')
    .option('--symbol <symbol>', 'instrument the files hold (default: from the file name, e.g. RUT.yahoo.csv -> RUT)')
    .option('--adjusted-only', "the file's lone Close column holds dividend-adjusted closes (total return)")
    .option('--lenient', 'drop bad rows and report how many and why, instead of stopping at the first')
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
  $ marketfacts ingest DGS10.csv --symbol US10Y --lenient`,
  );
  command.action(async (files: string[], options: IngestOptions) => {
    // Missing files and directories are named before anything else (even --symbol inference).
    for (const path of files) checkDataFilePath(path);
    const registry = loadRegistry();
    const loaded = files.map((path) => {
      const instrument = instrumentForFile(path, options.symbol, registry);
      const byManifest = options.adjustedOnly !== true && SHIPPED_ADJUSTED_ONLY_FILES.includes(basename(path));
      if (byManifest) process.stderr.write(`marketfacts: ${path}: read as adjusted closes only, as the shipped data manifest says\n`);
      const adjustedOnly = options.adjustedOnly === true || byManifest;
      // A saved Yahoo chart or FRED observations JSON is read by the connectors' parsers (added with the connectors).
      const file = isJsonDataFile(path) ? readSavedResponseFile(path, { kind: instrument.kind, adjustedOnly }) : readDataFile(path, { kind: instrument.kind, adjustedOnly, lenient: options.lenient === true });
      return { instrument, file };
    });
    for (const { file } of loaded) {
      for (const warning of file.parsed.warnings) process.stderr.write(`marketfacts: warning: ${file.path}: ${warning}\n`);
      const looksAdjusted = /adj/i.test(basename(file.path)) && file.parsed.layout.format === 'close-only' && file.parsed.layout.width === 2;
      if (looksAdjusted) process.stderr.write(`marketfacts: warning: ${file.path}: its name suggests adjusted closes; pass --adjusted-only if its Close is dividend-adjusted\n`);
    }
    await withWritableStore(options, async (store) => {
      const ingestedAt = new Date();
      const reports = await store.transaction(async (ingest) => {
        const done: IngestReport[] = [];
        for (const { instrument, file } of loaded) {
          const { days, close, adjClose, layout } = file.parsed;
          done.push(await ingest({ symbol: instrument.symbol, days, close, adjClose, fileName: file.fileName, sha256: file.sha256, format: layout.format, ingestedAt }));
        }
        return done;
      });
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
            `marketfacts: warning: ${summary.instrument.symbol}: ${countOf(summary.closeRows, 'row has', 'rows have')} an unadjusted close and ${formatCount(summary.adjCloseRows)} an adjusted one; series use only the days that have both\n`,
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
