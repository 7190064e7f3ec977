/**
 * Float precision of moves. Data with two decimals give float noise (4.27 - 4.41 is
 * -0.14000000000000057): moves are rounded to a fixed grid so that equal moves compare equal
 * ("ties count" in "biggest since").
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

/** Percent change from `base` to `value`, compounded: (value / base - 1) * 100, on the percent grid. */
export function pctChange(base: number, value: number): number {
  return Math.round((value / base - 1) * 100 * PCT_GRID) / PCT_GRID;
}

/** Change in basis points between two yields in percent: (value - base) * 100, on the bp grid. */
export function bpChange(base: number, value: number): number {
  return Math.round((value - base) * 100 * BP_GRID) / BP_GRID;
}

/** Change in points (percentage points for yields), on the point grid. */
export function pointChange(base: number, value: number): number {
  return Math.round((value - base) * POINT_GRID) / POINT_GRID;
}

/**
 * The headline move of an instrument: percent for prices, basis points for yields. This is
 * what "biggest since" and rankings compare.
 */
export function headlineMove(isYield: boolean, base: number, value: number): number {
  return isYield ? bpChange(base, value) : pctChange(base, value);
}
