/** The shared calendar of each market, and the market an instrument kind trades on. */
import { BOND_RULES } from './bonds.js';
import { MarketCalendar } from './market-calendar.js';
import { NYSE_RULES } from './nyse.js';
import type { MarketId } from './types.js';

const calendars: Record<MarketId, MarketCalendar> = {
  nyse: new MarketCalendar(NYSE_RULES),
  bonds: new MarketCalendar(BOND_RULES),
};

/** The calendar of a market (one shared instance per market; years are computed once and kept). */
export function calendarOf(market: MarketId): MarketCalendar {
  return calendars[market];
}

/** A new calendar of a market with nothing computed yet (for measuring the computation). */
export function freshCalendarOf(market: MarketId): MarketCalendar {
  return new MarketCalendar(market === 'nyse' ? NYSE_RULES : BOND_RULES);
}

/**
 * The market whose calendar an instrument kind follows: yields the bond market; stocks,
 * indexes, ETFs and the VIX the NYSE; any other kind (currencies, crypto, which trade on days
 * the NYSE is closed) none, `null`.
 */
export function marketOfKind(kind: string): MarketId | null {
  if (kind === 'yield') return 'bonds';
  if (kind === 'index' || kind === 'etf' || kind === 'stock' || kind === 'volatility') return 'nyse';
  return null;
}

/** The calendar an instrument kind follows (see {@link marketOfKind}), or null for a kind with none. */
export function calendarOfKind(kind: string): MarketCalendar | null {
  const market = marketOfKind(kind);
  return market === null ? null : calendarOf(market);
}
