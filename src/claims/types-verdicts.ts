/**
 * What `check` says of a claim: why it cannot be checked, the value the data give, the
 * observations and provenance a verdict used, and the verdicts themselves.
 */
import type { ReturnBasis } from '../stats/index.js';
import type { Claim } from './types.js';

/** Why a claim cannot be checked. */
export const UnverifiableReasons = [
  'instrument-not-in-store',
  'unknown-instrument',
  'before-data',
  'after-data',
  'intraday',
  'price-return-unavailable',
  'not-computable',
  'market-closed',
  'unclear',
  'not-computed',
] as const;
/** One of {@link UnverifiableReasons}. */
export type UnverifiableReason = (typeof UnverifiableReasons)[number];

/** The value the data give: a number, an ISO date / `YYYY-MM` month, a state, a flag, or nothing. */
export type ActualValue = number | string | boolean | null;

/** One observation a verdict used: symbol, date, value and what the value is. */
export interface VerdictInput {
  readonly symbol: string;
  readonly date: string;
  readonly value: number;
  readonly role: string;
}

/** Where a verdict's number came from. */
export interface VerdictProvenance {
  /** "Yahoo Finance ^RUT", "FRED DGS10". */
  readonly source: string;
  readonly basis: ReturnBasis;
  /** The trading date the data were read as of. */
  readonly asOf: string;
  /** The rule, in words: "close on the date over the prior close". */
  readonly rule: string;
  readonly inputs: readonly VerdictInput[];
}

/** The claim holds within the tolerance. */
export interface Supported {
  readonly verdict: 'supported';
  readonly actual: ActualValue;
  /** The tolerance applied, in words ("rounds to 11.2 (11.15 to 11.25)"). */
  readonly note: string;
  readonly provenance: VerdictProvenance;
}

/** The claim does not hold: the actual value and the sentence as it should read. */
export interface Contradicted {
  readonly verdict: 'contradicted';
  readonly actual: ActualValue;
  readonly note: string;
  readonly corrected: string;
  readonly provenance: VerdictProvenance;
}

/** The data cannot settle the claim; `reason` says why. */
export interface Unverifiable {
  readonly verdict: 'unverifiable';
  readonly reason: UnverifiableReason;
  readonly note: string;
  /** Something the data do say, when they say something (IWO's total return). */
  readonly actual: ActualValue;
  readonly provenance: VerdictProvenance | null;
}

/** The verdict on one claim. */
export type Verdict = Supported | Contradicted | Unverifiable;

/** A claim with its verdict. */
export interface CheckedClaim {
  readonly claim: Claim;
  readonly verdict: Verdict;
}
