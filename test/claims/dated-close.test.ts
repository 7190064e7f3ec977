/**
 * "Its Jan. 4 close of 1,172.51": a level said as the close of a date before it is that date's
 * close, not the article day's. Expected levels are plain reads of the shipped rows.
 */
import { describe, expect, it } from 'vitest';
import { apDate } from '../brief/words.js';
import { parseIsoDay } from '../../src/core/date.js';
import { at, check, closeAt, rowsOf } from './scan.js';

const spx = rowsOf('GSPC.yahoo.csv');
const DAY = '2002-07-24';
const earlier = spx[at(spx, DAY) - 140];
const level = earlier === undefined ? 0 : closeAt(spx, at(spx, earlier.date));
const levelText = level.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function closeVerdicts(text: string): { verdict: string; day: number | null }[] {
  return check(text, undefined, DAY)
    .filter((c) => c.claim.metric === 'close')
    .map((c) => ({ verdict: c.verdict.verdict, day: c.claim.day }));
}

describe('a close said with the date before it', () => {
  it('the scan finds an earlier session', () => {
    expect(earlier).toBeDefined();
  });

  it(`"its <date> close of <level>" is that date's close: supported`, () => {
    const when = apDate(earlier?.date ?? '', 2002);
    const found = closeVerdicts(`The S&P 500 is 20% below its ${when} close of ${levelText}, the high of its latest rally.`);
    expect(found).toEqual([{ verdict: 'supported', day: parseIsoDay(earlier?.date ?? '') }]);
  });

  it('the wrong level for that date is contradicted, against that date', () => {
    const when = apDate(earlier?.date ?? '', 2002);
    const wrong = (level * 1.05).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    expect(closeVerdicts(`The S&P 500 is 20% below its ${when} close of ${wrong}.`)).toEqual([{ verdict: 'contradicted', day: parseIsoDay(earlier?.date ?? '') }]);
  });
});
