/**
 * The brief's date when none is asked for: the latest session the major indexes share (the
 * S&P 500, the Dow and the Nasdaq), so that the story is of one day for all of them; the
 * instruments whose data reach further are named in a note. Without any of those indexes, the
 * last date in the data.
 */
import { formatIsoDay, type DayNumber } from '../core/date.js';
import type { DailySeries } from '../core/series.js';

/** The indexes whose shared latest session is the default date. */
const MAJOR_SYMBOLS: readonly string[] = ['SPX', 'DJI', 'IXIC'];

/** Last observation day of a series, or -Infinity when empty. */
function lastDay(series: DailySeries): number {
  return series.days[series.days.length - 1] ?? Number.NEGATIVE_INFINITY;
}

/**
 * The default date of a brief of `series`: the earliest of the major indexes' last dates (the
 * latest they all have), or the latest date of any series when none of them is there.
 */
export function defaultBriefDay(series: readonly DailySeries[]): DayNumber {
  const majors = series.filter((s) => MAJOR_SYMBOLS.includes(s.instrument.symbol) && s.days.length > 0);
  if (majors.length === 0) return Math.max(...series.map(lastDay)) as DayNumber;
  return Math.min(...majors.map(lastDay)) as DayNumber;
}

/**
 * The note of a default-date brief naming the instruments whose data go past its date:
 * `SPX, IXIC have data after this date (through 2026-08-21); the brief is of the latest session
 * the S&P 500, the Dow and the Nasdaq share.` Null when none does.
 */
export function newerDataNote(series: readonly DailySeries[], day: DayNumber): string | null {
  const newer = series.filter((s) => lastDay(s) > day);
  if (newer.length === 0) return null;
  const through = formatIsoDay(Math.max(...newer.map(lastDay)) as DayNumber);
  const names = newer.map((s) => s.instrument.symbol).join(', ');
  return `${names} ${newer.length === 1 ? 'has' : 'have'} data after ${formatIsoDay(day)} (through ${through}); the brief is of the latest session the major indexes share.`;
}
