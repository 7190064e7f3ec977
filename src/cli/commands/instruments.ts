/**
 * `marketfacts instruments [--json] [--all] [--db PATH]`: what the store holds: symbol, name,
 * kind, unit, first and last date, rows, and which closes (price, total return).
 */
import type { Command } from 'commander';
import type { InstrumentSummary } from '../../data/store.js';
import { addStoreOption, withStore } from '../context.js';
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

Examples:
  $ marketfacts instruments
  $ marketfacts instruments --json
  $ marketfacts instruments --all --db ./market.duckdb`,
  );
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
