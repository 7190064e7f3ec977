/** Each detector on hand-made snapshots: what it reports, and every edge where it must stay quiet. */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/facts/index.js';
import { detectFacts, FACT_DETECTORS } from '../../src/facts/index.js';
import { biggestMoveDetector, dayMoveDetector, streakDetector } from '../../src/facts/detectors/day.js';
import { fundReturnDetector, monthOnTrackDetector, periodMoveDetector, relativePerformanceDetector } from '../../src/facts/detectors/periods.js';
import { fiftyTwoWeekDetector, latestRecordDetector, nearRecordDetector, recordCloseDetector } from '../../src/facts/detectors/records.js';
import { extremeSinceDetector } from '../../src/facts/detectors/extreme-since.js';
import { drawdownChangeDetector, milestoneDetector, roundLevelCrossed, seasonalityDetector } from '../../src/facts/detectors/regimes.js';
import { inputsOf, snapshotWith, statsFor } from './fixtures.js';

const FIRST_DAY = { prev_close: null, prev_date: null, change_1d: null, change_1d_pct: null, change_1d_bp: null } as const;

function only<T extends Fact>(facts: readonly Fact[]): T {
  expect(facts).toHaveLength(1);
  return facts[0] as T;
}

describe('day-move', () => {
  it('states percent for prices and basis points for yields', () => {
    const spx = statsFor('SPX', snapshotWith({ close: 101, prev_close: 100, prev_date: '2024-11-22', change_1d: 1, change_1d_pct: 1 }));
    expect(only<Extract<Fact, { kind: 'day-move' }>>(dayMoveDetector.detect(spx, inputsOf(spx)))).toMatchObject({ move: 1, unit: 'pct', close: 101, prevClose: 100 });
    const tsy = statsFor('US10Y', snapshotWith({ close: 4.27, prev_close: 4.41, prev_date: '2024-11-22', change_1d: -0.14, change_1d_pct: null, change_1d_bp: -14 }, 'US10Y'));
    expect(only<Extract<Fact, { kind: 'day-move' }>>(dayMoveDetector.detect(tsy, inputsOf(tsy)))).toMatchObject({ move: -14, unit: 'bp' });
  });
  it('says nothing on the first day of the data', () => {
    const first = statsFor('SPX', snapshotWith(FIRST_DAY));
    for (const detector of FACT_DETECTORS) {
      const kinds = detector.detect(first, inputsOf(first)).map((f) => f.kind);
      expect(kinds).not.toContain('day-move');
      expect(kinds).not.toContain('biggest-move');
    }
  });
});

describe('record-close, latest-record, near-record', () => {
  const record = { is_record: true, close: 110, prior_record_close: 105, prior_record_date: '2024-10-01', record_close: 110, record_date: '2024-11-25', record_count_ytd: 12, date: '2024-11-25', pct_from_record: 0 };
  it('reports a record with its count, and "first since" only when the prior record is old', () => {
    const fact = only<Extract<Fact, { kind: 'record-close' }>>(recordCloseDetector.detect(statsFor('SPX', snapshotWith(record)), inputsOf()));
    expect(fact).toMatchObject({ countYtd: 12, year: 2024, isFirstSince: false, priorRecordClose: 105 });
    const old = only<Extract<Fact, { kind: 'record-close' }>>(recordCloseDetector.detect(statsFor('SPX', snapshotWith({ ...record, prior_record_date: '2021-11-08' })), inputsOf()));
    expect(old.isFirstSince).toBe(true);
    expect(old.score).toBeGreaterThan(fact.score);
  });
  it('does not call a yield level a record; the VIX has record closes like an index', () => {
    expect(recordCloseDetector.detect(statsFor('US10Y', snapshotWith(record, 'US10Y')), inputsOf())).toEqual([]);
    expect(recordCloseDetector.detect(statsFor('VIX', snapshotWith(record, 'VIX')), inputsOf())).toHaveLength(1);
  });
  it('states the latest record of the year only when it is in the same year and not today', () => {
    const notToday = { is_record: false, record_date: '2024-11-11', record_close: 6001.35, record_count_ytd: 51, date: '2024-11-25' };
    expect(only<Extract<Fact, { kind: 'latest-record' }>>(latestRecordDetector.detect(statsFor('SPX', snapshotWith(notToday)), inputsOf()))).toMatchObject({ countYtd: 51, recordDate: '2024-11-11' });
    expect(latestRecordDetector.detect(statsFor('SPX', snapshotWith({ ...notToday, record_date: '2021-11-08', record_count_ytd: 0 })), inputsOf())).toEqual([]);
    expect(latestRecordDetector.detect(statsFor('SPX', snapshotWith({ ...notToday, is_record: true })), inputsOf())).toEqual([]);
  });
  it('near a record: strictly within 1%, not at it, not beyond', () => {
    const near = (pct: number): readonly Fact[] => nearRecordDetector.detect(statsFor('RUT', snapshotWith({ is_record: false, pct_from_record: pct, close: 100 * (1 + pct / 100), record_close: 100 })), inputsOf());
    expect(near(-0.03)).toHaveLength(1);
    expect(near(-0.999)).toHaveLength(1);
    expect(near(-1)).toEqual([]);
    expect(near(-5)).toEqual([]);
    expect(near(0)).toEqual([]);
  });
});

describe('fifty-two-week', () => {
  it('needs 52 weeks of data; a record, or a high (low) beyond 52 weeks, is not also a 52-week high (low)', () => {
    const s = { data_start: '2020-01-01', date: '2024-11-25', is_52w_high: true, is_52w_low: false, is_record: false, highest_since: '2024-06-03', lowest_since: '2024-06-03' };
    expect(fiftyTwoWeekDetector.detect(statsFor('SPX', snapshotWith({ ...s, highest_since: '2021-11-08' })), inputsOf())).toEqual([]);
    expect(fiftyTwoWeekDetector.detect(statsFor('SPX', snapshotWith({ ...s, is_52w_high: false, is_52w_low: true, lowest_since: null })), inputsOf())).toEqual([]);
    expect(fiftyTwoWeekDetector.detect(statsFor('SPX', snapshotWith(s)), inputsOf())).toHaveLength(1);
    expect(fiftyTwoWeekDetector.detect(statsFor('SPX', snapshotWith({ ...s, data_start: '2024-06-01' })), inputsOf())).toEqual([]);
    expect(fiftyTwoWeekDetector.detect(statsFor('SPX', snapshotWith({ ...s, is_record: true })), inputsOf())).toEqual([]);
    expect(only<Extract<Fact, { kind: 'fifty-two-week' }>>(fiftyTwoWeekDetector.detect(statsFor('SPX', snapshotWith({ ...s, is_52w_high: false, is_52w_low: true })), inputsOf())).side).toBe('low');
  });
});

describe('extreme-since', () => {
  const day = { date: '2024-11-25', data_start: '1990-01-02', prev_close: 100, is_record: false, record_date: '2021-11-08', pct_from_record: -5, highest_since: null, lowest_since: '2024-11-01' };
  const sides = (overrides: object): string[] => extremeSinceDetector.detect(statsFor('RUT', snapshotWith({ ...day, ...overrides }, 'RUT')), inputsOf()).map((f) => (f.kind === 'extreme-since' ? `${f.side} ${f.sinceDate ?? 'none'}` : f.kind));
  it('only beyond 52 weeks, never on a record; "since" the record itself is marked so', () => {
    expect(sides({ highest_since: '2022-01-03' })).toEqual(['high 2022-01-03']);
    expect(sides({ highest_since: '2024-01-03' })).toEqual([]);
    expect(sides({ highest_since: '2023-11-27' })).toEqual([]);
    expect(sides({ highest_since: '2023-11-26' })).toEqual(['high 2023-11-26']);
    expect(sides({ highest_since: '2021-11-08', pct_from_record: -0.5 })).toEqual(['high 2021-11-08']);
    const sinceRecord = extremeSinceDetector.detect(statsFor('RUT', snapshotWith({ ...day, highest_since: '2021-11-08', pct_from_record: -0.5 }, 'RUT')), inputsOf());
    expect(sinceRecord.map((f) => (f.kind === 'extreme-since' ? f.sinceIsRecord : null))).toEqual([true]);
    expect(extremeSinceDetector.detect(statsFor('RUT', snapshotWith({ ...day, highest_since: '2022-01-03' }, 'RUT')), inputsOf()).map((f) => (f.kind === 'extreme-since' ? f.sinceIsRecord : null))).toEqual([false]);
    expect(sides({ highest_since: '2021-11-08', pct_from_record: -3 })).toEqual(['high 2021-11-08']);
    expect(sides({ highest_since: '2022-01-03', is_record: true })).toEqual([]);
    expect(sides({ lowest_since: '2016-02-29' })).toEqual(['low 2016-02-29']);
    expect(sides({ lowest_since: null, is_52w_low: true })).toEqual(['low none']);
    expect(sides({ lowest_since: null, is_52w_low: true, data_start: '2024-06-03' })).toEqual([]);
    expect(sides({ ...FIRST_DAY, lowest_since: '2016-02-29' })).toEqual([]);
  });
});

describe('biggest-move', () => {
  const day = { date: '2024-11-25', prev_close: 4.41, prev_date: '2024-11-22', change_1d: -0.14, change_1d_bp: -14, change_1d_pct: null, data_start: '1962-01-02' };
  it('reports a yield day move against a day months back, in bp with its from/to levels', () => {
    const s = statsFor('US10Y', snapshotWith({ ...day, biggest_1d_since: '2024-08-02', biggest_1d_since_move: -19, biggest_1d_since_from: 3.99, biggest_1d_since_to: 3.8 }, 'US10Y'));
    expect(only<Extract<Fact, { kind: 'biggest-move' }>>(biggestMoveDetector.detect(s, inputsOf(s)))).toMatchObject({ period: 'day', unit: 'bp', sinceDate: '2024-08-02', sinceMove: -19, sinceFrom: 3.99, sinceTo: 3.8 });
  });
  it('stays quiet when the earlier day is less than 60 days back', () => {
    const recent = statsFor('US10Y', snapshotWith({ ...day, biggest_1d_since: '2024-09-27', biggest_1d_since_move: -15 }, 'US10Y'));
    expect(biggestMoveDetector.detect(recent, inputsOf(recent))).toEqual([]);
    const older = statsFor('US10Y', snapshotWith({ ...day, biggest_1d_since: '2024-09-26', biggest_1d_since_move: -15 }, 'US10Y'));
    expect(biggestMoveDetector.detect(older, inputsOf(older))).toHaveLength(1);
  });
  it('the largest in the data scores highest', () => {
    const s = statsFor('SPX', snapshotWith({ date: '2024-11-25', prev_close: 100, prev_date: '2024-11-22', change_1d: -20, change_1d_pct: -20, change_1d_bp: null, biggest_1d_since: null }));
    const fact = only<Extract<Fact, { kind: 'biggest-move' }>>(biggestMoveDetector.detect(s, inputsOf(s)));
    expect(fact.sinceDate).toBeNull();
    expect(fact.score).toBe(95);
  });
  it('a week-to-date move against earlier weeks, only when the earlier week is a quarter back or more', () => {
    const s = { wtd_base_date: '2024-11-22', date: '2024-11-29', prev_date: '2024-11-27' };
    expect(biggestMoveDetector.detect(statsFor('SPX', snapshotWith({ ...s, ...FIRST_DAY }), { week: { move: 3, sinceDate: '2023-11-03', sinceMove: 5 } }), inputsOf())).toHaveLength(1);
    expect(biggestMoveDetector.detect(statsFor('SPX', snapshotWith({ ...s, ...FIRST_DAY }), { week: { move: 3, sinceDate: '2024-11-15', sinceMove: 5 } }), inputsOf())).toEqual([]);
    expect(biggestMoveDetector.detect(statsFor('SPX', snapshotWith({ ...s, ...FIRST_DAY }), { week: { move: 0, sinceDate: null, sinceMove: null } }), inputsOf())).toEqual([]);
    const monday = snapshotWith({ date: '2024-11-25', wtd_base_date: '2024-11-22', prev_date: '2024-11-22', prev_close: 100, change_1d: 3, change_1d_pct: 3 });
    const weekFacts = biggestMoveDetector.detect(statsFor('SPX', monday, { week: { move: 3, sinceDate: '2023-11-03', sinceMove: 5 } }), inputsOf());
    expect(weekFacts.filter((f) => f.kind === 'biggest-move' && f.period === 'week')).toEqual([]);
  });
});

describe('streak', () => {
  it('three or more, either way; an unchanged close is no streak', () => {
    expect(streakDetector.detect(statsFor('SPX', snapshotWith({ streak_days: 2 })), inputsOf())).toEqual([]);
    expect(streakDetector.detect(statsFor('SPX', snapshotWith({ streak_days: 0 })), inputsOf())).toEqual([]);
    expect(only<Extract<Fact, { kind: 'streak' }>>(streakDetector.detect(statsFor('SPX', snapshotWith({ streak_days: 3 })), inputsOf())).days).toBe(3);
    expect(only<Extract<Fact, { kind: 'streak' }>>(streakDetector.detect(statsFor('SPX', snapshotWith({ streak_days: -7 })), inputsOf())).days).toBe(-7);
  });
});

describe('drawdown-change', () => {
  it('reports each transition and nothing without one', () => {
    const change = (from: 'none' | 'correction' | 'bear' | null, to: 'none' | 'correction' | 'bear'): readonly Fact[] =>
      drawdownChangeDetector.detect(statsFor('SPX', snapshotWith({ prev_drawdown_state: from, drawdown_state: to })), inputsOf());
    expect(change('none', 'correction')).toHaveLength(1);
    expect(change('correction', 'bear')).toHaveLength(1);
    expect(change('bear', 'none')).toHaveLength(1);
    expect(change('correction', 'none')).toHaveLength(1);
    expect(change('bear', 'bear')).toEqual([]);
    expect(change(null, 'none')).toEqual([]);
    expect(drawdownChangeDetector.detect(statsFor('US10Y', snapshotWith({ prev_drawdown_state: 'none', drawdown_state: 'bear' }, 'US10Y')), inputsOf())).toEqual([]);
  });
});

describe('milestone', () => {
  it('finds the highest round level crossed for the first time', () => {
    expect(roundLevelCrossed(5995.54, 6001.35)).toEqual({ level: 6000, isMajor: true });
    expect(roundLevelCrossed(5890, 5905)).toEqual({ level: 5900, isMajor: false });
    expect(roundLevelCrossed(2442.74, 2467.7)).toBeNull();
    expect(roundLevelCrossed(44296.51, 44736.57)).toBeNull();
    expect(roundLevelCrossed(39872, 40003)).toEqual({ level: 40000, isMajor: true });
    expect(roundLevelCrossed(5990, 6000)).toBeNull();
    expect(roundLevelCrossed(6000, 6000.01)).toEqual({ level: 6000, isMajor: true });
    expect(roundLevelCrossed(50, 99)).toBeNull();
    expect(roundLevelCrossed(6010, 6005)).toBeNull();
  });
  it('only on an index record close', () => {
    const s = { is_record: true, close: 6001.35, prior_record_close: 5995.54, prior_record_date: '2024-11-08' };
    expect(milestoneDetector.detect(statsFor('SPX', snapshotWith(s)), inputsOf())).toHaveLength(1);
    expect(milestoneDetector.detect(statsFor('SPY', snapshotWith(s, 'SPY')), inputsOf())).toEqual([]);
    expect(milestoneDetector.detect(statsFor('SPX', snapshotWith({ ...s, is_record: false })), inputsOf())).toEqual([]);
  });
});

describe('period-move and month-on-track', () => {
  const periods = { date: '2024-10-15', mtd_pct: 1, mtd_base_date: '2024-09-30', mtd_base_close: 100, qtd_pct: 1, qtd_base_date: '2024-09-30', ytd_pct: 5, ytd_base_date: '2023-12-29', ytd_base_close: 96 };
  it('leaves out QTD in a quarter\'s first month and YTD for funds; the week for the closing table', () => {
    const kinds = (symbol: string): string[] =>
      periodMoveDetector.detect(statsFor(symbol, snapshotWith(periods, symbol)), inputsOf()).map((f) => (f.kind === 'period-move' ? f.period : f.kind));
    expect(kinds('SPX')).toEqual(['wtd', 'mtd', 'ytd']);
    expect(kinds('VBK')).toEqual(['wtd', 'mtd']);
  });
  it('no base close (first month of the data): no period fact', () => {
    expect(periodMoveDetector.detect(statsFor('SPX', snapshotWith({ ...periods, mtd_pct: null, mtd_base_date: null, ytd_pct: null, ytd_base_date: null, qtd_pct: null, wtd_pct: null, wtd_base_date: null })), inputsOf())).toEqual([]);
  });
  it('on track: only when the month compared with is months back', () => {
    const s = { ...periods, month_biggest_since: '2023-12', month_biggest_since_move: 12 };
    expect(monthOnTrackDetector.detect(statsFor('RUT', snapshotWith(s)), inputsOf())).toHaveLength(1);
    expect(monthOnTrackDetector.detect(statsFor('RUT', snapshotWith({ ...s, month_biggest_since: '2024-05' })), inputsOf())).toEqual([]);
  });
});

describe('relative-performance and fund-return', () => {
  const spx = statsFor('SPX', snapshotWith({ date: '2024-11-25', mtd_pct: 4.9, ytd_pct: 25.5, mtd_base_date: '2024-10-31', mtd_base_close: 1, ytd_base_date: '2023-12-29', ytd_base_close: 1 }));
  const rut = statsFor('RUT', snapshotWith({ date: '2024-11-25', mtd_pct: 11.2, ytd_pct: 20.5, mtd_base_date: '2024-10-31', mtd_base_close: 1, ytd_base_date: '2023-12-29', ytd_base_close: 1 }, 'RUT'));
  it('compares an index with the benchmark, never the benchmark with itself', () => {
    const facts = relativePerformanceDetector.detect(rut, inputsOf(spx, rut));
    expect(facts.map((f) => (f.kind === 'relative-performance' ? [f.period, f.gapPoints] : []))).toEqual([
      ['mtd', expect.closeTo(6.3, 9)],
      ['ytd', expect.closeTo(-5, 9)],
    ]);
    expect(relativePerformanceDetector.detect(spx, inputsOf(spx, rut))).toEqual([]);
    expect(relativePerformanceDetector.detect(rut, inputsOf(rut))).toEqual([]);
    const stale = statsFor('SPX', snapshotWith({ ...spx.snapshot, date: '2024-11-22' }));
    expect(relativePerformanceDetector.detect(rut, inputsOf(stale, rut))).toEqual([]);
  });
  it('a fund says which return it is and which one the data cannot give', () => {
    const adjustedOnly = statsFor('IWO', snapshotWith({ basis: 'total', ytd_pct: 25.3 }, 'IWO'));
    const iwo = { ...adjustedOnly, series: { ...adjustedOnly.series, close: null, adjClose: new Float64Array([1, 2, 3, 4]) } };
    expect(only<Extract<Fact, { kind: 'fund-return' }>>(fundReturnDetector.detect(iwo, inputsOf()))).toMatchObject({ pricePct: null, totalPct: 25.3, unavailable: 'price' });
    const vbk = statsFor('VBK', snapshotWith({ basis: 'price', ytd_pct: 24.8 }, 'VBK'));
    expect(only<Extract<Fact, { kind: 'fund-return' }>>(fundReturnDetector.detect(vbk, inputsOf()))).toMatchObject({ pricePct: 24.8, totalPct: null, unavailable: 'total' });
    expect(fundReturnDetector.detect(spx, inputsOf())).toEqual([]);
  });
});

describe('seasonality', () => {
  const month = { month: 12, mean_pct: 2.75, median_pct: 2.68, mean_bp: null, median_bp: null, up_ratio: 0.81, n: 37, rank: 1, best: { year: 2023, pct: 12.05, bp: null }, worst: { year: 2018, pct: -12.05, bp: null }, first_year: 1987, last_year: 2023 };
  it('states the coming month when given, with enough years', () => {
    expect(seasonalityDetector.detect(statsFor('RUT', snapshotWith({}, 'RUT'), { comingMonth: month }), inputsOf())).toHaveLength(1);
    expect(seasonalityDetector.detect(statsFor('RUT', snapshotWith({}, 'RUT'), { comingMonth: { ...month, n: 4 } }), inputsOf())).toEqual([]);
    expect(seasonalityDetector.detect(statsFor('RUT', snapshotWith({}, 'RUT')), inputsOf())).toEqual([]);
  });
});

describe('detectFacts', () => {
  it('sorts by score and returns [] for no instruments', () => {
    expect(detectFacts(inputsOf())).toEqual([]);
    const spx = statsFor('SPX', snapshotWith({ streak_days: 5, is_record: true, prior_record_close: 99, prior_record_date: '2024-01-02', date: '2024-11-25' }));
    const facts = detectFacts(inputsOf(spx));
    expect(facts.length).toBeGreaterThan(1);
    for (let i = 1; i < facts.length; i++) expect((facts[i - 1]?.score ?? 0) >= (facts[i]?.score ?? 0)).toBe(true);
  });
});
