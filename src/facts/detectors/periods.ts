/** Facts about periods: month-, quarter-, year-to-date moves, "on track for", relative moves, fund returns. */
import { parseIsoDay, civilFromDay } from '../../core/date.js';
import { indexOnOrBefore } from '../../series/lookup.js';
import type { Fact, FundReturnFact, MonthOnTrackFact, Observation, PeriodMoveFact, RelativePerformanceFact } from '../fact.js';
import type { FactDetector, FactRule } from '../detector.js';
import type { InstrumentStats } from '../inputs.js';
import { closeObservation, closeOnDate, factBase, instrumentWeight, moveUnitOf, observation, yearsBetween } from '../observe.js';

const PERIOD_RULE: FactRule = {
  id: 'period-move',
  statement: 'close against the last close of the prior week (month, quarter, year), compounded; basis points for yields; with the change in points',
};

/** Period scores before the instrument weight. */
const PERIOD_SCORES = { wtd: 10, mtd: 35, qtd: 15, ytd: 35 } as const;

/**
 * Week-, month-, quarter- and year-to-date moves, each with its change in points. QTD is left
 * out in a quarter's first month (it equals MTD); WTD is for the closing table, not a sentence.
 */
export const periodMoveDetector: FactDetector = {
  kind: 'period-move',
  rules: [PERIOD_RULE],
  scoring: 'month and year to date 35, quarter to date 15, week to date 10; times the instrument weight',
  detect(stats) {
    const s = stats.snapshot;
    const day = parseIsoDay(s.date);
    if (day === null) return [];
    const { year, month } = civilFromDay(day);
    const unit = moveUnitOf(stats);
    const bp = unit === 'bp';
    const periods = [
      { period: 'wtd', move: bp ? s.wtd_bp : s.wtd_pct, baseDate: s.wtd_base_date, baseClose: null, periodNumber: year },
      { period: 'mtd', move: bp ? s.mtd_bp : s.mtd_pct, baseDate: s.mtd_base_date, baseClose: s.mtd_base_close, periodNumber: month },
      { period: 'qtd', move: bp ? s.qtd_bp : s.qtd_pct, baseDate: s.qtd_base_date, baseClose: null, periodNumber: Math.floor((month - 1) / 3) + 1 },
      { period: 'ytd', move: bp ? s.ytd_bp : s.ytd_pct, baseDate: s.ytd_base_date, baseClose: s.ytd_base_close, periodNumber: year },
    ] as const;
    const facts: PeriodMoveFact[] = [];
    for (const p of periods) {
      if (p.move === null || p.baseDate === null) continue;
      if (p.period === 'qtd' && (month - 1) % 3 === 0) continue;
      if (p.period === 'ytd' && stats.instrument.kind === 'etf') continue; // said by the fund-return fact
      const baseClose = p.baseClose ?? closeOnDate(stats.series, p.baseDate);
      if (baseClose === null) continue;
      facts.push({
        kind: 'period-move',
        ...factBase(stats, PERIOD_SCORES[p.period] * instrumentWeight(stats), PERIOD_RULE, [
          closeObservation(stats),
          observation(s.symbol, p.baseDate, baseClose, `base close (${p.period.toUpperCase()})`),
        ]),
        period: p.period,
        move: p.move,
        unit,
        basis: s.basis,
        changePoints: s.close - baseClose,
        baseClose,
        baseDate: p.baseDate,
        periodNumber: p.periodNumber,
      });
    }
    return facts;
  },
};

const ON_TRACK_RULE: FactRule = {
  id: 'month-on-track',
  statement: 'the month-to-date move against completed months: the most recent month whose move in the same direction was at least as large',
};

/** A month closer than this (in days) is not news: "biggest since last month". */
const MIN_DAYS_SINCE_MONTH = 150;

/** True when the series holds an observation after `date` in a later month: the month is over. */
function isMonthComplete(stats: InstrumentStats, date: string): boolean {
  const day = parseIsoDay(date);
  if (day === null) return false;
  const i = indexOnOrBefore(stats.series.days, day);
  const next = stats.series.days[i + 1];
  if (next === undefined) return false;
  const a = civilFromDay(day);
  const b = civilFromDay(next as typeof day);
  return a.year !== b.year || a.month !== b.month;
}

/** The month-to-date move on track for the biggest monthly move since a month. */
export const monthOnTrackDetector: FactDetector = {
  kind: 'month-on-track',
  rules: [ON_TRACK_RULE],
  scoring: '45 + 10 per year since, at most 85, 90 for the largest in the data; times the instrument weight',
  detect(stats) {
    const s = stats.snapshot;
    const unit = moveUnitOf(stats);
    const move = unit === 'bp' ? s.mtd_bp : s.mtd_pct;
    if (move === null || move === 0 || s.mtd_base_date === null || s.mtd_base_close === null) return [];
    const since = s.month_biggest_since;
    // "The largest in the data" needs data reaching as far back as a "since" month would.
    const years = since === null ? yearsBetween(s.data_start, s.date) : yearsBetween(`${since}-28`, s.date);
    if (years * 365.25 < MIN_DAYS_SINCE_MONTH) return [];
    const score = since === null ? 90 : Math.min(85, 45 + 10 * years);
    const fact: MonthOnTrackFact = {
      kind: 'month-on-track',
      ...factBase(stats, score * instrumentWeight(stats), ON_TRACK_RULE, [
        closeObservation(stats),
        observation(s.symbol, s.mtd_base_date, s.mtd_base_close, 'prior month-end close'),
      ]),
      move,
      unit,
      sinceMonth: since,
      sinceMove: s.month_biggest_since_move,
      isMonthComplete: isMonthComplete(stats, s.date),
      dataStart: s.data_start,
    };
    return [fact];
  },
};

const RELATIVE_RULE: FactRule = {
  id: 'relative-performance',
  statement: "an index's month- and year-to-date percent moves beside the benchmark's over the same period",
};

/** An index's MTD and YTD moves against the benchmark's (small caps against the S&P 500). */
export const relativePerformanceDetector: FactDetector = {
  kind: 'relative-performance',
  rules: [RELATIVE_RULE],
  scoring: '35 + 2.5 per percentage point of gap, at most 60; times the instrument weight',
  detect(stats, inputs) {
    const s = stats.snapshot;
    const benchmark = inputs.instruments.find((other) => other.instrument.symbol === inputs.benchmark);
    if (benchmark === undefined || benchmark === stats || stats.instrument.kind !== 'index' || moveUnitOf(benchmark) !== 'pct') return [];
    const b = benchmark.snapshot;
    if (b.date !== s.date) return [];
    const facts: Fact[] = [];
    const pairs = [
      { period: 'mtd', move: s.mtd_pct, benchmarkMove: b.mtd_pct, base: s.mtd_base_date, bBase: b.mtd_base_date, baseClose: s.mtd_base_close, bBaseClose: b.mtd_base_close },
      { period: 'ytd', move: s.ytd_pct, benchmarkMove: b.ytd_pct, base: s.ytd_base_date, bBase: b.ytd_base_date, baseClose: s.ytd_base_close, bBaseClose: b.ytd_base_close },
    ] as const;
    for (const p of pairs) {
      if (p.move === null || p.benchmarkMove === null || p.base === null || p.bBase === null || p.baseClose === null || p.bBaseClose === null) continue;
      const gapPoints = p.move - p.benchmarkMove;
      const fact: RelativePerformanceFact = {
        kind: 'relative-performance',
        ...factBase(stats, Math.min(60, 35 + 2.5 * Math.abs(gapPoints)) * instrumentWeight(stats), RELATIVE_RULE, [
          closeObservation(stats),
          observation(s.symbol, p.base, p.baseClose, 'base close'),
          closeObservation(benchmark),
          observation(b.symbol, p.bBase, p.bBaseClose, 'benchmark base close'),
        ]),
        period: p.period,
        move: p.move,
        benchmark: b.symbol,
        benchmarkMove: p.benchmarkMove,
        gapPoints,
      };
      facts.push(fact);
    }
    return facts;
  },
};

const FUND_RULE: FactRule = {
  id: 'fund-return',
  statement:
    'year to date from the prior year-end close: price return from unadjusted closes, total return from dividend-adjusted closes; a return whose closes the data lack is stated as not computable',
};

/** An ETF's year-to-date price and total returns, and which of them the data cannot give. */
export const fundReturnDetector: FactDetector = {
  kind: 'fund-return',
  rules: [FUND_RULE],
  scoring: '40, 45 when one return cannot be computed; times the instrument weight',
  detect(stats) {
    if (stats.instrument.kind !== 'etf') return [];
    const s = stats.snapshot;
    const price = s.basis === 'price' ? s : null;
    const total = s.basis === 'total' ? s : stats.totalSnapshot;
    const pricePct = price?.ytd_pct ?? null;
    const totalPct = total?.ytd_pct ?? null;
    if (pricePct === null && totalPct === null) return [];
    const unavailable = stats.series.close === null ? 'price' : stats.series.adjClose === null ? 'total' : null;
    const observations: Observation[] = [];
    for (const snap of [price, total]) {
      if (snap === null || snap.ytd_base_date === null || snap.ytd_base_close === null) continue;
      const role = snap.basis === 'price' ? 'unadjusted' : 'adjusted';
      observations.push(observation(snap.symbol, snap.date, snap.close, `${role} close`), observation(snap.symbol, snap.ytd_base_date, snap.ytd_base_close, `${role} prior year-end close`));
    }
    const fact: FundReturnFact = {
      kind: 'fund-return',
      ...factBase(stats, (unavailable === null ? 40 : 45) * instrumentWeight(stats), FUND_RULE, observations),
      pricePct,
      totalPct,
      unavailable,
    };
    return [fact];
  },
};
