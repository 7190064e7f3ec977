/**
 * A wire story of June 13, 2022 (the S&P 500 in a bear market), written the messy way: a
 * dateline with an ordinal date, run-on sentences, "percent" and "pct", aliases ("the broader
 * market", "the blue-chip index", "the small-cap index", "small capitalizations", "the
 * benchmark 10-year note"), right figures and planted wrong ones. Every expectation is
 * computed here from the CSV rows.
 */
import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../src/claims/check.js';
import { formatIsoDay } from '../../src/core/date.js';
import { BUILTIN_INSTRUMENTS } from '../../src/data/instruments.js';
import { firstAbove, periodStreak, range52, seasonalRank } from './period-scan.js';
import { allSeries, article, at, biggestSince, closeAt, find, lastCloseBefore, pct, recordBefore, roundsTo, rowsOf, streakAt, verdictOf } from './scan.js';

const DATE = '2022-06-13';
const spx = rowsOf('GSPC.yahoo.csv');
const rut = rowsOf('RUT.yahoo.csv');
const dji = rowsOf('DJI.yahoo.csv');
const ixic = rowsOf('IXIC.yahoo.csv');
const dgs10 = rowsOf('DGS10.fred.csv');

const text = article('bear-market.txt');
const result = checkArticle(text, { instruments: BUILTIN_INSTRUMENTS, series: allSeries() });
if (!result.ok) throw new Error(result.message);
const checked = result.report.checked;
const dayMove = (rows: typeof spx): number => pct(closeAt(rows, at(rows, DATE) - 1), closeAt(rows, at(rows, DATE)));
const ytd = (rows: typeof spx): number => pct(lastCloseBefore(rows, '2022-01-01').close, closeAt(rows, at(rows, DATE)));
const corrected = (claim: ReturnType<typeof find>): string => (claim.verdict.verdict === 'contradicted' ? claim.verdict.corrected : '');

describe('bear market story (June 13, 2022)', () => {
  it('reads the date from the dateline with an ordinal day', () => {
    expect(result.report.articleDay === null ? null : formatIsoDay(result.report.articleDay)).toBe(DATE);
  });

  it('judges the S&P 500 (named "the broader market"): move, close, bear market, distance from its record', () => {
    expect(find(checked, 'change_1d_pct', 'SPX').verdict.verdict).toBe(verdictOf(roundsTo(dayMove(spx), 3.9, 1) && dayMove(spx) < 0));
    expect(find(checked, 'close', 'SPX').verdict.verdict).toBe(verdictOf(roundsTo(closeAt(spx, at(spx, DATE)), 3749.63, 2)));
    const record = recordBefore(spx, DATE);
    const below = pct(record.close, closeAt(spx, at(spx, DATE)));
    const states = checked.filter((c) => c.claim.metric === 'drawdown_state' && c.claim.symbol === 'SPX');
    expect(states.length).toBe(2);
    for (const state of states) expect(state.verdict.verdict).toBe(verdictOf(below <= -20));
    expect(find(checked, 'pct_from_record', 'SPX').verdict.verdict).toBe(verdictOf(Math.abs(below) >= 19.5));
    expect(find(checked, 'prior_record_close', 'SPX').verdict.verdict).toBe(verdictOf(roundsTo(record.close, 4796.56, 2)));
    expect(find(checked, 'prior_record_date', 'SPX').verdict.verdict).toBe(verdictOf(record.date === '2022-01-03'));
    expect(find(checked, 'ytd_pct', 'SPX').verdict.verdict).toBe(verdictOf(roundsTo(ytd(spx), 21.3, 1)));
  });

  it('judges the streaks of days, weeks and months, the 52-week low and the lowest close since', () => {
    const i = at(spx, DATE);
    expect(find(checked, 'streak_days', 'SPX').verdict.verdict).toBe(verdictOf(streakAt(spx, i) === -4));
    expect(find(checked, 'streak_weeks', 'SPX').verdict.verdict).toBe(verdictOf(periodStreak(spx, DATE, 'week') === -3));
    const months = find(checked, 'streak_months', 'SPX');
    expect(months.verdict.verdict).toBe(verdictOf(periodStreak(spx, DATE, 'month') === -3));
    expect(months.verdict.actual).toBe(periodStreak(spx, DATE, 'month'));
    const range = range52(spx, DATE);
    expect(find(checked, 'is_52w_low', 'SPX').verdict.verdict).toBe(verdictOf(range.close <= range.low));
    let lowSince: string | null = null;
    for (let j = i - 1; j >= 0 && lowSince === null; j--) if (closeAt(spx, j) <= closeAt(spx, i)) lowSince = spx[j]?.date ?? null;
    expect(find(checked, 'lowest_since', 'SPX').verdict.verdict).toBe(verdictOf(lowSince?.startsWith('2021-01') === true));
  });

  it('judges the Dow ("the blue-chip index"), with the planted fifth straight loss', () => {
    const i = at(dji, DATE);
    expect(find(checked, 'change_1d', 'DJI').verdict.verdict).toBe(verdictOf(roundsTo(closeAt(dji, i) - closeAt(dji, i - 1), 876.05, 2)));
    expect(find(checked, 'change_1d_pct', 'DJI', '2.8').verdict.verdict).toBe(verdictOf(roundsTo(dayMove(dji), 2.8, 1)));
    expect(find(checked, 'close', 'DJI').verdict.verdict).toBe(verdictOf(roundsTo(closeAt(dji, i), 30516.74, 2)));
    const streak = find(checked, 'streak_days', 'DJI');
    expect(streak.verdict.verdict).toBe(verdictOf(streakAt(dji, i) === -5));
    expect(corrected(streak)).toContain(`its ${['first', 'second', 'third', 'fourth', 'fifth', 'sixth'][Math.abs(streakAt(dji, i)) - 1] ?? ''} straight loss`);
    const afternoon = find(checked, 'change_1d_pct', 'DJI', '2.5');
    expect(afternoon.verdict.verdict).toBe(verdictOf(Math.abs(Math.abs(dayMove(dji)) - 2.5) <= 0.05 + 0.25 + 1e-9));
  });

  it('judges the Nasdaq, the small-cap index and small capitalizations (planted year to date)', () => {
    expect(find(checked, 'change_1d_pct', 'IXIC').verdict.verdict).toBe(verdictOf(roundsTo(dayMove(ixic), 4.7, 1)));
    expect(find(checked, 'close', 'IXIC').verdict.verdict).toBe(verdictOf(roundsTo(closeAt(ixic, at(ixic, DATE)), 10809.23, 2)));
    expect(find(checked, 'change_1d_pct', 'RUT').verdict.verdict).toBe(verdictOf(roundsTo(dayMove(rut), 4.8, 1)));
    const year = find(checked, 'ytd_pct', 'RUT');
    expect(year.verdict.verdict).toBe(verdictOf(roundsTo(ytd(rut), 21, 0)));
    if (!roundsTo(ytd(rut), 21, 0)) expect(corrected(year)).toContain(`down ${Math.abs(ytd(rut)).toFixed(1)}%`);
  });

  it('judges the benchmark 10-year note: move, level, biggest rise since 2020, and the planted "first close above 3.4%"', () => {
    const j = at(dgs10, DATE);
    expect(find(checked, 'change_1d_bp', 'US10Y').verdict.verdict).toBe(verdictOf(roundsTo((closeAt(dgs10, j) - closeAt(dgs10, j - 1)) * 100, 28, 0)));
    expect(find(checked, 'close', 'US10Y').verdict.verdict).toBe(verdictOf(roundsTo(closeAt(dgs10, j), 3.43, 2)));
    expect(find(checked, 'biggest_1d_since', 'US10Y').verdict.verdict).toBe(verdictOf(biggestSince(dgs10, DATE, true)?.startsWith('2020') === true));
    const first = firstAbove(dgs10, 3.4);
    const milestone = find(checked, 'first_close_above', 'US10Y');
    expect(milestone.verdict.verdict).toBe(verdictOf(first?.date === DATE));
    expect(milestone.verdict.actual).toBe(first?.date ?? null);
  });

  it('judges the seasonal rank of June since 1950 (planted third-worst) and leaves bitcoin unverifiable', () => {
    const rank = seasonalRank(spx, DATE, 6, 1950);
    const claim = find(checked, 'seasonal_rank', 'SPX');
    expect(claim.verdict.verdict).toBe(verdictOf(rank.fromWorst === 3));
    expect(claim.verdict.actual).toBe(rank.fromBest);
    expect(checked.some((c) => c.claim.metric === 'month_biggest_since')).toBe(false);
    const bitcoin = checked.find((c) => c.claim.instrumentText.toLowerCase() === 'bitcoin');
    expect(bitcoin?.verdict.verdict === 'unverifiable' && bitcoin.verdict.reason).toBe('unknown-instrument');
  });

  it('has the planted errors contradicted', () => {
    expect(checked.filter((c) => c.verdict.verdict === 'contradicted').map((c) => c.claim.metric).sort()).toEqual(
      ['first_close_above', 'seasonal_rank', 'streak_days', 'streak_months', 'ytd_pct'],
    );
  });
});
