/**
 * Families of wire phrasing that used to be misread as wrong: a streak spoken of as over (the
 * run before the current one), a run of weeks within a bound (not computed), where an index
 * stood coming into the day (the prior session), a year opening the sentence with no comma,
 * a move from a dated close, the period after the second figure of "N points or X%",
 * "briefly" (intraday), a month-end wrap ("off X%", "closed November with a gain"), "or X%"
 * sharing a period, a record said with its day, a trailing window in months or sessions, and
 * a move "in a week" inside a longer period. Articles are written here from figures scanned out of the shipped
 * CSV rows; each verdict is checked against the same scan, both ways (a true figure holds, a
 * wrong one is caught).
 */
import { describe, expect, it } from 'vitest';
import { at, check, closeAt, find, lastCloseBefore, pct, recordBefore, rowsOf, streakAt } from './scan.js';
import type { ShippedRow } from '../helpers/shipped-series.js';

const spx = rowsOf('GSPC.yahoo.csv');
const dji = rowsOf('DJI.yahoo.csv');
const fmt = (value: number, digits: number): string => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The first date of `year` whose close ends a run of two losses right after a run of at least five gains. */
function afterSnappedRun(rows: readonly ShippedRow[], year: string): { date: string; run: number } {
  for (let i = 10; i < rows.length; i++) {
    const row = rows[i];
    if (row === undefined || !row.date.startsWith(year) || streakAt(rows, i) !== -2) continue;
    const run = streakAt(rows, i - 2);
    if (run >= 5) return { date: row.date, run };
  }
  throw new Error(`no snapped run in ${year}`);
}

describe('a streak spoken of as over', () => {
  const { date, run } = afterSnappedRun(spx, '2024');
  const story = (n: number): string => `NEW YORK — The S&P 500 fell again, its second straight loss since a ${n}-day winning streak came to an end.`;

  it('is the run before the current one: the true length holds, another is caught', () => {
    const checked = check(story(run), undefined, date);
    expect(find(checked, 'streak_days', 'SPX', 'winning').verdict.verdict).toBe('supported');
    expect(find(checked, 'streak_days', 'SPX', 'second straight').verdict.verdict).toBe('supported');
    expect(find(check(story(run + 1), undefined, date), 'streak_days', 'SPX', 'winning').verdict.verdict).toBe('contradicted');
  });

  it('is not the current run, also when it was snapped that day', () => {
    const i = at(spx, date) - 1;
    const snappedOn = spx[i]?.date ?? '';
    const text = `The S&P 500 slipped, snapping a ${run}-day winning streak.`;
    expect(streakAt(spx, i)).toBe(-1);
    expect(find(check(text, undefined, snappedOn), 'streak_days', 'SPX').verdict.verdict).toBe('supported');
  });
});

describe('a run of weeks within a bound', () => {
  it('is a statistic not computed, never a weekly streak', () => {
    const checked = check('The S&P 500 broke out of a quiet stretch in which it had not moved 1% in either direction, up or down, for five straight weeks.', undefined, '2024-11-22');
    const claim = find(checked, 'streak_weeks', 'SPX');
    expect(claim.verdict.verdict === 'unverifiable' && claim.verdict.reason).toBe('not-computed');
  });
});

describe('where an index stood coming into the day', () => {
  const date = '2025-04-09';
  const prior = lastCloseBefore(spx, date);
  const record = recordBefore(spx, prior.date);
  const below = -pct(record.close, prior.close);
  const story = (x: number): string => `The S&P 500 had started the day ${fmt(x, 1)}% below its record close.`;

  it('is as of the prior session', () => {
    const claim = find(check(story(below), undefined, date), 'pct_from_record', 'SPX');
    expect(claim.verdict.verdict).toBe('supported');
    expect(claim.claim.day).not.toBe(at(spx, date));
    expect(claim.claim.reading.date.text).toContain('started the day');
  });

  it('catches a wrong distance', () => {
    expect(find(check(story(below - 3), undefined, date), 'pct_from_record', 'SPX').verdict.verdict).toBe('contradicted');
  });
});

describe('periods and bases said around the figure', () => {
  const date = '2022-09-29';
  const i = at(spx, date);
  const ytdBase = lastCloseBefore(spx, '2022-01-01');
  const ytdPoints = closeAt(spx, i) - ytdBase.close;
  const ytdPct = pct(ytdBase.close, closeAt(spx, i));

  it('gives "N points or X%" the period said after the percent', () => {
    const text = `S&P 500 facts: down ${fmt(Math.abs(ytdPoints), 2)} points or ${fmt(Math.abs(ytdPct), 2)}% for the year to date.`;
    const claim = find(check(text, undefined, date), 'ytd_points', 'SPX');
    expect(claim.verdict.verdict).toBe('supported');
    expect(find(check(text.replace(fmt(Math.abs(ytdPoints), 2), fmt(Math.abs(ytdPoints) + 50, 2)), undefined, date), 'ytd_points', 'SPX').verdict.verdict).toBe('contradicted');
  });

  it('reads "up X% from the close of L on D" as the move since that close', () => {
    const base = spx[at(spx, '2021-01-04')];
    if (base === undefined) throw new Error('no base row');
    const since = pct(base.close, closeAt(spx, i));
    const text = `The S&P 500 is ${since >= 0 ? 'up' : 'down'} ${fmt(Math.abs(since), 2)}% from the year's first close of ${fmt(base.close, 2)} on Monday, Jan. 4, 2021.`;
    const claim = find(check(text, undefined, date), 'pct_since', 'SPX');
    expect(claim.verdict.verdict).toBe('supported');
    expect(find(check(text.replace(fmt(Math.abs(since), 2), fmt(Math.abs(since) + 1, 2)), undefined, date), 'pct_since', 'SPX').verdict.verdict).toBe('contradicted');
    expect(claim.claim.kind === 'range' && claim.claim.window).toContain('Jan. 4, 2021');
  });

  it('lets a year opening the sentence, with no comma, govern every clause of it', () => {
    const year = '2021';
    const end = at(dji, '2021-12-29');
    const base = lastCloseBefore(dji, `${year}-01-01`);
    const ytd = pct(base.close, closeAt(dji, end));
    const spxYtd = pct(lastCloseBefore(spx, `${year}-01-01`).close, closeAt(spx, at(spx, '2021-12-29')));
    const text = `For ${year} the S&P 500 is up more than ${Math.floor(spxYtd)}%, and the Dow is showing a gain of more than ${Math.floor(ytd)}%.`;
    const checked = check(text, undefined, '2021-12-29');
    expect(find(checked, 'ytd_pct', 'DJI').verdict.verdict).toBe('supported');
    expect(find(checked, 'ytd_pct', 'SPX').verdict.verdict).toBe('supported');
  });
});

describe('"briefly"', () => {
  it('makes a figure intraday, not the close', () => {
    const checked = check('The Dow was briefly down more than 3,000 points in the last minutes of trading.', undefined, '2020-03-16');
    const claim = find(checked, 'change_1d', 'DJI');
    expect(claim.verdict.verdict === 'unverifiable' && claim.verdict.reason).toBe('intraday');
  });
});

describe('a month-end wrap', () => {
  const date = '2020-11-30';
  const dowNow = at(dji, date);
  const dowDay = pct(closeAt(dji, dowNow - 1), closeAt(dji, dowNow));
  const dowMonth = pct(lastCloseBefore(dji, '2020-11-01').close, closeAt(dji, dowNow));
  const spxMonth = pct(lastCloseBefore(spx, '2020-11-01').close, closeAt(spx, at(spx, date)));
  const text = [
    `The Dow Jones Industrial Average, off ${fmt(Math.abs(dowDay), 1)}% on the day, still closed November with a ${fmt(dowMonth, 1)}% gain.`,
    `The S&P 500 lost ground on Monday and ended the month up ${fmt(spxMonth, 1)}%.`,
  ].join(' ');
  const checked = check(text, undefined, date);

  it('reads "off X%" as a fall and a name holding "Average" as no seasonal average', () => {
    const day = find(checked, 'change_1d_pct', 'DJI');
    expect(day.claim.stated.type === 'number' && day.claim.stated.value).toBeLessThan(0);
    expect(day.verdict.verdict).toBe('supported');
    expect(checked.some((c) => c.claim.metric === 'seasonal_mean')).toBe(false);
  });

  it('reads "closed November with an X% gain" and "ended the month up X%" as the month', () => {
    expect(find(checked, 'mtd_pct', 'DJI').verdict.verdict).toBe('supported');
    const spxClaim = find(checked, 'mtd_pct', 'SPX');
    expect(spxClaim.verdict.verdict).toBe('supported');
    expect(spxClaim.claim.reading.subject.text).toBe('The S&P 500');
  });
});

describe('"or X%" after a point move', () => {
  it('shares the period of the figure before it, so other period words in the sentence cast no doubt', () => {
    const date = '2020-11-30';
    const i = at(dji, date);
    const points = closeAt(dji, i) - closeAt(dji, i - 1);
    const day = pct(closeAt(dji, i - 1), closeAt(dji, i));
    const wrong = `The Dow shed ${fmt(Math.abs(points), 0)} points, or ${fmt(Math.abs(day) + 0.2, 2)} percent, yet posted its best month since 1987.`;
    const claim = find(check(wrong, undefined, date), 'change_1d_pct', 'DJI');
    expect(claim.claim.reading.period.from).toBe('earlier-clause');
    expect(claim.verdict.verdict).toBe('contradicted');
  });
});

describe('a record said with the day it was set', () => {
  it('is the record as of that day, not the record today', () => {
    const ixic = rowsOf('IXIC.yahoo.csv');
    const date = '2025-06-27';
    const set = '2024-12-16';
    const asOfSet = recordBefore(ixic, '2024-12-17');
    expect(asOfSet.date).toBe(set);
    const text = `A Nasdaq close above its December 16 record close at ${fmt(asOfSet.close, 2)} marks a full recovery.`;
    const claim = find(check(text, undefined, date), 'record_close', 'IXIC');
    expect(claim.verdict.verdict).toBe('supported');
    expect(recordBefore(ixic, '2025-06-28').close).toBeGreaterThan(asOfSet.close);
    const wrong = find(check(text.replace(fmt(asOfSet.close, 2), fmt(asOfSet.close + 40, 2)), undefined, date), 'record_close', 'IXIC');
    expect(wrong.verdict.verdict).toBe('contradicted');
  });
});

describe('a trailing window of months', () => {
  it('holds on either desk convention (calendar months, or 21 sessions a month), and is caught when neither holds', () => {
    const date = '2025-09-25';
    const end = at(spx, date);
    const bySessions = pct(closeAt(spx, end - 63), closeAt(spx, end));
    const calendarBase = lastCloseBefore(spx, '2025-06-26');
    const byCalendar = pct(calendarBase.close, closeAt(spx, end));
    expect(Math.abs(bySessions - byCalendar)).toBeGreaterThan(0.3);
    const story = (x: number): string => `The S&P 500 has gained ${fmt(x, 1)}% over the last three months.`;
    expect(find(check(story(bySessions), undefined, date), 'pct_since', 'SPX').verdict.verdict).toBe('supported');
    expect(find(check(story(byCalendar), undefined, date), 'pct_since', 'SPX').verdict.verdict).toBe('supported');
    expect(find(check(story(Math.max(bySessions, byCalendar) + 2), undefined, date), 'pct_since', 'SPX').verdict.verdict).toBe('contradicted');
  });
});

describe('a move "in a week" inside a longer period', () => {
  it('names no week: unclear, never contradicted', () => {
    const claim = check('The VIX set its prior record in early May 2010, when the index rose nearly 50% in a week.', undefined, '2015-08-21').find((c) => c.claim.symbol === 'VIX');
    expect(claim?.verdict.verdict).toBe('unverifiable');
  });
});

describe('a half-year in progress, and "over the same stretch"', () => {
  const date = '2013-06-28';
  const ixic = rowsOf('IXIC.yahoo.csv');
  const ytd = (rows: readonly ShippedRow[]): number => pct(lastCloseBefore(rows, '2013-01-01').close, closeAt(rows, at(rows, date)));
  const text = [
    `The S&P 500 gained ${fmt(ytd(spx), 1)}% from January through June.`,
    `The Dow did even better, climbing ${fmt(ytd(dji), 1)}%.`,
    `The Nasdaq rose ${fmt(ytd(ixic) + 1, 1)}% over the same stretch.`,
    `In the first half of 2013 the Dow gained ${fmt(ytd(dji), 1)}%.`,
  ].join(' ');
  const checked = check(text, undefined, date);

  it('reads "from January through June" and "in the first half" in a June story as the year to date', () => {
    expect(find(checked, 'ytd_pct', 'SPX').verdict.verdict).toBe('supported');
    expect(checked.filter((c) => c.claim.metric === 'ytd_pct' && c.claim.symbol === 'DJI').map((c) => c.verdict.verdict)).toEqual(['supported', 'supported']);
  });

  it('gives "over the same stretch" the period of the sentence before, and a wrong figure there is unclear, not contradicted', () => {
    const nasdaq = find(checked, 'ytd_pct', 'IXIC');
    expect(nasdaq.claim.reading.period.from).toBe('earlier-clause');
    expect(nasdaq.verdict.verdict === 'unverifiable' && nasdaq.verdict.reason).toBe('unclear');
  });
});
