/**
 * A market's calendar over its whole range: holidays, early closes and sessions, with each
 * year computed from the rules on first use and kept. Sessions are weekdays that are not
 * holidays; a day outside the calendar's years is a RangeError.
 */
import { addDays, dayFromCivil, isWeekend, weekdayOf, yearOf, type DayNumber } from '../core/date.js';
import { LAST_CALENDAR_YEAR, type MarketRules } from './market-rules.js';
import type { EarlyClose, Holiday, MarketId, MarketYear } from './types.js';

/** A year of a market with its lookups by day number. */
export interface YearTable extends MarketYear {
  readonly holidayByDay: ReadonlyMap<number, Holiday>;
  readonly earlyCloseByDay: ReadonlyMap<number, EarlyClose>;
}

/**
 * Computes one year of a market from its rules: holidays sorted and one per weekday (the first
 * listed name wins), early closes on sessions only, with lookup maps by day number.
 */
export function computeMarketYear(rules: MarketRules, year: number): YearTable {
  const holidayByDay = new Map<number, Holiday>();
  for (const closure of rules.closuresIn(year)) {
    if (!isWeekend(closure.day) && !holidayByDay.has(closure.day) && yearOf(closure.day) === year) holidayByDay.set(closure.day, closure);
  }
  const earlyCloseByDay = new Map<number, EarlyClose>();
  for (const early of rules.earlyClosesIn(year)) {
    if (!isWeekend(early.day) && !holidayByDay.has(early.day) && !earlyCloseByDay.has(early.day)) earlyCloseByDay.set(early.day, early);
  }
  const holidays = [...holidayByDay.values()].sort((a, b) => a.day - b.day);
  const earlyCloses = [...earlyCloseByDay.values()].sort((a, b) => a.day - b.day);
  return { year, holidays, earlyCloses, holidayByDay, earlyCloseByDay };
}

/** A market's calendar; see the module comment. */
export class MarketCalendar {
  readonly market: MarketId;
  /** "New York Stock Exchange". */
  readonly name: string;
  /** Regular close, 24-hour `HH:MM` New York time. */
  readonly regularClose: string;
  /** First and last day the calendar covers (Jan. 1 of its first year, Dec. 31, 9999). */
  readonly firstDay: DayNumber;
  readonly lastDay: DayNumber;
  private readonly years = new Map<number, YearTable>();

  constructor(private readonly rules: MarketRules) {
    this.market = rules.market;
    this.name = rules.name;
    this.regularClose = rules.regularClose;
    this.firstDay = dayFromCivil(rules.firstYear, 1, 1);
    this.lastDay = dayFromCivil(LAST_CALENDAR_YEAR, 12, 31);
  }

  /** First year covered. */
  get firstYear(): number {
    return this.rules.firstYear;
  }

  /** True when the calendar covers the day. */
  covers(day: DayNumber): boolean {
    return day >= this.firstDay && day <= this.lastDay;
  }

  /** Holidays and early closes of a year. RangeError outside the calendar's years. */
  year(year: number): MarketYear {
    const { holidays, earlyCloses } = this.table(year);
    return { year, holidays, earlyCloses };
  }

  /** True when the market trades on the day (a weekday that is not a holiday); early closes are sessions. */
  isSession(day: DayNumber): boolean {
    if (isWeekend(day)) {
      this.checkCovered(day);
      return false;
    }
    return !this.table(yearOf(day)).holidayByDay.has(day);
  }

  /** The holiday on a weekday, or undefined (for a session, and for any weekend day). */
  holidayOn(day: DayNumber): Holiday | undefined {
    return this.table(yearOf(day)).holidayByDay.get(day);
  }

  /** The early close on a day, or undefined when the day is a full session or no session. */
  earlyCloseOn(day: DayNumber): EarlyClose | undefined {
    return this.table(yearOf(day)).earlyCloseByDay.get(day);
  }

  /** The first session strictly after the day. RangeError past the calendar's end. */
  nextSession(day: DayNumber): DayNumber {
    let next = addDays(day, 1);
    while (!this.isSession(next)) next = addDays(next, 1);
    return next;
  }

  /** The last session strictly before the day. RangeError before the calendar's start. */
  previousSession(day: DayNumber): DayNumber {
    let previous = addDays(day, -1);
    while (!this.isSession(previous)) previous = addDays(previous, -1);
    return previous;
  }

  /** Every session from `from` to `to`, both inclusive, ascending (empty when `to < from`). */
  sessionsBetween(from: DayNumber, to: DayNumber): Int32Array {
    if (to < from) return new Int32Array(0);
    const out = new Int32Array(to - from + 1);
    let count = 0;
    for (let year = yearOf(from); year <= yearOf(to); year += 1) {
      const closed = this.table(year).holidayByDay;
      const first = Math.max(from, dayFromCivil(year, 1, 1));
      const last = Math.min(to, dayFromCivil(year, 12, 31));
      for (let day = first, weekday = weekdayOf(first as DayNumber); day <= last; day += 1, weekday = weekday === 6 ? 0 : weekday + 1) {
        if (weekday !== 0 && weekday !== 6 && !closed.has(day)) out[count++] = day;
      }
    }
    return out.slice(0, count);
  }

  /** Holidays from `from` to `to`, both inclusive, in date order. */
  holidaysBetween(from: DayNumber, to: DayNumber): Holiday[] {
    return this.collect(from, to, (table) => table.holidays);
  }

  /** Early closes from `from` to `to`, both inclusive, in date order. */
  earlyClosesBetween(from: DayNumber, to: DayNumber): EarlyClose[] {
    return this.collect(from, to, (table) => table.earlyCloses);
  }

  private collect<T extends { readonly day: DayNumber }>(from: DayNumber, to: DayNumber, pick: (table: YearTable) => readonly T[]): T[] {
    if (to < from) return [];
    const out: T[] = [];
    for (let year = yearOf(from); year <= yearOf(to); year += 1) {
      for (const entry of pick(this.table(year))) if (entry.day >= from && entry.day <= to) out.push(entry);
    }
    return out;
  }

  private checkCovered(day: DayNumber): void {
    if (!this.covers(day)) this.table(yearOf(day));
  }

  private table(year: number): YearTable {
    const cached = this.years.get(year);
    if (cached !== undefined) return cached;
    if (!Number.isInteger(year) || year < this.rules.firstYear || year > LAST_CALENDAR_YEAR) {
      throw new RangeError(`the ${this.rules.name} calendar covers ${this.rules.firstYear} to ${LAST_CALENDAR_YEAR}, not ${year}`);
    }
    const table = computeMarketYear(this.rules, year);
    this.years.set(year, table);
    return table;
  }
}
