/**
 * A month in progress "on track for its biggest monthly drop since May" is news only when that
 * month is more than six months back: no panel brief says one six months back or fewer, and over
 * S&P 500 days from 2010 to 2019 found by a plain scan of the shipped CSV (mid-month, the month
 * to date the biggest since a month nine or more back) the "since" is said.
 */
import { describe, expect, it } from 'vitest';
import { renderText, writeBrief } from '../../src/narrative/index.js';
import { loadShippedSeries, readShippedRows, SHIPPED_SYMBOLS } from '../helpers/shipped-series.js';
import { isoDay } from '../helpers/synthetic-series.js';
import { PANEL } from './panel.js';
import { lastBefore, monthMovesBefore, pct } from './scan.js';
import { apMonth } from './words.js';

const series = SHIPPED_SYMBOLS.map((symbol) => loadShippedSeries(symbol));
const spx = readShippedRows('GSPC.yahoo.csv');

/** Months from `from` to `to` ('YYYY-MM'). */
const monthsBetween = (from: string, to: string): number => (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));

/** Mid-month S&P 500 days (the 12th to the 20th) of 2010-2019 whose month to date moved at least 3%, with the month it is the biggest since. */
const days = spx.flatMap((r) => {
  const day = Number(r.date.slice(8, 10));
  if (r.date < '2010-01-01' || r.date > '2019-12-31' || day < 12 || day > 20) return [];
  const mtd = pct(lastBefore(spx, `${r.date.slice(0, 7)}-01`).close, r.close);
  if (Math.abs(mtd) < 3) return [];
  const since = monthMovesBefore(spx, r.date.slice(0, 7)).reverse().find((m) => (mtd > 0 ? m.pct >= mtd : m.pct <= mtd));
  return since === undefined ? [] : [{ date: r.date, mtd, since: since.month, back: monthsBetween(since.month, r.date.slice(0, 7)) }];
});

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

describe('a month in progress and its "since"', () => {
  it('every panel day: no "on track for its biggest monthly ... since" a month six months back or fewer', () => {
    let said = 0;
    for (const day of PANEL) {
      const text = renderText(writeBrief(series, { date: isoDay(day.date) }));
      for (const m of text.matchAll(/on track for its biggest monthly \w+ since (\w+)(?: (\d{4}))?/g)) {
        const month = MONTHS.indexOf(m[1] ?? '') + 1;
        if (month === 0) continue;
        said++;
        const key = `${m[2] ?? day.date.slice(0, 4)}-${String(month).padStart(2, '0')}`;
        expect(monthsBetween(key, day.date.slice(0, 7)), `${day.date}: ${m[0]}`).toBeGreaterThan(6);
      }
    }
    expect(said).toBeGreaterThan(10);
  });

  it('a "since" nine months back or more is said', () => {
    const older = days.filter((d) => d.back >= 9).slice(0, 5);
    expect(older.length).toBe(5);
    for (const d of older) {
      const words = `on track for its biggest monthly ${d.mtd > 0 ? 'gain' : 'drop'} since ${apMonth(d.since, Number(d.date.slice(0, 4)))}`;
      expect(renderText(writeBrief(series, { date: isoDay(d.date) })), d.date).toContain(words);
    }
  });
});
