/**
 * `marketfacts series <symbol> [--from D] [--to D] [--adjusted] [--json|--csv] [--db PATH]`:
 * the stored daily closes of one instrument.
 */
import type { Command } from 'commander';
import { formatIsoDay, parseIsoDay, type DayNumber } from '../../core/date.js';
import { ArgumentError, InputError } from '../../core/errors.js';
import type { DailySeries } from '../../core/series.js';
import { addStoreOption, resolveSessionDate, withStore, writeSessionNote } from '../context.js';
import { renderTable, writeJson } from '../output.js';

interface SeriesOptions {
  readonly db?: string;
  readonly from?: string;
  readonly to?: string;
  readonly adjusted?: boolean;
  readonly json?: boolean;
  readonly csv?: boolean;
}

/** The rows of a series between two days (inclusive) in the chosen basis. */
export interface SeriesSlice {
  readonly basis: 'price' | 'total';
  readonly days: Int32Array;
  readonly values: Float64Array;
}

function parseDay(text: string | undefined, argument: string): DayNumber | null {
  if (text === undefined) return null;
  const day = parseIsoDay(text.trim());
  if (day === null) throw new ArgumentError(argument, `"${text}" is not a calendar date (YYYY-MM-DD)`);
  return day;
}

/**
 * The slice of `series` from `from` to `to` (inclusive; null = open end) of unadjusted
 * closes, or adjusted ones when `adjusted`. Throws InputError when the series lacks that
 * kind of close, naming the flag that would work.
 */
export function sliceSeries(series: DailySeries, from: DayNumber | null, to: DayNumber | null, adjusted: boolean): SeriesSlice {
  const symbol = series.instrument.symbol;
  const values = adjusted ? series.adjClose : series.close;
  if (values === null) {
    throw new InputError(
      adjusted
        ? `--adjusted: ${symbol} has no adjusted closes in the store; drop --adjusted for its closes`
        : `${symbol}: the store holds only adjusted closes (total return) for it; add --adjusted to see them`,
    );
  }
  const { days } = series;
  let start = 0;
  while (start < days.length && from !== null && (days[start] ?? 0) < from) start += 1;
  let end = days.length;
  while (end > start && to !== null && (days[end - 1] ?? 0) > to) end -= 1;
  return { basis: adjusted ? 'total' : 'price', days: days.subarray(start, end), values: values.subarray(start, end) };
}

/** Registers `series`. */
export function registerSeriesCommand(program: Command): void {
  const command = program
    .command('series')
    .description('print the stored daily closes of one instrument')
    .argument('<symbol>', 'instrument symbol, e.g. SPX, RUT, US10Y, VBK (see "marketfacts instruments")')
    .option('--from <date>', 'first date, YYYY-MM-DD (inclusive)')
    .option('--to <date>', 'last date, YYYY-MM-DD (inclusive)')
    .option('--adjusted', 'dividend-adjusted closes (total return) instead of unadjusted closes (price)')
    .option('--json', 'print JSON')
    .option('--csv', 'print CSV (date,close or date,adj_close)');
  addStoreOption(command);
  command.addHelpText(
    'after',
    `
Values are as stored: index points, fund prices in dollars, yields in percent (4.27 = 4.27%).

Examples:
  $ marketfacts series RUT --from 2024-11-18 --to 2024-11-25
  $ marketfacts series US10Y --from 2024-11-01 --csv > us10y.csv
  $ marketfacts series VBK --adjusted --from 2024-01-01 --json
  $ marketfacts series IWO --adjusted          IWO has adjusted closes only`,
  );
  command.action(async (symbol: string, options: SeriesOptions) => {
    if (options.json === true && options.csv === true) throw new ArgumentError('--json', 'choose one of --json and --csv');
    const from = parseDay(options.from, '--from');
    const to = parseDay(options.to, '--to');
    if (from !== null && to !== null && from > to) throw new ArgumentError('--from', `${options.from ?? ''} is after --to ${options.to ?? ''}`);
    await withStore(options, async (store) => {
      // The total-return series is read whole: it may cover other days than the closes.
      const series = await store.loadSeries(symbol, options.adjusted === true ? 'total' : 'price');
      const slice = sliceSeries(series, from, to, options.adjusted === true);
      if (to !== null) writeSessionNote(resolveSessionDate([series], to, '--to'));
      const column = slice.basis === 'price' ? 'close' : 'adj_close';
      const dates = Array.from(slice.days, (day) => formatIsoDay(day as DayNumber));
      if (options.json === true) {
        writeJson({
          symbol: series.instrument.symbol,
          name: series.instrument.name,
          unit: series.instrument.unit,
          basis: slice.basis,
          count: dates.length,
          observations: dates.map((date, i) => ({ date, [column]: slice.values[i] ?? null })),
        });
      } else if (options.csv === true) {
        const lines = dates.map((date, i) => `${date},${slice.values[i] ?? ''}`);
        process.stdout.write(`date,${column}\n${lines.join('\n')}${lines.length > 0 ? '\n' : ''}`);
      } else {
        if (dates.length === 0) {
          const first = formatIsoDay((series.days[0] ?? 0) as DayNumber);
          const last = formatIsoDay((series.days[series.days.length - 1] ?? 0) as DayNumber);
          process.stderr.write(`marketfacts: no ${series.instrument.symbol} closes in the range asked; the data run from ${first} to ${last}\n`);
        }
        const rows = dates.map((date, i) => [date, String(slice.values[i] ?? '')]);
        process.stdout.write(renderTable([{ header: 'Date' }, { header: slice.basis === 'price' ? 'Close' : 'Adj close', alignRight: true }], rows));
      }
    });
  });
}
