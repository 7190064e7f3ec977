/** What a plausible one-day move is for each kind of instrument: beyond it, ingest warns. */
import type { InstrumentKind } from '../core/instrument.js';

/**
 * The largest one-day move that passes without a warning. For yields it is a change in
 * percentage points (1.0 = 100 basis points); for everything else a fraction of the prior
 * close (0.25 = 25%). The bounds sit above the largest real moves in the shipped data (the
 * S&P 500's -20.5% on Oct. 19, 1987; the VIX's +115% on Feb. 5, 2018), so a warning points
 * at a likely data error: a missing decimal point, a split, a wrong file.
 */
export const PLAUSIBLE_ONE_DAY_MOVE = {
  index: 0.25,
  etf: 0.25,
  stock: 0.5,
  volatility: 2,
  yield: 1,
  // Added with the connectors (user instruments of these kinds).
  fx: 0.25,
  crypto: 0.5,
  commodity: 0.5,
  other: 0.5,
} as const satisfies Record<InstrumentKind, number>;

/**
 * True when the move from `previous` to `current` is beyond the plausible bound for `kind`
 * (see {@link PLAUSIBLE_ONE_DAY_MOVE}). A yield is compared in percentage points; other kinds
 * by relative change. A non-positive prior price counts as implausible.
 */
export function isImplausibleMove(kind: InstrumentKind, previous: number, current: number): boolean {
  const bound = PLAUSIBLE_ONE_DAY_MOVE[kind];
  if (kind === 'yield') return Math.abs(current - previous) > bound;
  if (previous <= 0) return true;
  return Math.abs(current / previous - 1) > bound;
}

/** The bound of {@link PLAUSIBLE_ONE_DAY_MOVE} for `kind` in words: `25%`, `1 percentage point`. */
export function describePlausibleBound(kind: InstrumentKind): string {
  const bound = PLAUSIBLE_ONE_DAY_MOVE[kind];
  return kind === 'yield' ? `${bound} percentage point${bound === 1 ? '' : 's'}` : `${bound * 100}%`;
}

const KIND_WITH_ARTICLE = {
  index: 'an index',
  etf: 'an ETF',
  stock: 'a stock',
  volatility: 'a volatility index',
  yield: 'a yield',
  fx: 'an exchange rate',
  crypto: 'a cryptocurrency',
  commodity: 'a commodity',
  other: 'an instrument of kind "other"',
} as const satisfies Record<InstrumentKind, string>;

/** The kind in words with its article, for messages: `an index`, `an ETF`, `a yield`. */
export function describeKind(kind: InstrumentKind): string {
  return KIND_WITH_ARTICLE[kind];
}
