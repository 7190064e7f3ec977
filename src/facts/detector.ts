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

/** True for instruments whose closes can set records, milestones and drawdowns (not yields or volatility). */
export function isPriceLike(stats: InstrumentStats): boolean {
  const kind = stats.instrument.kind;
  return kind === 'index' || kind === 'etf' || kind === 'stock' || kind === 'other';
}
