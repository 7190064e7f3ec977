/**
 * The week's result on its last session, from plain scans of the shipped CSVs: weeks (Monday to
 * Sunday) are grouped from the rows' dates, a week's move is its last close over the prior
 * week's last close, and its "since" the most recent earlier week that moved at least as much
 * the same way. The days tested are found by the scan, never named.
 */
import { describe, expect, it } from 'vitest';
import { renderText, writeBrief } from '../../src/narrative/index.js';
import { loadShippedSeries, readShippedRows, SHIPPED_SYMBOLS, type ShippedRow } from '../helpers/shipped-series.js';
import { isoDay } from '../helpers/synthetic-series.js';
import { biggestDaySince, pct, recordBefore, row, storyPct } from './scan.js';
import { apMonth } from './words.js';

const series = SHIPPED_SYMBOLS.map((symbol) => loadShippedSeries(symbol));
const spx = readShippedRows('GSPC.yahoo.csv');
const ixic = readShippedRows('IXIC.yahoo.csv');

const textOn = (date: string): string => renderText(writeBrief(series, { date: isoDay(date) }));
const firstParagraph = (date: string): string => textOn(date).split('\n\n')[1] ?? '';

/** A week of rows: the index of its last row, its sessions, and its move from the prior week's last close (percent). */
interface Week {
  readonly last: number;
  readonly sessions: number;
  readonly move: number;
  readonly date: string;
}

/** Monday-to-Sunday week number of an ISO date (week 0 begins Monday, Jan. 5, 1970). */
function weekNumber(iso: string): number {
  return Math.floor((Date.parse(`${iso}T00:00:00Z`) / 86_400_000 - 4) / 7);
}

/** Every week of `rows` after the first, in order. */
function weeksOf(rows: readonly ShippedRow[]): Week[] {
  const ends: { last: number; sessions: number }[] = [];
  for (let i = 0; i < rows.length; i++) {
    const same = i > 0 && weekNumber(row(rows, i).date) === weekNumber(row(rows, i - 1).date);
    const prev = ends[ends.length - 1];
    if (same && prev !== undefined) ends[ends.length - 1] = { last: i, sessions: prev.sessions + 1 };
    else ends.push({ last: i, sessions: 1 });
  }
  const weeks: Week[] = [];
  for (let k = 1; k < ends.length; k++) {
    const end = ends[k];
    const before = ends[k - 1];
    if (end === undefined || before === undefined) continue;
    weeks.push({ last: end.last, sessions: end.sessions, move: pct(row(rows, before.last).close, row(rows, end.last).close), date: row(rows, end.last).date });
  }
  return weeks;
}

/** The most recent earlier week of `weeks` that moved at least as much as week k the same way; null: none. */
function weekSince(weeks: readonly Week[], k: number): Week | null {
  const m = weeks[k]?.move ?? 0;
  for (let j = k - 1; j >= 0; j--) {
    const other = weeks[j]?.move ?? 0;
    if ((m > 0 && other >= m) || (m < 0 && other <= m)) return weeks[j] ?? null;
  }
  return null;
}

/** Days from ISO date a to ISO date b. */
const daysBetween = (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / 86_400_000;

/** Weeks ending in the data's complete years, the week's last row not the data's last (so the data say the week is over). */
const spxWeeks = weeksOf(spx);
const inRange = (w: Week, from: string, to: string): boolean => w.date >= from && w.date <= to && w.last < spx.length - 1;

describe('week-result (the week\'s last session)', () => {
  it('a quiet last session of a week that was the best (worst) in four weeks or more says the week, with its "since" month', () => {
    const found = spxWeeks
      .map((w, k) => ({ w, since: weekSince(spxWeeks, k) }))
      .filter(({ w, since }) => inRange(w, '2010-01-01', '2019-12-31') && w.sessions === 5 && since !== null && daysBetween(since.date, w.date) >= 35 && daysBetween(since.date, w.date) < 300)
      .filter(({ w }) => Math.abs(pct(row(spx, w.last - 1).close, row(spx, w.last).close)) < 0.3 && Math.abs(w.move) >= 1)
      .filter(({ since, w }) => since !== null && since.date.slice(0, 7) !== w.date.slice(0, 7))
      .slice(0, 3);
    expect(found.length).toBe(3);
    for (const { w, since } of found) {
      const word = w.move > 0 ? 'best' : 'worst';
      const month = apMonth(since?.date.slice(0, 7) ?? '', Number(w.date.slice(0, 4)));
      const text = textOn(w.date);
      const inLead = text.includes(`a weekly ${w.move > 0 ? 'gain' : 'drop'} of ${storyPct(w.move)}, its ${word} since ${month}`);
      const inParagraph = new RegExp(`For the week, (the S&P 500|the index|it) ${w.move > 0 ? 'rose' : 'fell'} ${storyPct(w.move).replace('.', '\\.')}, its ${word} week since ${month}`).test(text);
      expect(inLead || inParagraph, w.date).toBe(true);
    }
  });

  it('a week with a market holiday is "the holiday-shortened week"; the day before its last session says no week', () => {
    const found = spxWeeks
      .map((w, k) => ({ w, since: weekSince(spxWeeks, k) }))
      .filter(({ w, since }) => inRange(w, '2014-01-01', '2019-12-31') && w.sessions === 4 && since !== null && daysBetween(since.date, w.date) < 21)
      .slice(0, 3);
    expect(found.length).toBe(3);
    for (const { w } of found) {
      expect(textOn(w.date)).toMatch(new RegExp(`For the holiday-shortened week, (the S&P 500|the index|it) (rose|fell|was)`));
      expect(textOn(row(spx, w.last - 1).date)).not.toMatch(/For the (holiday-shortened )?week, /);
    }
  });

  it('five straight weekly gains or more are "its Nth straight weekly gain"', () => {
    const weeks = weeksOf(ixic);
    const ordinals = ['fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
    const found: { date: string; run: number }[] = [];
    let run = 0;
    for (const w of weeks) {
      run = w.move > 0 ? Math.max(run, 0) + 1 : w.move < 0 ? Math.min(run, 0) - 1 : 0;
      if (run >= 5 && run <= 9 && w.date >= '2015-01-01' && w.date < '2024-01-01' && w.last < ixic.length - 1) found.push({ date: w.date, run });
    }
    expect(found.length).toBeGreaterThan(3);
    for (const { date, run: length } of found.slice(0, 3)) expect(textOn(date), date).toContain(`its ${ordinals[length - 5] ?? ''} straight weekly gain`);
  });

  it('a week that reaches five years back or more, beyond the day and not mostly the day, leads the story (not at a month\'s end)', () => {
    const found = spxWeeks
      .map((w, k) => ({ w, since: weekSince(spxWeeks, k) }))
      .filter(({ w, since }) => inRange(w, '1990-01-01', '2024-12-31') && (since === null || daysBetween(since.date, w.date) >= 5 * 365.25))
      .filter(({ w, since }) => {
        const day = pct(row(spx, w.last - 1).close, row(spx, w.last).close);
        const rest = ((1 + w.move / 100) / (1 + day / 100) - 1) * 100;
        const daySince = biggestDaySince(spx, w.last, false);
        const dayIsNews = daySince.date === null || daysBetween(daySince.date, w.date) >= 60;
        const beyondDay = !dayIsNews || (daySince.date !== null && (since === null || since.date < daySince.date));
        const record = row(spx, w.last).close > recordBefore(spx, w.last).close;
        // A month's (or year's) result competes for the lead at a month's end: not this test's.
        const monthEnd = row(spx, w.last + 1).date.slice(0, 7) !== w.date.slice(0, 7);
        return !monthEnd && Math.abs(day) >= 1 && Math.sign(rest) === Math.sign(w.move) && Math.abs(rest) >= Math.abs(w.move) / 3 && beyondDay && !record;
      });
    expect(found.length).toBeGreaterThan(1);
    for (const { w } of found) {
      // A day against the week: "though it still capped a weekly gain of 10.3%".
      const day = pct(row(spx, w.last - 1).close, row(spx, w.last).close);
      const verb = Math.sign(day) === Math.sign(w.move) ? 'capping' : 'though it still capped';
      expect(firstParagraph(w.date), w.date).toContain(`${verb} a weekly ${w.move > 0 ? 'gain' : 'drop'} of ${storyPct(w.move)}, its ${w.move > 0 ? 'best' : 'worst'}`);
    }
  });
});
