/** Warnings about values that are legal but suspicious: unsorted rows, weekends, big jumps. */
import { holidayRowWarnings } from '../calendar/holiday-rows.js';
import { formatIsoDay, isWeekend, type DayNumber } from '../core/date.js';
import { EVERY_DAY_KINDS, type InstrumentKind } from '../core/instrument.js';
import { LONGEST_PLAUSIBLE_GAP_DAYS } from './date-bounds.js';
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
 * the first; none for kinds that trade every day, see EVERY_DAY_KINDS), one-day moves beyond
 * the bound for the kind (listed with their file lines, the unadjusted close checked when
 * present, else the adjusted one).
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
  warnings.push(...holidayRowWarnings(days, lines, kind));
  warnings.push(...describeLongGaps(rows));
  const values = rows.close ?? rows.adjClose;
  if (values === null) return warnings;
  const bound = describePlausibleBound(kind);
  let moves = 0;
  for (let i = 1; i < values.length; i += 1) {
    const previous = values[i - 1] ?? 0;
    const current = values[i] ?? 0;
    // A move across a long gap is not a day's move (the gap has its own warning).
    if ((days[i] ?? 0) - (days[i - 1] ?? 0) > LONGEST_PLAUSIBLE_GAP_DAYS) continue;
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

/**
 * Warnings for gaps between consecutive rows longer than any market closure
 * ({@link LONGEST_PLAUSIBLE_GAP_DAYS} calendar days): the first few listed with their dates and
 * lines, the rest counted.
 */
export function describeLongGaps(rows: Pick<WarnableRows, 'days' | 'lines'>): string[] {
  const { days, lines } = rows;
  const warnings: string[] = [];
  let gaps = 0;
  for (let i = 1; i < days.length; i += 1) {
    const from = (days[i - 1] ?? 0) as DayNumber;
    const to = (days[i] ?? 0) as DayNumber;
    if (to - from <= LONGEST_PLAUSIBLE_GAP_DAYS) continue;
    gaps += 1;
    if (gaps <= MAX_LISTED_MOVES) {
      warnings.push(
        `${to - from} days without data between ${formatIsoDay(from)} and ${formatIsoDay(to)} (line ${lines[i] ?? 0}), longer than any market closure; the move across it is not a one-day move`,
      );
    }
  }
  if (gaps > MAX_LISTED_MOVES) warnings.push(`${gaps - MAX_LISTED_MOVES} more gaps longer than any market closure`);
  return warnings;
}
