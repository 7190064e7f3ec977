/**
 * The drawdown state machine on a closing basis (docs/definitions.md):
 *
 * - The peak is the record close or, once a bear market has ended, the highest close since
 *   that bear market's low (until a new record). Equivalently: the highest close since the
 *   low of the last bear market that ended, or since the data begin.
 * - `none` (a bull market) turns into a correction at a close 10% or more below the peak, and
 *   into a bear market at 20% or more below it.
 * - A correction lasts until a close above the peak (back to `none`) or a close 20% or more
 *   below it (a bear market).
 * - A bear market ends with a close 20% or more above its lowest close; that close starts a
 *   new bull market and is its first peak.
 */
import type { DrawdownState } from '../contract.js';

/** State codes in typed arrays: 0 none, 1 correction, 2 bear. */
export const DRAWDOWN_CODES = { none: 0, correction: 1, bear: 2 } as const;

/** Names of the state codes, by code. */
export const DRAWDOWN_NAMES: readonly DrawdownState[] = ['none', 'correction', 'bear'];

/** Each state's line: how far below the peak a close must be to be in it, as a fraction of the peak (0.1 is 10%). */
export const DRAWDOWN_LINES = { correction: 0.1, bear: 0.2 } as const;
/** Thresholds as fractions of the peak (10%, 20%) and of the bear low (20%). */
const CORRECTION_DEPTH = DRAWDOWN_LINES.correction;
const BEAR_DEPTH = DRAWDOWN_LINES.bear;
const BEAR_RECOVERY = 0.2;
/** Tolerance so a fall of exactly 10.00% on two-decimal data counts as 10%. */
export const DRAWDOWN_EPSILON = 1e-12;
const EPSILON = DRAWDOWN_EPSILON;

/** Optional per-observation outputs of {@link runDrawdown}. */
export interface DrawdownArrays {
  /** State code per observation. */
  readonly state: Uint8Array;
  /** Index of the peak the drawdown is measured from. */
  readonly peakIdx: Int32Array;
  /** Index of the observation on which the current state began (-1 for `none` from the start). */
  readonly sinceIdx: Int32Array;
}

/** The machine's state after an observation. */
export interface DrawdownStep {
  state: number;
  peakIdx: number;
  sinceIdx: number;
  /** Lowest close of the current bear market (its index); -1 outside bear markets. */
  troughIdx: number;
  /** State after the observation before `end` (null when `end` is 0). */
  prevState: number | null;
}

/**
 * Runs the state machine over `values[0..end]` (inclusive) and returns the state after
 * `values[end]`. Fills `arrays` for every observation when given. O(end).
 */
export function runDrawdown(values: Float64Array, end: number, arrays?: DrawdownArrays): DrawdownStep {
  let state = 0;
  let peakIdx = 0;
  let peak = values[0] ?? Number.NaN;
  let sinceIdx = -1;
  let troughIdx = -1;
  let trough = Number.NaN;
  let prevState: number | null = null;
  for (let i = 0; i <= end; i++) {
    if (i === end) prevState = i === 0 ? null : state;
    const close = values[i] ?? Number.NaN;
    if (state === 2) {
      if (close < trough) {
        trough = close;
        troughIdx = i;
      } else if (close >= trough * (1 + BEAR_RECOVERY) * (1 - EPSILON)) {
        state = 0;
        peak = close;
        peakIdx = i;
        sinceIdx = i;
        troughIdx = -1;
      }
    } else if (close > peak) {
      peak = close;
      peakIdx = i;
      if (state === 1) {
        state = 0;
        sinceIdx = i;
      }
    } else {
      const depth = 1 - close / peak;
      if (depth >= BEAR_DEPTH - EPSILON) {
        state = 2;
        sinceIdx = i;
        trough = close;
        troughIdx = i;
      } else if (state === 0 && depth >= CORRECTION_DEPTH - EPSILON) {
        state = 1;
        sinceIdx = i;
      }
    }
    if (arrays) {
      arrays.state[i] = state;
      arrays.peakIdx[i] = peakIdx;
      arrays.sinceIdx[i] = sinceIdx;
    }
  }
  return { state, peakIdx, sinceIdx, troughIdx, prevState };
}
