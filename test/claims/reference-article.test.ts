/**
 * The reference-day story (test/articles/rut-near-record.txt, Nov. 25, 2024) checked against
 * the shipped data. Each expected verdict is computed here from the CSV rows by a plain scan
 * and the rounding the story used; none is typed in.
 */
import { describe, expect, it } from 'vitest';
import { article, at, biggestSince, check, closeAt, find, lastCloseBefore, pct, recordBefore, roundsTo, rowsOf, streakAt, verdictOf } from './scan.js';

const DAY = '2024-11-25';
const checked = check(article('rut-near-record.txt'));
const rut = rowsOf('RUT.yahoo.csv');
const spx = rowsOf('GSPC.yahoo.csv');
const dgs10 = rowsOf('DGS10.fred.csv');
const vbk = rowsOf('VBK.yahoo.csv');
const iwoAdj = rowsOf('IWO.adjclose.yahoo.csv');

describe('reference story: the Russell 2000 near its 2021 record', () => {
  const i = at(rut, DAY);
  const close = closeAt(rut, i);
  const prev = closeAt(rut, i - 1);

  it('finds the article date from the dateline and every claim in order', () => {
    expect(checked.length).toBeGreaterThanOrEqual(24);
    const starts = checked.map((c) => c.claim.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(checked.map((c) => c.claim.id)).toEqual(checked.map((_, k) => k + 1));
  });

  it('judges the close, the day move in percent and in points', () => {
    expect(find(checked, 'close', 'RUT', '2,442.03').verdict.verdict).toBe(verdictOf(roundsTo(close, 2442.03, 2)));
    expect(find(checked, 'change_1d_pct', 'RUT').verdict.verdict).toBe(verdictOf(roundsTo(pct(prev, close), 1.5, 1)));
    expect(find(checked, 'change_1d', 'RUT').verdict.verdict).toBe(verdictOf(roundsTo(close - prev, 35.36, 2)));
    expect(find(checked, 'change_1d_pct', 'RUT').verdict.actual).toBeCloseTo(pct(prev, close), 9);
  });

  it('judges the streak, the prior record level and its date as separate claims', () => {
    const streak = find(checked, 'streak_days', 'RUT');
    expect(streak.verdict.verdict).toBe(verdictOf(streakAt(rut, i) === 6));
    const record = recordBefore(rut, DAY);
    expect(find(checked, 'prior_record_close', 'RUT').verdict.verdict).toBe(verdictOf(roundsTo(record.close, 2442.74, 2)));
    const date = find(checked, 'prior_record_date', 'RUT');
    expect(date.verdict.verdict).toBe(verdictOf(record.date === '2021-11-08'));
    expect(date.verdict.actual).toBe(record.date);
    expect(find(checked, 'pct_from_record', 'RUT').verdict.verdict).toBe(verdictOf(roundsTo(pct(Math.max(record.close, close), close), -0.03, 2)));
  });

  it('judges month to date, year to date, best month since, and the comparison with the S&P 500', () => {
    const mtd = pct(lastCloseBefore(rut, '2024-11-01').close, close);
    const ytd = pct(lastCloseBefore(rut, '2024-01-01').close, close);
    expect(find(checked, 'mtd_pct', 'RUT').verdict.verdict).toBe(verdictOf(roundsTo(mtd, 11.2, 1)));
    expect(find(checked, 'ytd_pct', 'RUT').verdict.verdict).toBe(verdictOf(roundsTo(ytd, 20.5, 1)));
    const spxYtd = pct(lastCloseBefore(spx, '2024-01-01').close, closeAt(spx, at(spx, DAY)));
    expect(find(checked, 'ytd_pct', 'SPX', "25.5").verdict.verdict).toBe(verdictOf(roundsTo(spxYtd, 25.5, 1)));
    const gap = find(checked, 'gap_pct_points', 'RUT');
    expect(gap.claim.kind === 'comparison' && gap.claim.otherSymbol).toBe('SPX');
    expect(gap.verdict.actual).toBeCloseTo(ytd - spxYtd, 9);
    expect(gap.verdict.verdict).toBe(verdictOf(Math.abs(ytd - spxYtd + 5) <= 1));
    // best month since: the most recent completed month whose gain was at least the month to date
    let since: string | null = null;
    const monthEnds = rut.filter((row, k) => (rut[k + 1]?.date.slice(0, 7) ?? '') !== row.date.slice(0, 7) && row.date < '2024-11-01');
    for (let m = monthEnds.length - 1; m >= 1 && since === null; m--) {
      const move = pct(closeAt(monthEnds, m - 1), closeAt(monthEnds, m));
      if (move >= mtd) since = monthEnds[m]?.date.slice(0, 7) ?? null;
    }
    const best = find(checked, 'month_biggest_since', 'RUT');
    expect(best.verdict.actual).toBe(since);
    expect(best.verdict.verdict).toBe(verdictOf(since === '2023-12'));
  });

  it('judges the S&P 500 record close, its date without a year, and the 51st record of the year', () => {
    const record = recordBefore(spx, DAY);
    expect(find(checked, 'prior_record_close', 'SPX').verdict.verdict).toBe(verdictOf(roundsTo(record.close, 6001.35, 2)));
    const date = find(checked, 'prior_record_date', 'SPX');
    expect(date.verdict.verdict).toBe(verdictOf(record.date === '2024-11-11'));
    let count = 0;
    let best = Number.NEGATIVE_INFINITY;
    for (const row of spx) {
      if (row.date > DAY) break;
      if (row.close > best) {
        if (row.date >= '2024-01-01' && best !== Number.NEGATIVE_INFINITY) count++;
        best = row.close;
      }
    }
    expect(find(checked, 'record_count_ytd', 'SPX').verdict.verdict).toBe(verdictOf(count === 51));
  });

  it('judges the 10-year yield: level, prior level, basis-point drop and the biggest drop since Aug. 2 (year inferred)', () => {
    const j = at(dgs10, DAY);
    expect(find(checked, 'close', 'US10Y').verdict.verdict).toBe(verdictOf(roundsTo(closeAt(dgs10, j), 4.27, 2)));
    expect(find(checked, 'prev_close', 'US10Y').verdict.verdict).toBe(verdictOf(roundsTo(closeAt(dgs10, j - 1), 4.41, 2)));
    const bp = (closeAt(dgs10, j) - closeAt(dgs10, j - 1)) * 100;
    expect(find(checked, 'change_1d_bp', 'US10Y').verdict.verdict).toBe(verdictOf(bp < 0 && roundsTo(bp, 14, 0)));
    const since = find(checked, 'biggest_1d_since', 'US10Y');
    expect(since.claim.kind === 'date' && since.claim.stated.yearGiven).toBe(false);
    expect(since.verdict.actual).toBe(biggestSince(dgs10, DAY, true));
    expect(since.verdict.verdict).toBe(verdictOf(biggestSince(dgs10, DAY, true) === '2024-08-02'));
  });

  it('judges the December seasonal average and share of years higher over complete Decembers before the story', () => {
    const decembers: number[] = [];
    for (let k = 1; k < rut.length; k++) {
      const row = rut[k];
      const next = rut[k + 1];
      if (!row || !next || row.date.slice(5, 7) !== '12' || next.date.slice(5, 7) !== '01' || row.date > DAY) continue;
      const base = lastCloseBefore(rut, `${row.date.slice(0, 4)}-12-01`);
      decembers.push(pct(base.close, row.close));
    }
    const mean = decembers.reduce((a, b) => a + b, 0) / decembers.length;
    const upShare = (decembers.filter((m) => m > 0).length / decembers.length) * 100;
    expect(find(checked, 'seasonal_mean', 'RUT').verdict.verdict).toBe(verdictOf(roundsTo(mean, 2.8, 1)));
    const up = find(checked, 'seasonal_up_ratio', 'RUT');
    expect(up.verdict.actual).toBeCloseTo(upShare, 9);
    expect(up.verdict.verdict).toBe(verdictOf(roundsTo(upShare, 81, 0)));
  });

  it('judges VBK on unadjusted closes and refuses a price return for IWO, giving the total return instead', () => {
    const vbkYtd = pct(lastCloseBefore(vbk, '2024-01-01').close, closeAt(vbk, at(vbk, DAY)));
    expect(find(checked, 'ytd_pct', 'VBK').verdict.verdict).toBe(verdictOf(roundsTo(vbkYtd, 24.8, 1)));
    const iwo = find(checked, 'ytd_pct', 'IWO').verdict;
    expect(iwo.verdict).toBe('unverifiable');
    expect(iwo.verdict === 'unverifiable' && iwo.reason).toBe('price-return-unavailable');
    expect(iwo.actual).toBeNull();
    const total = pct(lastCloseBefore(iwoAdj, '2024-01-01').close, closeAt(iwoAdj, at(iwoAdj, DAY)));
    expect(iwo.note).toContain(`total return year to date, ${total.toFixed(2)}% on ${DAY}`);
  });

  it('gives every verdict its provenance: source, basis, date used and inputs', () => {
    const day = find(checked, 'change_1d_pct', 'RUT').verdict;
    expect(day.provenance?.source).toBe('Yahoo Finance ^RUT');
    expect(day.provenance?.asOf).toBe(DAY);
    expect(day.provenance?.inputs.map((input) => input.value)).toEqual([prev, close]);
  });
});
