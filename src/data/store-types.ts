/** The shapes the market store (store.ts) takes and gives: how to open it, and what it holds of each instrument. */
import type { DayNumber, TradingDate } from '../core/date.js';
import type { Instrument } from '../core/instrument.js';
import type { InstrumentRegistry } from './registry.js';

/** An instrument with data in the store: its date range and row counts. */
export interface InstrumentSummary {
  readonly instrument: Instrument;
  readonly firstDay: DayNumber;
  readonly lastDay: DayNumber;
  readonly firstDate: TradingDate;
  readonly lastDate: TradingDate;
  /** Stored rows (days). */
  readonly rows: number;
  /** Rows with an unadjusted close. */
  readonly closeRows: number;
  /** Rows with an adjusted close. */
  readonly adjCloseRows: number;
}

/** How to open a store. */
export interface OpenStoreOptions {
  /** Instruments known to the store; the built-ins when omitted. */
  readonly registry?: InstrumentRegistry;
  /** Open for reading only (several processes may read at once). Default false. */
  readonly readOnly?: boolean;
  /**
   * Where the registry's descriptions come from, for the message when they disagree with the
   * descriptions stored with the data (stored-instruments.ts): `the instrument config PATH`.
   * Default `the built-in instruments`.
   */
  readonly registrySource?: string;
  /** How long to wait for another process's lock on the file, in milliseconds. Default 0. */
  readonly waitMs?: number;
}
