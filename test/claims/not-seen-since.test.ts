/**
 * "Heights it had not reached since December 2011", "levels not seen since 2020": the highest
 * (lowest) close since the date named, read without a superlative. "Levels" takes its side
 * from the move word (a rise: highs; a fall: lows). Expected values are plain scans of the
 * shipped rows.
 */
import { describe, expect, it } from 'vitest';
import { check, closeAt, at, rowsOf } from './scan.js';

const vix = rowsOf('VIX.yahoo.csv');
const spx = rowsOf('GSPC.yahoo.csv');
const monthName = (iso: string): string => new Date(`${iso}T12:00:00Z`).toLocaleString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The date of the last close before day i at least as high (side 1) or as low (side -1) as day i's. */
function lastAsFar(rows: typeof vix, i: number, side: 1 | -1): string {
  for (let k = i - 1; k >= 0; k--) if (side * (closeAt(rows, k) - closeAt(rows, i)) >= 0) return rows[k]?.date ?? '';
  return '';
}

describe('"not reached since" and "not seen since"', () => {
  it('the VIX "climbed to heights it had not reached since" the month of the last close as high', () => {
    const date = '2015-08-21';
    const since = lastAsFar(vix, at(vix, date), 1);
    const right = check(`On Friday, Aug. 21, 2015, the VIX climbed to heights it had not reached since ${monthName(since)}.`, undefined, date);
    expect(right.find((c) => c.claim.metric === 'highest_since')?.verdict.verdict).toBe('supported');
    const wrongYear = Number(since.slice(0, 4)) + 2;
    const wrong = check(`On Friday, Aug. 21, 2015, the VIX climbed to heights it had not reached since ${wrongYear}.`, undefined, date);
    expect(wrong.find((c) => c.claim.metric === 'highest_since')?.verdict.verdict).toBe('contradicted');
  });

  it('"fell to levels not seen since" is the lowest close since', () => {
    const date = '2020-03-23';
    const since = lastAsFar(spx, at(spx, date), -1);
    const checked = check(`On Monday, March 23, 2020, the S&P 500 fell to levels not seen since ${since.slice(0, 4)}.`, undefined, date);
    const claim = checked.find((c) => c.claim.metric === 'lowest_since');
    expect(claim?.verdict.verdict).toBe('supported');
  });
});
