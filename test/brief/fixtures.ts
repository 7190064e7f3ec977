/** Hand-made detector inputs: a real snapshot of a tiny series, with chosen fields overridden. */
import type { DailySeries } from '../../src/core/series.js';
import { findBuiltinInstrument } from '../../src/data/instruments.js';
import type { FactInputs, InstrumentStats } from '../../src/facts/index.js';
import { buildStatsIndex, statsOn, type StatsSnapshot } from '../../src/stats/index.js';
import { isoDay, makeSeries } from '../helpers/synthetic-series.js';

const base: StatsSnapshot = statsOn(buildStatsIndex(makeSeries([100, 101, 102, 103])), isoDay('2030-01-01'));

/** A snapshot of symbol `symbol` with `overrides` on top of a plain rising series'. */
export function snapshotWith(overrides: Partial<StatsSnapshot>, symbol = 'SPX'): StatsSnapshot {
  return { ...base, symbol, ...overrides };
}

/** Detector input for `symbol` (a built-in) with the given snapshot. */
export function statsFor(symbol: string, snapshot: StatsSnapshot, extra: Partial<InstrumentStats> = {}): InstrumentStats {
  const instrument = findBuiltinInstrument(symbol);
  if (instrument === undefined) throw new Error(symbol);
  const series: DailySeries = { ...makeSeries([100, 101, 102, 103]), instrument };
  return { instrument, series, snapshot, totalSnapshot: null, week: null, earlierStreak: null, snappedStreak: null, comingMonth: null, preliminary: null, yearEnd: null, weekEnd: null, twoDay: null, pointThreshold: null, pointRank: null, drawdownStay: null, ...extra };
}

/** FactInputs of the given instruments, benchmark SPX. */
export function inputsOf(...instruments: InstrumentStats[]): FactInputs {
  return { requestedDate: instruments[0]?.snapshot.date ?? '2020-01-01', instruments, benchmark: 'SPX' };
}
