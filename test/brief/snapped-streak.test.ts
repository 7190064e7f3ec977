/**
 * A streak snapped: the first move the other way after four or more straight closes is told
 * ("snapping a five-day losing streak", "The index snapped a four-day losing streak."); a
 * reversal after a shorter run is not. Dates and lengths come from a plain scan of the S&P 500.
 */
import { describe, expect, it } from 'vitest';
import { renderText, writeBrief } from '../../src/narrative/index.js';
import { loadShippedSeries, readShippedRows, SHIPPED_SYMBOLS } from '../helpers/shipped-series.js';
import { isoDay } from '../helpers/synthetic-series.js';
import { streak } from './scan.js';

const series = SHIPPED_SYMBOLS.map((symbol) => loadShippedSeries(symbol));
const spx = readShippedRows('GSPC.yahoo.csv');
const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** The first date of `year` whose move ends a run of `length` or more the other way, with that run. */
function snappedIn(year: string, atLeast: boolean, length: number): { date: string; run: number } {
  for (let i = spx.findIndex((r) => r.date.startsWith(year)) + 10; i < spx.length; i++) {
    const run = streak(spx, i - 1);
    const today = streak(spx, i);
    if (Math.abs(today) !== 1 || Math.sign(today) === Math.sign(run)) continue;
    if (atLeast ? Math.abs(run) >= length : Math.abs(run) === length) return { date: spx[i]?.date ?? '', run };
  }
  throw new Error(`none in ${year}`);
}

describe('a snapped streak', () => {
  it('a run of four or more the other way is told, with its length', () => {
    const { date, run } = snappedIn('2022', true, 4);
    const text = renderText(writeBrief(series, { date: isoDay(date) }));
    const words = `${WORDS[Math.abs(run)] ?? String(Math.abs(run))}-day ${run < 0 ? 'losing' : 'winning'} streak`;
    expect(text).toMatch(new RegExp(`The S&P 500 snapped an? ${words}\\.|snapping an? ${words}`));
  });

  it('a run of three is no news', () => {
    const { date } = snappedIn('2022', false, 3);
    expect(renderText(writeBrief(series, { date: isoDay(date) }))).not.toMatch(/S&P 500[^.]*snapp/);
  });
});
