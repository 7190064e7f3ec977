/**
 * `marketfacts series <symbol> [--from D] [--to D] [--adjusted] [--json|--csv] [--db PATH]`:
 * the stored daily closes of one instrument.
 */
import type { Command } from 'commander';
import { parseDayRange, seriesJson, sliceSeries } from '../../api/series.js';
import { formatIsoDay, type DayNumber } from '../../core/date.js';
import { ArgumentError } from '../../core/errors.js';
import { addStoreOption, resolveSessionDate, withStore, writeSessionNote } from '../context.js';
import { renderTable, writeJson } from '../output.js';

export { sliceSeries, type SeriesSlice } from '../../api/series.js';

interface SeriesOptions {
  readonly db?: string;
  readonly from?: string;
  readonly to?: string;
  readonly adjusted?: boolean;
  readonly json?: boolean;
  readonly csv?: boolean;
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
    const { from, to } = parseDayRange(options.from, options.to);
    await withStore(options, async (store) => {
      // The total-return series is read whole: it may cover other days than the closes.
      const series = await store.loadSeries(symbol, options.adjusted === true ? 'total' : 'price');
      const slice = sliceSeries(series, from, to, options.adjusted === true);
      if (to !== null) writeSessionNote(resolveSessionDate([series], to, '--to'));
      const column = slice.basis === 'price' ? 'close' : 'adj_close';
      const dates = Array.from(slice.days, (day) => formatIsoDay(day as DayNumber));
      if (options.json === true) {
        writeJson(seriesJson(series, slice));
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
