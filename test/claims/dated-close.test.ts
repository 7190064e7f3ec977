/**
 * "Its Jan. 4 close of 1,172.51": a level said as the close of a date before it is that date's
 * close, not the article day's. Expected levels are plain reads of the shipped rows.
 */
import { describe, expect, it } from 'vitest';
import { apDate } from '../brief/words.js';
import { parseIsoDay } from '../../src/core/date.js';
import { at, check, closeAt, pct, rowsOf } from './scan.js';

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

describe('a high said with its date', () => {
  // The spring's highest close: a month AP spells out ("March 19"), so the date reads as words before "high".
  const spring = spx.filter((r) => r.date >= '2002-03-01' && r.date <= '2002-06-30');
  const top = spring.reduce((best, r) => (r.close > best.close ? r : best), spring[0] ?? { date: '', close: 0 });
  const when = apDate(top.date, 2002);
  const level = top.close;
  const levelText = level.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const below = -pct(level, closeAt(spx, at(spx, DAY)));
  const belowText = `${below.toFixed(1)}%`;

  it('"its <date> high of <level>" is that date\'s close: supported', () => {
    expect(closeVerdicts(`The S&P 500 is ${belowText} below its ${when} high of ${levelText}.`)).toEqual([{ verdict: 'supported', day: parseIsoDay(top.date) }]);
  });

  it('a level that is not that close is only unclear: a high may be the intraday high', () => {
    const other = (level * 1.01).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const found = check(`The S&P 500 is ${belowText} below its ${when} high of ${other}.`, undefined, DAY).filter((c) => c.claim.metric === 'close');
    expect(found.map((c) => c.verdict.verdict)).toEqual(['unverifiable']);
  });

  it('"N% below its <date> high" is the distance from that close, not from the record', () => {
    const distance = (text: string) => check(text, undefined, DAY).filter((c) => c.claim.metric === 'pct_since' || c.claim.metric === 'pct_from_record');
    const right = distance(`The S&P 500 is ${belowText} below its ${when} high.`);
    expect(right.map((c) => [c.claim.metric, c.verdict.verdict])).toEqual([['pct_since', 'supported']]);
    const wrong = distance(`The S&P 500 is ${(below + 3).toFixed(1)}% below its ${when} high.`);
    expect(wrong.map((c) => c.verdict.verdict)).toEqual(['contradicted']);
  });
});
