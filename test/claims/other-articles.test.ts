/**
 * The other test articles: planted errors (each contradicted, with the actual value and a
 * corrected sentence), machine-translated run-on text, instruments outside the store or
 * outside the registry, intraday and time-of-day figures, windows before the data, and a
 * January story whose "since" dates fall in the previous year. Expected verdicts are computed
 * from the CSV rows here.
 */
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/narrative/ap-style.js';
import { allSeries, article, at, biggestSince, check, closeAt, find, lastCloseBefore, pct, recordBefore, roundsTo, rowsOf, streakAt, verdictOf } from './scan.js';

const rut = rowsOf('RUT.yahoo.csv');
const spx = rowsOf('GSPC.yahoo.csv');
const dgs10 = rowsOf('DGS10.fred.csv');

describe('planted errors (Nov. 25, 2024)', () => {
  const checked = check(article('planted-errors.txt'));
  const i = at(rut, '2024-11-25');
  const dayMove = pct(closeAt(rut, i - 1), closeAt(rut, i));

  it('calls a move in the wrong direction contradicted and flips the verb in the correction', () => {
    const claim = find(checked, 'change_1d_pct', 'RUT');
    expect(claim.verdict.verdict).toBe(verdictOf(dayMove < 0 && roundsTo(dayMove, 1.2, 1)));
    expect(claim.verdict.verdict === 'contradicted' && claim.verdict.corrected).toContain(`The Russell 2000 rose ${formatNumber(Math.abs(dayMove), 1)}% to 2,442.03`);
  });

  it('contradicts the streak, the distance from the record, and the record date while the level holds', () => {
    const streak = find(checked, 'streak_days', 'RUT');
    expect(streak.verdict.verdict).toBe(verdictOf(streakAt(rut, i) === 4));
    expect(streak.verdict.verdict === 'contradicted' && streak.verdict.corrected).toContain('its sixth straight gain');
    const record = recordBefore(rut, '2024-11-25');
    expect(find(checked, 'prior_record_close', 'RUT').verdict.verdict).toBe(verdictOf(roundsTo(record.close, 2442.74, 2)));
    const date = find(checked, 'prior_record_date', 'RUT');
    expect(date.verdict.verdict).toBe(verdictOf(record.date === '2021-11-09'));
    expect(date.verdict.verdict === 'contradicted' && date.verdict.corrected).toContain('set Nov. 8, 2021');
    const distance = find(checked, 'pct_from_record', 'RUT');
    expect(distance.verdict.verdict).toBe(verdictOf(roundsTo(pct(record.close, closeAt(rut, i)), 3, 0)));
    expect(distance.verdict.verdict === 'contradicted' && distance.verdict.corrected).toContain('0.03% below');
  });

  it('contradicts month to date, best month since, correction, record flag, year to date, record count', () => {
    const mtd = pct(lastCloseBefore(rut, '2024-11-01').close, closeAt(rut, i));
    const month = find(checked, 'mtd_pct', 'RUT');
    expect(month.verdict.verdict).toBe(verdictOf(roundsTo(mtd, 12.5, 1)));
    expect(month.verdict.verdict === 'contradicted' && month.verdict.corrected).toContain(`gained ${formatNumber(mtd, 1)}% so far in November`);
    expect(find(checked, 'month_biggest_since', 'RUT').verdict.verdict).toBe('contradicted');
    const record = recordBefore(rut, '2024-11-25');
    const below = pct(record.close, closeAt(rut, i));
    expect(find(checked, 'drawdown_state', 'RUT').verdict.verdict).toBe(verdictOf(below <= -10));
    expect(find(checked, 'is_record', 'RUT').verdict.verdict).toBe(verdictOf(closeAt(rut, i) > record.close));
    const spxYtd = pct(lastCloseBefore(spx, '2024-01-01').close, closeAt(spx, at(spx, '2024-11-25')));
    expect(find(checked, 'ytd_pct', 'SPX').verdict.verdict).toBe(verdictOf(roundsTo(spxYtd, 23.1, 1)));
    expect(find(checked, 'record_count_ytd', 'SPX').verdict.verdict).toBe('contradicted');
  });

  it('contradicts the basis-point move and the "since" date of the yield, keeping the level', () => {
    const j = at(dgs10, '2024-11-25');
    const bp = (closeAt(dgs10, j) - closeAt(dgs10, j - 1)) * 100;
    const move = find(checked, 'change_1d_bp', 'US10Y');
    expect(move.verdict.verdict).toBe(verdictOf(roundsTo(bp, 9, 0)));
    expect(move.verdict.verdict === 'contradicted' && move.verdict.corrected).toContain(`fell ${Math.round(Math.abs(bp))} basis points`);
    expect(find(checked, 'close', 'US10Y').verdict.verdict).toBe(verdictOf(roundsTo(closeAt(dgs10, j), 4.27, 2)));
    const since = find(checked, 'biggest_1d_since', 'US10Y');
    expect(since.verdict.verdict).toBe(verdictOf(biggestSince(dgs10, '2024-11-25', true) === '2024-09-18'));
    expect(since.verdict.verdict === 'contradicted' && since.verdict.corrected).toContain('since Aug. 2.');
  });

  it('--strict semantics: at least one contradicted claim', () => {
    expect(checked.filter((c) => c.verdict.verdict === 'contradicted').length).toBeGreaterThanOrEqual(12);
  });
});

describe('machine-translated run-on text', () => {
  const checked = check(article('machine-translated.txt'));
  const i = at(rut, '2024-11-25');

  it('reads "1,47 percent", "2442.03 points", "14 bp", "0.30 per cent", "November 8th 2021" and "since August 2"', () => {
    expect(find(checked, 'change_1d_pct', 'RUT').verdict.verdict).toBe(verdictOf(roundsTo(pct(closeAt(rut, i - 1), closeAt(rut, i)), 1.47, 2)));
    expect(find(checked, 'close', 'RUT').verdict.verdict).toBe(verdictOf(roundsTo(closeAt(rut, i), 2442.03, 2)));
    expect(find(checked, 'streak_days', 'RUT').verdict.verdict).toBe(verdictOf(streakAt(rut, i) === 6));
    expect(find(checked, 'prior_record_date', 'RUT').verdict.verdict).toBe(verdictOf(recordBefore(rut, '2024-11-25').date === '2021-11-08'));
    const j = at(dgs10, '2024-11-25');
    expect(find(checked, 'change_1d_bp', 'US10Y').verdict.verdict).toBe(verdictOf(roundsTo((closeAt(dgs10, j) - closeAt(dgs10, j - 1)) * 100, 14, 0)));
    expect(find(checked, 'biggest_1d_since', 'US10Y').verdict.verdict).toBe(verdictOf(biggestSince(dgs10, '2024-11-25', true) === '2024-08-02'));
    const k = at(spx, '2024-11-25');
    expect(find(checked, 'change_1d_pct', 'SPX').verdict.verdict).toBe(verdictOf(roundsTo(pct(closeAt(spx, k - 1), closeAt(spx, k)), 0.3, 2)));
    expect(find(checked, 'ytd_pct', 'SPX').verdict.verdict).toBe(verdictOf(roundsTo(pct(lastCloseBefore(spx, '2024-01-01').close, closeAt(spx, k)), 25.53, 2)));
    expect(find(checked, 'ytd_pct', 'RUT').verdict.verdict).toBe(verdictOf(roundsTo(pct(lastCloseBefore(rut, '2024-01-01').close, closeAt(rut, i)), 20.47, 2)));
  });
});

describe('outside the store, intraday, time of day, before the data', () => {
  const series = allSeries();
  series.delete('DJI');
  const checked = check(article('outside-the-store.txt'), series);
  const reasonOf = (metric: string, symbol: string | null, fragment: string): string | null => {
    const verdict = find(checked, metric, symbol, fragment).verdict;
    return verdict.verdict === 'unverifiable' ? verdict.reason : null;
  };

  it('names outside the registry and instruments the store lacks are unverifiable, not pinned on another index', () => {
    expect(reasonOf('change_1d_pct', null, 'Bitcoin')).toBe('unknown-instrument');
    expect(reasonOf('change_1d_pct', null, 'gold')).toBe('unknown-instrument');
    expect(reasonOf('change_1d_pct', null, 'Nasdaq 100')).toBe('unknown-instrument');
    expect(reasonOf('change_1d_pct', 'DJI', 'rose 1%')).toBe('instrument-not-in-store');
  });

  it('judges "as of 3 p.m." against the close with the stated allowance, and refuses intraday figures', () => {
    const k = at(spx, '2024-11-25');
    const move = pct(closeAt(spx, k - 1), closeAt(spx, k));
    const timed = find(checked, 'change_1d_pct', 'SPX').verdict;
    expect(timed.verdict).toBe(verdictOf(Math.abs(move - 0.4) <= 0.05 + 0.25));
    expect(timed.note).toContain('time of day');
    expect(reasonOf('close', 'RUT', 'intraday')).toBe('intraday');
  });

  it('a traded price from adjusted-only data is unverifiable; a total return from the same data is judged', () => {
    expect(reasonOf('close', 'IWO', '318.40')).toBe('price-return-unavailable');
    const iwo = rowsOf('IWO.adjclose.yahoo.csv');
    const total = pct(lastCloseBefore(iwo, '2024-01-01').close, closeAt(iwo, at(iwo, '2024-11-25')));
    expect(find(checked, 'ytd_pct', 'IWO').verdict.verdict).toBe(verdictOf(roundsTo(total, 25.3, 1)));
  });

  it('windows that begin before the data are unverifiable (data begin 1987)', () => {
    expect(rut[0]?.date.slice(0, 4)).toBe('1987');
    expect(reasonOf('seasonal_mean', 'RUT', '2.8%')).toBe('before-data');
    expect(reasonOf('year_pct', 'RUT', '5.3%')).toBe('before-data');
  });
});

describe('moves over a window (Nov. 25, 2024)', () => {
  it('judges "over the past 12 months" and "since Aug. 5" from the close on or before the base date', () => {
    const checked = check('Over the past 12 months, the S&P 500 has gained more than 30%. The Russell 2000 is up 20% since Aug. 5.', undefined, '2024-11-25');
    const end = closeAt(spx, at(spx, '2024-11-25'));
    const lastOnOrBefore = (rows: typeof spx, date: string): number => lastCloseBefore(rows, `${date}\uffff`).close;
    const year = pct(lastOnOrBefore(spx, '2023-11-25'), end);
    expect(find(checked, 'pct_since', 'SPX').verdict.verdict).toBe(verdictOf(year >= 30 - 0.5));
    expect(find(checked, 'pct_since', 'SPX').verdict.actual).toBeCloseTo(year, 9);
    const sinceAug5 = pct(lastOnOrBefore(rut, '2024-08-05'), closeAt(rut, at(rut, '2024-11-25')));
    expect(find(checked, 'pct_since', 'RUT').verdict.verdict).toBe(verdictOf(roundsTo(sinceAug5, 20, 0)));
  });
});

describe('a January story: "since" dates and months in the previous year', () => {
  const checked = check(article('new-year.txt'));

  it('resolves "since Dec. 18" to the latest Dec. 18 before the story, in 2024', () => {
    const since = find(checked, 'biggest_1d_since', 'SPX');
    expect(since.claim.kind === 'date' && since.claim.stated.yearGiven).toBe(false);
    expect(since.verdict.actual).toBe(biggestSince(spx, '2025-01-10', false));
    expect(since.verdict.verdict).toBe(verdictOf(biggestSince(spx, '2025-01-10', false) === '2024-12-18'));
  });

  it('judges calendar years ("in 2024", "last year") and months ("in December", "in December 2023")', () => {
    const yearMove = (rows: typeof rut, year: number): number => pct(lastCloseBefore(rows, `${year}-01-01`).close, lastCloseBefore(rows, `${year + 1}-01-01`).close);
    const monthMove = (rows: typeof rut, year: number, month: number): number => {
      const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
      return pct(lastCloseBefore(rows, `${year}-${String(month).padStart(2, '0')}-01`).close, lastCloseBefore(rows, next).close);
    };
    expect(find(checked, 'year_pct', 'SPX', '23.3').verdict.verdict).toBe(verdictOf(roundsTo(yearMove(spx, 2024), 23.3, 1)));
    expect(find(checked, 'year_pct', 'SPX', '24.2').verdict.verdict).toBe(verdictOf(roundsTo(yearMove(spx, 2023), 24.2, 1)));
    expect(find(checked, 'year_pct', 'RUT').verdict.verdict).toBe(verdictOf(roundsTo(yearMove(rut, 2024), 10.2, 1)));
    expect(find(checked, 'month_pct', 'RUT', '8.4').verdict.verdict).toBe(verdictOf(monthMove(rut, 2024, 12) < 0 && roundsTo(monthMove(rut, 2024, 12), 8.4, 1)));
    expect(find(checked, 'month_pct', 'RUT', '12.1').verdict.verdict).toBe(verdictOf(roundsTo(monthMove(rut, 2023, 12), 12.1, 1)));
  });

  it('judges the yield move up, its "highest close since" a date with a year, and a streak about another index', () => {
    const j = at(dgs10, '2025-01-10');
    expect(find(checked, 'change_1d_bp', 'US10Y').verdict.verdict).toBe(verdictOf(roundsTo((closeAt(dgs10, j) - closeAt(dgs10, j - 1)) * 100, 9, 0)));
    let since: string | null = null;
    for (let k = j - 1; k >= 0 && since === null; k--) if (closeAt(dgs10, k) >= closeAt(dgs10, j)) since = dgs10[k]?.date ?? null;
    expect(find(checked, 'highest_since', 'US10Y').verdict.verdict).toBe(verdictOf(since === '2023-11-01'));
    const streak = find(checked, 'streak_days', 'RUT');
    expect(streak.verdict.verdict).toBe(verdictOf(streakAt(rut, at(rut, '2025-01-10')) === -3));
  });
});
