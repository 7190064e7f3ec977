/** The shape of a fact detector: a small record of a kind, its rules and a pure `detect`. */
import type { Fact, FactKind } from './fact.js';
import type { FactInputs, InstrumentStats } from './inputs.js';

/** A rule: a stable id (recorded in each fact's provenance) and its plain statement. */
export interface FactRule {
  readonly id: string;
  readonly statement: string;
}

/**
 * A detector finds the facts of one kind about one instrument. `inputs` gives the other
 * instruments, for facts that compare. Pure: no I/O, no mutation; returns [] when nothing
 * is newsworthy or a statistic is missing (first day of data, a yield for a price fact...).
 */
export interface FactDetector {
  readonly kind: FactKind;
  readonly rules: readonly FactRule[];
  /** How the score is set, in words (docs/facts.md). */
  readonly scoring: string;
  detect(stats: InstrumentStats, inputs: FactInputs): readonly Fact[];
}

/**
 * True for instruments whose closes can be near a record, set milestones and drawdowns (not
 * yields or volatility), and that have a traded price (not adjusted-only data).
 */
export function isPriceLike(stats: InstrumentStats): boolean {
  const kind = stats.instrument.kind;
  return (kind === 'index' || kind === 'etf' || kind === 'stock' || kind === 'other') && !isAdjustedOnly(stats);
}

/**
 * True for instruments whose closes can set record closes: every kind but yields (a VIX record
 * close is news). Adjusted-only data are excluded: see {@link isAdjustedOnly}.
 */
export function hasCloseRecords(stats: InstrumentStats): boolean {
  return stats.instrument.kind !== 'yield' && !isAdjustedOnly(stats);
}

/**
 * True when the data hold only adjusted closes (IWO): no traded price, so no fact states a
 * level of it (close, record, 52-week, drawdown peak), and its moves are total returns.
 */
export function isAdjustedOnly(stats: InstrumentStats): boolean {
  return stats.series.close === null;
}
