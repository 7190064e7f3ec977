/** Resolving "as of D": the last observation on or before a date. */
import { formatIsoDay, type DayNumber } from '../core/date.js';
import { ArgumentError } from '../core/errors.js';
import { indexOnOrBefore } from '../series/lookup.js';

/**
 * Index of the observation used "as of" `date`: the last one on or before it. A date after the
 * data end resolves to the last observation (the caller reports the requested date beside the
 * date used). Throws ArgumentError naming `argument` (default `--date`) when the date is
 * before the data begin or the series is empty.
 */
export function resolveAsOf(days: Int32Array, date: DayNumber, argument = '--date'): number {
  const index = indexOnOrBefore(days, date);
  if (index >= 0) return index;
  if (days.length === 0) throw new ArgumentError(argument, 'the series has no observation');
  throw new ArgumentError(
    argument,
    `${formatIsoDay(date)} is before the data begin on ${formatIsoDay((days[0] ?? 0) as DayNumber)}`,
  );
}

/** ISO date of observation i. */
export function isoAt(days: Int32Array, i: number): string {
  return formatIsoDay((days[i] ?? 0) as DayNumber);
}

/** ISO date of observation i, or null when i < 0. */
export function isoAtOrNull(days: Int32Array, i: number): string | null {
  return i < 0 ? null : isoAt(days, i);
}
