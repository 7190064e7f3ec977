/** Snapshot levels are for levels not yet in the daily data, within a plausible move (item 9). */
import { describe, expect, it } from 'vitest';
import { addDays, formatIsoDay, isWeekend, type DayNumber } from '../core/date.js';
import { ArgumentError } from '../core/errors.js';
import { loadShippedSeries, readShippedRows, shippedFileOf, type ShippedSymbol } from '../../test/helpers/shipped-series.js';
import { isoDay, makeSeries } from '../../test/helpers/synthetic-series.js';
import { snapshotMoveBound, withSnapshotLevel } from './snapshot-level.js';

/** The first weekday after the last row of a shipped file, and that row's close. */
function afterTheData(symbol: ShippedSymbol): { day: DayNumber; prior: number } {
  const rows = readShippedRows(shippedFileOf(symbol));
  const last = rows[rows.length - 1];
  if (!last) throw new Error('no rows');
  let day = addDays(isoDay(last.date), 1);
  while (isWeekend(day)) day = addDays(day, 1);
  return { day, prior: last.close };
}

/** The message of the ArgumentError thrown by `run`, or null. */
function refusal(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof ArgumentError) return error.message;
    throw error;
  }
}

describe('snapshot levels', () => {
  it('refuses a date that already has a close in the data, naming it (US10Y 2024-11-26)', () => {
    const rows = readShippedRows(shippedFileOf('US10Y'));
    const stored = rows.find((row) => row.date === '2024-11-26')?.close ?? Number.NaN;
    const message = refusal(() => withSnapshotLevel(loadShippedSeries('US10Y'), isoDay('2024-11-26'), 5));
    expect(message).toContain(`US10Y already has a close of ${stored.toFixed(2)} on 2024-11-26 in the store`);
    expect(message).toMatch(/^--snapshot: /);
  });

  it('accepts a date without a close inside the data (Thanksgiving 2024 for the S&P 500)', () => {
    const rows = readShippedRows(shippedFileOf('SPX'));
    const prior = rows.filter((row) => row.date < '2024-11-28').at(-1)?.close ?? Number.NaN;
    const series = withSnapshotLevel(loadShippedSeries('SPX'), isoDay('2024-11-28'), prior * 1.01);
    expect(formatIsoDay((series.days[series.days.length - 1] ?? 0) as DayNumber)).toBe('2024-11-28');
    expect(series.close?.[series.days.length - 1]).toBe(prior * 1.01);
  });

  it('bounds: a yield 1 percentage point, indexes and funds 25%, the VIX 200%', () => {
    expect(snapshotMoveBound('yield')).toEqual({ limit: 1, unit: 'points' });
    expect(snapshotMoveBound('index')).toEqual({ limit: 25, unit: 'pct' });
    expect(snapshotMoveBound('etf')).toEqual({ limit: 25, unit: 'pct' });
    expect(snapshotMoveBound('volatility')).toEqual({ limit: 200, unit: 'pct' });
    const cases = [
      ['US10Y', (p: number) => p + 1.01, (p: number) => p - 0.99],
      ['SPX', (p: number) => p * 1.26, (p: number) => p * 0.76],
      ['VBK', (p: number) => p * 0.74, (p: number) => p * 1.24],
      ['VIX', (p: number) => p * 3.05, (p: number) => p * 2.9],
    ] as const;
    for (const [symbol, tooFar, inside] of cases) {
      const { day, prior } = afterTheData(symbol);
      const message = refusal(() => withSnapshotLevel(loadShippedSeries(symbol), day, tooFar(prior)));
      expect(message, symbol).toMatch(new RegExp(`^--snapshot: ${symbol}=.* from the prior close of ${prior.toFixed(2)}, beyond the plausible`));
      expect(message?.includes('\n')).toBe(false);
      expect(refusal(() => withSnapshotLevel(loadShippedSeries(symbol), day, inside(prior))), symbol).toBeNull();
    }
  });

  it('edges: no prior close, adjusted-only data', () => {
    const series = makeSeries([100, 101], { start: '2024-01-02' });
    expect(refusal(() => withSnapshotLevel(series, isoDay('2024-01-01'), 100))).toMatch(/no close before/);
    expect(refusal(() => withSnapshotLevel(makeSeries([100, 101], { adjustedOnly: true }), isoDay('2030-01-01'), 100))).toMatch(/only adjusted closes/);
  });
});
