/**
 * When a stated figure agrees with the data. A figure holds within the rounding the text
 * used: `11.2` holds for 11.15 to 11.25 (half a unit of the last digit written, both ends
 * included). Hedge words widen or bound the interval (docs/claims.md):
 *
 * - about, around, roughly: ± max(one unit of the last digit, 3% of the figure)
 * - nearly, almost, just under: from the figure less that margin up to its rounding
 * - just over, slightly more than: from its rounding down to the figure plus that margin
 * - more than, over, at least: at or above the figure's rounding
 * - less than, under, within: at or below the figure's rounding
 *
 * A figure said as of a time of day ("as of 3 p.m.") is judged against the close with an
 * extra allowance (see {@link timeOfDayAllowance}). Directions are judged apart from sizes:
 * "fell 0.3%" is wrong when the close rose, whatever the size.
 */
import type { InstrumentKind } from '../../core/instrument.js';
import type { StatedNumber } from '../types.js';

/** The interval of magnitudes a stated figure allows. */
export interface Interval {
  readonly low: number;
  readonly high: number;
}

const EPSILON = 1e-9;

/** The interval of magnitudes `stated` allows, widened by `extra` on both sides. */
export function allowedInterval(stated: StatedNumber, extra = 0): Interval {
  const v = Math.abs(stated.value);
  const step = 10 ** -stated.decimals;
  const half = step / 2;
  const margin = Math.max(step, 0.03 * v);
  const [low, high] = ((): [number, number] => {
    switch (stated.hedge) {
      case 'exact':
        return [v - half, v + half];
      case 'about':
        return [v - margin, v + margin];
      case 'nearly':
        return [v - margin, v + half];
      case 'just-over':
        return [v - half, v + margin];
      case 'more-than':
        return [v, Number.POSITIVE_INFINITY];
      case 'less-than':
        return [0, v];
      case 'within':
        return [0, v + half];
    }
  })();
  return { low: Math.max(0, low - extra), high: high + extra };
}

/** The outcome of comparing a stated figure with the actual value. */
export interface Comparison {
  readonly holds: boolean;
  /** False when the direction is wrong (said to fall, rose). */
  readonly directionHolds: boolean;
  readonly interval: Interval;
}

/**
 * Compares `stated` with `actual` (both in the stated unit, signed). The direction is judged
 * only when the text gave one and the actual value is not zero within the rounding.
 */
export function compareNumber(stated: StatedNumber, actual: number, extra = 0): Comparison {
  const interval = allowedInterval(stated, extra);
  const magnitude = Math.abs(actual);
  const half = 10 ** -stated.decimals / 2;
  const directionHolds = !stated.signed || magnitude <= half + extra || Math.sign(actual) === Math.sign(stated.value) || stated.value === 0;
  const inside = magnitude >= interval.low - EPSILON * Math.max(1, magnitude) && magnitude <= interval.high + EPSILON * Math.max(1, magnitude);
  return { holds: directionHolds && inside, directionHolds, interval };
}

/** Words for an interval: "11.15 to 11.25", "at least 19.95". */
export function describeInterval(interval: Interval, decimals: number): string {
  const digits = Math.min(6, decimals + 2);
  const fmt = (x: number): string => String(Number(x.toFixed(digits)));
  if (interval.high === Number.POSITIVE_INFINITY) return `at least ${fmt(interval.low)}`;
  if (interval.low === 0) return `at most ${fmt(interval.high)}`;
  return `${fmt(interval.low)} to ${fmt(interval.high)}`;
}

/**
 * The extra allowance for a figure stated as of a time of day, in the stated unit: 0.25
 * percentage point for percent moves, 3 basis points (0.03 point) for yield moves and levels,
 * 0.25% of the close (`level`) for index and fund levels and point moves, 0 for counts.
 */
export function timeOfDayAllowance(stated: StatedNumber, isYield: boolean, level: number): number {
  switch (stated.unit) {
    case 'percent':
      return 0.25;
    case 'bp':
      return 3;
    case 'pp':
      return 0.03;
    case 'level':
      return isYield ? 0.03 : Math.abs(level) * 0.0025;
    case 'points':
      return Math.abs(level) * 0.0025;
    case 'count':
      return 0;
  }
}

/** A data desk's allowance for how a figure was sourced, in the stated unit, and its note. */
export interface DeskAllowance {
  readonly extra: number;
  readonly note: string;
}

/** Index points a close or point move may differ by: preliminary against final closes. */
export const INDEX_POINT_ALLOWANCE = 0.3;
/** Basis points a yield level or move may differ by: yields quoted at 3 p.m. or from Tradeweb against FRED's closes. */
export const YIELD_BP_ALLOWANCE = 3;

/**
 * The desk allowance of a figure: 0.3 point for index closes and point moves (a story's
 * preliminary close against the final one), 3 basis points for yield levels and moves (news
 * quotes yields at 3 p.m. or from Tradeweb; the data are FRED's closes). Zero for anything else.
 */
export function deskAllowance(stated: StatedNumber, kind: InstrumentKind): DeskAllowance {
  if (kind === 'yield') {
    if (stated.unit === 'bp') return { extra: YIELD_BP_ALLOWANCE, note: yieldNote };
    if (stated.unit === 'pp' || stated.unit === 'level' || stated.unit === 'percent') return { extra: YIELD_BP_ALLOWANCE / 100, note: yieldNote };
    return { extra: 0, note: '' };
  }
  if (kind === 'index' && (stated.unit === 'points' || stated.unit === 'level') && stated.decimals > 0) {
    return { extra: INDEX_POINT_ALLOWANCE, note: '; a close or point move may differ from the final close by 0.3 point (preliminary figures)' };
  }
  return { extra: 0, note: '' };
}

const yieldNote = '; a yield quoted at 3 p.m. or from Tradeweb may differ from the FRED close by 3 basis points';

/**
 * True when a whole number truncates the actual magnitude: AP prose drops the decimals
 * ("fell 2,352 points" for 2,352.60; "closed at 29,638" for 29,638.64).
 */
export function truncates(stated: StatedNumber, actual: number): boolean {
  if (stated.decimals !== 0 || stated.hedge !== 'exact') return false;
  const magnitude = Math.abs(actual);
  const v = Math.abs(stated.value);
  const directionHolds = !stated.signed || Math.sign(actual) === Math.sign(stated.value);
  return directionHolds && magnitude >= v && magnitude < v + 1;
}
