/**
 * Edges of the week, month, 52-week, seasonal-rank and milestone verdicts on hand-built
 * series: the first week or month of the data, less than 52 weeks of data, a weekend date,
 * ties between months, a level first crossed on the first day of the data.
 */
import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../src/claims/check.js';
import type { CheckedClaim } from '../../src/claims/types.js';
import { formatIsoDay, parseIsoDay } from '../../src/core/date.js';
import type { DailySeries } from '../../src/core/series.js';
import { BUILTIN_INSTRUMENTS } from '../../src/data/instruments.js';
import { formatOrdinal } from '../../src/narrative/ap-style.js';
import { makeSeries } from '../helpers/synthetic-series.js';
import { periodStreak } from './period-scan.js';

function checkOn(series: DailySeries, text: string, date: string): CheckedClaim[] {
  const result = checkArticle(text, { instruments: BUILTIN_INSTRUMENTS, series: new Map([['SPX', series]]), date: parseIsoDay(date) });
  if (!result.ok) throw new Error(result.message);
  return [...result.report.checked];
}

const one = (series: DailySeries, text: string, date: string): CheckedClaim => {
  const [claim, ...rest] = checkOn(series, text, date);
  if (claim === undefined || rest.length > 0) throw new Error(`expected one claim in "${text}"`);
  return claim;
};

const reason = (c: CheckedClaim): string | null => (c.verdict.verdict === 'unverifiable' ? c.verdict.reason : null);

const closes = Array.from({ length: 400 }, (_, i) => 100 + i);
const rising = makeSeries(closes, { start: '2024-01-01' });
const rows = Array.from(rising.days, (day, i) => ({ date: formatIsoDay(day as Parameters<typeof formatIsoDay>[0]), close: closes[i] ?? 0 }));

describe('weekly and monthly streaks at the edges', () => {
  it('the first week or month of the data has nothing to compare with', () => {
    expect(reason(one(rising, 'The S&P 500 posted its third straight weekly gain.', '2024-01-03'))).toBe('before-data');
    expect(reason(one(rising, 'The S&P 500 rose for the third month in a row.', '2024-01-20'))).toBe('before-data');
  });

  it('counts every week of a rising series, and a Saturday is read as of Friday', () => {
    const weeks = periodStreak(rows, '2024-12-06', 'week');
    expect(weeks).toBeGreaterThan(40);
    const friday = one(rising, `The S&P 500 posted its ${formatOrdinal(weeks)} straight weekly gain.`, '2024-12-06');
    expect([friday.verdict.verdict, friday.verdict.actual]).toEqual(['supported', weeks]);
    expect(one(rising, `The S&P 500 posted its ${formatOrdinal(weeks)} straight weekly gain.`, '2024-12-07').verdict.actual).toBe(weeks);
    const wrong = one(rising, 'The S&P 500 fell for a fourth straight week.', '2024-12-06');
    expect(wrong.verdict.verdict === 'contradicted' && wrong.verdict.note).toContain('wrong direction');
  });
});

describe('52-week highs with short data', () => {
  it('a high over less than 52 weeks of data is unverifiable; after 52 weeks it holds', () => {
    expect(reason(one(rising, 'The S&P 500 closed at a 52-week high.', '2024-06-03'))).toBe('before-data');
    expect(one(rising, 'The S&P 500 closed at a 52-week high.', '2025-01-06').verdict.verdict).toBe('supported');
    expect(one(rising, 'The S&P 500 closed at a 52-week low.', '2025-01-06').verdict.verdict).toBe('contradicted');
  });
});

describe('seasonal rank edges', () => {
  it('no complete month before the date is unverifiable; months tied share the rank', () => {
    expect(reason(one(rising, 'December has been the best month for the S&P 500.', '2024-01-15'))).toBe('before-data');
    const flat = makeSeries(Array.from({ length: 800 }, () => 100), { start: '2022-01-03' });
    expect(one(flat, 'December has been the best month for the S&P 500.', '2025-01-15').verdict.verdict).toBe('supported');
    expect(one(flat, 'December has been the worst month for the S&P 500.', '2025-01-15').verdict.verdict).toBe('supported');
    expect(one(flat, 'December has been the third-best month for the S&P 500.', '2025-01-15').verdict.verdict).toBe('contradicted');
  });
});

describe('first close above a level at the edges', () => {
  it('holds on the first close above, not before or after; the data beginning above it cannot be "first"', () => {
    const first = rows.find((row) => row.close > 150)?.date ?? '';
    expect(one(rising, 'The S&P 500 closed above 150 for the first time.', first).verdict.verdict).toBe('supported');
    const later = one(rising, 'The S&P 500 closed above 150 for the first time.', '2024-12-06');
    expect(later.verdict.verdict === 'contradicted' && later.verdict.corrected).toContain('first closed above 150 on');
    expect(reason(one(rising, 'The S&P 500 closed above 50 for the first time.', '2024-01-01'))).toBe('before-data');
  });
});

describe('biggest weekly move since at the edges', () => {
  it('the first week of the data is unverifiable', () => {
    expect(reason(one(rising, 'The S&P 500 had its best week since March.', '2024-01-04'))).toBe('before-data');
  });
});
