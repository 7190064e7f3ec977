/**
 * Which consecutive observations form a one-day move (docs/definitions.md, "One-day moves").
 * Every one-day statistic (`change_1d`, "biggest since", day rankings, daily point moves,
 * daily streaks) asks here; period returns, which are close to close, do not.
 */
import type { DayNumber } from '../../core/date.js';
import { hadSaturdaySession, LAST_SATURDAY_SESSION, marketOfKind, type MarketId } from '../../calendar/index.js';

/**
 * What the pair (observation i - 1, observation i) is: `one-day` a one-day move;
 * `first-day` observation 0 (no prior close); `prior-too-far` the prior observation is more
 * than {@link maxOneDayGapDays} calendar days back (missing data: no day's move is computed);
 * `spans-saturday` an NYSE Friday-to-Monday pair before June 1952 across a Saturday session
 * the data lack (a two-session move: its close-to-close change is reported, but it is left
 * out of every one-day comparison).
 */
export const OneDayMoveStatuses = ['one-day', 'first-day', 'prior-too-far', 'spans-saturday'] as const;
/** One of {@link OneDayMoveStatuses}. */
export type OneDayMoveStatus = (typeof OneDayMoveStatuses)[number];

/** Code of each status in the arrays {@link oneDayMoveCodes} returns: its position in {@link OneDayMoveStatuses}. */
export const OneDayCode = { oneDay: 0, firstDay: 1, priorTooFar: 2, spansSaturday: 3 } as const;

/**
 * The longest closure each market's calendar (src/calendar) holds, in calendar days between
 * two consecutive sessions: NYSE 12 (Friday, March 3 to Wednesday, March 15, 1933: the bank
 * holiday; Sept. 11, 2001 left 7), bond market 4 (a Thursday to the Monday after a Good
 * Friday or a Friday holiday). A test scans the calendars to keep these equal to theirs.
 */
export const LONGEST_CLOSURE_DAYS: Readonly<Record<MarketId, number>> = { nyse: 12, bonds: 4 };

/**
 * Slack on top of the longest closure: 3 calendar days, for a file that misses a session or
 * two beside a closure, or an era the calendar does not cover (the bond calendar begins in
 * 1986; FRED's yields from 1962 have 5-day gaps for holidays of the time).
 */
export const ONE_DAY_GAP_SLACK_DAYS = 3;

/**
 * The longest gap, in calendar days, between two observations of an instrument kind that is
 * still a one-day move: the longest closure of the kind's market (yields: the bond market;
 * stocks, indexes, funds, the VIX: the NYSE) plus {@link ONE_DAY_GAP_SLACK_DAYS}. Kinds with no
 * calendar (currencies, crypto, commodities) take the NYSE's, the loosest bound the engine has.
 * NYSE 15 days, bonds 7.
 */
export function maxOneDayGapDays(kind: string): number {
  return LONGEST_CLOSURE_DAYS[marketOfKind(kind) ?? 'nyse'] + ONE_DAY_GAP_SLACK_DAYS;
}

/** True when a day strictly between `from` and `to` was an NYSE Saturday session (hadSaturdaySession). */
function spansSaturdaySession(from: number, to: number): boolean {
  for (let day = from + 1; day < to; day++) if (hadSaturdaySession(day as DayNumber)) return true;
  return false;
}

/**
 * The status code ({@link OneDayCode}) of every observation's pair with the one before, for a
 * series of `kind` on the ascending day numbers `days`. O(n).
 */
export function oneDayMoveCodes(days: Int32Array, kind: string): Uint8Array {
  // Every snapshot, index and streak scan of a series asks for the same codes: computed once per days array.
  const byKind = codesByDays.get(days) ?? new Map<string, Uint8Array>();
  const cached = byKind.get(kind);
  if (cached !== undefined && cached.length === days.length) return cached;
  const maxGap = maxOneDayGapDays(kind);
  const isNyse = marketOfKind(kind) === 'nyse';
  const codes = new Uint8Array(days.length);
  if (days.length > 0) codes[0] = OneDayCode.firstDay;
  // One pass; a gap of a day (nearly every pair) can span no session, so only longer gaps before the last Saturday session are looked into.
  let from = days[0] ?? 0;
  for (let i = 1; i < days.length; i++) {
    const to = days[i] ?? 0;
    const gap = to - from;
    if (gap > maxGap) codes[i] = OneDayCode.priorTooFar;
    else if (isNyse && gap > 1 && from < LAST_SATURDAY_SESSION && spansSaturdaySession(from, to)) codes[i] = OneDayCode.spansSaturday;
    from = to;
  }
  byKind.set(kind, codes);
  codesByDays.set(days, byKind);
  return codes;
}

/** The codes computed for each days array (series days are not changed once loaded), by kind. */
const codesByDays = new WeakMap<Int32Array, Map<string, Uint8Array>>();

/** The status of observation i in codes from {@link oneDayMoveCodes}; `first-day` out of range. */
export function oneDayMoveStatusAt(codes: Uint8Array, i: number): OneDayMoveStatus {
  return OneDayMoveStatuses[codes[i] ?? OneDayCode.firstDay] ?? 'first-day';
}

/** True when observation j and the one before form a one-day move (see {@link oneDayMoveCodes}). */
export function isOneDayMove(codes: Uint8Array, j: number): boolean {
  return j > 0 && codes[j] === OneDayCode.oneDay;
}

/** True when the prior observation of j is too far back for any day's move (a gap in the data, or j = 0). */
export function hasNoDayMove(codes: Uint8Array, j: number): boolean {
  return j <= 0 || codes[j] === OneDayCode.priorTooFar;
}
