/** Warnings about values that are legal but suspicious: unsorted rows, weekends, big jumps. */
import { formatIsoDay, isWeekend, type DayNumber } from '../core/date.js';
import { EVERY_DAY_KINDS, type InstrumentKind } from '../core/instrument.js';
import { describeKind, describePlausibleBound, isImplausibleMove } from './plausibility.js';

/** Sorted rows of a file, with their file lines. */
export interface WarnableRows {
  readonly days: Int32Array;
  readonly close: Float64Array | null;
  readonly adjClose: Float64Array | null;
  readonly lines: Int32Array;
}

/** At most this many implausible moves are listed one by one; the rest are counted. */
const MAX_LISTED_MOVES = 5;

/**
 * The warnings for sorted rows: input that was not in date order, weekend dates (count and
 * the first; none for kinds that trade every day, see EVERY_DAY_KINDS), one-day moves beyond the bound for the kind (listed with their file lines, the
 * unadjusted close checked when present, else the adjusted one).
 */
export function collectWarnings(rows: WarnableRows, kind: InstrumentKind, wasUnsorted: boolean): string[] {
  const warnings: string[] = [];
  if (wasUnsorted) warnings.push('rows were not in date order; sorted');
  const { days, lines } = rows;
  let weekendCount = 0;
  let firstWeekend = -1;
  for (let i = 0; i < days.length; i += 1) {
    // A cryptocurrency trades every day: its weekend rows are normal.
    if (!EVERY_DAY_KINDS.includes(kind) && isWeekend((days[i] ?? 0) as DayNumber)) {
      weekendCount += 1;
      if (firstWeekend < 0) firstWeekend = i;
    }
  }
  if (weekendCount > 0) {
    const day = formatIsoDay((days[firstWeekend] ?? 0) as DayNumber);
    warnings.push(`${weekendCount} weekend date${weekendCount === 1 ? '' : 's'}, first ${day} (line ${lines[firstWeekend] ?? 0})`);
  }
  const values = rows.close ?? rows.adjClose;
  if (values === null) return warnings;
  const bound = describePlausibleBound(kind);
  let moves = 0;
  for (let i = 1; i < values.length; i += 1) {
    const previous = values[i - 1] ?? 0;
    const current = values[i] ?? 0;
    if (!isImplausibleMove(kind, previous, current)) continue;
    moves += 1;
    if (moves <= MAX_LISTED_MOVES) {
      const day = formatIsoDay((days[i] ?? 0) as DayNumber);
      warnings.push(`implausible one-day move on ${day} (line ${lines[i] ?? 0}): ${previous} to ${current}, beyond ${bound} for ${describeKind(kind)}`);
    }
  }
  if (moves > MAX_LISTED_MOVES) warnings.push(`${moves - MAX_LISTED_MOVES} more implausible one-day moves`);
  return warnings;
}
