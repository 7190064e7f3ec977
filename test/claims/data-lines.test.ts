/**
 * A by-the-numbers list in the data-desk style (counts of down sessions, 52-week highs, windows
 * "from 52 weeks ago" and "over the last two trading days" included): lines that open with the figure ("--Off 5.49%
 * versus the Inauguration Day close of L on Wednesday, Jan. 20, 2021"), "since" a date written
 * with its weekday, and "point and percentage" superlatives. The list is written here from
 * figures scanned out of the shipped CSV rows; verdicts are checked against the same scans.
 */
import { describe, expect, it } from 'vitest';
import { at, check, closeAt, find, pct, rowsOf } from './scan.js';

const spx = rowsOf('GSPC.yahoo.csv');
const fmt = (value: number, digits: number): string => value.toFixed(digits);
const DATE = '2022-09-29';
const i = at(spx, DATE);
const inauguration = spx[at(spx, '2021-01-20')];
if (inauguration === undefined) throw new Error('no row');
const versus = pct(inauguration.close, closeAt(spx, i));

/** The most recent earlier date whose one-day drop was at least as large, in percent and in points. */
function lastDropAsLarge(points: boolean): string {
  const move = points ? closeAt(spx, i) - closeAt(spx, i - 1) : pct(closeAt(spx, i - 1), closeAt(spx, i));
  for (let j = i - 1; j >= 1; j--) {
    const other = points ? closeAt(spx, j) - closeAt(spx, j - 1) : pct(closeAt(spx, j - 1), closeAt(spx, j));
    if (other <= move) return spx[j]?.date ?? '';
  }
  throw new Error('none');
}

const written = (iso: string): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  const weekday = d.toLocaleDateString('en-US', { weekday: 'long', timeZone: 'UTC' });
  const month = d.toLocaleDateString('en-US', { month: 'short', timeZone: 'UTC' });
  return `${weekday}, ${month}. ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
};

const list = [
  `The S&P 500 fell ${fmt(Math.abs(pct(closeAt(spx, i - 1), closeAt(spx, i))), 2)}% on the day to ${fmt(closeAt(spx, i), 2)}.`,
  '',
  `--Biggest one-day point and percentage drop since ${written(lastDropAsLarge(true))}`,
  `--Off ${fmt(Math.abs(versus), 2)}% versus the Inauguration Day close of ${fmt(inauguration.close, 2)} on ${written(inauguration.date)}`,
].join('\n');
const checked = check(list, undefined, DATE);

describe('a by-the-numbers list', () => {
  it('reads "since Tuesday, Sept. 13, 2022" with its weekday, and "point and percentage" as two claims', () => {
    const points = find(checked, 'biggest_1d_points_since', 'SPX');
    const percent = find(checked, 'biggest_1d_since', 'SPX');
    expect(points.verdict.verdict).toBe('supported');
    expect(percent.verdict.verdict).toBe(lastDropAsLarge(false) === lastDropAsLarge(true) ? 'supported' : 'contradicted');
  });

  it('reads a line opening with its figure as the instrument of the list, a named day as a date, and "versus the close of L on D"', () => {
    const since = find(checked, 'pct_since', 'SPX');
    expect(since.verdict.verdict).toBe('supported');
    const level = find(checked, 'close', 'SPX', fmt(inauguration.close, 2));
    expect(level.verdict.verdict).toBe('supported');
    expect(level.claim.day).not.toBe(find(checked, 'close', 'SPX', fmt(closeAt(spx, i), 2)).claim.day);
  });
});

describe('a yield’s by-the-numbers list', () => {
  const dgs10 = rowsOf('DGS10.fred.csv');
  const date = '2023-04-25';
  const end = at(dgs10, date);
  const close = closeAt(dgs10, end);
  const bpTo = (base: number): number => Math.round((close - base) * 100 * 1e6) / 1e6;
  const endDay = Date.parse(`${date}T00:00:00Z`);
  const inYear = dgs10.filter((row) => row.date <= date && endDay - Date.parse(`${row.date}T00:00:00Z`) <= 364 * 86_400_000);
  const high = Math.max(...inYear.map((row) => row.close));
  let yearAgo = dgs10[0];
  for (const row of dgs10) if (Date.parse(`${row.date}T00:00:00Z`) <= endDay - 364 * 86_400_000) yearAgo = row;
  if (yearAgo === undefined) throw new Error('no row');
  const pp = (bp: number): string => (Math.abs(bp) / 100).toFixed(3);
  const list = [
    `The 10-year yield fell on the day to ${close.toFixed(2)}%.`,
    `--The yield is off ${pp(bpTo(high))} percentage point from its 52-week high of ${high.toFixed(3)}%`,
    `--The yield has ${bpTo(yearAgo.close) >= 0 ? 'risen' : 'lost'} ${pp(bpTo(yearAgo.close))} percentage point from 52 weeks ago`,
    `--The yield has lost ${pp(bpTo(closeAt(dgs10, end - 2)))} percentage point over the last two trading days`,
  ].join('\n');
  const checked = check(list, undefined, date);

  it('reads the 52-week high and the distance from it in percentage points', () => {
    expect(find(checked, 'high_52w', 'US10Y').verdict.verdict).toBe('supported');
    expect(find(checked, 'from_high_52w', 'US10Y').verdict.verdict).toBe('supported');
  });

  it('reads "from 52 weeks ago" and "over the last two trading days" as windows', () => {
    const ago = checked.filter((c) => c.claim.kind === 'range' && c.claim.window.includes('52 weeks'));
    expect(ago.map((c) => c.verdict.verdict)).toEqual(['supported']);
    const twoDays = find(checked, 'bp_since', 'US10Y', 'lost');
    expect(twoDays.verdict.verdict).toBe(bpTo(closeAt(dgs10, end - 2)) < 0 ? 'supported' : 'contradicted');
  });

  it('catches a distance off by more than the 3 bp a quote may differ', () => {
    const wrong = check(`The 10-year yield is off ${pp(bpTo(high) - 10)} percentage point from its 52-week high.`, undefined, date);
    expect(find(wrong, 'from_high_52w', 'US10Y').verdict.verdict).toBe('contradicted');
  });
});

describe('a count of down or up sessions among the last M', () => {
  it('counts the one-day moves of the last M sessions, the date’s included, and catches a wrong count', () => {
    const date = '2022-09-29';
    const end = at(spx, date);
    let down = 0;
    for (let k = end - 10; k <= end; k++) if (closeAt(spx, k) < closeAt(spx, k - 1)) down++;
    const story = (n: number): string => `The S&P 500 fell again. --Down ${n} of the past 11 trading days`;
    expect(find(check(story(down), undefined, date), 'sessions_down_of_last', 'SPX').verdict.verdict).toBe('supported');
    expect(find(check(story(down - 1), undefined, date), 'sessions_down_of_last', 'SPX').verdict.verdict).toBe('contradicted');
  });
});
