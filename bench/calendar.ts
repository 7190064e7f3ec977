/**
 * Benchmark of the market calendars (npm run bench): the whole NYSE calendar for 1990-2030
 * (holidays with names, early closes, every session) computed from nothing, budget 5 ms,
 * beside a baseline measured in the same run: a naive day-by-day rule check that asks every
 * rule (the Easter computus included) and scans the special-closure list for each of the
 * 14,975 days. Both must give the same sessions; the bench stops if they do not.
 */
import { freshCalendarOf, type MarketCalendar, type MarketId } from '../src/calendar/index.js';
import { observedDay } from '../src/calendar/date-rules.js';
import { NYSE_HOLIDAY_RULES } from '../src/calendar/nyse-holidays.js';
import { nyseEarlyClosesIn } from '../src/calendar/nyse-early-closes.js';
import { NYSE_SPECIAL_CLOSURES } from '../src/calendar/special-closures.js';
import { addDays, dayFromCivil, formatIsoDay, isWeekend, yearOf } from '../src/core/date.js';
import { timeMs } from './support.js';

const FROM_YEAR = 1990;
const TO_YEAR = 2030;
const RUNS = 101;
const NAIVE_RUNS = 21;
const BUDGET_MS = 5;

interface Listing {
  readonly sessions: number;
  readonly holidays: number;
  readonly earlyCloses: number;
  readonly checksum: number;
}

/** Everything the calendar command lists for the years, from a calendar with nothing computed yet. */
function computeWithCalendar(market: MarketId): Listing {
  const calendar: MarketCalendar = freshCalendarOf(market);
  const from = dayFromCivil(FROM_YEAR, 1, 1);
  const to = dayFromCivil(TO_YEAR, 12, 31);
  const sessions = calendar.sessionsBetween(from, to);
  const holidays = calendar.holidaysBetween(from, to);
  const earlyCloses = calendar.earlyClosesBetween(from, to);
  let checksum = 0;
  for (const day of sessions) checksum = (checksum * 31 + day) % 1_000_000_007;
  return { sessions: sessions.length, holidays: holidays.length, earlyCloses: earlyCloses.length, checksum };
}

/** The baseline: each day checked against every rule and the special-closure list on its own. */
function computeDayByDay(): Listing {
  let sessions = 0;
  let holidays = 0;
  let earlyCloses = 0;
  let checksum = 0;
  for (let day = dayFromCivil(FROM_YEAR, 1, 1); day <= dayFromCivil(TO_YEAR, 12, 31); day = addDays(day, 1)) {
    if (isWeekend(day)) continue;
    const year = yearOf(day);
    const iso = formatIsoDay(day);
    const special = NYSE_SPECIAL_CLOSURES.some((closure) => closure.date === iso);
    const byRule = NYSE_HOLIDAY_RULES.some((rule) => year >= rule.firstYear && year <= rule.lastYear && (rule.keptIn?.(year) ?? true) && observedDay(rule.dateIn(year), rule.observance) === day);
    if (special || byRule) {
      holidays += 1;
      continue;
    }
    sessions += 1;
    checksum = (checksum * 31 + day) % 1_000_000_007;
    if (nyseEarlyClosesIn(year).some((close) => close.day === day)) earlyCloses += 1;
  }
  return { sessions, holidays, earlyCloses, checksum };
}

/** Runs the benchmark and prints its figures. */
export function run(): void {
  const calendar = computeWithCalendar('nyse');
  const naive = computeDayByDay();
  if (calendar.sessions !== naive.sessions || calendar.checksum !== naive.checksum || calendar.holidays !== naive.holidays) {
    throw new Error(`calendar and day-by-day check disagree: ${JSON.stringify(calendar)} vs ${JSON.stringify(naive)}`);
  }
  timeMs(10, () => computeWithCalendar('bonds')); // warm-up, not counted
  const calendarMs = timeMs(RUNS, () => computeWithCalendar('nyse'));
  const naiveMs = timeMs(NAIVE_RUNS, computeDayByDay);
  const bondsMs = timeMs(RUNS, () => computeWithCalendar('bonds'));
  console.log(`calendar ${FROM_YEAR}-${TO_YEAR}: ${calendar.sessions} NYSE sessions, ${calendar.holidays} holidays, ${calendar.earlyCloses} early closes; median of ${RUNS} runs (baseline ${NAIVE_RUNS}), nothing cached`);
  console.log(`  day-by-day rule check (baseline)    ${naiveMs.toFixed(2)} ms`);
  console.log(`  NYSE calendar, by year from rules   ${calendarMs.toFixed(2)} ms  (${(naiveMs / calendarMs).toFixed(1)}x faster)`);
  console.log(`  bond-market calendar                ${bondsMs.toFixed(2)} ms`);
  console.log(`  budget ${BUDGET_MS} ms: ${calendarMs <= BUDGET_MS ? 'met' : 'MISSED'} (${(calendarMs / BUDGET_MS).toFixed(2)} of it)`);
}
