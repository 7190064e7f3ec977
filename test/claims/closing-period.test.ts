/**
 * Period words that close a clause of parallel moves: "IWM (up 8.3%) lags SPY (up 12.3%) on
 * a year-to-date basis" says both figures are year-to-date returns, not only the last. The
 * figures must be parallel (each right after the same move word) and no day named in the
 * clause; "rose 1% on Monday and is up 8% this year" keeps its day's move. Expected values
 * are plain scans of the shipped rows.
 */
import { describe, expect, it } from 'vitest';
import { at, check, closeAt, find, lastCloseBefore, pct, rowsOf } from './scan.js';

const date = '2024-06-28';
const iwm = rowsOf('IWM.yahoo.csv');
const spy = rowsOf('SPY.yahoo.csv');
const ytd = (rows: typeof spy): number => pct(lastCloseBefore(rows, '2024-01-01').close, closeAt(rows, at(rows, date)));
const oneDay = (rows: typeof spy): number => pct(closeAt(rows, at(rows, date) - 1), closeAt(rows, at(rows, date)));

describe('a period closing a clause of parallel moves', () => {
  it('governs every figure: each is the year to date, right or wrong', () => {
    const [small, large] = [ytd(iwm), ytd(spy)];
    const text = `On Friday, June 28, 2024, the iShares Russell 2000 ETF (IWM) (up ${small.toFixed(1)}%) lagged the SPDR S&P 500 ETF Trust (SPY) (up ${(large + 0.6).toFixed(1)}%) on a year-to-date basis.`;
    const checked = check(text, undefined, date);
    const first = find(checked, 'ytd_pct', 'IWM');
    const second = find(checked, 'ytd_pct', 'SPY');
    expect(first.verdict.verdict).toBe('supported');
    expect(second.verdict.verdict).toBe('contradicted');
    expect(first.claim.reading.doubts).toEqual([]);
  });

  it('"so far this year" after "up A% and ... up B%" reads both as the year to date', () => {
    const text = `Friday, June 28, 2024.\n\nIWM is up ${ytd(iwm).toFixed(1)}% and SPY is up ${ytd(spy).toFixed(1)}% so far this year, as of Friday.`;
    const checked = check(text, undefined, date);
    expect(find(checked, 'ytd_pct', 'IWM').verdict.verdict).toBe('supported');
    expect(find(checked, 'ytd_pct', 'SPY').verdict.verdict).toBe('supported');
  });

  it('leaves a figure of another tense, or a clause that names the day, to its own words', () => {
    const text = `On Friday, June 28, 2024, the SPDR S&P 500 ETF Trust fell ${Math.abs(oneDay(spy)).toFixed(1)}% on Friday and is up ${ytd(spy).toFixed(1)}% this year.`;
    const checked = check(text, undefined, date);
    expect(find(checked, 'change_1d_pct', 'SPY').verdict.verdict).toBe('supported');
    expect(find(checked, 'ytd_pct', 'SPY').verdict.verdict).toBe('supported');
  });
});

describe('a percent set off by a comma after a point move', () => {
  it('"dipped 16 points, nearly 0.5 percent" restates the point move: the day, the same direction', () => {
    const spx = rowsOf('GSPC.yahoo.csv');
    const day = '2020-11-30';
    const i = at(spx, day);
    const points = closeAt(spx, i) - closeAt(spx, i - 1);
    const percent = pct(closeAt(spx, i - 1), closeAt(spx, i));
    const text = `Monday, Nov. 30, 2020.\n\nThe S&P 500 ${points < 0 ? 'dipped' : 'gained'} ${Math.abs(Math.round(points))} points, nearly ${(Math.ceil(Math.abs(percent) * 10) / 10).toFixed(1)} percent, and ended the month higher.`;
    const claim = find(check(text, undefined, day), 'change_1d_pct', 'SPX');
    expect(claim.verdict.verdict).toBe('supported');
    expect(claim.claim.stated.type === 'number' ? Math.sign(claim.claim.stated.value) : 0).toBe(Math.sign(percent));
  });
});
