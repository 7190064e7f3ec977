/**
 * `marketfacts instruments [--json] [--all] [--db PATH]`: what the store holds: symbol, name,
 * kind, unit, first and last date, rows, and which closes (price, total return).
 */
import type { Command } from 'commander';
import type { InstrumentSummary } from '../../data/store.js';
import { instrumentsJson, listStoredInstruments } from '../../api/instruments.js';
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
      const { summaries, empty } = await listStoredInstruments(store, options.all === true);
      if (options.json === true) {
        writeJson(instrumentsJson(summaries, empty));
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
