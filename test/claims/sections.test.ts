/**
 * Document structure: an AP-style table whose headings ("On Friday:", "For the week:", "For
 * the year:") set the day or the period of the lines under them, point moves over a period,
 * AP prose that drops the decimals, and a heading whose weekday does not match the dateline
 * (the doubt makes a disagreement `unclear`, never a false alarm). Expected verdicts come
 * from scans of the shipped CSV rows.
 */
import { describe, expect, it } from 'vitest';
import { findSections } from '../../src/claims/read/document/sections.js';
import { splitSentences } from '../../src/claims/read/document/sentences.js';
import { article, at, check, closeAt, find, lastCloseBefore, pct, roundsTo, rowsOf, verdictOf } from './scan.js';

const FILES: Record<string, string> = { SPX: 'GSPC.yahoo.csv', DJI: 'DJI.yahoo.csv', IXIC: 'IXIC.yahoo.csv', RUT: 'RUT.yahoo.csv' };
const DATE = '2024-11-15';
/** The last close of the week before Nov. 15, 2024 (a Friday): the close before Monday Nov. 11. */
const WEEK_START = '2024-11-11';
const YEAR_START = '2024-01-01';

/** Point and percent moves from the close before `from` to the close of DATE, from the rows. */
function moveSince(symbol: string, from: string): { points: number; percent: number } {
  const rows = rowsOf(FILES[symbol] ?? '');
  const base = lastCloseBefore(rows, from).close;
  const close = closeAt(rows, at(rows, DATE));
  return { points: close - base, percent: pct(base, close) };
}

/** A point figure holds within its rounding plus 0.3 point (preliminary against final closes). */
const pointsHold = (actual: number, stated: number): boolean => Math.abs(actual - stated) <= 0.3 + 0.005;

describe('sections of a table', () => {
  const text = article('weekly-table.txt');

  it('finds the three headings and the block of lines under each', () => {
    const sections = findSections(text);
    expect(sections.map((s) => s.heading)).toEqual(['On Friday', 'For the week', 'For the year']);
    for (const section of sections) expect(text.slice(section.start, section.end).trim().split('\n')).toHaveLength(4);
    expect(sections[0]?.weekday).toBe(5);
  });

  it('ends a sentence at a heading, not at any line with a colon', () => {
    const sentences = splitSentences(text).map((s) => s.text);
    expect(sentences).toContain('For the week:');
    expect(sentences.some((s) => s.startsWith('Here is where the major indexes finished:'))).toBe(true);
  });
});

describe('a weekly table read by its headings (Nov. 15, 2024)', () => {
  const checked = check(article('weekly-table.txt'));

  it('reads the lines under "For the week:" as week-to-date moves, in points and percent', () => {
    for (const [symbol, points, percent] of [['SPX', -124.92, -2.1], ['DJI', -544.0, -1.2], ['IXIC', -606.66, -3.1]] as const) {
      const move = moveSince(symbol, WEEK_START);
      const pointClaim = find(checked, 'wtd_points', symbol);
      expect(pointClaim.verdict.verdict).toBe(verdictOf(pointsHold(move.points, points)));
      expect(pointClaim.claim.reading.period).toEqual({ from: 'heading', text: 'For the week' });
      expect(find(checked, 'wtd_pct', symbol).verdict.verdict).toBe(verdictOf(roundsTo(move.percent, percent, 1)));
    }
  });

  it('still catches a wrong figure under a heading: the reading is certain', () => {
    const move = moveSince('RUT', WEEK_START);
    const claim = find(checked, 'wtd_pct', 'RUT');
    expect(claim.verdict.verdict).toBe(verdictOf(roundsTo(move.percent, -5.2, 1)));
    expect(claim.verdict.verdict).toBe('contradicted');
  });

  it('reads the lines under "For the year:" as year-to-date moves', () => {
    for (const [symbol, points, percent] of [['SPX', 1100.79, 23.1], ['DJI', 5755.45, 15.3], ['IXIC', 3668.77, 24.4], ['RUT', 276.77, 13.7]] as const) {
      const move = moveSince(symbol, YEAR_START);
      expect(find(checked, 'ytd_points', symbol).verdict.verdict).toBe(verdictOf(pointsHold(move.points, points)));
      expect(find(checked, 'ytd_pct', symbol).verdict.verdict).toBe(verdictOf(roundsTo(move.percent, percent, 1)));
    }
  });

  it('reads the lines under "On Friday:" as the day, and says the date came from the heading', () => {
    const rows = rowsOf('DJI.yahoo.csv');
    const i = at(rows, DATE);
    const close = find(checked, 'close', 'DJI', '43,444.99');
    expect(close.verdict.verdict).toBe(verdictOf(pointsHold(closeAt(rows, i), 43444.99)));
    expect(close.claim.reading.date).toEqual({ from: 'heading', text: 'On Friday' });
    expect(find(checked, 'change_1d', 'DJI', '305.87').verdict.verdict).toBe(verdictOf(pointsHold(closeAt(rows, i) - closeAt(rows, i - 1), -305.87)));
  });

  it('accepts a whole number of points that drops the decimals of the actual move', () => {
    const rows = rowsOf('DJI.yahoo.csv');
    const i = at(rows, DATE);
    const actual = closeAt(rows, i) - closeAt(rows, i - 1);
    const claim = find(checked, 'change_1d', 'DJI', 'lost 305 points');
    expect(claim.verdict.verdict).toBe(verdictOf(Math.trunc(actual) === -305));
    expect(claim.verdict.note).toContain('drops the decimals');
  });
});

describe('a heading whose weekday is not the dateline\'s', () => {
  const text = ['NEW YORK (AP) — Friday, Nov. 15, 2024: Stocks fell.', '', 'On Thursday:', 'Nasdaq composite: down 427.53 points, or 3.9%, to 18,680.12.'].join('\n');
  const checked = check(text);

  it('judges the lines against the article date and makes a disagreement unclear, naming the heading', () => {
    const move = moveSince('IXIC', '2024-11-15');
    const claim = find(checked, 'change_1d_pct', 'IXIC');
    expect(roundsTo(move.percent, -3.9, 1)).toBe(false);
    expect(claim.verdict.verdict).toBe('unverifiable');
    expect(claim.verdict.verdict === 'unverifiable' && claim.verdict.reason).toBe('unclear');
    expect(claim.verdict.note).toContain('"On Thursday:"');
    const rows = rowsOf('IXIC.yahoo.csv');
    expect(find(checked, 'close', 'IXIC').verdict.verdict).toBe(verdictOf(pointsHold(closeAt(rows, at(rows, DATE)), 18680.12)));
  });
});
