/**
 * A month's result on its last session is not lost to lesser news: where the S&P 500 closed a
 * month with its biggest monthly move in six months or more while just short of its record
 * (found by a scan of the shipped CSV), the lead tells the month and the record's distance
 * follows in the index's paragraph.
 */
import { describe, expect, it } from 'vitest';
import { renderText, writeBrief } from '../../src/narrative/index.js';
import { loadShippedSeries, readShippedRows, SHIPPED_SYMBOLS } from '../helpers/shipped-series.js';
import { isoDay } from '../helpers/synthetic-series.js';
import { biggestDaySince, monthEnds, pct, recordBefore, row, at, storyPct } from './scan.js';
import { apDate } from './words.js';

const series = SHIPPED_SYMBOLS.map((symbol) => loadShippedSeries(symbol));
const spx = readShippedRows('GSPC.yahoo.csv');
const ends = monthEnds(spx);

/** Months since the last earlier month that moved at least as much the same way (Infinity: none). */
function monthsBack(k: number): number {
  const moveOf = (j: number): number => pct(ends[j - 1]?.close ?? Number.NaN, ends[j]?.close ?? Number.NaN);
  const m = moveOf(k);
  for (let j = k - 1; j >= 1; j--) if ((m > 0 && moveOf(j) >= m) || (m < 0 && moveOf(j) <= m)) return k - j;
  return Infinity;
}

/** Month ends (not December) whose move reaches back six months or more, closing within 1% below the record. */
const days = ends.flatMap((end, k) => {
  if (k < 1 || end.month.endsWith('-12') || monthsBack(k) < 6) return [];
  const date = spx.filter((r) => r.date.startsWith(end.month)).at(-1)?.date ?? '';
  const i = at(spx, date);
  const record = recordBefore(spx, i);
  const below = -pct(record.close, row(spx, i).close);
  return below > 0 && below < 1 ? [{ date, months: monthsBack(k) }] : [];
});

describe('a month-end superlative leads over "just short of its record"', () => {
  it('the scan finds such month ends', () => {
    expect(days.length).toBeGreaterThan(0);
    expect(days.map((d) => d.date)).toContain('2020-11-30');
  });

  it('when stocks lead, the lead caps the month; the record distance is still said', () => {
    let checked = 0;
    for (const day of days) {
      const text = renderText(writeBrief(series, { date: isoDay(day.date) }));
      const lead = text.split('\n\n')[1] ?? '';
      if (!/^(The S&P 500|Stocks) /.test(lead)) continue; // a bond-led day
      // The month's figure from the scan, with its rank: "capping a 10.8% gain for November, its best month since April".
      const k = ends.findIndex((e) => e.month === day.date.slice(0, 7));
      const move = pct(ends[k - 1]?.close ?? Number.NaN, ends[k]?.close ?? Number.NaN);
      const amount = Math.abs(move) < 0.05 ? `${Math.abs(move).toFixed(2)}%` : storyPct(move);
      // With the day ("capping a 4.9% gain for August") or against it ("but ended February with a 0.6% drop").
      const figure = `an? ${amount.replace('.', '\\.')} ${move > 0 ? 'gain' : 'drop'}`;
      expect(lead, day.date).toMatch(new RegExp(`(capping ${figure} for [A-Z][a-z]+|but ended [A-Z][a-z]+ with ${figure}), its ${move > 0 ? 'best' : 'worst'} month `));
      expect(text, day.date).toMatch(/below its record close of/);
      checked++;
    }
    expect(checked).toBeGreaterThan(days.length / 2);
  });

  it('a month\'s end that leads keeps the day\'s own "biggest one-day move since" half a year back or more in the lead paragraph', () => {
    const found = ends.flatMap((end, k) => {
      if (k < 1 || end.month.endsWith('-12') || monthsBack(k) < 6) return [];
      const date = spx.filter((r) => r.date.startsWith(end.month)).at(-1)?.date ?? '';
      const i = at(spx, date);
      const since = biggestDaySince(spx, i, false);
      const days = since.date === null ? 0 : (Date.parse(date) - Date.parse(since.date)) / 86_400_000;
      return i + 1 < spx.length && since.date !== null && days >= 182 ? [{ date, since: since.date, move: pct(row(spx, i - 1).close, row(spx, i).close) }] : [];
    });
    expect(found.length).toBeGreaterThan(1);
    let checked = 0;
    for (const day of found) {
      const lead = renderText(writeBrief(series, { date: isoDay(day.date) })).split('\n\n')[1] ?? '';
      if (!/, (capping|but ended [A-Z][a-z]+ with) an? [\d.]+% (gain|drop)( for [A-Z][a-z]+)?, its (best|worst) month /.test(lead)) continue;
      expect(lead, day.date).toContain(`its biggest one-day ${day.move > 0 ? 'gain' : 'drop'} since ${apDate(day.since, Number(day.date.slice(0, 4)))}`);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('Nov. 30, 2020: the Dow\'s biggest monthly gain in its 28 years of data, beside the S&P 500\'s best month since April, joins the lead as the data\'s limit; the Dow\'s paragraph gives the figure', () => {
    const dji = readShippedRows('DJI.yahoo.csv');
    const dEnds = monthEnds(dji);
    const k = dEnds.findIndex((e) => e.month === '2020-11');
    const nov = pct(dEnds[k - 1]?.close ?? Number.NaN, dEnds[k]?.close ?? Number.NaN);
    for (let j = 1; j < k; j++) expect(pct(dEnds[j - 1]?.close ?? Number.NaN, dEnds[j]?.close ?? Number.NaN)).toBeLessThan(nov);
    const text = renderText(writeBrief(series, { date: isoDay('2020-11-30') }));
    const lead = text.split('\n\n')[1] ?? '';
    expect(lead).toContain(`The Dow Jones Industrial Average had its best month since at least ${dji[0]?.date.slice(0, 4) ?? ''}.`);
    expect(text).toMatch(new RegExp(`The Dow(?: Jones Industrial Average)? rose ${storyPct(nov).replace('.', '\\.')} in November and is up`));
    // The headline gives the Dow's month by its figure, not as a superlative hedged by the data's start.
    expect(text.split('\n')[0]).toContain(`as Dow rises ${storyPct(nov)} in November`);
    expect(text.split('\n')[0]).not.toContain('since at least');
    // Said once in the story (the headline has its own words).
    expect(text.split('\n\n').slice(1).join('\n\n').split('since at least 1992').length - 1).toBe(1);
  });
});
