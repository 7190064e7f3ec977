/**
 * The brief and the checker share the facts, so the checker must find nothing wrong in the
 * brief: every panel day's brief (test/brief/panel.ts, crashes, records, holidays, year ends)
 * is written from the shipped data and checked against the same data, and no claim may come
 * out contradicted. A failure here is a false alarm of the checker or an error of the brief;
 * both read the same words a desk writes ("since February, when it rose 5.2%", "fell from
 * 3.99% to 3.80%", "ended 2024 up 23.3%", "on Dec. 6, at 6,090.27", "a weekly drop of 10.5%,
 * its worst since October 1987", "against a 23.3% gain for", "its peak close of ... on Jan. 16").
 */
import { describe, expect, it } from 'vitest';
import { renderText, writeBrief } from '../../src/narrative/index.js';
import { isoDay } from '../helpers/synthetic-series.js';
import { PANEL } from '../brief/panel.js';
import { allSeries, check } from './scan.js';

const series = allSeries();

describe('the brief, checked', () => {
  for (const day of PANEL) {
    it(`${day.date} (${day.slug}): no claim of the brief is contradicted`, () => {
      const text = renderText(writeBrief([...series.values()], { date: isoDay(day.date) }));
      const checked = check(text, series, day.date);
      expect(checked.length).toBeGreaterThan(10);
      const wrong = checked.filter((c) => c.verdict.verdict === 'contradicted').map((c) => `${c.claim.symbol ?? ''} ${c.claim.metric} "${c.claim.text}"`);
      expect(wrong).toEqual([]);
    });
  }
});
