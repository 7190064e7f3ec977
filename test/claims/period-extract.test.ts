/**
 * Extraction of the week, month, 52-week, seasonal-rank and milestone claims and the extra
 * record-count phrasings: several phrasings of each, and the look-alikes that are not claims.
 * No data are read.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/read/extract.js';
import type { Claim } from '../../src/claims/types.js';
import { dayFromCivil, formatIsoDay, type DayNumber } from '../../src/core/date.js';
import { BUILTIN_INSTRUMENTS } from '../../src/data/instruments.js';

const MONDAY = dayFromCivil(2024, 11, 25);

function claimsOf(text: string, date: DayNumber = MONDAY): Claim[] {
  const result = extractClaims(text, { instruments: BUILTIN_INSTRUMENTS, date });
  if (!result.ok) throw new Error(result.message);
  return [...result.claims];
}

function brief(claim: Claim): [string | null, string, number | string | boolean] {
  const s = claim.stated;
  const value = s.type === 'number' ? s.value : s.type === 'date' ? `${formatIsoDay(s.day)}/${s.precision}` : s.value;
  return [claim.symbol, claim.metric, value];
}

const briefs = (text: string, date?: DayNumber): ReturnType<typeof brief>[] => claimsOf(text, date).map(brief);

describe('52-week highs and lows', () => {
  it.each([
    ['The S&P 500 closed at a 52-week high.', [['SPX', 'is_52w_high', true]]],
    ['Small caps notched a fresh 52-week high on Monday.', [['RUT', 'is_52w_high', true]]],
    ['The Russell 2000 notched its highest close in 52 weeks.', [['RUT', 'is_52w_high', true]]],
    ['The Dow posted its highest close in a year', [['DJI', 'is_52w_high', true]]],
    ['The 10-year yield fell to its lowest level in 12 months.', [['US10Y', 'is_52w_low', true]]],
    ['The Nasdaq ended at a new 12-month low, while the VIX jumped.', [['IXIC', 'is_52w_low', true], ['VIX', 'direction_1d', 'up']]],
    ['The index hit a 52-week low. The S&P 500 set a one-year high', [[null, 'is_52w_low', true], ['SPX', 'is_52w_high', true]]],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it.each([
    'The S&P 500 is 3% below its 52-week high.',
    'The Russell 2000 remains short of its 52-week high.',
    'The Dow has not closed at a 52-week high since March.',
    'The S&P 500 is near a 52-week high.',
    'It was the highest close in more than a year for the Nasdaq.',
  ])('not a 52-week flag: %s', (text) => {
    expect(claimsOf(text).filter((c) => c.kind === 'range-flag')).toEqual([]);
  });
});

describe('highest or lowest close in a window', () => {
  it.each([
    ['The Russell 2000 notched its highest close in more than two years.', 'highest_in_window', '2022-11-25', 'more than two years'],
    ['The Dow posted its lowest finish in 18 months.', 'lowest_in_window', '2023-05-25', '18 months'],
    ['The Nasdaq closed at its highest level in three weeks.', 'highest_in_window', '2024-11-04', 'three weeks'],
    ['The S&P 500 hit its highest in over a year.', 'highest_in_window', '2023-11-25', 'over a year'],
    ['The S&P 500 ended at its lowest close in the past 6 months.', 'lowest_in_window', '2024-05-25', 'the past 6 months'],
  ])('%s', (text, metric, from, window) => {
    const [claim, ...rest] = claimsOf(text);
    expect(rest).toEqual([]);
    expect(claim?.metric).toBe(metric);
    expect(claim?.kind === 'extreme-window' && [formatIsoDay(claim.from), claim.window]).toEqual([from, window]);
  });

  it('a window of exactly a year is a 52-week flag; "nearly" and negations are no claim', () => {
    expect(briefs('The S&P 500 notched its highest close in 12 months.')).toEqual([['SPX', 'is_52w_high', true]]);
    expect(briefs('The S&P 500 notched its highest close in nearly two years.')).toEqual([]);
    expect(briefs('The S&P 500 is far from its highest close in two years.')).toEqual([]);
  });
});

describe('highest or lowest close since a date', () => {
  it.each([
    ['The S&P 500 posted its highest close since Nov. 1, 2023.', [['SPX', 'highest_since', '2023-11-01/day']]],
    ['The Dow had its lowest finish since March.', [['DJI', 'lowest_since', '2024-03-01/month']]],
    ['The Nasdaq closed at its highest level since 2021.', [['IXIC', 'highest_since', '2021-01-01/year']]],
    ['Small caps ended at their lowest since Aug. 7.', [['RUT', 'lowest_since', '2024-08-07/day']]],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('weekly and monthly streaks', () => {
  it.each([
    ['The Nasdaq posted its third straight weekly gain.', [['IXIC', 'streak_weeks', 3]]],
    ['The S&P 500 fell for a fourth consecutive week.', [['SPX', 'streak_weeks', -4]]],
    ['Small caps rose for the fifth month in a row.', [['RUT', 'streak_months', 5]]],
    ['The Russell 2000 had its fifth monthly advance in a row.', [['RUT', 'streak_months', 5]]],
    ['The Dow extended its three-week winning streak.', [['DJI', 'streak_weeks', 3]]],
    ['The S&P 500 is on a two-month losing streak.', [['SPX', 'streak_months', -2]]],
    ['The Nasdaq stretched its weekly winning streak to six.', [['IXIC', 'streak_weeks', 6]]],
    ['The S&P 500 is up four weeks in a row.', [['SPX', 'streak_weeks', 4]]],
    ['The Russell 2000 notched a third consecutive month of gains.', [['RUT', 'streak_months', 3]]],
    ['The S&P 500 posted its 3rd straight weekly decline.', [['SPX', 'streak_weeks', -3]]],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it('a snapped streak is the run before the current one; a day streak stays a day streak', () => {
    const snapped = claimsOf('The S&P 500 snapped a three-week winning streak.').filter((c) => c.kind === 'period-streak');
    expect(snapped.map((c) => [c.metric, c.kind === 'period-streak' && c.ended, c.stated.type === 'number' && c.stated.value])).toEqual([['streak_weeks', true, 3]]);
    expect(briefs('The S&P 500 rose for a sixth straight day.')).toEqual([['SPX', 'streak_days', 6]]);
  });
});

describe('biggest weekly move since', () => {
  it.each([
    ['The S&P 500 had its biggest weekly gain since November 2023.', [['SPX', 'week_biggest_since', '2023-11-01/month']]],
    ['It was the worst week for small caps since Sept. 6.', [['RUT', 'week_biggest_since', '2024-09-06/day']]],
    ['The Dow posted its largest weekly decline since 2022.', [['DJI', 'week_biggest_since', '2022-01-01/year']]],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });

  it('reads the direction of the week', () => {
    const [gain] = claimsOf('The S&P 500 had its best week since March.');
    const [drop] = claimsOf('The S&P 500 had its biggest weekly drop since March.');
    expect(gain?.kind === 'week-since' && gain.direction).toBe('up');
    expect(drop?.kind === 'week-since' && drop.direction).toBe('down');
  });
});

describe('seasonal rank', () => {
  it.each([
    ['December has been the best month for the Russell 2000.', [['RUT', 'seasonal_rank', 1]], false],
    ['For the S&P 500, November is historically the third-best month.', [['SPX', 'seasonal_rank', 3]], false],
    ['September has been the worst month of the year for the Dow.', [['DJI', 'seasonal_rank', 1]], true],
    ['Small caps: February is the second-worst month.', [['RUT', 'seasonal_rank', 2]], true],
    ['The Nasdaq says April tends to be the strongest month.', [['IXIC', 'seasonal_rank', 1]], false],
  ])('%s', (text, expected, worst) => {
    const claims = claimsOf(text);
    expect(claims.map(brief)).toEqual(expected);
    expect(claims[0]?.kind === 'seasonal-rank' && claims[0].fromWorst).toBe(worst);
  });

  it('reads the month and the years asked for', () => {
    const [claim] = claimsOf('Since 1990, December has been the best month for the S&P 500.');
    expect(claim?.kind === 'seasonal-rank' && [claim.month, claim.fromYear]).toEqual([12, 1990]);
    const [past] = claimsOf('Over the past 30 years, October has been the fourth-best month for the Dow.');
    expect(past?.kind === 'seasonal-rank' && [past.month, past.fromYear, past.stated.value]).toEqual([10, 1994, 4]);
  });

  it('"best month since" and "was the best month" of one year are not a seasonal rank', () => {
    expect(claimsOf('November was the best month for small caps since December 2023.').filter((c) => c.kind === 'seasonal-rank')).toEqual([]);
    expect(claimsOf('For the S&P 500, May was the best month of 2024.').filter((c) => c.kind === 'seasonal-rank')).toEqual([]);
  });
});

describe('first close above a level', () => {
  it.each([
    ['The S&P 500 closed above 6,000 for the first time.', [['SPX', 'first_close_above', 6000]]],
    ["It was the S&P 500's first close above 6,000.", [['SPX', 'first_close_above', 6000]]],
    ['The Dow ended above the 44,000 mark for the first time on Monday.', [['DJI', 'first_close_above', 44000]]],
    ['The Dow closed higher after it topped 45000 for the first time.', [['DJI', 'first_close_above', 45000]]],
    ['The S&P 500 rose. The index notched its first-ever close above 6,000.', [['SPX', 'first_close_above', 6000]]],
  ])('%s', (text, expected) => {
    expect(briefs(text).filter(([, metric]) => metric === 'first_close_above')).toEqual(expected);
  });

  it('an intraday crossing without a close word is no milestone', () => {
    expect(claimsOf('The S&P 500 topped 6,000 for the first time in morning trading.').filter((c) => c.kind === 'milestone')).toEqual([]);
  });
});

describe('record count of the year, more phrasings', () => {
  it.each([
    ['The S&P 500 set its 51st record close of the year.', 51],
    ['The S&P 500 closed at a record, for the 51st time this year.', 51],
    ['The S&P 500 has closed at a record 51 times this year.', 51],
    ['The S&P 500 notched a record high for the fifth time so far this year.', 5],
    ['The S&P 500 has set a record 51 times in 2024.', 51],
  ])('%s', (text, count) => {
    expect(briefs(text).filter(([, metric]) => metric === 'record_count_ytd')).toEqual([['SPX', 'record_count_ytd', count]]);
  });

  it('"for the first time this year" without a record is no record count; another year is none', () => {
    expect(claimsOf('The Dow fell for the third time this year.').filter((c) => c.metric === 'record_count_ytd')).toEqual([]);
    expect(claimsOf('The S&P 500 closed at a record 57 times in 2021.').filter((c) => c.metric === 'record_count_ytd')).toEqual([]);
  });
});
