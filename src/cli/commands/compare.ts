/**
 * `marketfacts compare <a> <b> --from D1 --to D2 [--json]`: the two moves over the same dates,
 * on the same basis, and the difference between them in percentage points.
 */
import type { Command } from 'commander';
import type { DayNumber } from '../../core/date.js';
import { ArgumentError } from '../../core/errors.js';
import { isYield } from '../../core/instrument.js';
import type { DailySeries } from '../../core/series.js';
import { SYMBOL_ARGUMENT, type StoreReader } from '../../data/store-reader.js';
import { formatNumber } from '../../narrative/ap-style.js';
import { buildStatsIndex, relativePerformance, type RelativePerformance, type ReturnBasis } from '../../stats/index.js';
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

/** The basis both moves are computed on, and why when it is not the default price return. */
export interface ComparisonBasis {
  readonly basis: ReturnBasis;
  /** Why total return was used without `--basis total`, else null. */
  readonly note: string | null;
}

/**
 * One basis for both series, so a total return is never set against a price return: `--basis`
 * when given (each series must hold those closes); else price return when both have
 * unadjusted closes; else total return when both have adjusted closes (an adjusted-only fund
 * such as IWO against a fund with both), with a note saying so. Throws ArgumentError naming
 * `<a>` or `<b>` when no basis fits both.
 */
export function chooseComparisonBasis(a: DailySeries, b: DailySeries, requested: string | undefined): ComparisonBasis {
  if (requested !== undefined) {
    const basis = parseBasisArgument(requested, a) ?? 'price';
    parseBasisArgument(requested, b);
    return { basis, note: null };
  }
  if (a.close !== null && b.close !== null) return { basis: 'price', note: null };
  const [onlyAdjusted, other, otherLabel] = a.close === null ? [a, b, '<b>'] : [b, a, '<a>'];
  if (other.adjClose === null) {
    throw new ArgumentError(
      otherLabel,
      `${onlyAdjusted.instrument.symbol} has only adjusted closes (total return) and ${other.instrument.symbol} has none: no common basis to compare them on`,
    );
  }
  const why = other.close === null ? 'both have only adjusted closes' : `${onlyAdjusted.instrument.symbol} has only adjusted closes`;
  return { basis: 'total', note: `${why}: both moves are total returns (adjusted closes)` };
}

/** What the command prints: both moves, the difference, and the basis they share. */
export type ComparisonOutput = RelativePerformance & {
  /** `price` (unadjusted closes) or `total` (adjusted closes), the same for both moves. */
  readonly basis: ReturnBasis;
  /** Why total return was chosen without `--basis total`, else null. */
  readonly basis_note: string | null;
};

/**
 * Relative performance of two loaded series on one basis (see {@link chooseComparisonBasis});
 * `--to` defaults to the earlier of their last dates, so both moves end on data; a `--to`
 * past either series' data end is refused, as are a yield (no percent return) and the same
 * instrument twice.
 */
export function computeComparison(a: DailySeries, b: DailySeries, options: Pick<CompareCommandOptions, 'from' | 'to' | 'basis'>): ComparisonOutput {
  if (a.instrument.symbol === b.instrument.symbol) throw new ArgumentError('<b>', `same instrument as <a> (${a.instrument.symbol}); name two different instruments`);
  for (const [series, label] of [[a, '<a>'], [b, '<b>']] as const) {
    if (isYield(series.instrument)) {
      throw new ArgumentError(label, `${series.instrument.symbol} is a yield: it moves in basis points, not a percent return; see "marketfacts stats ${series.instrument.symbol}"`);
    }
  }
  if (options.from === undefined) throw new ArgumentError('--from', 'a start date is required (YYYY-MM-DD)');
  const from = parseDateArgument(options.from, '--from');
  const to = options.to === undefined ? (Math.min(lastDayOf(a), lastDayOf(b)) as DayNumber) : parseDateArgument(options.to, '--to');
  checkNotPastEnd(a, to, '--to');
  checkNotPastEnd(b, to, '--to');
  const { basis, note } = chooseComparisonBasis(a, b, options.basis);
  const result = relativePerformance(buildStatsIndex(a, basis), buildStatsIndex(b, basis), from, to);
  return { ...result, basis, basis_note: note };
}

/** The comparison as a table, the difference, and the basis line when total return was chosen for it. */
export function renderComparison(result: ComparisonOutput): string {
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
  const leader = result.difference_pp === 0 ? 'even' : `${result.difference_pp > 0 ? result.a.symbol : result.b.symbol} ahead`;
  const basis = result.basis_note === null ? '' : `Basis: ${result.basis_note}\n`;
  return `${table}Difference: ${signed(result.difference_pp)} percentage points (${leader})\n${basis}`;
}

/** Loads the series of a symbol argument; an unknown symbol is reported under the argument's own name. */
async function loadArgumentSeries(store: StoreReader, symbol: string, label: string): Promise<DailySeries> {
  try {
    return await store.loadSeries(symbol);
  } catch (error: unknown) {
    if (error instanceof ArgumentError && error.argument === SYMBOL_ARGUMENT) throw new ArgumentError(label, error.reason);
    throw error;
  }
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
    .option('--basis <basis>', 'price (unadjusted closes) or total (adjusted closes), for both')
    .option('--json', 'print both moves and the difference as JSON');
  addStoreOption(command);
  command.addHelpText(
    'after',
    `
Both moves are on one basis: price return by default; total return for both when one
instrument has only adjusted closes (IWO), and the output says so.

Examples:
  $ marketfacts compare RUT SPX --from 2023-12-29 --to 2024-11-25
  $ marketfacts compare VBK IWM --from 2024-01-01 --to 2024-11-25 --json
  $ marketfacts compare IWO IWM --from 2024-01-01 --to 2024-11-25     total return for both

Yields have no percent return: compare them with \`marketfacts stats\` in basis points.`,
  );
  command.action(async (a: string, b: string, options: CompareCommandOptions) => {
    await withStore(options, async (store) => {
      const result = computeComparison(await loadArgumentSeries(store, a, '<a>'), await loadArgumentSeries(store, b, '<b>'), options);
      if (options.json) writeJson(result);
      else process.stdout.write(renderComparison(result));
    });
  });
}
