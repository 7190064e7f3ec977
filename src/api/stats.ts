/**
 * One instrument's statistics on one date (the `stats --json` object) and the argument parsing
 * it shares with the other commands: dates, return basis, trailing windows.
 */
import { formatIsoDay, isWeekend, parseIsoDay, type DayNumber } from '../core/date.js';
import { ArgumentError } from '../core/errors.js';
import type { DailySeries } from '../core/series.js';
import { hasBasis } from '../series/closes.js';
import { buildStatsIndex, extendedStatsOn, statsOn, trailingReturn, type ExtendedStats, type Move, type ReturnBasis, type StatsIndex, type StatsSnapshot, type TrailingUnit } from '../stats/index.js';

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
 * What `stats --json` prints: the contract snapshot (its fields unchanged), the extended
 * statistics after them (docs/definitions.md, "Extended statistics"), plus `trailing` when a
 * trailing window is asked for.
 */
export type StatsOutput = StatsSnapshot & ExtendedStats & { readonly trailing?: Move };

/** Options of {@link computeStats}: the date (`YYYY-MM-DD`, default the last), basis (`price`/`total`) and trailing window (`20d`). */
export interface StatsOptions {
  readonly date?: string;
  readonly basis?: string;
  readonly trailing?: string;
}

/** Builds (or takes from `indexOf`, a cache) the stats index of a series in a basis. */
export type IndexOf = (series: DailySeries, basis: ReturnBasis | undefined) => StatsIndex;

/**
 * The `stats --json` object of a loaded series. Throws ArgumentError naming the argument for
 * a malformed or out-of-range date, a basis the data lack, or a trailing window that reaches
 * before the data begin. `indexOf` lets a long-lived store reuse the index it built.
 */
export function computeStats(series: DailySeries, options: StatsOptions, indexOf: IndexOf = buildStatsIndex): StatsOutput {
  const date = options.date === undefined ? lastDayOf(series) : parseDateArgument(options.date, '--date');
  // A date after the data end is the last session (resolveSessionDate says so).
  const index = indexOf(series, parseBasisArgument(options.basis, series));
  const snapshot = { ...statsOn(index, date), ...extendedStatsOn(index, date) };
  if (options.trailing === undefined) return snapshot;
  const { n, unit } = parseTrailingArgument(options.trailing);
  const trailing = trailingReturn(index, date, n, unit);
  if (trailing === null) {
    throw new ArgumentError('--trailing', `a ${n}-${unit.slice(0, -1)} window ending ${snapshot.date} reaches before the ${index.symbol} data begin on ${snapshot.data_start}`);
  }
  return { ...snapshot, trailing };
}
