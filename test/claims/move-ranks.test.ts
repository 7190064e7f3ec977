/**
 * A day's move ranked ("its third-best day since 2000", "the sixth-worst decline ever measured
 * in points") and days past a point threshold ("only the ninth time in history", "the eight
 * other times", "its previous drop of more than 600 points came on ..."). Expected values are
 * plain scans of the shipped rows.
 */
import { describe, expect, it } from 'vitest';
import { at, check, closeAt, find, rowsOf } from './scan.js';

const spx = rowsOf('GSPC.yahoo.csv');
const dji = rowsOf('DJI.yahoo.csv');
const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const CARDINALS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const apDay = (iso: string): string => `${MONTHS[Number(iso.slice(5, 7)) - 1] ?? ''} ${Number(iso.slice(8, 10))}, ${iso.slice(0, 4)}`;

describe('a ranked move', () => {
  it('its rank among gains since a year holds; another rank is caught', () => {
    const date = '2025-04-09';
    const i = at(spx, date);
    const move = closeAt(spx, i) / closeAt(spx, i - 1);
    let rank = 1;
    for (let j = 1; j < i; j++) if ((spx[j]?.date ?? '') >= '2000-01-01' && closeAt(spx, j) / closeAt(spx, j - 1) > move) rank++;
    const text = (n: number): string => `The S&P 500 soared, its ${ORDINALS[n] ?? ''}-best day since 2000.`;
    expect(rank).toBeGreaterThan(1);
    const checked = check(text(rank), undefined, date);
    expect(find(checked, 'rank_1d', 'SPX').verdict.verdict).toBe('supported');
    expect(checked.some((c) => c.claim.metric === 'biggest_1d_since')).toBe(false);
    expect(find(check(text(rank + 2), undefined, date), 'rank_1d', 'SPX').verdict.verdict).toBe('contradicted');
  });

  it('a point rank "ever" holds in the data; another is unknown history, never wrong', () => {
    const date = '2018-02-02';
    const i = at(dji, date);
    const points = closeAt(dji, i) - closeAt(dji, i - 1);
    let rank = 1;
    for (let j = 1; j < i; j++) if (closeAt(dji, j) - closeAt(dji, j - 1) < points) rank++;
    const text = (n: number): string => `The Dow lost ${Math.abs(points).toFixed(0)} points, the ${ORDINALS[n] ?? ''}-worst decline ever measured in points.`;
    const checked = check(text(rank), undefined, date);
    expect(find(checked, 'rank_1d_points', 'DJI').verdict.verdict).toBe('supported');
    expect(find(checked, 'change_1d', 'DJI').verdict.verdict).toBe('supported');
    const other = find(check(text(rank + 3), undefined, date), 'rank_1d_points', 'DJI');
    expect(other.verdict.verdict === 'unverifiable' && other.verdict.reason).toBe('before-data');
  });
});

describe('days past a point threshold', () => {
  const date = '2018-02-02';
  const i = at(dji, date);
  const drops: string[] = [];
  for (let j = 1; j <= i; j++) if (closeAt(dji, j - 1) - closeAt(dji, j) > 600) drops.push(dji[j]?.date ?? '');
  const previous = drops.filter((d) => d < date).at(-1) ?? '';

  it('the count with the date, the count of the others, and the last one before', () => {
    const text = `The Dow finished more than 600 points down on Friday, only the ${ORDINALS[drops.length] ?? ''} time in history that has happened. The ${CARDINALS[drops.length - 1] ?? ''} other times the Dow ended more than 600 points lower came later than 1999. Its previous drop of more than 600 points came on ${apDay(previous)}.`;
    const checked = check(text, undefined, date);
    const counts = checked.filter((c) => c.claim.metric === 'count_1d_points_beyond');
    expect(counts.map((c) => c.verdict.verdict)).toEqual(['supported', 'supported']);
    expect(find(checked, 'last_1d_points_beyond', 'DJI').verdict.verdict).toBe('supported');
  });

  it('a wrong last day is caught; a wrong count over history is unknown', () => {
    const wrong = `${previous.slice(0, 4)}-0${previous.slice(5, 7) === '01' ? 3 : 1}-15`;
    const checked = check(`The Dow fell more than 600 points, only the ${ORDINALS[drops.length + 2] ?? ''} time ever. Its previous drop of more than 600 points came on ${apDay(wrong)}.`, undefined, date);
    const count = find(checked, 'count_1d_points_beyond', 'DJI');
    expect(count.verdict.verdict === 'unverifiable' && count.verdict.reason).toBe('before-data');
    expect(find(checked, 'last_1d_points_beyond', 'DJI').verdict.verdict).toBe('contradicted');
  });
});
