/**
 * When the year's closing low was set: "since their lowest close of the year on Oct. 12" is
 * said of each index named after "their"; a day that is not the year's lowest close is wrong
 * when the year pins it, and a doubt when only "recent" does. Expected values are plain scans
 * of the shipped rows.
 */
import { describe, expect, it } from 'vitest';
import { formatApDate } from '../../src/narrative/ap-style.js';
import { parseIsoDay } from '../../src/core/date.js';
import { check, rowsOf } from './scan.js';

const date = '2022-11-30';
const spx = rowsOf('GSPC.yahoo.csv');
const ixic = rowsOf('IXIC.yahoo.csv');

/** The date of the lowest close from Jan. 1 of the article's year to the article date (the first of a tie). */
function yearLowDate(rows: typeof spx): string {
  let low: (typeof spx)[number] | undefined;
  for (const row of rows) if (row.date >= '2022-01-01' && row.date <= date && (low === undefined || row.close < low.close)) low = row;
  return low?.date ?? '';
}

const apDay = (iso: string): string => formatApDate(parseIsoDay(iso) ?? (0 as never)).replace(/, \d{4}$/, '');

describe('the day of the year’s closing low', () => {
  it('"their" before two indexes: a claim for each, judged on its own low', () => {
    const stated = yearLowDate(spx);
    const text = `Wednesday, Nov. 30, 2022.\n\nSince their lowest close of the year on ${apDay(stated)}, the S&P 500 has climbed 14% and the Nasdaq composite 9%.`;
    const lows = check(text, undefined, date).filter((c) => c.claim.metric === 'low_set_on');
    expect(lows.map((c) => c.claim.symbol).sort()).toEqual(['IXIC', 'SPX']);
    for (const claim of lows) {
      const own = yearLowDate(claim.claim.symbol === 'SPX' ? spx : ixic);
      expect(claim.verdict.verdict, claim.claim.symbol ?? '').toBe(own === stated ? 'supported' : 'contradicted');
      expect(claim.verdict.actual).toBe(own);
      if (claim.verdict.verdict === 'contradicted') expect(claim.verdict.corrected).toContain(`lowest close of the year on ${apDay(own)},`);
    }
  });

  it('"its recent lowest close" on a day that was not the year’s low is a doubt, not an error', () => {
    const low = yearLowDate(spx);
    const other = spx.find((row) => row.date > low && row.date <= date && row.date.slice(5, 7) !== low.slice(5, 7))?.date ?? '';
    const checked = check(`Wednesday, Nov. 30, 2022.\n\nThe S&P 500 is up 10% from its recent lowest close on ${apDay(other)}.`, undefined, date);
    const claim = checked.find((c) => c.claim.metric === 'low_set_on');
    expect(claim?.verdict.verdict).toBe('unverifiable');
    expect(claim?.verdict.verdict === 'unverifiable' ? claim.verdict.reason : null).toBe('unclear');
  });
});
