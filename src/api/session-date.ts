/** The one rule for a date without a session, shared by brief, stats, series and check. */
import { formatIsoDay, type DayNumber } from '../core/date.js';
import type { DailySeries } from '../core/series.js';

/** A date resolved to a session of the data (see {@link resolveSessionDate}). */
export interface SessionDate {
  /** The date asked for. */
  readonly requested: DayNumber;
  /** The session used: the date itself, the last session before it, or the last session of the data. */
  readonly day: DayNumber;
  /** True when the date is after the last session of every instrument read. */
  readonly afterEnd: boolean;
  /** What was done, for a note on stderr, or null when the date is a session (or before the data). */
  readonly note: string | null;
}

/**
 * The one rule brief, stats, series and check apply to a date without a session: a weekend
 * or holiday inside the data means the last session before it; a date after the data end
 * means the last session of the data; either way the note says so. `series` are the
 * instruments read (the session is the latest any of them has on or before the date). A date
 * before all the data is left to the command (its own message), with no note.
 */
export function resolveSessionDate(series: readonly DailySeries[], requested: DayNumber, argument = '--date'): SessionDate {
  let used = Number.NEGATIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const one of series) {
    const { days } = one;
    last = Math.max(last, days[days.length - 1] ?? Number.NEGATIVE_INFINITY);
    let lo = 0;
    let hi = days.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((days[mid] ?? 0) <= requested) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) used = Math.max(used, days[lo - 1] ?? Number.NEGATIVE_INFINITY);
  }
  if (!Number.isFinite(used) || used === requested) return { requested, day: requested, afterEnd: false, note: null };
  const day = used as DayNumber;
  const note =
    requested > last
      ? `${argument} ${formatIsoDay(requested)} is after the data end; figures are as of the last session, ${formatIsoDay(day)}`
      : `${argument} ${formatIsoDay(requested)} has no session (a weekend or holiday); figures are as of the last session before it, ${formatIsoDay(day)}`;
  return { requested, day, afterEnd: requested > last, note };
}

