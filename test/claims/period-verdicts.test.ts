/**
 * Verdicts on 52-week highs and lows, weekly and monthly streaks, the biggest weekly move
 * since a date, seasonal ranks, first closes above a level and record counts, against the
 * shipped data. Every expectation is computed here from the CSV rows by the plain scans of
 * period-scan.ts and scan.ts.
 */
import { describe, expect, it } from 'vitest';
import { formatOrdinal } from '../../src/narrative/ap-style.js';
import { firstAbove, periodStreak, range52, seasonalRank, weekBiggestSince } from './period-scan.js';
import { check, find, rowsOf, verdictOf } from './scan.js';

const spx = rowsOf('GSPC.yahoo.csv');
const rut = rowsOf('RUT.yahoo.csv');
const dji = rowsOf('DJI.yahoo.csv');
const ixic = rowsOf('IXIC.yahoo.csv');
const dgs10 = rowsOf('DGS10.fred.csv');

const corrected = (claim: ReturnType<typeof find>): string => (claim.verdict.verdict === 'contradicted' ? claim.verdict.corrected : '');

describe.each(['2024-11-25', '2024-12-06', '2022-06-13', '2020-03-16'])('week, month and 52-week claims on %s', (date) => {
  const text = [
    'The S&P 500 closed at a 52-week high.',
    'The Russell 2000 notched its lowest close in 52 weeks.',
    'The 10-year yield ended at a 12-month high.',
    'The Nasdaq posted its third straight weekly gain.',
    'The Dow fell for the second month in a row.',
    'The S&P 500 is on a four-week losing streak.',
  ].join(' ');
  const checked = check(text, undefined, date);

  it('judges 52-week highs and lows from the 364 days ending on the date', () => {
    const s = range52(spx, date);
    expect(find(checked, 'is_52w_high', 'SPX').verdict.verdict).toBe(verdictOf(s.close >= s.high));
    const r = range52(rut, date);
    expect(find(checked, 'is_52w_low', 'RUT').verdict.verdict).toBe(verdictOf(r.close <= r.low));
    const y = range52(dgs10, date);
    expect(find(checked, 'is_52w_high', 'US10Y').verdict.verdict).toBe(verdictOf(y.close >= y.high));
    if (s.close < s.high) expect(corrected(find(checked, 'is_52w_high', 'SPX'))).toContain('below its 52-week high');
  });

  it('judges weekly and monthly streaks, the week or month in progress counting', () => {
    const weeks = periodStreak(ixic, date, 'week');
    const claim = find(checked, 'streak_weeks', 'IXIC');
    expect(claim.verdict.verdict).toBe(verdictOf(weeks === 3));
    expect(claim.verdict.actual).toBe(weeks);
    if (weeks !== 3 && Math.abs(weeks) > 1) expect(corrected(claim)).toContain(`its ${formatOrdinal(Math.abs(weeks))} straight weekly`);
    expect(find(checked, 'streak_months', 'DJI').verdict.verdict).toBe(verdictOf(periodStreak(dji, date, 'month') === -2));
    expect(find(checked, 'streak_weeks', 'SPX').verdict.actual).toBe(periodStreak(spx, date, 'week'));
  });
});

describe('biggest weekly move since', () => {
  const monday = (iso: string): number => {
    const day = Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
    return day - ((((day + 3) % 7) + 7) % 7);
  };

  it.each([
    ['2024-11-22', 'The S&P 500 had its biggest weekly gain since early November, its best week since Nov. 8.', '2024-11-08', 'day'],
    ['2024-11-22', 'The Russell 2000 had its best week since Nov. 8.', '2024-11-08', 'day'],
    ['2022-06-17', 'The S&P 500 had its worst week since March 2020.', '2020-03', 'month'],
    ['2020-03-20', 'The S&P 500 suffered its worst weekly loss since October 2008.', '2008-10', 'month'],
  ])('%s: %s', (date, text, stated, precision) => {
    const checked = check(text, undefined, date);
    const claim = checked.find((c) => c.claim.metric === 'week_biggest_since');
    const scanned = weekBiggestSince(text.includes('Russell') ? rut : spx, date);
    if (claim === undefined || scanned.since === null) throw new Error('no claim or no earlier week');
    expect(claim.verdict.actual).toBe(scanned.since);
    const holds = precision === 'month' ? scanned.since.startsWith(stated) : monday(scanned.since) === monday(stated);
    expect(claim.verdict.verdict).toBe(verdictOf(holds));
    if (!holds) expect(corrected(claim)).not.toContain(claim.claim.stated.type === 'date' ? claim.claim.stated.raw : '?');
  });

  it('a week that went the other way is a wrong direction', () => {
    const date = '2024-11-25';
    const scanned = weekBiggestSince(spx, date);
    const [claim] = check('The S&P 500 had its worst week since August.', undefined, date).filter((c) => c.claim.metric === 'week_biggest_since');
    expect(claim?.verdict.verdict).toBe(scanned.move > 0 ? 'contradicted' : claim?.verdict.verdict);
    if (scanned.move > 0) expect(claim?.verdict.verdict === 'contradicted' && claim.verdict.note).toContain('wrong direction');
  });
});

describe('seasonal rank', () => {
  const date = '2024-11-25';
  const checked = check(
    'December has been the best month for the Russell 2000. November is the third-best month for the S&P 500. September has been the worst month for the Dow. For the Nasdaq, February is the second-worst month.',
    undefined,
    date,
  );

  it.each([
    ['RUT', rut, 12, 1, false],
    ['SPX', spx, 11, 3, false],
    ['DJI', dji, 9, 1, true],
    ['IXIC', ixic, 2, 2, true],
  ] as const)('%s, calendar month %s', (symbol, rows, month, stated, fromWorst) => {
    const rank = seasonalRank(rows, date, month);
    const claim = find(checked, 'seasonal_rank', symbol);
    expect(claim.verdict.verdict).toBe(verdictOf((fromWorst ? rank.fromWorst : rank.fromBest) === stated));
    expect(claim.verdict.actual).toBe(rank.fromBest);
    if (claim.verdict.verdict === 'contradicted') {
      const n = Math.min(rank.fromBest, rank.fromWorst);
      expect(corrected(claim)).toContain(`${n === 1 ? '' : `${formatOrdinal(n)}-`}${rank.fromWorst < rank.fromBest ? 'worst' : 'best'} month`);
    }
  });

  it('a range of years before the data is unverifiable', () => {
    const [claim] = check('Since 1950, December has been the best month for the Russell 2000.', undefined, date);
    expect(claim?.verdict.verdict === 'unverifiable' && claim.verdict.reason).toBe('before-data');
  });
});

describe('highest or lowest close in a window', () => {
  /** The date less n years or months (days kept: the dates below are before the 29th). */
  const back = (date: string, n: number, unit: 'year' | 'month'): string => {
    const d = new Date(`${date}T00:00:00Z`);
    if (unit === 'year') d.setUTCFullYear(d.getUTCFullYear() - n);
    else d.setUTCMonth(d.getUTCMonth() - n);
    return d.toISOString().slice(0, 10);
  };
  /** The last earlier date whose close was at least as high (low), or null. */
  const lastAsExtreme = (rows: typeof spx, date: string, high: boolean): string | null => {
    const i = rows.findIndex((row) => row.date === date);
    const close = rows[i]?.close ?? 0;
    for (let j = i - 1; j >= 0; j--) if (high ? (rows[j]?.close ?? 0) >= close : (rows[j]?.close ?? 0) <= close) return rows[j]?.date ?? null;
    return null;
  };

  it.each([
    ['2024-11-25', 'RUT', 'The Russell 2000 notched its highest close in more than two years.', true, 2, 'year'],
    ['2022-06-13', 'DJI', 'The Dow posted its lowest finish in 18 months.', false, 18, 'month'],
    ['2022-06-13', 'SPX', 'The S&P 500 ended at its lowest close in more than a year.', false, 1, 'year'],
    ['2020-03-16', 'SPX', 'The S&P 500 closed at its lowest level in three years.', false, 3, 'year'],
    ['2024-11-25', 'DJI', 'The Dow closed at its highest level in two months.', true, 2, 'month'],
  ] as const)('%s %s: %s', (date, symbol, text, high, n, unit) => {
    const rows = { RUT: rut, DJI: dji, SPX: spx }[symbol];
    const since = lastAsExtreme(rows, date, high);
    const claim = find(check(text, undefined, date), high ? 'highest_in_window' : 'lowest_in_window', symbol);
    expect(claim.verdict.actual).toBe(since);
    expect(claim.verdict.verdict).toBe(verdictOf(since === null || since < back(date, n, unit)));
  });
});

describe('first close above a level', () => {
  const first = firstAbove(spx, 6000);
  if (first === null) throw new Error('S&P 500 never above 6,000 in the data');

  it.each(['2024-11-11', '2024-11-25', '2024-11-08'])('"closed above 6,000 for the first time" on %s', (date) => {
    const claim = find(check('The S&P 500 closed above 6,000 for the first time.', undefined, date), 'first_close_above', 'SPX');
    expect(claim.verdict.verdict).toBe(verdictOf(first.date === date));
    expect(claim.verdict.actual).toBe(first.date);
    if (date > first.date) expect(corrected(claim)).toContain('first closed above 6,000 on');
    if (date < first.date) expect(corrected(claim)).toContain('below 6,000');
  });

  it('a level never reached is contradicted with no date', () => {
    const claim = find(check("It was the Russell 2000's first close above 50,000.", undefined, '2024-11-25'), 'first_close_above', 'RUT');
    expect(firstAbove(rut, 50_000)).toBeNull();
    expect([claim.verdict.verdict, claim.verdict.actual]).toEqual(['contradicted', null]);
  });
});

describe('record count of the year in other words', () => {
  it('counts records in the calendar year to the date', () => {
    const date = '2024-11-25';
    let count = 0;
    let high = Number.NEGATIVE_INFINITY;
    for (const row of spx) {
      if (row.date > date) break;
      if (row.close > high && row.date.startsWith('2024')) count++;
      high = Math.max(high, row.close);
    }
    const claim = find(check('The S&P 500 has closed at a record 50 times this year.', undefined, date), 'record_count_ytd', 'SPX');
    expect(claim.verdict.verdict).toBe(verdictOf(count === 50));
    expect(claim.verdict.actual).toBe(count);
  });
});
