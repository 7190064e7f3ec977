/** The shapes every market calendar shares: markets, holidays, early closes. */
import type { DayNumber } from '../core/date.js';

/**
 * The markets with a calendar: `nyse` (the New York Stock Exchange: stocks, stock indexes,
 * ETFs, the VIX) and `bonds` (the U.S. bond market as SIFMA recommends it: Treasury yields).
 */
export const MarketIds = ['nyse', 'bonds'] as const;
/** One of {@link MarketIds}. */
export type MarketId = (typeof MarketIds)[number];

/** A weekday on which a market is closed all day, and why. */
export interface Holiday {
  readonly day: DayNumber;
  /** "Good Friday", "Independence Day (observed)", "National Day of Mourning for President Gerald R. Ford". */
  readonly name: string;
}

/** A session that ends before the regular close. */
export interface EarlyClose {
  readonly day: DayNumber;
  /** Closing time, 24-hour `HH:MM` in New York time (America/New_York): `13:00` is 1 p.m. */
  readonly time: string;
  /** The occasion: "day after Thanksgiving", "Christmas Eve". */
  readonly name: string;
}

/** One calendar year of a market: its holidays and early closes, each in date order. */
export interface MarketYear {
  readonly year: number;
  readonly holidays: readonly Holiday[];
  readonly earlyCloses: readonly EarlyClose[];
}
