/**
 * What the read-only commands need from a store, whichever way it is opened: the DuckDB file
 * itself ({@link MarketStore}) or its series cache (series-cache.ts).
 */
import { ArgumentError } from '../core/errors.js';
import type { Instrument } from '../core/instrument.js';
import type { DailySeries } from '../core/series.js';
import type { InstrumentRegistry } from './registry.js';
import type { SeriesBasis } from './store-rows.js';
import type { InstrumentSummary } from './store.js';

/** Reading closes from a store. */
export interface StoreReader {
  /** Path of the DuckDB store file. */
  readonly path: string;
  /** The instruments the store knows. */
  readonly registry: InstrumentRegistry;
  /**
   * One instrument's series of one basis, whole (`price` by default when it has unadjusted
   * closes, else `total`; see store-rows.ts); ArgumentError('<symbol>', ...) when unknown or
   * without data. A symbol without closes of the basis asked for gives its default series, whose
   * array of that basis is null.
   */
  loadSeries(symbol: string, basis?: SeriesBasis): Promise<DailySeries>;
  /** Every instrument with data, in registry order (unregistered symbols last, A-Z). */
  loadAllSeries(): Promise<DailySeries[]>;
  /** Every instrument with data: date range and row counts. */
  listInstruments(): Promise<InstrumentSummary[]>;
  /** A registered instrument by symbol or a name the registry knows. */
  findInstrument(symbol: string): Instrument | undefined;
  close(): void;
}

/** The label of a missing-symbol error: the argument as the commands' help shows it. */
export const SYMBOL_ARGUMENT = '<symbol>';

/**
 * The one-line error for a symbol with no stored data: unknown to the registry, or known but
 * never loaded. `known` lists the symbols that have data.
 */
export function missingSeriesError(asked: string, instrument: Instrument | undefined, known: readonly string[], storePath: string): ArgumentError {
  const list = known.join(', ');
  if (instrument === undefined) return new ArgumentError(SYMBOL_ARGUMENT, `unknown symbol "${asked}"; known: ${list}`);
  const symbol = instrument.symbol;
  return new ArgumentError(SYMBOL_ARGUMENT, `no data for ${symbol} in the store ${storePath}; load a file with "marketfacts ingest <file> --symbol ${symbol}" (known: ${list})`);
}

