import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDay, makeSeries } from '../../../test/helpers/synthetic-series.js';
import { fundReport, maxDrawdownBetween, trailingFundReturn } from './fund-returns.js';

describe('maxDrawdownBetween', () => {
  it('the largest fall from a running peak, 0 for a series that only rises', () => {
    const values = Float64Array.from([100, 120, 90, 130, 65, 70]);
    expect(maxDrawdownBetween(values, 0, 5)).toEqual({ pct: -50, peakIdx: 3, troughIdx: 4 });
    expect(maxDrawdownBetween(values, 0, 2).pct).toBeCloseTo(-25, 12);
    expect(maxDrawdownBetween(Float64Array.from([1, 2, 3]), 0, 2)).toEqual({ pct: 0, peakIdx: 0, troughIdx: 0 });
  });
});

describe('trailing fund returns', () => {
  const dates = ['2021-01-15', '2022-01-14', '2023-01-13', '2024-02-29', '2025-02-28', '2026-01-16'];
  const closes = [100, 120, 90, 110, 121, 150];
  const days = Int32Array.from(dates, isoDay);
  const values = Float64Array.from(closes);

  it('from the close as of the same day years earlier, annualised, growth of $1,000', () => {
    const five = trailingFundReturn(days, values, 5, 5, 'price');
    expect(five).toMatchObject({ years: 5, basis: 'price', from_date: '2021-01-15', to_date: '2026-01-16', pct: 50, growth_of_1000: 1500 });
    expect(five?.annualized_pct).toBeCloseTo((Math.pow(1.5, 1 / 5) - 1) * 100, 12);
    expect(five?.max_drawdown_pct).toBeCloseTo(-25, 12);
  });

  it('a year back from Feb. 28 is Feb. 28: the close of Feb. 29 is a day too late; null before the data', () => {
    expect(trailingFundReturn(days, values, 4, 1, 'total')?.from_date).toBe('2023-01-13');
    expect(trailingFundReturn(days, values, 2, 3, 'price')).toBeNull();
  });

  it('both bases where the data hold them; adjusted-only data have no price basis', () => {
    const both = { ...makeSeries(closes, { dates }), adjClose: Float64Array.from(closes.map((c) => c * 1.1)) };
    const report = fundReport(both, isoDay('2026-01-16'), [1, 5]);
    expect(report.price?.map((r) => r?.basis)).toEqual(['price', 'price']);
    expect(report.total?.[1]?.pct).toBeCloseTo(50, 9);
    expect(fundReport(makeSeries(closes, { dates, adjustedOnly: true }), isoDay('2026-01-16')).price).toBeNull();
  });
});

describe('fund invariants', () => {
  it('growth of $1,000 is 1,000 times the growth factor; the drawdown is at most 0 and at least the window return when negative', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 10, max: 99 }), { minLength: 2, maxLength: 50 }), (raw) => {
        const values = Float64Array.from(raw);
        const days = Int32Array.from(raw, (_, k) => 18000 + k * 30);
        const result = trailingFundReturn(days, values, raw.length - 1, 1, 'price');
        if (!result) return;
        expect(result.growth_of_1000).toBeCloseTo(1000 * (1 + result.pct / 100), 9);
        expect(result.max_drawdown_pct).toBeLessThanOrEqual(0);
        expect(result.max_drawdown_pct).toBeLessThanOrEqual(Math.min(0, result.pct) + 1e-9);
      }),
    );
  });
});
