/** Facts from the market calendars: a session after a closure, the bond market closed on the date, an early close. */
import { calendarOf, type MarketCalendar } from '../../calendar/index.js';
import { formatIsoDay, parseIsoDay, weekdayOf, type DayNumber } from '../../core/date.js';
import type { MarketClosedFact } from '../fact.js';
import type { EarlyCloseFact } from '../fact-beyond-day.js';
import type { FactDetector, FactRule } from '../detector.js';
import { closeObservation, factBase, instrumentWeight } from '../observe.js';

const CLOSED_RULE: FactRule = {
  id: 'market-closed',
  statement:
    "from the exchange calendar: the first session after the market was closed two weekdays or more (stock indexes); the bond market's holiday on the date asked for, the figures being the last session's (yields)",
};

/** A closure this many weekdays long makes the next session news. */
const MIN_CLOSED_WEEKDAYS = 2;

/** The weekday closures strictly between two sessions of `calendar`, with the first one's name. */
function closuresBetween(calendar: MarketCalendar, from: DayNumber, to: DayNumber): { days: string[]; name: string } {
  const days: string[] = [];
  let name = '';
  for (let d = from + 1; d < to; d++) {
    const day = d as DayNumber;
    const weekday = weekdayOf(day);
    if (weekday === 0 || weekday === 6 || !calendar.covers(day)) continue;
    const holiday = calendar.holidayOn(day);
    if (holiday === undefined) continue;
    days.push(formatIsoDay(day));
    if (name === '') name = holiday.name;
  }
  return { days, name };
}

/**
 * Stock indexes: the date is the first session after two or more weekdays of closure ("the
 * first session since Sept. 10"). Yields: the bond market was closed on the date asked for
 * (Columbus Day) and the figures are the last session's. Only where the calendars cover the date.
 */
export const marketClosedDetector: FactDetector = {
  kind: 'market-closed',
  rules: [CLOSED_RULE],
  scoring: 'a session after a closure 70, the bond market closed 30; times the instrument weight',
  detect(stats) {
    const s = stats.snapshot;
    const kind = stats.instrument.kind;
    const date = parseIsoDay(s.date);
    const asked = parseIsoDay(s.requested_date);
    if (date === null || asked === null) return [];
    if (kind === 'index' && s.prev_date !== null) {
      const nyse = calendarOf('nyse');
      const prev = parseIsoDay(s.prev_date);
      if (prev === null || !nyse.covers(date) || !nyse.covers(prev)) return [];
      const closed = closuresBetween(nyse, prev, date);
      if (closed.days.length < MIN_CLOSED_WEEKDAYS) return [];
      const fact: MarketClosedFact = {
        kind: 'market-closed',
        ...factBase(stats, 70 * instrumentWeight(stats), CLOSED_RULE, [closeObservation(stats)]),
        market: 'nyse',
        situation: 'resumed',
        holiday: closed.name,
        closedDays: closed.days,
        lastSession: s.prev_date,
      };
      return [fact];
    }
    if (kind === 'yield' && asked > date) {
      const bonds = calendarOf('bonds');
      if (!bonds.covers(asked)) return [];
      const holiday = bonds.holidayOn(asked);
      if (holiday === undefined) return [];
      const fact: MarketClosedFact = {
        kind: 'market-closed',
        ...factBase(stats, 30 * instrumentWeight(stats), CLOSED_RULE, [closeObservation(stats)]),
        market: 'bonds',
        situation: 'closed',
        holiday: holiday.name,
        closedDays: [s.requested_date],
        lastSession: s.date,
      };
      return [fact];
    }
    return [];
  },
};

const EARLY_CLOSE_RULE: FactRule = {
  id: 'early-close',
  statement: "the NYSE calendar's early close on the date of the figures (Christmas Eve, the day after Thanksgiving, around Independence Day; listed from 1990); stock indexes only",
};

/** The exchange closed early on the date: "in a shortened session". */
export const earlyCloseDetector: FactDetector = {
  kind: 'early-close',
  rules: [EARLY_CLOSE_RULE],
  scoring: '15; times the instrument weight',
  detect(stats) {
    const s = stats.snapshot;
    const date = parseIsoDay(s.date);
    if (stats.instrument.kind !== 'index' || date === null || s.prev_close === null) return [];
    const nyse = calendarOf('nyse');
    const early = nyse.covers(date) ? nyse.earlyCloseOn(date) : undefined;
    if (early === undefined) return [];
    const fact: EarlyCloseFact = {
      kind: 'early-close',
      ...factBase(stats, 15 * instrumentWeight(stats), EARLY_CLOSE_RULE, [closeObservation(stats)]),
      closeTime: early.time,
      occasion: early.name,
    };
    return [fact];
  },
};
