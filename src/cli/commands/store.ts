/**
 * `marketfacts store info|delete|export|rebuild`: where the store and what lies beside it are,
 * deleting rows with provenance, exporting everything, rebuilding a damaged store.
 */
import { statSync } from 'node:fs';
import type { Command } from 'commander';
import { parseIsoDay, type DayNumber } from '../../core/date.js';
import { ArgumentError } from '../../core/errors.js';
import { appendIngestLog, ingestLogPath, readIngestLog } from '../../data/ingest-log.js';
import { rebuildStore } from '../../data/rebuild-store.js';
import { openSeriesCache, seriesCachePath } from '../../data/series-cache.js';
import { SHIPPED_DATA_VERSION } from '../../data/shipped.js';
import { lastGoodCopyPath } from '../../data/store-health.js';
import { MarketStore } from '../../data/store.js';
import { addStoreOption, checkStoreLocation, instrumentConfigPath, loadRegistry, registrySource, resolveStoreLocation, withStore, withWritableStore, type StoreOptions } from '../context.js';
import { countOf, formatCount, writeJson } from '../output.js';

/** A file beside the store: its path and size in bytes, or null when absent. */
function fileFact(path: string): { readonly path: string; readonly bytes: number | null } {
  const stat = statSync(path, { throwIfNoEntry: false });
  return { path, bytes: stat === undefined ? null : stat.size };
}

function describeFile(label: string, fact: { readonly path: string; readonly bytes: number | null }, note = ''): string {
  return `${label.padEnd(16)}${fact.path} (${fact.bytes === null ? 'absent' : `${formatCount(fact.bytes)} bytes`}${note})`;
}

function parseDateOption(text: string | undefined, argument: string): DayNumber | null {
  if (text === undefined) return null;
  const day = parseIsoDay(text.trim());
  if (day === null) throw new ArgumentError(argument, `"${text}" is not a calendar date (YYYY-MM-DD)`);
  return day;
}

function registerInfo(store: Command): void {
  const command = store.command('info').description('where the store, its cache, log and config are, their sizes, the instruments and the last write').option('--json', 'print JSON');
  addStoreOption(command);
  command.action(async (options: StoreOptions & { readonly json?: boolean }) => {
    const path = resolveStoreLocation(options).path;
    const facts = await withStore(options, async (reader) => {
      const summaries = await reader.listInstruments();
      return { instruments: summaries.length, rows: summaries.reduce((sum, one) => sum + one.rows, 0) };
    });
    const cacheCurrent = openSeriesCache(path, loadRegistry(), SHIPPED_DATA_VERSION, registrySource()) !== undefined;
    // The last write is kept in DuckDB only (the cache has no sources).
    const opened = await MarketStore.open(path, { readOnly: true, registry: loadRegistry(), registrySource: registrySource() });
    const last = await opened.lastWrite().finally(() => opened.close());
    const info = {
      store: fileFact(path),
      cache: { ...fileFact(seriesCachePath(path)), current: cacheCurrent },
      last_good_copy: fileFact(lastGoodCopyPath(path)),
      ingest_log: { ...fileFact(ingestLogPath(path)), entries: readIngestLog(path).length },
      config: { ...fileFact(instrumentConfigPath()) },
      instruments: facts.instruments,
      rows: facts.rows,
      last_write: last === undefined ? null : { symbol: last.symbol, file: last.fileName, at: last.at },
    };
    if (options.json === true) {
      writeJson(info);
      return;
    }
    const lines = [
      describeFile('Store', info.store),
      describeFile('Series cache', info.cache, info.cache.bytes === null ? '' : info.cache.current ? ', current' : ', stale: rewritten on the next read'),
      describeFile('Last good copy', info.last_good_copy),
      describeFile('Ingest log', info.ingest_log, info.ingest_log.bytes === null ? '' : `, ${countOf(info.ingest_log.entries, 'entry', 'entries')}`),
      describeFile('Config', info.config),
      `${'Holds'.padEnd(16)}${countOf(info.instruments, 'instrument')}, ${countOf(info.rows, 'row')}`,
      `${'Last write'.padEnd(16)}${last === undefined ? 'none' : `${last.at}: ${last.symbol} from ${last.fileName}`}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  });
}

function registerDelete(store: Command): void {
  const command = store
    .command('delete')
    .description("delete an instrument's rows (all, or from a date to a date), recorded like an ingest")
    .argument('<symbol>', 'the instrument, e.g. RUT')
    .option('--from <date>', 'first date deleted, YYYY-MM-DD (inclusive)')
    .option('--to <date>', 'last date deleted, YYYY-MM-DD (inclusive)');
  addStoreOption(command);
  command.action(async (symbol: string, options: StoreOptions & { readonly from?: string; readonly to?: string }) => {
    const from = parseDateOption(options.from, '--from');
    const to = parseDateOption(options.to, '--to');
    if (from !== null && to !== null && from > to) throw new ArgumentError('--from', `${options.from ?? ''} is after --to ${options.to ?? ''}`);
    await withWritableStore(options, async (writer) => {
      const instrument = writer.registry.find(symbol) ?? writer.registry.resolve(symbol);
      const canonical = instrument?.symbol ?? symbol.trim().toUpperCase();
      const deletedAt = new Date();
      const report = await writer.deleteRows({ symbol: canonical, from, to, deletedAt });
      if (report.deleted === 0) throw new ArgumentError('<symbol>', `the store holds no ${canonical} rows${from !== null || to !== null ? ' in that range' : ''}; nothing was deleted`);
      appendIngestLog(writer.path, [{ op: 'delete', at: deletedAt.toISOString(), symbol: canonical, from: options.from?.trim() ?? null, to: options.to?.trim() ?? null }]);
      process.stdout.write(`${canonical}: ${countOf(report.deleted, 'row')} deleted, ${formatCount(report.left)} left\n`);
    });
  });
}

function registerExport(store: Command): void {
  const command = store
    .command('export')
    .description('write every stored row with its provenance as CSV (to stdout or --out) or Parquet (--out)')
    .option('--format <format>', 'csv or parquet', 'csv')
    .option('--out <file>', 'the file to write (required for parquet)');
  addStoreOption(command);
  command.action(async (options: StoreOptions & { readonly format: string; readonly out?: string }) => {
    const format = options.format.trim().toLowerCase();
    if (format !== 'csv' && format !== 'parquet') throw new ArgumentError('--format', `"${options.format}" is neither csv nor parquet`);
    if (format === 'parquet' && options.out === undefined) throw new ArgumentError('--out', 'a Parquet export needs a file: --out market.parquet');
    const location = resolveStoreLocation(options);
    checkStoreLocation(location);
    await withStore(options, async () => undefined);
    const opened = await MarketStore.open(location.path, { readOnly: true, registry: loadRegistry(), registrySource: registrySource() });
    try {
      await opened.exportTo(options.out ?? '/dev/stdout', format);
    } finally {
      opened.close();
    }
  });
}

function registerRebuild(store: Command): void {
  const command = store.command('rebuild').description('rebuild the store from the shipped data and the files in its ingest log (the old file is kept)');
  addStoreOption(command);
  command.action(async (options: StoreOptions) => {
    const location = resolveStoreLocation(options);
    checkStoreLocation(location);
    const report = await rebuildStore(location.path, loadRegistry());
    if (report.oldStoreKeptAs !== null) process.stdout.write(`the old store is kept as ${report.oldStoreKeptAs}\n`);
    for (const { entry, reason } of report.skipped) {
      const what = entry.op === 'ingest' ? (entry.path ?? '<stdin>') : `store delete ${entry.symbol}`;
      process.stderr.write(`marketfacts: warning: ${what} (${entry.symbol}, ${entry.at}) not replayed: ${reason}\n`);
    }
    process.stdout.write(`${location.path}: rebuilt from the shipped data and ${countOf(report.replayed.length, 'entry', 'entries')} of its ingest log${report.skipped.length > 0 ? `; ${formatCount(report.skipped.length)} left out` : ''}\n`);
  });
}

/** Registers `store` and its subcommands. */
export function registerStoreCommand(program: Command): void {
  const store = program.command('store').description('manage the store: info, delete, export, rebuild');
  registerInfo(store);
  registerDelete(store);
  registerExport(store);
  registerRebuild(store);
  store.addHelpText(
    'after',
    `
Examples:
  $ marketfacts store info
  $ marketfacts store delete RUT --from 2026-01-02 --to 2026-01-05
  $ marketfacts store export --format parquet --out market.parquet
  $ marketfacts store rebuild                  a damaged store, from the shipped data and the ingest log`,
  );
}
