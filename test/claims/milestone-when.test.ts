/**
 * A first close above a level said with when it came: "closed above 30,000 for the first time
 * last week" (the week before the article's), "... on Tuesday" (the weekday named), "... in
 * October" (a month). The first close is found by a plain scan of the shipped rows; the
 * article is dated a few sessions after it.
 */
import { describe, expect, it } from 'vitest';
import { dayFromCivil, formatIsoDay, parseIsoDay, weekdayOf } from '../../src/core/date.js';
import { formatApDate } from '../../src/narrative/ap-style.js';
import { check, rowsOf } from './scan.js';

const dji = rowsOf('DJI.yahoo.csv');
const level = 30_000;
const firstAbove = dji.findIndex((row) => row.close > level);
const firstDate = dji[firstAbove]?.date ?? '';
const firstDay = parseIsoDay(firstDate) ?? dayFromCivil(2000, 1, 1);
/** The first session of the week after the first close: its "last week" is the first close's week. */
const nextWeek = dji.find((row) => row.date > firstDate && weekdayOf(parseIsoDay(row.date) ?? firstDay) < weekdayOf(firstDay))?.date ?? '';
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "November" for 2020-11-24. */
const monthName = (iso: string): string => new Date(`${iso}T12:00:00Z`).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });

function verdictOf(text: string, date: string): string {
  const claim = check(text, undefined, date).find((c) => c.claim.metric === 'first_close_above');
  return claim?.verdict.verdict ?? 'none';
}

describe('the first close above a level, said with when it came', () => {
  it('"last week" in the next week, the weekday named, and the month are right', () => {
    expect(verdictOf(`The Dow closed above ${level.toLocaleString('en-US')} for the first time last week.`, nextWeek)).toBe('supported');
    const sameWeek = dji[firstAbove + 1]?.date ?? '';
    const sameWeekDay = parseIsoDay(sameWeek) ?? firstDay;
    if (weekdayOf(sameWeekDay) > weekdayOf(firstDay)) {
      expect(verdictOf(`The Dow closed above ${level.toLocaleString('en-US')} for the first time on ${WEEKDAYS[weekdayOf(firstDay)] ?? ''}.`, sameWeek)).toBe('supported');
    }
    expect(verdictOf(`The Dow closed above ${level.toLocaleString('en-US')} for the first time in ${monthName(firstDate)}.`, nextWeek)).toBe('supported');
  });

  it('a window that misses the first close is wrong, and the correction names its day', () => {
    const monthBefore = formatIsoDay(dayFromCivil(Number(firstDate.slice(0, 4)), Number(firstDate.slice(5, 7)) - 1 || 12, 1));
    const claim = check(`The Dow closed above ${level.toLocaleString('en-US')} for the first time in ${monthName(monthBefore)}.`, undefined, nextWeek).find((c) => c.claim.metric === 'first_close_above');
    expect(claim?.verdict.verdict).toBe('contradicted');
    expect(claim?.verdict.verdict === 'contradicted' ? claim.verdict.corrected : '').toContain(formatApDate(firstDay, Number(firstDate.slice(0, 4))));
  });
});

describe('"topped" a level for the first time, with no word of a close', () => {
  const text = (when: string): string => `The Dow, which topped ${level.toLocaleString('en-US')} for the first time ${when}, rose on the day.`;

  it('is read as the first close above it: right when the first close is in the window', () => {
    expect(verdictOf(text('last week'), nextWeek)).toBe('supported');
  });

  it('a window the first close misses is a doubt, not a contradiction: the day\'s high may have topped it', () => {
    const later = dji.find((row) => row.date > firstDate && row.date.slice(0, 7) !== firstDate.slice(0, 7) && Number(row.date.slice(5, 7)) !== Number(firstDate.slice(5, 7)) + 1)?.date ?? '';
    expect(later).not.toBe('');
    const claim = check(text('last week'), undefined, later).find((c) => c.claim.metric === 'first_close_above');
    expect(claim?.verdict.verdict).toBe('unverifiable');
    expect(claim?.verdict.verdict === 'unverifiable' ? claim.verdict.reason : null).toBe('unclear');
    expect(verdictOf(`The Dow closed above ${level.toLocaleString('en-US')} for the first time last week.`, later)).toBe('contradicted');
  });
});
