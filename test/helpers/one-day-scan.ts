/**
 * Test helper: an independent reading of which consecutive rows form a one-day move
 * (docs/definitions.md, "One-day moves"), from the market calendars and plain date arithmetic,
 * not from src/stats: the bound is the longest run of calendar days between two sessions that
 * a scan of the calendar finds, plus the documented slack; before June 1952 an NYSE pair
 * across a Saturday session (the calendar's hadSaturdaySession) is two sessions.
 */
import { calendarOf, hadSaturdaySession, type MarketId } from '../../src/calendar/index.js';
import { dayFromCivil, parseIsoDay, type DayNumber } from '../../src/core/date.js';
import { ONE_DAY_GAP_SLACK_DAYS } from '../../src/stats/index.js';

const longest = new Map<MarketId, number>();

/** The longest run of calendar days between consecutive sessions of a market, 1928 (or 1986) to 2100, by a scan. */
export function longestSessionGap(market: MarketId): number {
  const known = longest.get(market);
  if (known !== undefined) return known;
  const calendar = calendarOf(market);
  const sessions = calendar.sessionsBetween(calendar.firstDay, dayFromCivil(2100, 12, 31));
  let gap = 0;
  for (let k = 1; k < sessions.length; k++) gap = Math.max(gap, (sessions[k] ?? 0) - (sessions[k - 1] ?? 0));
  longest.set(market, gap);
  return gap;
}

function dayOf(iso: string): number {
  const day = parseIsoDay(iso);
  if (day === null) throw new Error(`bad date ${iso}`);
  return day;
}

/** True when the rows dated `prevIso` and `iso` (consecutive in a file) form a one-day move on `market`'s calendar. */
export function isPlainOneDayMove(prevIso: string, iso: string, market: MarketId): boolean {
  const from = dayOf(prevIso);
  const to = dayOf(iso);
  if (to - from > longestSessionGap(market) + ONE_DAY_GAP_SLACK_DAYS) return false;
  if (market !== 'nyse') return true;
  for (let day = from + 1; day < to; day++) if (hadSaturdaySession(day as DayNumber)) return false;
  return true;
}
