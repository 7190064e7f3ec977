/** Counting the closes a stored column holds (store-rows.ts): NaN marks a row without one. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countPresent } from '../../src/data/store-rows.js';

describe('countPresent', () => {
  it('is the number of values that are not NaN, gaps anywhere or none', () => {
    const cell = fc.oneof(fc.double({ noNaN: true }), fc.constant(Number.NaN));
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 200 }), (cells) => {
        expect(countPresent(Float64Array.from(cells))).toBe(cells.filter((value) => !Number.isNaN(value)).length);
      }),
    );
  });

  it('counts a column without gaps whole, an empty one as none, and an all-NaN one as none', () => {
    expect(countPresent(new Float64Array([1, 2, 3]))).toBe(3);
    expect(countPresent(new Float64Array([]))).toBe(0);
    expect(countPresent(new Float64Array(4).fill(Number.NaN))).toBe(0);
    expect(countPresent(new Float64Array([0, -0, Number.NaN, Number.POSITIVE_INFINITY]))).toBe(3);
  });
});
