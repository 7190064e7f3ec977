/**
 * `marketfacts stats <symbol> [--date D] [--basis price|total] [--json]`: every statistic of one
 * instrument on one date, as the JSON contract of DESIGN.md or a readable table.
 */
import type { Command } from 'commander';
import { computeStats, parseDateArgument, type StatsOutput } from '../../api/stats.js';
import { formatNumber } from '../../narrative/ap-style.js';
import { addStoreOption, resolveSessionDate, withStore, writeSessionNote } from '../context.js';
import { countOf, formatCount, renderTable, writeJson } from '../output.js';

export { checkNotPastEnd, computeStats, lastDayOf, parseBasisArgument, parseDateArgument, parseTrailingArgument, type StatsOutput } from '../../api/stats.js';

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
