import { describe, expect, it } from 'vitest';
import { lineStayAt } from './drawdown-line.js';

describe('lineStayAt', () => {
  // Peak 100 (index 0); 10% line at 90. Beyond at 1-2, back above at 3 (still a correction), beyond again at 4-5.
  const values = Float64Array.from([100, 89, 88, 92, 90, 85, 95]);

  it('the first close of the current stay beyond the line; a return after a close above it is a re-entry', () => {
    expect(lineStayAt(values, 2, 0, 1, 'correction')).toEqual({ start: 1, isReentry: false });
    expect(lineStayAt(values, 4, 0, 1, 'correction')).toEqual({ start: 4, isReentry: true });
    expect(lineStayAt(values, 5, 0, 1, 'correction')).toEqual({ start: 4, isReentry: true });
  });

  it('null above the line, and on the peak itself', () => {
    expect(lineStayAt(values, 3, 0, 1, 'correction')).toBeNull();
    expect(lineStayAt(values, 6, 0, 1, 'correction')).toBeNull();
    expect(lineStayAt(values, 0, 0, 0, 'correction')).toBeNull();
  });

  it('a bear market has its line at 20%, exactly 20% counting', () => {
    const bear = Float64Array.from([100, 80, 81, 79]);
    expect(lineStayAt(bear, 1, 0, 1, 'bear')).toEqual({ start: 1, isReentry: false });
    expect(lineStayAt(bear, 2, 0, 1, 'bear')).toBeNull();
    expect(lineStayAt(bear, 3, 0, 1, 'bear')).toEqual({ start: 3, isReentry: true });
  });
});
