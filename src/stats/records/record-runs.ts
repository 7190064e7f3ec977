/**
 * Records beyond "is it one": the drought since the last record (sessions and calendar days)
 * and its rank among droughts, records per year and "the most since", streaks of consecutive
 * record closes, first close below a level, and milestone climbs ("from 49,000 to 50,000 in 23
 * sessions"). Records are closes strictly above every earlier close (the first day is none).
 */
import type { DayNumber } from '../../core/date.js';
import { yearOfMonthKey } from '../../series/calendar.js';
import { indexOnOrAfter } from '../../series/lookup.js';
import { isoAt, isoAtOrNull, resolveAsOf } from '../as-of.js';
import type { StatsIndex } from '../stats-index.js';
import type { DatedClose } from './records.js';

/** The stretch without a record that is current as of a date (or that a record close just ended). */
export interface CurrentDrought {
  /** The last record close before the date (the first close of the data when none), the drought's start. */
  readonly from_date: string;
  /** The record close that ended it (the date itself on a record day), or null while it lasts. */
  readonly ended_on: string | null;
  /** Sessions (observations) and calendar days from `from_date` to the date. */
  readonly sessions: number;
  readonly calendar_days: number;
  /** Rank among every drought between records up to the date, this one included (1 = longest in sessions; ties share the better rank), and their count. */
  readonly rank: number;
  readonly count: number;
  /** Start of the most recent earlier drought at least as long in sessions (ties count); null: the longest in the data. */
  readonly longest_since: string | null;
}

/**
 * The drought as of `date`: on a record day, the one the record just ended (from the prior
 * record, "its first record in 142 sessions"); otherwise the one still running from the last
 * record. The first close of the data counts as the first peak. O(i). Throws
 * ArgumentError('--date') before the data begin.
 */
export function currentRecordDrought(index: StatsIndex, date: DayNumber): CurrentDrought {
  const i = resolveAsOf(index.days, date);
  const endsToday = i > 0 && index.isRecord[i] === 1;
  const from = endsToday ? (index.recordIdx[i - 1] ?? 0) : (index.recordIdx[i] ?? 0);
  const sessions = i - from;
  // The completed droughts before this one: each from a record (or the first close) to the next record, at or before `from`.
  const starts: number[] = [];
  const lengths: number[] = [];
  let last = 0;
  for (let j = 1; j <= from; j++) {
    if (index.isRecord[j] !== 1) continue;
    starts.push(last);
    lengths.push(j - last);
    last = j;
  }
  let since = -1;
  for (let k = lengths.length - 1; k >= 0 && since < 0; k--) if ((lengths[k] ?? 0) >= sessions) since = starts[k] ?? -1;
  return {
    from_date: isoAt(index.days, from),
    ended_on: endsToday ? isoAt(index.days, i) : null,
    sessions,
    calendar_days: (index.days[i] ?? 0) - (index.days[from] ?? 0),
    rank: lengths.filter((length) => length > sessions).length + 1,
    count: lengths.length + 1,
    longest_since: isoAtOrNull(index.days, since),
  };
}

/** Record closes of the date's year to date against the other years of the data. */
export interface RecordYear {
  readonly year: number;
  /** Record closes in the year up to and including the date. */
  readonly count: number;
  /** Sessions of the year up to and including the date, and the share that closed at a record (percent: `28` is 28%). */
  readonly sessions: number;
  readonly share_pct: number;
  /** Rank of `count` among the whole-year counts of every earlier year and this year's to date (1 = most; ties share the better rank), and the number of years. */
  readonly rank: number;
  readonly years: number;
  /** Most recent earlier year with at least as many records ("the most since 1995"); null when none (most in the data) or no record this year. */
  readonly most_since_year: number | null;
  readonly most_since_count: number | null;
}

/** {@link RecordYear} as of `date`. Years before the data begin do not exist here. O(i). */
export function recordYear(index: StatsIndex, date: DayNumber): RecordYear {
  const i = resolveAsOf(index.days, date);
  const yearStart = index.yearStart[i] ?? 0;
  const year = yearOfMonthKey(index.monthKey[i] ?? 0);
  const count = index.recordCountYtd[i] ?? 0;
  const earlier: { year: number; count: number }[] = [];
  for (let j = 0; j < yearStart; j++) {
    const y = yearOfMonthKey(index.monthKey[j] ?? 0);
    const lastEntry = earlier[earlier.length - 1];
    const entry = lastEntry && lastEntry.year === y ? lastEntry : { year: y, count: 0 };
    if (entry !== lastEntry) earlier.push(entry);
    if (index.isRecord[j] === 1) entry.count++;
  }
  let since: { year: number; count: number } | null = null;
  for (let k = earlier.length - 1; k >= 0 && count > 0; k--) {
    const entry = earlier[k];
    if (entry && entry.count >= count) {
      since = entry;
      break;
    }
  }
  const sessions = i - yearStart + 1;
  return {
    year,
    count,
    sessions,
    share_pct: (count / sessions) * 100,
    rank: earlier.filter((entry) => entry.count > count).length + 1,
    years: earlier.length + 1,
    most_since_year: since?.year ?? null,
    most_since_count: since?.count ?? null,
  };
}

/** Consecutive record closes ending on a date. */
export interface RecordStreak {
  /** Sessions in a row that each closed at a record, ending on the date; 0 when the date is not a record. */
  readonly length: number;
  /** First record close of the run; null when 0. */
  readonly start_date: string | null;
  /** Most recent earlier run of record closes at least as long: its last date and length; null when none (or length 0). */
  readonly longest_since: string | null;
  readonly longest_since_length: number | null;
}

/** "Its seventh consecutive record close": {@link RecordStreak} as of `date`. O(i). */
export function recordStreak(index: StatsIndex, date: DayNumber): RecordStreak {
  const i = resolveAsOf(index.days, date);
  let length = 0;
  while (i - length >= 1 && index.isRecord[i - length] === 1) length++;
  if (length === 0) return { length: 0, start_date: null, longest_since: null, longest_since_length: null };
  let j = i - length - 1;
  while (j >= 1) {
    if (index.isRecord[j] !== 1) {
      j--;
      continue;
    }
    let whole = 0;
    while (j - whole >= 1 && index.isRecord[j - whole] === 1) whole++;
    if (whole >= length) return { length, start_date: isoAt(index.days, i - length + 1), longest_since: isoAt(index.days, j), longest_since_length: whole };
    j -= whole;
  }
  return { length, start_date: isoAt(index.days, i - length + 1), longest_since: null, longest_since_length: null };
}

/**
 * The first close strictly below `level` on or after `fromDate` (default: the data start),
 * e.g. "first close below 4,000 since ..." read with a start date. Null when none. O(n).
 */
export function firstCloseBelow(index: StatsIndex, level: number, fromDate?: DayNumber): DatedClose | null {
  const { days, values } = index;
  for (let i = fromDate === undefined ? 0 : indexOnOrAfter(days, fromDate); i < days.length; i++) {
    if ((values[i] ?? Number.NaN) < level) return { date: isoAt(days, i), close: values[i] ?? Number.NaN };
  }
  return null;
}

/** The first close above one milestone and the sessions it took from the one below. */
export interface MilestoneClimb {
  /** The level (a multiple of the step) and the first close strictly above it. */
  readonly level: number;
  readonly date: string;
  readonly close: number;
  /** Sessions from the first close above `level - step` to this one; null for the first milestone of the data. */
  readonly sessions_from_previous: number | null;
}

/**
 * Milestones every `step` points (1,000 for the Dow): for each multiple of `step` above the
 * first close, the first close strictly above it, and the sessions since the first close above
 * the previous multiple ("from 49,000 to 50,000 in 23 sessions"). One close can pass several
 * milestones at once (0 sessions). Read on the running record, so O(n + milestones).
 * Returns [] for a non-positive step.
 */
export function milestoneClimbs(index: StatsIndex, step: number): MilestoneClimb[] {
  if (!(step > 0)) return [];
  const { days, values } = index;
  const result: MilestoneClimb[] = [];
  let level = (Math.floor((values[0] ?? 0) / step) + 1) * step;
  let previousIdx = -1;
  for (let i = 0; i < days.length; i++) {
    const close = values[i] ?? Number.NaN;
    while (close > level) {
      result.push({ level, date: isoAt(days, i), close, sessions_from_previous: previousIdx < 0 ? null : i - previousIdx });
      previousIdx = i;
      level += step;
    }
  }
  return result;
}

/**
 * The fastest climb between two consecutive milestones of `step` (fewest sessions; the
 * earliest on a tie), among climbs that took at least one session; null when there is none.
 */
export function fastestMilestoneClimb(index: StatsIndex, step: number): MilestoneClimb | null {
  let best: MilestoneClimb | null = null;
  for (const climb of milestoneClimbs(index, step)) {
    const sessions = climb.sessions_from_previous;
    if (sessions === null || sessions < 1) continue;
    if (best === null || sessions < (best.sessions_from_previous ?? Number.POSITIVE_INFINITY)) best = climb;
  }
  return best;
}
