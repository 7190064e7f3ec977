/**
 * `marketfacts compare A B --from D1 --to D2 [--json]`: the two moves over the same dates and
 * the difference between them in percentage points.
 */
import type { Command } from 'commander';
import type { DayNumber } from '../../core/date.js';
import { ArgumentError } from '../../core/errors.js';
import type { DailySeries } from '../../core/series.js';
import { formatNumber } from '../../narrative/ap-style.js';
import { buildStatsIndex, relativePerformance, type RelativePerformance } from '../../stats/index.js';
import { addStoreOption, withStore } from '../context.js';
import { renderTable, writeJson } from '../output.js';
import { checkNotPastEnd, lastDayOf, parseBasisArgument, parseDateArgument, signed } from './stats.js';

/** Options of the compare command. */
export interface CompareCommandOptions {
  readonly from?: string;
  readonly to?: string;
  readonly basis?: string;
  readonly json?: boolean;
  readonly db?: string;
}

/**
 * Relative performance of two loaded series; `--to` defaults to the earlier of their last dates,
 * so both moves end on data; a `--to` past either series' data end is refused.
 */
export function computeComparison(a: DailySeries, b: DailySeries, options: Pick<CompareCommandOptions, 'from' | 'to' | 'basis'>): RelativePerformance {
  if (options.from === undefined) throw new ArgumentError('--from', 'a start date is required (YYYY-MM-DD)');
  const from = parseDateArgument(options.from, '--from');
  const to = options.to === undefined ? (Math.min(lastDayOf(a), lastDayOf(b)) as DayNumber) : parseDateArgument(options.to, '--to');
  checkNotPastEnd(a, to, '--to');
  checkNotPastEnd(b, to, '--to');
  return relativePerformance(buildStatsIndex(a, parseBasisArgument(options.basis, a)), buildStatsIndex(b, parseBasisArgument(options.basis, b)), from, to);
}

/** The comparison as a table. */
export function renderComparison(result: RelativePerformance): string {
  const rows = [result.a, result.b].map((move) => [
    move.symbol,
    `${move.from_date} ${formatNumber(move.from_close)}`,
    `${move.to_date} ${formatNumber(move.to_close)}`,
    `${signed(move.pct ?? 0)}%`,
    move.basis,
  ]);
  const table = renderTable(
    [{ header: 'Symbol' }, { header: 'From', alignRight: true }, { header: 'To', alignRight: true }, { header: 'Return', alignRight: true }, { header: 'Basis' }],
    rows,
  );
  const leader = result.difference_pp >= 0 ? result.a.symbol : result.b.symbol;
  return `${table}Difference: ${signed(result.difference_pp)} percentage points (${leader} ahead)\n`;
}

/** Registers `compare`. */
export function registerCompareCommand(program: Command): void {
  const command = program
    .command('compare')
    .description('relative performance of two instruments over the same dates, in percentage points')
    .argument('<a>', 'first symbol, e.g. RUT')
    .argument('<b>', 'second symbol, e.g. SPX')
    .option('--from <date>', 'start: the close as of this date (YYYY-MM-DD)')
    .option('--to <date>', 'end: the close as of this date (default: the latest)')
    .option('--basis <basis>', 'price (unadjusted closes) or total (adjusted closes)')
    .option('--json', 'print both moves and the difference as JSON');
  addStoreOption(command);
  command.addHelpText(
    'after',
    `
Examples:
  $ marketfacts compare RUT SPX --from 2023-12-29 --to 2024-11-25
  $ marketfacts compare VBK IWM --from 2024-01-01 --to 2024-11-25 --json

Yields have no percent return: compare them with \`marketfacts stats\` in basis points.`,
  );
  command.action(async (a: string, b: string, options: CompareCommandOptions) => {
    await withStore(options, async (store) => {
      const result = computeComparison(await store.loadSeries(a), await store.loadSeries(b), options);
      if (options.json) writeJson(result);
      else process.stdout.write(renderComparison(result));
    });
  });
}
