/**
 * A by-the-numbers list in the data-desk style: lines that open with the figure ("--Off 5.49%
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
