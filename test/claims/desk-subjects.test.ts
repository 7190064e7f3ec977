/**
 * Families of wire phrasing about who and how much: names used for something else (a sector,
 * futures, another index), subjects that name no instrument, definitions and concessions, a
 * direction with no figure, more ways of saying a record, a day's move said to be the largest
 * in a window, and a figure too large to be a day's move. Articles are written here from
 * figures scanned out of the shipped CSV rows; each verdict is checked against the same scan.
 */
import { describe, expect, it } from 'vitest';
import { at, check, closeAt, find, pct, recordBefore, rowsOf } from './scan.js';
import type { ShippedRow } from '../helpers/shipped-series.js';

const spx = rowsOf('GSPC.yahoo.csv');
const dji = rowsOf('DJI.yahoo.csv');
const fmt = (value: number, digits: number): string => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

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

  it('reads "as stocks fell for a fifth straight session" as never the VIX: the S&P 500, with a doubt', () => {
    const claims = check('The VIX jumped to its highest level in a year as stocks fell for a fifth straight session.', undefined, '2015-08-21');
    const streaks = claims.filter((c) => c.claim.metric === 'streak_days');
    expect(streaks.length).toBeGreaterThan(0);
    expect(streaks.every((c) => c.claim.symbol === 'SPX' && c.claim.reading.doubts.length > 0 && c.verdict.verdict !== 'contradicted')).toBe(true);
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

  it('calls a rank of weeks since a date and a count of periods over a threshold not computed', () => {
    // A rank of weeks is not "the best week since".
    const rank = check('For the S&P 500 it was the fourth-best week since 1950.', undefined, '2025-04-11');
    expect(rank.some((c) => c.claim.metric === 'week_biggest_since')).toBe(false);
    expect(check('For the S&P 500 it was the best week since 1950.', undefined, '2025-04-11').some((c) => c.claim.metric === 'week_biggest_since')).toBe(true);
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

  it('is no day’s claim after a figure of another period, nor a rank in history', () => {
    const half = check('Dow blue chips climbed 13.8% in the first half, their largest gain in the past 14 years.', undefined, '2013-06-28');
    expect(half.filter((c) => c.claim.metric === 'biggest_1d_in_window').every((c) => c.verdict.verdict === 'unverifiable')).toBe(true);
    const week = check('The Dow climbed 3.5% this week, its largest gain in more than two years.', undefined, '2013-06-28');
    expect(week.some((c) => c.claim.metric === 'biggest_1d_in_window')).toBe(false);
    // "the sixth-worst decline ever" is a rank (move-ranks.test.ts), never "the worst decline ever".
    const rank = check('The Dow lost 666 points, the sixth-worst decline ever measured in points.', undefined, '2018-02-02');
    expect(rank.some((c) => c.claim.metric === 'biggest_1d_in_window')).toBe(false);
    expect(rank.some((c) => c.claim.metric === 'rank_1d_points')).toBe(true);
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

describe('a condition opening a sentence ("Should it end the month here, ...") names nobody', () => {
  it('the month figure after it is the instrument of the sentence before', () => {
    const vix = rowsOf('VIX.yahoo.csv');
    const endOf = (month: string): number => closeAt(vix, vix.findLastIndex((r) => r.date.slice(0, 7) === month));
    const move = pct(endOf('2008-08'), endOf('2008-09'));
    const text = `The VIX rose on Friday. Should it end the month at this level, it would beat its ${fmt(move, 0)} percent rise of September 2008.`;
    const claim = check(text, undefined, '2015-08-21').find((c) => c.claim.text.includes(`${fmt(move, 0)} percent`));
    expect(claim?.claim.symbol).toBe('VIX');
    expect(claim?.verdict.verdict).toBe('supported');
  });
});
