/**
 * The week's result on its last session, from plain scans of the shipped CSVs: weeks (Monday to
 * Sunday) are grouped from the rows' dates, a week's move is its last close over the prior
 * week's last close, and its "since" the most recent earlier week that moved at least as much
 * the same way. The days tested are found by the scan, never named.
 */
import { describe, expect, it } from 'vitest';
import { renderText, writeBrief } from '../../src/narrative/index.js';
import { loadShippedSeries, readShippedRows, SHIPPED_SYMBOLS } from '../helpers/shipped-series.js';
import { isoDay } from '../helpers/synthetic-series.js';
import { biggestDaySince, pct, recordBefore, row, storyPct, weekSince, weeksOf, type Week } from './scan.js';
import { apMonth } from './words.js';

const series = SHIPPED_SYMBOLS.map((symbol) => loadShippedSeries(symbol));
const spx = readShippedRows('GSPC.yahoo.csv');
const ixic = readShippedRows('IXIC.yahoo.csv');

const textOn = (date: string): string => renderText(writeBrief(series, { date: isoDay(date) }));
const firstParagraph = (date: string): string => textOn(date).split('\n\n')[1] ?? '';

/** Days from ISO date a to ISO date b. */
const daysBetween = (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / 86_400_000;

/** Weeks ending in the data's complete years, the week's last row not the data's last (so the data say the week is over). */
const spxWeeks = weeksOf(spx);
const inRange = (w: Week, from: string, to: string): boolean => w.date >= from && w.date <= to && w.last < spx.length - 1;

describe('week-result (the week\'s last session)', () => {
  it('a quiet last session of a week that was the best (worst) in 13 weeks or more says the week, with its "since" month', () => {
    const found = spxWeeks
      .map((w, k) => ({ w, since: weekSince(spxWeeks, k) }))
      .filter(({ w, since }) => inRange(w, '2010-01-01', '2019-12-31') && w.sessions === 5 && since !== null && daysBetween(since.date, w.date) >= 98 && daysBetween(since.date, w.date) < 300)
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

  it('a week that was the best (worst) only since a week five to twelve weeks back says no "since" after a day of 0.5% or more', () => {
    const found = spxWeeks
      .map((w, k) => ({ w, since: weekSince(spxWeeks, k) }))
      .filter(({ w, since }) => inRange(w, '2010-01-01', '2019-12-31') && w.sessions === 5 && since !== null && daysBetween(since.date, w.date) >= 35 && daysBetween(since.date, w.date) <= 84 && Math.abs(w.move) >= 1)
      .filter(({ w }) => Math.abs(pct(row(spx, w.last - 1).close, row(spx, w.last).close)) >= 0.5)
      .slice(0, 5);
    expect(found.length).toBe(5);
    // The S&P 500's week, in the lead or its paragraph: its figure with no "since" after it.
    for (const { w } of found) expect(textOn(w.date), w.date).not.toMatch(new RegExp(`${storyPct(Math.abs(w.move)).replace('.', '\\.')}, its ${w.move > 0 ? 'best' : 'worst'} (week )?since`));
  });

  it('a quiet last session (under 0.5%) of a week of 1% or more says the week\'s "since" from four weeks back, in the lead when nothing bigger leads', () => {
    const found = spxWeeks
      .map((w, k) => ({ w, since: weekSince(spxWeeks, k) }))
      .filter(({ w, since }) => inRange(w, '2010-01-01', '2019-12-31') && since !== null && daysBetween(since.date, w.date) >= 28 && daysBetween(since.date, w.date) < 91 && Math.abs(w.move) >= 1)
      .filter(({ w }) => Math.abs(pct(row(spx, w.last - 1).close, row(spx, w.last).close)) < 0.5)
      // A month's end has the month's story.
      .filter(({ w }) => row(spx, w.last + 1).date.slice(0, 7) === w.date.slice(0, 7));
    expect(found.length).toBeGreaterThan(5);
    let inLead = 0;
    for (const { w, since } of found) {
      const day = pct(row(spx, w.last - 1).close, row(spx, w.last).close);
      const noun = w.move > 0 ? 'gain' : 'drop';
      const word = w.move > 0 ? 'best' : 'worst';
      const figure = Math.sign(day) === Math.sign(w.move) ? `capping a weekly ${noun} of` : `but ended with a weekly ${noun} of`;
      const when = since === null ? '' : since.date.slice(0, 7) === w.date.slice(0, 7) ? 'the week ended' : apMonth(since.date.slice(0, 7), Number(w.date.slice(0, 4)));
      const text = textOn(w.date);
      const lead = firstParagraph(w.date);
      const said = lead.includes(`${figure} ${storyPct(w.move)}, its ${word} since ${when}`);
      if (said) inLead++;
      // The day's own news of more weight may lead ("its highest close since Oct. 1, 2008"); the week's "since" is then its paragraph's.
      const inParagraph = new RegExp(`For the (holiday-shortened )?week, (the S&P 500|the index|it) ${w.move > 0 ? 'rose' : 'fell'} ${storyPct(Math.abs(w.move)).replace('.', '\\.')}, its ${word} week since ${when}`).test(text);
      expect(said || inParagraph, w.date).toBe(true);
      expect(lead, w.date).not.toMatch(/^Stocks \w+ \w+ on \w+day, with /);
    }
    expect(inLead).toBeGreaterThan(3);
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
      // A day against the week: "but ended with a weekly gain of 10.3%".
      const day = pct(row(spx, w.last - 1).close, row(spx, w.last).close);
      const noun = w.move > 0 ? 'gain' : 'drop';
      const figure = Math.sign(day) === Math.sign(w.move) ? `capping a weekly ${noun} of` : `but ended with a weekly ${noun} of`;
      expect(firstParagraph(w.date), w.date).toContain(`${figure} ${storyPct(w.move)}, its ${w.move > 0 ? 'best' : 'worst'}`);
    }
  });

  it('the Nasdaq\'s biggest week in its data, beside the S&P 500\'s own news, is in the lead paragraph with its figure, once', () => {
    const weeks = weeksOf(ixic);
    const found = weeks.filter((w, k) => k > 52 && w.last < ixic.length - 1 && weekSince(weeks, k) === null);
    expect(found.length).toBeGreaterThan(1);
    let inLead = 0;
    for (const w of found) {
      const text = textOn(w.date).split('\n\n').slice(1).join('\n\n');
      const lead = firstParagraph(w.date);
      const word = w.move > 0 ? 'best' : 'worst';
      const own = `The Nasdaq composite ${w.move > 0 ? 'rose' : 'fell'} ${storyPct(w.move)} for the week, its ${word} week ever.`;
      const asClause = `as the Nasdaq composite had its ${word} week ever`;
      const said = lead.includes(own) || lead.includes(asClause);
      if (said) inLead++;
      // The headline's news is the lead's: "... as Nasdaq has its worst week ever" is in the lead paragraph too.
      if (textOn(w.date).split('\n')[0]?.includes(`as Nasdaq has its ${word} week ever`) === true) expect(said, w.date).toBe(true);
      // Said once: its paragraph does not give the superlative again.
      expect(text.split(`its ${word} week ever`).length - 1, w.date).toBeLessThanOrEqual(1);
    }
    expect(inLead).toBeGreaterThan(0);
  });
});
