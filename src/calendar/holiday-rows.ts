/** The ingest-time check for rows dated on a day the market was closed. */
import { formatIsoDay, type DayNumber } from '../core/date.js';
import { calendarOfKind } from './calendars.js';

/**
 * The warning for rows dated on a weekday holiday of the instrument kind's market, e.g.
 * `2 rows dated on a NYSE holiday, first 2024-12-25 (Christmas Day, line 9120)`; an empty list
 * when there are none, when the kind has no market calendar (crypto, currencies), for the VIX
 * and other volatility indexes (Cboe publishes them on some NYSE holidays: the shipped VIX has
 * three 2026 rows so), or for rows outside the calendar's years. Weekend rows are not counted
 * here (the reader warns of those). `days` and `lines` are parallel: day numbers and the
 * rows' 1-based file lines.
 */
export function holidayRowWarnings(days: Int32Array, lines: Int32Array, kind: string): string[] {
  const calendar = calendarOfKind(kind);
  if (calendar === null || kind === 'volatility') return [];
  let count = 0;
  let first = -1;
  for (let i = 0; i < days.length; i += 1) {
    const day = (days[i] ?? 0) as DayNumber;
    if (!calendar.covers(day) || calendar.holidayOn(day) === undefined) continue;
    count += 1;
    if (first < 0) first = i;
  }
  if (first < 0) return [];
  const day = (days[first] ?? 0) as DayNumber;
  const label = calendar.market === 'nyse' ? 'a NYSE holiday' : 'a bond-market holiday';
  const name = calendar.holidayOn(day)?.name ?? 'holiday';
  return [`${count} row${count === 1 ? '' : 's'} dated on ${label}, first ${formatIsoDay(day)} (${name}, line ${lines[first] ?? 0})`];
}
