/** What defines a market's calendar: its years, and its closures and early closes in a year. */
import type { EarlyClose, Holiday, MarketId } from './types.js';

/** The rules of one market. */
export interface MarketRules {
  readonly market: MarketId;
  /** "New York Stock Exchange". */
  readonly name: string;
  /** The regular close, 24-hour `HH:MM` New York time. */
  readonly regularClose: string;
  /** First year the rules cover (earlier days are out of range); the last is 9999. */
  readonly firstYear: number;
  /** Full-day weekday closures of a year, any order, possibly two on one day (the first name wins). */
  readonly closuresIn: (year: number) => Holiday[];
  /** Early closes of a year; a day that is also a closure is dropped. */
  readonly earlyClosesIn: (year: number) => EarlyClose[];
}

/** Last year any calendar covers. */
export const LAST_CALENDAR_YEAR = 9999;
