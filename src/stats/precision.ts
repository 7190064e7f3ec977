/**
 * Float precision of moves. Data with two decimals give float noise (4.27 - 4.41 is
 * -0.14000000000000057). Two kinds of functions:
 * - COMPARISON moves (`pctChange`, `bpChange`, `pointChange`, `headlineMove`) are rounded to a
 *   fixed grid so that equal moves compare equal ("ties count" in "biggest since", streak
 *   ties, rankings). Use them to compare, never to report.
 * - REPORTED moves (`unroundedPctChange`, `unroundedPointChange`, `reportedMove`) are what the
 *   JSON contracts hold: unrounded, except basis-point changes of yields, which are a difference
 *   of two 2-decimal levels and are reported on the 1e-6 bp grid (-14, not -14.000000000000057).
 */

/** Grid of basis-point changes: 1e-6 bp. */
export const BP_GRID = 1e6;
/** Grid of percentage-point (yield) and point changes: 1e-8. */
export const POINT_GRID = 1e8;
/** Grid of percent moves: 1e-9 percent. */
export const PCT_GRID = 1e9;

/** Rounds to a grid of 1/`grid`. */
export function roundToGrid(value: number, grid: number): number {
  return Math.round(value * grid) / grid;
}

/** Percent change from `base` to `value`, compounded: (value / base - 1) * 100, unrounded (for reporting). */
export function unroundedPctChange(base: number, value: number): number {
  return (value / base - 1) * 100;
}

/** Change in points (percentage points for yields): value - base, unrounded (for reporting). */
export function unroundedPointChange(base: number, value: number): number {
  return value - base;
}

/** Percent change from `base` to `value`, on the percent grid (for comparisons). */
export function pctChange(base: number, value: number): number {
  return roundToGrid(unroundedPctChange(base, value), PCT_GRID);
}

/**
 * Change in basis points between two yields in percent: (value - base) * 100, on the 1e-6 bp
 * grid. Used both to compare and to report (the one rounded value the contracts hold).
 */
export function bpChange(base: number, value: number): number {
  return roundToGrid((value - base) * 100, BP_GRID);
}

/** Change in points (percentage points for yields), on the point grid (for comparisons). */
export function pointChange(base: number, value: number): number {
  return roundToGrid(unroundedPointChange(base, value), POINT_GRID);
}

/**
 * The headline move of an instrument on the comparison grid: percent for prices, basis points
 * for yields. This is what "biggest since" and rankings compare.
 */
export function headlineMove(isYield: boolean, base: number, value: number): number {
  return isYield ? bpChange(base, value) : pctChange(base, value);
}

/**
 * The headline move as reported: unrounded percent for prices, basis points on the 1e-6 bp grid
 * for yields. `comparableMove` of it equals `headlineMove` of the same closes.
 */
export function reportedMove(isYield: boolean, base: number, value: number): number {
  return isYield ? bpChange(base, value) : unroundedPctChange(base, value);
}

/** A reported headline move (or a mean of them) on the comparison grid of its unit. */
export function comparableMove(isYield: boolean, move: number): number {
  return roundToGrid(move, isYield ? BP_GRID : PCT_GRID);
}
