/**
 * What the week's result on its last session reads beyond the week's move: whether the date
 * closes the instrument's week, the holidays that shortened it, and its run of up (down) weeks.
 * Index-free and cheap (a calendar look-up and a backward scan over the run's weeks), so a
 * Friday costs what any day does.
 */
import { calendarOfKind, holidaysInWeekOf, isLastSessionOfWeek } from '../calendar/index.js';
import { NYSE_SPECIAL_CLOSURES } from '../calendar/special-closures.js';
import { formatIsoDay, type DayNumber } from '../core/date.js';
import type { DailySeries } from '../core/series.js';
import { weekKeyOf } from '../series/calendar.js';
import { closeDirection, weekStartBack } from '../stats/index.js';
import type { WeekEndStats } from './inputs.js';

/**
 * True when observation `i` (day `day`) is its week's last session: the data hold no later
 * observation in the same week (Monday to Sunday), and the market's calendar, where it covers
 * the day, has no later session in it (a Friday; the Thursday before Good Friday). Without a
 * calendar, the data's next observation must fall in a later week (at the data's end: false).
 */
export function isWeekEndSession(series: DailySeries, i: number, day: DayNumber): boolean {
  const next = series.days[i + 1];
  if (next !== undefined && weekKeyOf(next as DayNumber) === weekKeyOf(day)) return false;
  const calendar = calendarOfKind(series.instrument.kind);
  if (calendar !== null && calendar.covers(day)) return isLastSessionOfWeek(calendar, day);
  return next !== undefined;
}

/**
 * The signed run of weeks ending with observation i's week: each week's last close against the
 * prior week's last close (as daily streaks count closes: an unchanged week ends a run), the
 * close at i standing for its week. 0 in the data's first week or for an unchanged week.
 * O(observations in the run).
 */
export function weekRunAt(days: Int32Array, values: Float64Array, i: number): number {
  let run = 0;
  let end = i;
  while (end > 0) {
    const start = weekStartBack(days, end);
    if (start === 0) break;
    const step = closeDirection(values[start - 1] ?? Number.NaN, values[end] ?? Number.NaN);
    if (step === 0 || (run !== 0 && step !== Math.sign(run))) break;
    run += step;
    end = start - 1;
  }
  return run;
}

/** The week's closures and run on its last session (observation i, day `day`), or null on any other day. */
export function weekEndStatsOf(series: DailySeries, values: Float64Array, i: number, day: DayNumber): WeekEndStats | null {
  if (!isWeekEndSession(series, i, day)) return null;
  const calendar = calendarOfKind(series.instrument.kind);
  const holidays = calendar !== null && calendar.covers(day) ? holidaysInWeekOf(calendar, day) : [];
  const closures = holidays.map((h) => {
    const date = formatIsoDay(h.day);
    return { date, name: h.name, special: NYSE_SPECIAL_CLOSURES.some((c) => c.date === date) };
  });
  return { closures, run: weekRunAt(series.days, values, i) };
}
