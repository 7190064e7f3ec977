/**
 * Families of wire phrasing that used to be misread as wrong: a streak spoken of as over (the
 * run before the current one), a run of weeks within a bound (not computed), where an index
 * stood coming into the day (the prior session), a year opening the sentence with no comma,
 * a move from a dated close, the period after the second figure of "N points or X%", and
 * "briefly" (intraday). Articles are written here from figures scanned out of the shipped
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

describe('names used for something else, and subjects that name no instrument', () => {
  const date = '2020-03-24';
  const i = at(spx, date);
  const day = pct(closeAt(spx, i - 1), closeAt(spx, i));
  const text = `The S&P 500 rose ${fmt(day, 1)}%. The S&P 500 energy sector jumped 20%, S&P 500 futures added 3% after the bell, and the Nasdaq Golden Dragon China Index climbed 7%.`;
  const checked = check(text, undefined, date);

  it('does not pin a sector, futures or another index on the index', () => {
    expect(find(checked, 'change_1d_pct', 'SPX').verdict.verdict).toBe('supported');
    for (const figure of ['20%', '3%', '7%']) {
      const claim = checked.find((c) => c.claim.text.includes(figure));
      expect(claim?.claim.symbol ?? null).toBeNull();
      expect(claim?.verdict.verdict).toBe('unverifiable');
    }
  });

  it('reads "as stocks fell for a fifth straight session" as no instrument', () => {
    const claims = check('The VIX jumped to its highest level in a year as stocks fell for a fifth straight session.', undefined, '2015-08-21');
    expect(claims.filter((c) => c.claim.metric === 'streak_days').every((c) => c.claim.symbol === null)).toBe(true);
  });

  it('takes no dollar price for an index level', () => {
    const claims = check('The S&P 500 sank 3% after U.S. crude shot up to nearly $120 a barrel.', undefined, '2022-03-07');
    expect(claims.some((c) => c.claim.metric === 'close' && c.claim.symbol === 'SPX')).toBe(false);
  });
});

describe('definitions, thresholds, ranks and concessions', () => {
  it('makes a rule-of-thumb figure unclear, not wrong', () => {
    const claims = check('The S&P 500 jumped 9.5%. A bear market is the label traders use when a drop of 10% deepens into a slide of 20%.', undefined, '2025-04-09');
    expect(claims.filter((c) => c.claim.sentence.includes('label')).every((c) => c.verdict.verdict !== 'contradicted')).toBe(true);
  });

  it('calls a rank since a date and a count of periods over a threshold not computed', () => {
    const rank = check('For the S&P 500 it was the fourth-best day since 1950.', undefined, '2025-04-09');
    expect(rank.every((c) => c.verdict.verdict === 'unverifiable')).toBe(true);
    const count = check('Since 1950 the S&P 500 has gained 15 percent or more in 20 years.', undefined, '2013-06-28');
    expect(count.every((c) => c.verdict.verdict !== 'contradicted')).toBe(true);
  });

  it('reads "above the X% level" as a level the close is beyond', () => {
    const dgs10 = rowsOf('DGS10.fred.csv');
    const close = closeAt(dgs10, at(dgs10, '2021-12-29'));
    const text = (level: number, side: string): string => `The 10-year Treasury yield climbed ${side} the ${fmt(level, 2)}% level.`;
    expect(find(check(text(Math.floor(close * 10) / 10, 'above'), undefined, '2021-12-29'), 'close', 'US10Y').verdict.verdict).toBe('supported');
    expect(find(check(text(Math.floor(close * 10) / 10 + 0.5, 'above'), undefined, '2021-12-29'), 'close', 'US10Y').verdict.verdict).toBe('contradicted');
  });

  it('makes a move named in a concession unclear', () => {
    const claims = check('The S&P 500 rose 1% on the day. The advance came despite the index’s losses of over 9% during June.', undefined, '2013-06-28');
    const concession = claims.find((c) => c.claim.text.includes('9%'));
    expect(concession?.verdict.verdict).not.toBe('contradicted');
  });
});

describe('a change that is no one-day move', () => {
  it('has no "biggest one-day gain since": a Monday before 1952 follows a Saturday session the file lacks', () => {
    const monday = spx.find((row) => row.date >= '1948-01-01' && new Date(`${row.date}T00:00:00Z`).getUTCDay() === 1);
    if (monday === undefined) throw new Error('no Monday');
    const claim = find(check('The S&P 500 posted its biggest one-day gain since 1940.', undefined, monday.date), 'biggest_1d_since', 'SPX');
    expect(claim.verdict.verdict === 'unverifiable' && claim.verdict.reason).toBe('not-computable');
    expect(claim.verdict.note).toContain('Saturday');
  });
});

describe('full names and bare point figures', () => {
  const date = '2008-09-29';
  const ixic = rowsOf('IXIC.yahoo.csv');
  const move = (rows: readonly ShippedRow[]): { points: number; percent: number; close: number } => {
    const i = at(rows, date);
    return { points: closeAt(rows, i) - closeAt(rows, i - 1), percent: pct(closeAt(rows, i - 1), closeAt(rows, i)), close: closeAt(rows, i) };
  };
  const n = move(ixic);
  const s = move(spx);

  it('reads "the Nasdaq Composite Index" and "the Standard & Poor’s 500 Index" as the indexes', () => {
    const text = `The Standard & Poor's 500 Index lost ${fmt(Math.abs(s.points), 2)} points, or ${fmt(Math.abs(s.percent), 2)} percent, to ${fmt(s.close, 2)}. The Nasdaq Composite Index shed ${fmt(Math.abs(n.points), 2)} points, or ${fmt(Math.abs(n.percent), 2)} percent.`;
    const checked = check(text, undefined, date);
    expect(find(checked, 'close', 'SPX').verdict.verdict).toBe('supported');
    expect(find(checked, 'change_1d_pct', 'IXIC').verdict.verdict).toBe('supported');
  });

  it('reads a bare figure after a move verb, paired with a percent, as points', () => {
    const text = `The Nasdaq composite dropped ${fmt(Math.abs(n.points), 2)}, or ${fmt(Math.abs(n.percent), 1)}%, to ${fmt(n.close, 2)}.`;
    const checked = check(text, undefined, date);
    expect(find(checked, 'change_1d', 'IXIC').verdict.verdict).toBe('supported');
    expect(find(checked, 'change_1d_pct', 'IXIC').verdict.verdict).toBe('supported');
    const wrong = check(text.replace(fmt(Math.abs(n.points), 2), fmt(Math.abs(n.points) + 30, 2)), undefined, date);
    expect(find(wrong, 'change_1d', 'IXIC').verdict.verdict).toBe('contradicted');
  });

  it('reads "off X% from its high of L" as the distance from the record', () => {
    const record = recordBefore(ixic, '2002-12-31');
    const end = closeAt(ixic, at(ixic, '2002-12-30'));
    const off = -pct(record.close, end);
    const text = `The Nasdaq Composite Index is now off more than ${Math.floor(off)}% from its high of ${fmt(record.close, 2)}.`;
    expect(find(check(text, undefined, '2002-12-30'), 'pct_from_record', 'IXIC').verdict.verdict).toBe('supported');
  });
});

describe('a direction said with no figure', () => {
  const dgs10 = rowsOf('DGS10.fred.csv');
  const bp = (date: string): number => {
    const i = at(dgs10, date);
    return Math.round((closeAt(dgs10, i) - closeAt(dgs10, i - 1)) * 100 * 1e6) / 1e6;
  };
  /** The first 2023 session whose 10-year yield moved by more than 5 bp the given way. */
  const dayOf = (sign: number): string => {
    const row = dgs10.find((r, i) => i > 0 && r.date.startsWith('2023') && Math.sign(bp(r.date)) === sign && Math.abs(bp(r.date)) > 5);
    if (row === undefined) throw new Error('no such day');
    return row.date;
  };

  it('reads "Treasury yields rose" as the benchmark 10-year yield, and catches the wrong way', () => {
    const up = dayOf(1);
    expect(find(check('Stocks slid as Treasury yields rose.', undefined, up), 'direction_1d', 'US10Y').verdict.verdict).toBe('supported');
    expect(find(check('Stocks rallied as Treasury yields fell.', undefined, up), 'direction_1d', 'US10Y').verdict.verdict).toBe('contradicted');
  });

  it('reads "pushing yields lower" and "were flat to lower"', () => {
    const down = dayOf(-1);
    expect(find(check('Bonds rallied, pushing yields lower.', undefined, down), 'direction_1d', 'US10Y').verdict.verdict).toBe('supported');
    expect(find(check('Treasury yields were flat to lower after the report.', undefined, down), 'direction_1d', 'US10Y').verdict.verdict).toBe('supported');
  });

  it('gives a group’s direction to each member, and leaves a clause with a figure to the figure', () => {
    const date = '2024-09-24';
    const rowsBySymbol: Record<string, readonly ShippedRow[]> = { SPX: spx, DJI: dji, IXIC: rowsOf('IXIC.yahoo.csv') };
    const rose = (symbol: string): boolean => {
      const rows = rowsBySymbol[symbol] ?? [];
      return closeAt(rows, at(rows, date)) > closeAt(rows, at(rows, date) - 1);
    };
    const checked = check('All three major indexes collectively rose. The Dow rose 0.2%.', undefined, date);
    const directions = checked.filter((c) => c.claim.metric === 'direction_1d');
    expect(directions.map((c) => c.claim.symbol).sort()).toEqual(['DJI', 'IXIC', 'SPX']);
    for (const c of directions) expect(c.verdict.verdict).toBe(rose(c.claim.symbol ?? '') ? 'supported' : 'contradicted');
    expect(checked.filter((c) => c.claim.sentence.includes('0.2%')).map((c) => c.claim.metric)).toEqual(['change_1d_pct']);
  });
});

describe('more ways of saying a record', () => {
  it('reads "hitting new highs again", "topped its prior all-time high" and "also set a record", with their tails', () => {
    const date = '2024-09-24';
    const isRecord = (rows: readonly ShippedRow[]): boolean => closeAt(rows, at(rows, date)) > recordBefore(rows, date).close;
    const checked = check('The three major indexes rose, the S&P 500 and the Dow hitting new highs again. The Nasdaq also set a record on Tuesday.', undefined, date);
    expect(find(checked, 'is_record', 'SPX').verdict.verdict).toBe(isRecord(spx) ? 'supported' : 'contradicted');
    expect(find(checked, 'is_record', 'DJI').claim.text).toContain('again');
    const nasdaq = find(checked, 'is_record', 'IXIC');
    expect(nasdaq.claim.text).toBe('also set a record on Tuesday');
    expect(nasdaq.verdict.verdict).toBe(isRecord(rowsOf('IXIC.yahoo.csv')) ? 'supported' : 'contradicted');
  });
});

describe('a day’s move said to be the largest in a window', () => {
  /** The most recent earlier day whose move in the same direction was at least as large (percent). */
  const lastAsLarge = (rows: readonly ShippedRow[], date: string): string | null => {
    const i = at(rows, date);
    const move = pct(closeAt(rows, i - 1), closeAt(rows, i));
    for (let j = i - 1; j >= 1; j--) {
      const other = pct(closeAt(rows, j - 1), closeAt(rows, j));
      if ((move < 0 && other <= move) || (move > 0 && other >= move)) return rows[j]?.date ?? null;
    }
    return null;
  };
  const date = '2022-03-07';
  const since = lastAsLarge(spx, date) ?? '';
  const monthsBack = (iso: string): number => {
    const [y1, m1, d1] = date.split('-').map(Number);
    const [y0, m0, d0] = iso.split('-').map(Number);
    return ((y1 ?? 0) - (y0 ?? 0)) * 12 + ((m1 ?? 0) - (m0 ?? 0)) + ((d1 ?? 0) - (d0 ?? 0)) / 31;
  };
  const months = Math.round(monthsBack(since));

  it('holds for the rounded count of months back to the last move as large, and is caught for a longer window', () => {
    expect(find(check(`The S&P 500 sank 3%, its biggest drop in ${months} months.`, undefined, date), 'biggest_1d_in_window', 'SPX').verdict.verdict).toBe('supported');
    expect(find(check(`The S&P 500 sank 3%, its biggest drop in ${months + 6} months.`, undefined, date), 'biggest_1d_in_window', 'SPX').verdict.verdict).toBe('contradicted');
    expect(find(check('The S&P 500 sank 3%, its biggest drop in more than a year.', undefined, date), 'biggest_1d_in_window', 'SPX').verdict.verdict).toBe(monthsBack(since) > 12 ? 'supported' : 'contradicted');
  });

  it('judges "ever" only as far as the data reach', () => {
    const claim = find(check('The Dow had its worst day ever.', undefined, '2020-03-16'), 'biggest_1d_in_window', 'DJI');
    expect(lastAsLarge(dji, '2020-03-16')).toBeNull();
    expect(claim.verdict.verdict === 'unverifiable' && claim.verdict.reason).toBe('before-data');
  });

  it('is no day’s claim after a figure of another period, and a rank in history is not computed', () => {
    const half = check('Dow blue chips climbed 13.8% in the first half, their largest gain in the past 14 years.', undefined, '2013-06-28');
    expect(half.filter((c) => c.claim.metric === 'biggest_1d_in_window').every((c) => c.verdict.verdict === 'unverifiable')).toBe(true);
    const week = check('The Dow climbed 3.5% this week, its largest gain in more than two years.', undefined, '2013-06-28');
    expect(week.some((c) => c.claim.metric === 'biggest_1d_in_window')).toBe(false);
    const rank = find(check('The Dow lost 666 points, the sixth-worst decline ever measured in points.', undefined, '2018-02-02'), 'biggest_1d_in_window', 'DJI');
    expect(rank.verdict.verdict === 'unverifiable' && rank.verdict.reason).toBe('not-computed');
  });
});

describe('a figure read as the day for want of period words', () => {
  it('is unclear, not wrong, when it is larger than any one-day move in the data, and so is the window after it', () => {
    let largest = 0;
    for (let i = 1; i < dji.length && (dji[i]?.date ?? '') <= '2013-06-28'; i++) largest = Math.max(largest, Math.abs(pct(closeAt(dji, i - 1), closeAt(dji, i))));
    const figure = Math.ceil(largest) + 2;
    const checked = check(`The Dow did even better, climbing ${figure}%, its largest gain in the past 14 years.`, undefined, '2013-06-28');
    const move = find(checked, 'change_1d_pct', 'DJI');
    expect(move.verdict.verdict === 'unverifiable' && move.verdict.reason).toBe('unclear');
    const window = find(checked, 'biggest_1d_in_window', 'DJI');
    expect(window.verdict.verdict === 'unverifiable' && window.verdict.reason).toBe('unclear');
  });
});
