/**
 * Round trip on random dates for the week, month and 52-week claims: a sentence written here
 * from the CSV rows (plain scans of period-scan.ts) comes back supported, and the same
 * sentence with the count pushed by one comes back contradicted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatOrdinal } from '../../src/narrative/ap-style.js';
import { periodStreak, range52 } from './period-scan.js';
import { check, rowsOf } from './scan.js';

const spx = rowsOf('GSPC.yahoo.csv');
const recent = spx.slice(-2500);

describe('round trip of weekly and monthly streaks and 52-week flags', () => {
  it('a streak written from the rows is supported, one more is contradicted; a 52-week flag is judged as the scan says', () => {
    fc.assert(
      fc.property(fc.integer({ min: 300, max: recent.length - 1 }), fc.constantFrom('week' as const, 'month' as const), (i, unit) => {
        const row = recent[i];
        if (!row) return;
        const streak = periodStreak(spx, row.date, unit);
        const word = unit === 'week' ? 'weekly' : 'monthly';
        const range = range52(spx, row.date);
        const flags = `It closed at a 52-week high. It closed at a 52-week low.`;
        if (Math.abs(streak) >= 2) {
          const direction = streak > 0 ? 'gain' : 'decline';
          const right = check(`The S&P 500 posted its ${formatOrdinal(Math.abs(streak))} straight ${word} ${direction}. ${flags}`, undefined, row.date);
          expect(right.map((c) => [c.claim.metric, c.verdict.verdict])).toEqual([
            [unit === 'week' ? 'streak_weeks' : 'streak_months', 'supported'],
            ['is_52w_high', range.close >= range.high ? 'supported' : 'contradicted'],
            ['is_52w_low', range.close <= range.low ? 'supported' : 'contradicted'],
          ]);
        }
        const wrong = check(`The S&P 500 posted its ${formatOrdinal(Math.abs(streak) + 1)} straight ${word} ${streak >= 0 ? 'gain' : 'decline'}.`, undefined, row.date);
        expect(wrong.map((c) => c.verdict.verdict)).toEqual(['contradicted']);
      }),
      { numRuns: 40 },
    );
  });
});
