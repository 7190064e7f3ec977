/**
 * Gathering the detectors' inputs: for each series, its statistics as of the brief's date from
 * the statistics engine, plus the week's "biggest since" and, near a month's end, the coming
 * month's seasonality. Instruments whose data do not reach the date are listed, not briefed.
 */
import { civilFromDay, dayFromCivil, formatIsoDay, parseIsoDay, weekdayOf, type DayNumber } from '../core/date.js';
import type { DailySeries } from '../core/series.js';
import { isYield } from '../core/instrument.js';
import { closesOf } from '../series/closes.js';
import { indexOnOrBefore } from '../series/lookup.js';
import { lineStayAt, longestStreakSinceAt, resolveAsOf, seasonalityOfMonths, seriesMonthTable, statsOnSeries, weekMoveBiggestSince, type MonthSeasonality, type ReturnBasis, type StatsSnapshot } from '../stats/index.js';
import type { DrawdownStay, EarlierStreak, FactInputs, InstrumentStats, SnapshotMark, WeekMove } from './inputs.js';
import { extendedInputsOf } from './extended-inputs.js';
import { withSnapshotLevel } from './snapshot-level.js';
import { weekEndStatsOf } from './week-inputs.js';

/** Options of {@link gatherFactInputs}. */
export interface GatherOptions {
  /** The date asked for. */
  readonly date: DayNumber;
  /** Stated levels for the date, by upper-case symbol (`--snapshot`). */
  readonly snapshots?: ReadonlyMap<string, SnapshotMark>;
  /** The instrument relative performance is measured against; default `SPX`; null for none. */
  readonly benchmark?: string | null;
}

/** An instrument left out of the brief because its data do not cover the date. */
export interface UnbriefedInstrument {
  readonly symbol: string;
  /** The name a story gives it (Instrument.storyName): "the Dow Jones Industrial Average". */
  readonly storyName: string;
  /** True for an exchange-traded fund (named by its ticker in a note). */
  readonly isFund: boolean;
  /** `ends-before`: the data end before the date; `starts-after`: they begin after it. */
  readonly reason: 'ends-before' | 'starts-after';
  readonly firstDate: string;
  readonly lastDate: string;
}

/** The detectors' inputs and the instruments that could not be briefed. */
export interface GatheredInputs extends FactInputs {
  readonly unbriefed: readonly UnbriefedInstrument[];
}

/** A month with this many weekdays or fewer left after the date is "ending". */
const MONTH_ENDING_WEEKDAYS = 4;

/** True when at most four weekdays of the date's month remain after it (the last five weekdays). */
export function isMonthEnding(day: DayNumber): boolean {
  const { year, month } = civilFromDay(day);
  const nextMonth = month === 12 ? dayFromCivil(year + 1, 1, 1) : dayFromCivil(year, month + 1, 1);
  let left = 0;
  for (let d = day + 1; d < nextMonth; d++) {
    const weekday = weekdayOf(d as DayNumber);
    if (weekday !== 0 && weekday !== 6) left++;
  }
  return left <= MONTH_ENDING_WEEKDAYS;
}

/**
 * The seasonality of the month after `day`'s on `basis` (default: the series' headline basis),
 * over complete months from the data start to the last year in which that month was complete
 * before `day`; null when that year is before the data begin. Reads the month-end closes table
 * only (no statistics index). Throws as `seasonality` does (empty series, missing closes, a
 * date before the data).
 */
export function comingMonthSeasonality(series: DailySeries, day: DayNumber, basis?: ReturnBasis): MonthSeasonality | null {
  const { year, month } = civilFromDay(day);
  const coming = month === 12 ? 1 : month + 1;
  const toYear = coming === 1 ? year : year - 1;
  const fromYear = civilFromDay((series.days[0] ?? 0) as DayNumber).year;
  if (toYear < fromYear) return null; // the data begin after the month's last complete year
  return seasonalityOfMonths(series.days, seriesMonthTable(series, basis), { fromYear, toYear, asOf: day })[coming - 1] ?? null;
}

/** True when the series has an observation on or after `day` (its data reach the date). */
function reaches(series: DailySeries, day: DayNumber): boolean {
  const last = series.days[series.days.length - 1];
  return last !== undefined && last >= day;
}

/**
 * Statistics of every series as of `options.date`. A series whose data end before the date
 * (and has no snapshot level for it), or begin after it, goes to `unbriefed`. A snapshot level
 * replaces the date's close (see withSnapshotLevel). Throws what the engine throws for an
 * unusable series, and ArgumentError for a bad snapshot.
 */
export function gatherFactInputs(series: readonly DailySeries[], options: GatherOptions): GatheredInputs {
  const day = options.date;
  const instruments: InstrumentStats[] = [];
  const unbriefed: UnbriefedInstrument[] = [];
  for (const original of series) {
    const symbol = original.instrument.symbol;
    const first = original.days[0];
    const last = original.days[original.days.length - 1];
    if (first === undefined || last === undefined) continue;
    const mark = options.snapshots?.get(symbol) ?? null;
    const range = { symbol, storyName: original.instrument.storyName, isFund: original.instrument.kind === 'etf', firstDate: formatIsoDay(first as DayNumber), lastDate: formatIsoDay(last as DayNumber) };
    if (first > day) {
      unbriefed.push({ ...range, reason: 'starts-after' });
      continue;
    }
    if (mark === null && !reaches(original, day)) {
      unbriefed.push({ ...range, reason: 'ends-before' });
      continue;
    }
    const data = mark === null ? original : withSnapshotLevel(original, day, mark.value);
    instruments.push(statsOf(data, day, mark));
  }
  return { requestedDate: formatIsoDay(day), instruments, benchmark: options.benchmark === undefined ? 'SPX' : options.benchmark, unbriefed };
}

/**
 * One instrument's statistics through the engine's index-free paths (O(n) and light, so
 * thousands of instruments fit the budget): the single-date snapshot, the week's and the
 * streak's "since", on the week's last session its closures and run of weeks, and near an index's month end the coming month's seasonality from the
 * month-end closes table; on the few days they can be news, the extended statistics
 * (extendedInputsOf), which build the statistics index.
 */
function statsOf(series: DailySeries, day: DayNumber, preliminary: SnapshotMark | null): InstrumentStats {
  const i = resolveAsOf(series.days, day);
  const used = (series.days[i] ?? day) as DayNumber;
  const snapshot = statsOnSeries(series, day);
  const values = closesOf(series, snapshot.basis);
  const wantsTotal = series.instrument.kind === 'etf' && snapshot.basis === 'price' && series.adjClose !== null;
  const totalSnapshot = wantsTotal ? statsOnSeries(series, day, 'total') : null;
  const comingMonth = series.instrument.kind === 'index' && isMonthEnding(used) ? comingMonthSeasonality(series, used, snapshot.basis) : null;
  const week = weekMoveOf(series.days, values, i, isYield(series.instrument));
  const earlierStreak = Math.abs(snapshot.streak_days) >= 3 ? earlierStreakOf(series, values, i) : null;
  const snappedStreak = Math.abs(snapshot.streak_days) === 1 ? snappedStreakOf(series, values, i, snapshot.streak_days) : null;
  const extended = extendedInputsOf(series, i, used, snapshot);
  // The week ends at the close: a stated snapshot level closes no week.
  const weekEnd = preliminary === null && week !== null ? weekEndStatsOf(series, values, i, used) : null;
  const drawdownStay = drawdownStayOf(series, values, i, snapshot);
  return { instrument: series.instrument, series, snapshot, totalSnapshot, week, earlierStreak, snappedStreak, comingMonth, preliminary, ...extended, weekEnd, drawdownStay };
}

/** The engine's stay beyond the drawdown state's line (`lineStayAt`) in the detectors' shape; null outside a correction or bear market. */
function drawdownStayOf(series: DailySeries, values: Float64Array, i: number, snapshot: StatsSnapshot): DrawdownStay | null {
  const state = snapshot.drawdown_state;
  const { drawdown_peak_date: peakDate, drawdown_state_since: since } = snapshot;
  const peakDay = peakDate === null ? null : parseIsoDay(peakDate);
  const sinceDay = since === null ? null : parseIsoDay(since);
  if ((state !== 'correction' && state !== 'bear') || peakDay === null || sinceDay === null) return null;
  const peakIdx = indexOnOrBefore(series.days, peakDay);
  const stateStart = indexOnOrBefore(series.days, sinceDay);
  const stay = lineStayAt(values, i, peakIdx, stateStart, state);
  if (stay === null) return { sinceDate: null, isReentry: false };
  return { sinceDate: formatIsoDay((series.days[stay.start] ?? 0) as DayNumber), isReentry: stay.isReentry };
}

/** The engine's week "biggest since" (`weekMoveBiggestSince`) in the detectors' shape. */
function weekMoveOf(days: Int32Array, values: Float64Array, i: number, yieldSeries: boolean): WeekMove | null {
  const found = weekMoveBiggestSince(days, values, i, yieldSeries);
  return found === null ? null : { move: found.move, sinceDate: found.since, sinceMove: found.since_move };
}

/** A snapped streak is news from this many sessions. */
const SNAPPED_STREAK_DAYS = 4;

/** The streak ending the session before i (`longestStreakSinceAt`), when the date's move ended it and it ran four sessions or more; else null. */
function snappedStreakOf(series: DailySeries, values: Float64Array, i: number, today: number): number | null {
  if (i < 1) return null;
  const before = longestStreakSinceAt(series.days, values, i - 1, series.instrument.kind).current.length;
  return Math.abs(before) >= SNAPPED_STREAK_DAYS && Math.sign(before) === -Math.sign(today) ? before : null;
}

/** The engine's "longest streak since" (`longestStreakSinceAt`) in the detectors' shape. */
function earlierStreakOf(series: DailySeries, values: Float64Array, i: number): EarlierStreak | null {
  const since = longestStreakSinceAt(series.days, values, i, series.instrument.kind).since;
  return since === null || since.end_date === null ? null : { endDate: since.end_date, days: since.length };
}
