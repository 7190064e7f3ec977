/**
 * A drawdown state's line on a closing basis: a correction is said while the close is at least
 * 10% below the peak, a bear market while it is at least 20% below. The engine's state lasts
 * longer (a correction until a close above the peak, a bear market until a close 20% above its
 * low), so an index can come back above the line and fall past it again inside one state; the
 * stay that counts for "in a correction since D" is the current one.
 */
import { DRAWDOWN_EPSILON, DRAWDOWN_LINES } from './drawdown.js';

/** The current stay at or beyond a line, as indexes into the series. */
export interface LineStay {
  /** Index of the first close of the unbroken run at or beyond the line that ends at the date. */
  readonly start: number;
  /** True when a close after the peak and before the run was above the line: the index came back and fell past it again. */
  readonly isReentry: boolean;
}

/** True when `close` is at least `line` (a fraction: 0.1 is 10%) below `peak`, with the state machine's tolerance. */
export function isBeyondLine(close: number, peak: number, line: number): boolean {
  return 1 - close / peak >= line - DRAWDOWN_EPSILON;
}

/**
 * The stay at or beyond the line of `state` (10% below the peak close `values[peakIdx]` for a
 * correction, 20% for a bear market) that holds at observation `i`: its first close, and whether
 * an earlier close of the same decline (after the peak, at or after `stateStart`, the first
 * close of the state) was back above the line. Null when close `i` is above the line (the index
 * has recovered part of the way) or `peakIdx` is not before `i`. O(length of the decline).
 */
export function lineStayAt(values: Float64Array, i: number, peakIdx: number, stateStart: number, state: keyof typeof DRAWDOWN_LINES): LineStay | null {
  const peak = values[peakIdx] ?? Number.NaN;
  const line = DRAWDOWN_LINES[state];
  if (!(peakIdx < i) || !isBeyondLine(values[i] ?? Number.NaN, peak, line)) return null;
  let start = i;
  while (start - 1 > peakIdx && isBeyondLine(values[start - 1] ?? Number.NaN, peak, line)) start--;
  return { start, isReentry: start > Math.max(stateStart, peakIdx + 1) };
}
