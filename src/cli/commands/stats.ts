/**
 * `marketfacts stats <symbol> [--date D] [--basis price|total] [--json]`: every statistic of one
 * instrument on one date, as the JSON contract of DESIGN.md or a readable table.
 */
import type { Command } from 'commander';
import { formatIsoDay, isWeekend, parseIsoDay, type DayNumber } from '../../core/date.js';
import { ArgumentError } from '../../core/errors.js';
import type { DailySeries } from '../../core/series.js';
import { hasBasis } from '../../series/closes.js';
import { formatNumber } from '../../narrative/ap-style.js';
import { buildStatsIndex, extendedStatsOn, statsOn, trailingReturn, type ExtendedStats, type Move, type ReturnBasis, type StatsSnapshot, type TrailingUnit } from '../../stats/index.js';
import { addStoreOption, resolveSessionDate, withStore, writeSessionNote } from '../context.js';
import { countOf, formatCount, renderTable, writeJson } from '../output.js';

/** Parses a `YYYY-MM-DD` argument or throws ArgumentError naming it. */
export function parseDateArgument(text: string, argument: string): DayNumber {
  const day = parseIsoDay(text.trim());
  if (day === null) throw new ArgumentError(argument, `"${text}" is not a calendar date (YYYY-MM-DD)`);
  return day;
}

/**
 * Parses a `--basis` argument: `price` (unadjusted closes) or `total` (adjusted closes), and
 * checks that the series holds those closes (IWO's data are adjusted only: no price return).
 */
export function parseBasisArgument(text: string | undefined, series: DailySeries): ReturnBasis | undefined {
  if (text === undefined) return undefined;
  if (text !== 'price' && text !== 'total') throw new ArgumentError('--basis', `"${text}" is neither price nor total`);
  if (!hasBasis(series, text)) {
    const symbol = series.instrument.symbol;
    throw new ArgumentError(
      '--basis',
      text === 'price'
        ? `a price return of ${symbol} cannot be computed: the data hold only adjusted closes (use --basis total)`
        : `a total return of ${symbol} cannot be computed: the data hold no adjusted closes`,
    );
  }
  return text;
}

/** The latest date of a series, the default of `--date`. */
export function lastDayOf(series: DailySeries): DayNumber {
  return (series.days[series.days.length - 1] ?? 0) as DayNumber;
}

/**
 * Refuses a date past the end of a series' data, unless only non-trading weekend days lie
 * between (a Saturday after a Friday close is fine; a date weeks after the data end would
 * silently give old numbers). The engine itself resolves any later date to the last close.
 */
export function checkNotPastEnd(series: DailySeries, day: DayNumber, argument: string): void {
  const last = lastDayOf(series);
  for (let d = last + 1; d <= day; d++) {
    if (!isWeekend(d as DayNumber)) {
      throw new ArgumentError(argument, `${formatIsoDay(day)} is after the ${series.instrument.symbol} data end on ${formatIsoDay(last)}`);
    }
  }
}

/** Signed number with a plus sign on gains: `+35.36`, `-0.14`. */
export function signed(value: number, decimals = 2): string {
  const text = formatNumber(value, decimals);
  return value > 0 && !text.startsWith('-') && Number(text.replace(/,/g, '')) !== 0 ? `+${text}` : text;
}

function move(pct: number | null, bp: number | null): string {
  if (bp !== null) return `${signed(bp, 1)} bp`;
  return pct === null ? 'n/a (no base close in the data)' : `${signed(pct)}%`;
}

function streakText(streak: number): string {
  if (streak === 0) return 'none (unchanged)';
  const word = streak > 0 ? 'gain' : 'decline';
  return Math.abs(streak) === 1 ? `1 ${word}` : `${formatCount(Math.abs(streak))} straight ${word}s`;
}

function since(base: string | null): string {
  return base === null ? '' : `from the ${base} close`;
}

function averageSide(standing: StatsOutput['ma_200_standing']): string {
  if (standing.side === null || standing.side === 'equal') return '';
  if (standing.sessions_on_side === 1) return `first close ${standing.side} it${standing.previous_on_side === null ? '' : ` since ${standing.previous_on_side}`}`;
  return `close ${standing.side} it ${countOf(standing.sessions_on_side, 'session')} in a row`;
}

function pointRank(s: StatsOutput): string {
  const { points, rank_from_top: top, rank_from_bottom: bottom, since } = s.points_1d;
  if (points === null || points === 0 || top === null || bottom === null) return '';
  const rank = points > 0 ? `rank ${formatCount(top)} among gains` : `rank ${formatCount(bottom)} among drops`;
  return `${rank} in points; ${since === null ? 'the largest in the data' : `biggest since ${since}`}`;
}

/** The snapshot as an aligned table for a terminal. */
export function renderStatsTable(s: StatsOutput): string {
  const unit = s.change_1d_bp !== null || s.wtd_bp !== null ? 'yield' : 'price';
  const level = (value: number): string => formatNumber(value, 2);
  const rows: string[][] = [
    ['Date', s.date, s.date === s.requested_date ? '' : `last observation on or before ${s.requested_date}`],
    ['Close', level(s.close), `${s.basis === 'price' ? 'price (unadjusted closes)' : s.basis === 'level' ? 'level (a yield, in percent)' : 'total return (adjusted closes)'}; data begin ${s.data_start}`],
    [
      'Day',
      s.change_1d === null ? 'n/a' : unit === 'yield' ? `${signed(s.change_1d_bp ?? 0, 1)} bp` : `${signed(s.change_1d)} (${signed(s.change_1d_pct ?? 0)}%)`,
      s.prev_date === null ? 'first day of the data' : `from ${level(s.prev_close ?? 0)} on ${s.prev_date}`,
    ],
    ['Week to date', move(s.wtd_pct, s.wtd_bp), since(s.wtd_base_date)],
    ['Month to date', move(s.mtd_pct, s.mtd_bp), since(s.mtd_base_date)],
    ['Quarter to date', move(s.qtd_pct, s.qtd_bp), since(s.qtd_base_date)],
    ['Year to date', move(s.ytd_pct, s.ytd_bp), since(s.ytd_base_date)],
    ['Record close', level(s.record_close), `${s.record_date}${s.is_record ? ' (a record today)' : ''}`],
    ['Prior record', s.prior_record_close === null ? 'n/a' : level(s.prior_record_close), s.prior_record_date ?? ''],
    ['From record', s.pct_from_record === null ? `${signed(s.bp_from_record ?? 0, 1)} bp` : `${signed(s.pct_from_record)}%`, `${countOf(s.trading_days_since_record, 'trading day')} since the record`],
    ['Records this year', formatCount(s.record_count_ytd), ''],
    ['52-week range', `${level(s.low_52w)} - ${level(s.high_52w)}`, `low ${s.low_52w_date}, high ${s.high_52w_date}`],
    s.drawdown_state === null || s.drawdown_pct === null || s.drawdown_peak_close === null
      ? ['Drawdown', 'n/a', 'a yield is a level: no correction or bear market']
      : [
          'Drawdown',
          s.drawdown_state === 'none' ? 'none' : `${s.drawdown_state}, ${formatNumber(s.drawdown_pct, 2)}% below the peak`,
          `peak ${level(s.drawdown_peak_close)} on ${s.drawdown_peak_date ?? ''}${s.drawdown_state_since === null ? '' : `; state since ${s.drawdown_state_since}`}`,
        ],
    ['Streak', streakText(s.streak_days), ''],
    [
      'Day: biggest since',
      s.biggest_1d_since ?? (s.change_1d === null || s.change_1d === 0 ? 'n/a' : 'largest in the data'),
      s.biggest_1d_since_move === null ? '' : `that day: ${unit === 'yield' ? `${signed(s.biggest_1d_since_move, 1)} bp` : `${signed(s.biggest_1d_since_move)}%`}`,
    ],
    [
      'Month: biggest since',
      s.month_biggest_since ?? 'n/a',
      s.month_biggest_since_move === null ? '' : `that month: ${unit === 'yield' ? `${signed(s.month_biggest_since_move, 1)} bp` : `${signed(s.month_biggest_since_move)}%`}`,
    ],
    ['Highest close since', s.highest_since ?? 'highest in the data', ''],
    ['50-day average', s.ma_50 === null ? 'n/a' : level(s.ma_50), ''],
    ['200-day average', s.ma_200 === null ? 'n/a' : level(s.ma_200), averageSide(s.ma_200_standing)],
    ['Day in points', s.points_1d.points === null ? 'n/a' : signed(s.points_1d.points), pointRank(s)],
    ['Since the last record', countOf(s.record_drought.sessions, 'session'), `from ${s.record_drought.from_date}; ${countOf(s.record_drought.calendar_days, 'calendar day')}, rank ${formatCount(s.record_drought.rank)} of ${formatCount(s.record_drought.count)} droughts`],
    ['Year-to-date range', `${level(s.ytd_range.low)} - ${level(s.ytd_range.high)}`, `low ${s.ytd_range.low_date}, high ${s.ytd_range.high_date}`],
  ];
  if (s.trailing) {
    const t = s.trailing;
    rows.splice(7, 0, ['Trailing window', t.bp === null ? `${signed(t.pct ?? 0)}%` : `${signed(t.bp, 1)} bp`, `from the ${t.from_date} close`]);
  }
  return `${s.symbol}\n${renderTable([{ header: 'Statistic' }, { header: 'Value', alignRight: true }, { header: 'Note' }], rows)}`;
}

/** Options of the stats command. */
export interface StatsCommandOptions {
  readonly date?: string;
  readonly trailing?: string;
  readonly basis?: string;
  readonly json?: boolean;
  readonly db?: string;
}

const TRAILING_UNITS = { d: 'days', w: 'weeks', m: 'months', y: 'years' } as const;

/** Parses `--trailing` such as `20d`, `4w`, `6m`, `5y` into a count and a unit. */
export function parseTrailingArgument(text: string): { n: number; unit: TrailingUnit } {
  const match = /^(\d{1,4})([dwmy])$/.exec(text.trim());
  const unit = match ? TRAILING_UNITS[match[2] as keyof typeof TRAILING_UNITS] : undefined;
  const n = Number(match?.[1]);
  if (!unit || !(n > 0)) throw new ArgumentError('--trailing', `"${text}" is not a window such as 20d, 4w, 6m or 5y`);
  return { n, unit };
}

/**
 * What the command prints: the contract snapshot (its fields unchanged), the extended
 * statistics after them (docs/definitions.md, "Extended statistics"), plus `trailing` when
 * --trailing is given.
 */
export type StatsOutput = StatsSnapshot & ExtendedStats & { readonly trailing?: Move };

/**
 * The output of the command from a loaded series. Throws ArgumentError naming the argument for
 * a malformed or out-of-range date, a basis the data lack, or a trailing window that reaches
 * before the data begin.
 */
export function computeStats(series: DailySeries, options: Pick<StatsCommandOptions, 'date' | 'basis' | 'trailing'>): StatsOutput {
  const date = options.date === undefined ? lastDayOf(series) : parseDateArgument(options.date, '--date');
  const index = buildStatsIndex(series, parseBasisArgument(options.basis, series));
  const snapshot = { ...statsOn(index, date), ...extendedStatsOn(index, date) };
  if (options.trailing === undefined) return snapshot;
  const { n, unit } = parseTrailingArgument(options.trailing);
  const trailing = trailingReturn(index, date, n, unit);
  if (trailing === null) {
    throw new ArgumentError('--trailing', `a ${n}-${unit.slice(0, -1)} window ending ${snapshot.date} reaches before the ${index.symbol} data begin on ${snapshot.data_start}`);
  }
  return { ...snapshot, trailing };
}

/** Registers `stats`. */
export function registerStatsCommand(program: Command): void {
  const command = program
    .command('stats')
    .description('every statistic of one instrument on one date: moves, period returns, records, drawdown, streaks, "biggest since"')
    .argument('<symbol>', 'instrument symbol, e.g. SPX, RUT, US10Y, VBK')
    .option('--date <date>', 'as of this date (YYYY-MM-DD); default: the latest date in the store')
    .option('--basis <basis>', 'price (unadjusted closes) or total (adjusted closes); default: price when available')
    .option('--trailing <window>', 'also the move over a trailing window: 20d (trading days), 4w, 6m, 5y')
    .option('--json', 'print the JSON contract (field names in docs/definitions.md)');
  addStoreOption(command);
  command.addHelpText(
    'after',
    `
Examples:
  $ marketfacts stats RUT --date 2024-11-25
  $ marketfacts stats US10Y --date 2024-11-25 --json     changes in basis points
  $ marketfacts stats IWO --json                         adjusted closes only: total return
  $ marketfacts stats SPX --date 2024-11-25 --trailing 5y

A date without an observation (a holiday, a weekend) uses the last one before it and says so.`,
  );
  command.action(async (symbol: string, options: StatsCommandOptions) => {
    await withStore(options, async (store) => {
      const series = await store.loadSeries(symbol);
      const snapshot = computeStats(series, options);
      if (options.date !== undefined) writeSessionNote(resolveSessionDate([series], parseDateArgument(options.date, '--date')));
      if (options.json) writeJson(snapshot);
      else process.stdout.write(renderStatsTable(snapshot));
    });
  });
}
