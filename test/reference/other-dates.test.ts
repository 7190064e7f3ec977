/**
 * Reference dates beyond the reference day: a record day, a correction, a bear market, a
 * month end, a holiday, and dates outside the data; expected values from plain CSV scans.
 */
import { describe, expect, it } from 'vitest';
import { addDays, parseIsoDay, type DayNumber } from '../../src/core/date.js';
import { ArgumentError } from '../../src/core/errors.js';
import { buildStatsIndex, statsOn } from '../../src/stats/index.js';
import { loadShippedSeries, readShippedRows } from '../helpers/shipped-series.js';
import { drawdownStateAt, highestBefore, lastRowBefore, monthReturns, pct, recordsInYearUpTo, rowAt, rowIndex, runEndingAt } from './scan.js';

function day(text: string): DayNumber {
  const parsed = parseIsoDay(text);
  if (parsed === null) throw new Error(text);
  return parsed;
}

const spxRows = readShippedRows('GSPC.yahoo.csv');
const spx = buildStatsIndex(loadShippedSeries('SPX'));

describe('S&P 500 on other dates', () => {
  it('a record day: 2024-11-11', () => {
    const i = rowIndex(spxRows, '2024-11-11');
    const prior = highestBefore(spxRows, i);
    const snap = statsOn(spx, day('2024-11-11'));
    expect(snap.is_record).toBe(rowAt(spxRows, i).close > prior.close);
    expect(snap.is_record).toBe(true);
    expect(snap.prior_record_date).toBe(prior.date);
    expect(snap.pct_from_prior_record).toBeCloseTo(pct(prior.close, rowAt(spxRows, i).close), 8);
    expect(snap.record_count_ytd).toBe(recordsInYearUpTo(spxRows, i, '2024'));
    expect(snap.pct_from_record).toBe(0);
    expect(snap.trading_days_since_record).toBe(0);
    expect(snap.drawdown_state).toBe('none');
  });

  it('a correction inside the bull market that began in 2023: 2023-10-27', () => {
    const i = rowIndex(spxRows, '2023-10-27');
    const expected = drawdownStateAt(spxRows, i);
    const snap = statsOn(spx, day('2023-10-27'));
    expect(snap.drawdown_state).toBe(expected.state);
    expect(snap.drawdown_state).toBe('correction');
    expect(snap.drawdown_peak_close).toBe(expected.peak);
    expect(snap.drawdown_state_since).toBe(expected.since);
    expect(snap.drawdown_peak_date).toBe('2023-07-31');
    expect(snap.pct_from_record).toBeCloseTo(pct(highestBefore(spxRows, i + 1).close, rowAt(spxRows, i).close), 8);
    expect(snap.pct_from_record).toBeLessThan(-14);
  });

  it('a bear market: 2022-10-12', () => {
    const i = rowIndex(spxRows, '2022-10-12');
    const expected = drawdownStateAt(spxRows, i);
    const snap = statsOn(spx, day('2022-10-12'));
    expect(snap.drawdown_state).toBe('bear');
    expect(expected.state).toBe('bear');
    expect(snap.drawdown_state_since).toBe(expected.since);
    expect(snap.drawdown_peak_close).toBe(highestBefore(spxRows, i + 1).close);
    expect(snap.drawdown_pct).toBeCloseTo(-pct(highestBefore(spxRows, i + 1).close, rowAt(spxRows, i).close), 8);
  });

  it('the drawdown state agrees with the plain machine on every 97th day of the data', () => {
    for (let i = 1; i < spxRows.length; i += 97) {
      const expected = drawdownStateAt(spxRows, i);
      const snap = statsOn(spx, day(rowAt(spxRows, i).date));
      expect([snap.date, snap.drawdown_state, snap.drawdown_state_since]).toEqual([rowAt(spxRows, i).date, expected.state, expected.since]);
    }
  });

  it('a holiday: Thanksgiving 2024-11-28 resolves to 2024-11-27', () => {
    const used = lastRowBefore(spxRows, '2024-11-29');
    const snap = statsOn(spx, day('2024-11-28'));
    expect(snap.date).toBe(used?.date);
    expect(snap.requested_date).toBe('2024-11-28');
    expect(snap.streak_days).toBe(runEndingAt(spxRows, rowIndex(spxRows, used?.date ?? '')));
  });

  it('a date before the data begin is an ArgumentError naming --date', () => {
    const first = day(rowAt(spxRows, 0).date);
    expect(() => statsOn(spx, addDays(first, -1))).toThrow(ArgumentError);
    expect(() => statsOn(spx, addDays(first, -1))).toThrow(/^--date: .*before the data begin on 1927-12-30/);
    expect(statsOn(spx, first).prev_close).toBeNull();
  });

  it('a date after the data end uses the last observation and says so', () => {
    const last = rowAt(spxRows, spxRows.length - 1);
    const snap = statsOn(spx, addDays(day(last.date), 30));
    expect(snap.date).toBe(last.date);
    expect(snap.requested_date).not.toBe(snap.date);
  });
});

describe('Russell 2000 at a month end: 2024-10-31', () => {
  const rows = readShippedRows('RUT.yahoo.csv');
  const snap = statsOn(buildStatsIndex(loadShippedSeries('RUT')), day('2024-10-31'));
  it('month to date is the completed month, compared with earlier months', () => {
    const october = monthReturns(rows, '2024-11').find((m) => m.month === '2024-10');
    expect(snap.mtd_pct).toBeCloseTo(october?.pct ?? Number.NaN, 8);
    const earlier = monthReturns(rows, '2024-10');
    const move = october?.pct ?? 0;
    const since = [...earlier].reverse().find((m) => (move > 0 ? m.pct >= move : m.pct <= move));
    expect(snap.month_biggest_since).toBe(since?.month ?? null);
  });
});
