/**
 * `marketfacts instruments [--json] [--all] [--db PATH]`: what the store holds: symbol, name,
 * kind, unit, first and last date, rows, and which closes (price, total return).
 * `marketfacts instruments add SYMBOL --name NAME --kind KIND [--source S] [--alias A]...` and
 * `marketfacts instruments remove SYMBOL`: the user's own instruments in the config file.
 */
import type { Command } from 'commander';
import type { InstrumentSummary } from '../../data/store.js';
import { BUILTIN_REGISTRY } from '../../data/registry.js';
import { addStoreOption, instrumentConfigPath, withStore } from '../context.js';
import { ADDABLE_KINDS, addInstrumentToConfig, removeInstrumentFromConfig } from './instruments-config.js';
import { formatCount, renderTable, writeJson } from '../output.js';

interface InstrumentsOptions {
  readonly db?: string;
  readonly json?: boolean;
  readonly all?: boolean;
}

/**
 * Which closes a stored instrument has: `price+total`, `price`, `total` (with the counts when
 * they differ), or `level` for a yield.
 */
export function describeCloses(summary: InstrumentSummary): string {
  if (summary.instrument.kind === 'yield') return 'level';
  const kinds = [summary.closeRows > 0 ? 'price' : '', summary.adjCloseRows > 0 ? 'total' : ''].filter((text) => text.length > 0).join('+');
  const partial = summary.closeRows > 0 && summary.adjCloseRows > 0 && summary.closeRows !== summary.adjCloseRows;
  return partial ? `${kinds} (partial: ${formatCount(summary.closeRows)} price, ${formatCount(summary.adjCloseRows)} total)` : kinds;
}

/** Registers `instruments`. */
export function registerInstrumentsCommand(program: Command): void {
  const command = program
    .command('instruments')
    .description('list the instruments in the store: symbol, name, kind, unit, first and last date, rows')
    .option('--json', 'print JSON (one object per instrument)')
    .option('--all', 'also list registered instruments that have no data yet');
  addStoreOption(command);
  command.addHelpText(
    'after',
    `
Closes: "price" means unadjusted closes (price return), "total" dividend-adjusted closes
(total return). Yields are in percent.

Your own instruments: "instruments add" and "instruments remove" edit the config file
(${instrumentConfigPath()}).

Examples:
  $ marketfacts instruments
  $ marketfacts instruments --json
  $ marketfacts instruments --all --db ./market.duckdb
  $ marketfacts instruments add AAPL --name "Apple" --kind stock --source yahoo:AAPL`,
  );
  registerInstrumentsConfigCommands(command);
  command.action(async (options: InstrumentsOptions) => {
    await withStore(options, async (store) => {
      const summaries = await store.listInstruments();
      const stored = new Set<string>(summaries.map((summary) => summary.instrument.symbol));
      const empty = options.all === true ? store.registry.instruments.filter((instrument) => !stored.has(instrument.symbol)) : [];
      if (options.json === true) {
        writeJson([
          ...summaries.map((s) => ({
            symbol: s.instrument.symbol,
            name: s.instrument.name,
            kind: s.instrument.kind,
            unit: s.instrument.unit,
            currency: s.instrument.currency,
            source: s.instrument.source,
            first_date: s.firstDate,
            last_date: s.lastDate,
            rows: s.rows,
            close_rows: s.closeRows,
            adj_close_rows: s.adjCloseRows,
          })),
          ...empty.map((i) => ({ symbol: i.symbol, name: i.name, kind: i.kind, unit: i.unit, currency: i.currency, source: i.source, first_date: null, last_date: null, rows: 0, close_rows: 0, adj_close_rows: 0 })),
        ]);
        return;
      }
      const rows = [
        ...summaries.map((s) => [s.instrument.symbol, s.instrument.name, s.instrument.kind, s.instrument.unit, s.firstDate, s.lastDate, formatCount(s.rows), describeCloses(s)]),
        ...empty.map((i) => [i.symbol, i.name, i.kind, i.unit, '', '', '0', 'no data']),
      ];
      process.stdout.write(
        renderTable(
          [
            { header: 'Symbol' },
            { header: 'Name' },
            { header: 'Kind' },
            { header: 'Unit' },
            { header: 'First' },
            { header: 'Last' },
            { header: 'Rows', alignRight: true },
            { header: 'Closes' },
          ],
          rows,
        ),
      );
    });
  });
}

interface AddOptions {
  readonly name: string;
  readonly kind: string;
  readonly source?: string;
  readonly alias: string[];
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Registers `instruments add` and `instruments remove` under `instruments`. */
function registerInstrumentsConfigCommands(instruments: Command): void {
  instruments
    .command('add')
    .description('add your own instrument to the config file')
    .argument('<symbol>', 'the symbol marketfacts will know it by (e.g. AAPL, EURUSD, BTC)')
    .requiredOption('--name <name>', 'its name ("Apple", "Bitcoin")')
    .requiredOption('--kind <kind>', `one of ${ADDABLE_KINDS.join(', ')}`)
    .option('--source <source>', 'where "update" fetches it: yahoo:TICKER, fred:SERIES or stooq:TICKER')
    .option('--alias <name>', 'another name people write for it; repeatable', collect, [])
    .addHelpText(
      'after',
      `
A cryptocurrency trades every day: its weekend rows are expected (no warnings).

Examples:
  $ marketfacts instruments add AAPL --name "Apple" --kind stock --source yahoo:AAPL --alias apple
  $ marketfacts instruments add BTC --name "Bitcoin" --kind crypto --source yahoo:BTC-USD
  $ marketfacts instruments add US30Y --name "30-year Treasury yield" --kind yield --source fred:DGS30
  $ marketfacts update AAPL`,
    )
    .action((symbol: string, options: AddOptions) => {
      const path = instrumentConfigPath();
      const instrument = addInstrumentToConfig(path, { symbol, name: options.name, kind: options.kind, ...(options.source === undefined ? {} : { source: options.source }), aliases: options.alias });
      const replaces = BUILTIN_REGISTRY.find(instrument.symbol) !== undefined ? ' (it replaces the built-in description)' : '';
      const next = options.source === undefined ? `load its data with "marketfacts ingest FILE --symbol ${instrument.symbol}"` : `fetch its history with "marketfacts update ${instrument.symbol}"`;
      process.stdout.write(`added ${instrument.symbol} (${instrument.name}, ${instrument.kind}${options.source === undefined ? '' : `, ${options.source}`}) to ${path}${replaces}; ${next}\n`);
    });
  instruments
    .command('remove')
    .description('remove one of your own instruments from the config file (its stored rows are kept)')
    .argument('<symbol>', 'the symbol to remove')
    .action((symbol: string) => {
      const path = instrumentConfigPath();
      removeInstrumentFromConfig(path, symbol, BUILTIN_REGISTRY.find(symbol) !== undefined);
      process.stdout.write(`removed ${symbol.trim().toUpperCase()} from ${path}; rows already stored for it stay in the store\n`);
    });
}
