/**
 * `marketfacts seasonality <symbol> [--from YEAR] [--to YEAR] [--json]`: each calendar month's
 * record over a range of years (complete months only), as JSON or a heatmap-like table.
 */
import type { Command } from 'commander';
import { computeSeasonality } from '../../api/seasonality.js';
import { formatNumber } from '../../narrative/ap-style.js';
import type { MonthMove, MonthSeasonality } from '../../stats/index.js';
import { addStoreOption, withStore } from '../context.js';
import { writeJson } from '../output.js';

export { parseYearArgument } from '../../api/seasonality.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

function cell(value: number | null, isYield: boolean): string {
  if (value === null) return '';
  const text = formatNumber(value, isYield ? 0 : 1);
  return value > 0 && Number(text.replace(/,/g, '')) !== 0 ? `+${text}` : text;
}

/** ANSI background shade of a move: greens up, reds down, deeper for larger moves. */
function shade(value: number | null, scale: number): string {
  if (value === null || value === 0) return '';
  const strength = Math.min(3, Math.ceil((Math.abs(value) / scale) * 3));
  const greens = [22, 28, 34];
  const reds = [52, 88, 124];
  const code = (value > 0 ? greens : reds)[strength - 1] ?? 0;
  return `\u001b[48;5;${code}m\u001b[97m`;
}

/** Options of the heatmap rendering. */
export interface HeatmapOptions {
  readonly isYield: boolean;
  /** Colour the cells with ANSI codes (terminals only). */
  readonly color: boolean;
}

/** The year-by-month grid and the summary rows as text. Moves in percent (bp for yields). */
export function renderSeasonality(symbol: string, moves: readonly MonthMove[], table: readonly MonthSeasonality[], options: HeatmapOptions): string {
  const width = 7;
  const scale = Math.max(1e-9, ...moves.map((m) => Math.abs(m.move))) / 2;
  const pad = (text: string, value: number | null = null): string => {
    const padded = text.padStart(width);
    return options.color && value !== null ? `${shade(value, scale)}${padded}\u001b[0m` : padded;
  };
  const line = (label: string, cells: string[]): string => `${label.padEnd(8)}${cells.join('')}`;
  const lines = [`${symbol}: monthly ${options.isYield ? 'change in basis points' : 'percent change'}, complete months only`, line('', MONTHS.map((m) => pad(m)))];
  const years = [...new Set(moves.map((m) => m.year))];
  for (const year of years) {
    const cells = MONTHS.map((_, k) => {
      const entry = moves.find((m) => m.year === year && m.month === k + 1);
      return pad(cell(entry?.move ?? null, options.isYield), entry?.move ?? null);
    });
    lines.push(line(String(year), cells));
  }
  lines.push(line('', MONTHS.map(() => pad('-'.repeat(width - 1)))));
  const summary = (label: string, value: (m: MonthSeasonality) => string): void => {
    lines.push(line(label, table.map((m) => pad(m.n === 0 ? '' : value(m)))));
  };
  summary('Mean', (m) => cell(m.mean_pct ?? m.mean_bp, options.isYield));
  summary('Median', (m) => cell(m.median_pct ?? m.median_bp, options.isYield));
  summary('Up %', (m) => `${formatNumber((m.up_ratio ?? 0) * 100, 0)}%`);
  summary('N', (m) => String(m.n));
  summary('Rank', (m) => String(m.rank ?? ''));
  summary('Best', (m) => String(m.best?.year ?? ''));
  summary('Worst', (m) => String(m.worst?.year ?? ''));
  return `${lines.join('\n')}\n`;
}

/** Options of the seasonality command. */
export interface SeasonalityCommandOptions {
  readonly from?: string;
  readonly to?: string;
  readonly basis?: string;
  readonly json?: boolean;
  readonly db?: string;
}

/** Registers `seasonality`. */
export function registerSeasonalityCommand(program: Command): void {
  const command = program
    .command('seasonality')
    .description("each calendar month's record over a range of years: mean, median, share of years up, best and worst, rank")
    .argument('<symbol>', 'instrument symbol, e.g. RUT, SPX, US10Y')
    .option('--from <year>', 'first year included (default: the first complete month of the data)')
    .option('--to <year>', 'last year included (default: the last complete month of the data)')
    .option('--basis <basis>', 'price (unadjusted closes) or total (adjusted closes)')
    .option('--json', 'print the twelve months as JSON');
  addStoreOption(command);
  command.addHelpText(
    'after',
    `
Examples:
  $ marketfacts seasonality RUT --from 1987 --to 2023
  $ marketfacts seasonality US10Y --from 2000 --json     moves in basis points

A month counts only once it is complete: the month the data end in never does.`,
  );
  command.action(async (symbol: string, options: SeasonalityCommandOptions) => {
    await withStore(options, async (store) => {
      const { index, moves, table } = computeSeasonality(await store.loadSeries(symbol), options);
      if (options.json) writeJson(table);
      else process.stdout.write(renderSeasonality(index.symbol, moves, table, { isYield: index.isYield, color: process.stdout.isTTY === true && !process.env['NO_COLOR'] }));
    });
  });
}
