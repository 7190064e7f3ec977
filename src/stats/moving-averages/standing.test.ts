import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DayNumber } from '../../core/date.js';
import { makeSeries } from '../../../test/helpers/synthetic-series.js';
import { buildStatsIndex } from '../stats-index.js';
import { averageStanding } from './standing.js';

const closes = [10, 10, 13, 14, 9, 8, 14, 11, 11];
const index = buildStatsIndex(makeSeries(closes));
const at = (i: number): DayNumber => (index.days[i] ?? 0) as DayNumber;

describe('averageStanding', () => {
  it('no average with fewer closes than the window', () => {
    expect(averageStanding(index, at(1), 3)).toMatchObject({ average: null, side: null, sessions_on_side: 0, previous_on_side: null });
  });

  it('the first close below since the last close below', () => {
    // 3-day averages from i = 2: 11, 12.33, 12, 10.33, 10.33, 11, 12; sides: above, above, below, below, above, equal, below.
    expect(averageStanding(index, at(4), 3)).toMatchObject({ side: 'below', sessions_on_side: 1, previous_on_side: null });
    expect(averageStanding(index, at(5), 3)).toMatchObject({ side: 'below', sessions_on_side: 2 });
    expect(averageStanding(index, at(6), 3)).toMatchObject({ side: 'above', sessions_on_side: 1, previous_on_side: '2020-01-06' });
    expect(averageStanding(index, at(7), 3)).toMatchObject({ side: 'equal', sessions_on_side: 0, previous_on_side: null });
    expect(averageStanding(index, at(8), 3)).toMatchObject({ side: 'below', sessions_on_side: 1, previous_on_side: '2020-01-08' });
  });

  it('equal to the average is neither side', () => {
    const flat = buildStatsIndex(makeSeries([5, 5, 5]));
    expect(averageStanding(flat, (flat.days[2] ?? 0) as DayNumber, 2)).toMatchObject({ side: 'equal', sessions_on_side: 0, pct_from_average: 0 });
  });
});

describe('average invariants', () => {
  it('the side agrees with pct_from_average, and the run is at most the observations with an average', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 10 }), (raw, window) => {
        const idx = buildStatsIndex(makeSeries(raw));
        const standing = averageStanding(idx, (idx.days[raw.length - 1] ?? 0) as DayNumber, window);
        if (standing.average === null) {
          expect(raw.length).toBeLessThan(window);
          return;
        }
        expect(Math.sign(standing.pct_from_average ?? 0)).toBe(standing.side === 'above' ? 1 : standing.side === 'below' ? -1 : 0);
        expect(standing.sessions_on_side).toBeLessThanOrEqual(raw.length - window + 1);
      }),
    );
  });
});
