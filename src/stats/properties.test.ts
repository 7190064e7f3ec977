/** Invariants of the engine on random series (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DayNumber } from '../core/date.js';
import { makeSeries } from '../../test/helpers/synthetic-series.js';
import { seasonality } from './seasonality/seasonality.js';
import { statsOn } from './snapshot/snapshot.js';
import { buildStatsIndex } from './stats-index.js';
import { monthRanking } from './rankings/rankings.js';

/** Random closes with ties and unchanged days (small integer steps), 1 to 700 weekdays. */
const closesArb = fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 1, maxLength: 700 }).map((steps) => {
  let level = 200;
  return steps.map((step) => (level = Math.max(1, level + step)));
});

describe('engine invariants', () => {
  it('compounded daily returns equal the period return (YTD, MTD, WTD)', () => {
    fc.assert(
      fc.property(closesArb, fc.nat(), (closes, pick) => {
        const index = buildStatsIndex(makeSeries(closes, { start: '2021-12-20' }));
        const i = pick % closes.length;
        const snap = statsOn(index, (index.days[i] ?? 0) as DayNumber);
        for (const [pct, start] of [[snap.ytd_pct, index.yearStart[i]], [snap.mtd_pct, index.monthStart[i]], [snap.wtd_pct, index.weekStart[i]]] as const) {
          if (start === undefined || start === 0) {
            expect(pct).toBeNull();
            continue;
          }
          let growth = 1;
          for (let j = start; j <= i; j++) growth *= (closes[j] ?? 0) / (closes[j - 1] ?? 1);
          expect(pct).toBeCloseTo((growth - 1) * 100, 6);
        }
      }),
    );
  });

  it('a record close is strictly above every earlier close; the record close is the maximum so far', () => {
    fc.assert(
      fc.property(closesArb, (closes) => {
        const index = buildStatsIndex(makeSeries(closes));
        let max = closes[0] ?? 0;
        for (let i = 1; i < closes.length; i++) {
          const close = closes[i] ?? 0;
          expect(index.isRecord[i] === 1).toBe(close > max);
          max = Math.max(max, close);
          expect(index.values[index.recordIdx[i] ?? 0]).toBe(max);
        }
      }),
    );
  });

  it('streaks end where the sign of the daily change changes', () => {
    fc.assert(
      fc.property(closesArb, (closes) => {
        const index = buildStatsIndex(makeSeries(closes));
        for (let i = 1; i < closes.length; i++) {
          const sign = Math.sign((closes[i] ?? 0) - (closes[i - 1] ?? 0));
          const streak = index.streak[i] ?? 0;
          expect(Math.sign(streak)).toBe(sign);
          const n = Math.abs(streak);
          for (let j = i - n + 1; j <= i; j++) expect(Math.sign((closes[j] ?? 0) - (closes[j - 1] ?? 0))).toBe(sign);
          if (sign !== 0 && i - n >= 1) expect(Math.sign((closes[i - n] ?? 0) - (closes[i - n - 1] ?? 0))).not.toBe(sign);
        }
      }),
    );
  });

  it("seasonality's n equals the number of complete months with a base", () => {
    fc.assert(
      fc.property(closesArb, (closes) => {
        const series = makeSeries(closes, { start: '2019-05-15' });
        const months = new Set(Array.from(buildStatsIndex(series).monthKey));
        const complete = Math.max(0, months.size - 2);
        expect(seasonality(series).reduce((sum, m) => sum + m.n, 0)).toBe(complete);
      }),
    );
  });

  it('"biggest since" finds no move as large in between, and the one it names is as large', () => {
    fc.assert(
      fc.property(closesArb, fc.boolean(), (closes, yieldKind) => {
        const index = buildStatsIndex(makeSeries(yieldKind ? closes.map((c) => c / 50) : closes, { kind: yieldKind ? 'yield' : 'index' }));
        for (let i = 1; i < closes.length; i++) {
          const move = index.moves[i] ?? 0;
          const since = index.biggestSinceIdx[i] ?? -1;
          const asLarge = (j: number): boolean => (move > 0 ? (index.moves[j] ?? 0) >= move : (index.moves[j] ?? 0) <= move);
          if (move === 0) expect(since).toBe(-1);
          else if (since >= 0) expect(asLarge(since)).toBe(true);
          for (let j = Math.max(1, since + 1); j < i && move !== 0; j++) expect(asLarge(j)).toBe(false);
        }
      }),
    );
  });

  it('the month ranking of a date ranks within its counts', () => {
    fc.assert(
      fc.property(closesArb, fc.nat(), (closes, pick) => {
        const index = buildStatsIndex(makeSeries(closes, { start: '2020-01-01' }));
        const ranking = monthRanking(index, (index.days[pick % closes.length] ?? 0) as DayNumber);
        if (ranking.move === null) return;
        expect(ranking.rank_all).toBeGreaterThanOrEqual(1);
        expect(ranking.rank_all).toBeLessThanOrEqual(ranking.count_all);
        expect(ranking.rank_in_year).toBeLessThanOrEqual(ranking.months_in_year);
        expect(ranking.same_month_rank).toBeLessThanOrEqual(ranking.same_month_count);
      }),
    );
  });
});
