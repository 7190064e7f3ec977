/** Instruments: what a series measures and how its numbers are read. */

/** A canonical instrument symbol such as `SPX`, `RUT`, `US10Y`; upper case. */
export type InstrumentSymbol = string & { readonly __brand: 'InstrumentSymbol' };

/** Makes a canonical symbol: trimmed and upper-cased. */
export function toSymbol(text: string): InstrumentSymbol {
  return text.trim().toUpperCase() as InstrumentSymbol;
}

/**
 * What kind of thing a series is; yields are levels whose changes are in basis points. `fx` is
 * an exchange rate, `crypto` a cryptocurrency (trades on weekends), `commodity` a commodity price.
 */
export const InstrumentKinds = ['index', 'etf', 'stock', 'yield', 'volatility', 'fx', 'crypto', 'commodity', 'other'] as const;

/** Kinds that trade every calendar day, weekends included (no weekend warnings for them). */
export const EVERY_DAY_KINDS: readonly InstrumentKind[] = ['crypto'];
/** One of {@link InstrumentKinds}. */
export type InstrumentKind = (typeof InstrumentKinds)[number];

/** The unit of a series' values. */
export const InstrumentUnits = ['points', 'percent', 'dollars'] as const;
/** One of {@link InstrumentUnits}. */
export type InstrumentUnit = (typeof InstrumentUnits)[number];

/** A registered instrument. */
export interface Instrument {
  readonly symbol: InstrumentSymbol;
  /** The formal name, "Russell 2000". */
  readonly name: string;
  /** The name a story uses first, "the Russell 2000"; later mentions use `shortName`. */
  readonly storyName: string;
  /** What a story calls it on second reference, "the index", "the yield", "the fund". */
  readonly shortName: string;
  /** Every name people write for it, lower case: "small caps", "the russell". */
  readonly aliases: readonly string[];
  readonly kind: InstrumentKind;
  readonly unit: InstrumentUnit;
  /** ISO 4217 currency, or null for yields and volatility indexes. */
  readonly currency: string | null;
  /** Where the data come from, "Yahoo Finance ^RUT". */
  readonly source: string;
  /**
   * The first day of the instrument's own history (`YYYY-MM-DD`: an index's base date, a
   * fund's first trade), when the data reach back to it: then the data hold all of its history
   * and a claim about it "ever" or "in history" can be judged. Absent when the data begin later
   * (the Dow's file begins in 1992) or it is not known.
   */
  readonly historyBegins?: string;
}

/** True for instruments whose values are yields: changes are in basis points, never percent. */
export function isYield(instrument: Pick<Instrument, 'kind'>): boolean {
  return instrument.kind === 'yield';
}
