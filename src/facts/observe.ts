/**
 * Building blocks of facts: the common fields, observations read off a statistics snapshot,
 * and a close looked up in the series by date.
 */
import { formatIsoDay, parseIsoDay, type DayNumber } from '../core/date.js';
import { holdsWholeHistory, type DailySeries } from '../core/series.js';
import { indexOnOrBefore } from '../series/lookup.js';
import type { StatsSnapshot } from '../stats/contract.js';
import type { FactBase, MoveUnit, Observation } from './fact.js';
import type { InstrumentStats } from './inputs.js';

/** The common fields of a fact about `stats` with the given score, rule and observations. */
export function factBase(
  stats: InstrumentStats,
  score: number,
  rule: { readonly id: string; readonly statement: string },
  observations: readonly Observation[],
  snapshot: StatsSnapshot = stats.snapshot,
): FactBase {
  return {
    symbol: snapshot.symbol,
    date: snapshot.date,
    score: Math.round(Math.max(0, Math.min(100, score)) * 10) / 10,
    preliminary: stats.preliminary !== null,
    wholeHistory: holdsWholeHistory(stats.series),
    provenance: { rule: rule.id, statement: rule.statement, observations },
  };
}

/** The close on the snapshot's date (marked preliminary when it is a stated snapshot). */
export function closeObservation(stats: InstrumentStats, snapshot: StatsSnapshot = stats.snapshot): Observation {
  const observation = { symbol: snapshot.symbol, date: snapshot.date, value: snapshot.close, role: 'close' };
  return stats.preliminary === null ? observation : { ...observation, preliminary: true };
}

/** An observation of any other close. */
export function observation(symbol: string, date: string, value: number, role: string): Observation {
  return { symbol, date, value, role };
}

/** `bp` for yields, `pct` for everything else. */
export function moveUnitOf(stats: InstrumentStats): MoveUnit {
  return stats.instrument.kind === 'yield' ? 'bp' : 'pct';
}

/**
 * The close of `series` on the ISO date `date` (headline basis: unadjusted when present), or
 * null when the series has no observation on that exact date.
 */
export function closeOnDate(series: DailySeries, date: string): number | null {
  const day = parseIsoDay(date);
  const values = series.close ?? series.adjClose;
  if (day === null || values === null) return null;
  const index = indexOnOrBefore(series.days, day);
  if (index < 0 || series.days[index] !== day) return null;
  return values[index] ?? null;
}

/**
 * The date and close (headline basis) `n` observations before the ISO date `date` in `series`,
 * or null when the series does not reach that far back or lacks the date.
 */
export function observationBefore(series: DailySeries, date: string, n: number): { date: string; value: number } | null {
  const day = parseIsoDay(date);
  const values = series.close ?? series.adjClose;
  if (day === null || values === null) return null;
  const i = indexOnOrBefore(series.days, day);
  const j = i - n;
  if (i < 0 || series.days[i] !== day || j < 0) return null;
  return { date: formatIsoDay((series.days[j] ?? 0) as DayNumber), value: values[j] ?? Number.NaN };
}

/** Whole years between two ISO dates (fractional, >= 0), for scoring "since" facts. */
export function yearsBetween(earlier: string, later: string): number {
  const a = parseIsoDay(earlier);
  const b = parseIsoDay(later);
  if (a === null || b === null) return 0;
  return Math.max(0, (b - a) / 365.25);
}

/** How much an instrument's facts weigh in the story: indexes most, funds least. 0-1. */
export function instrumentWeight(stats: InstrumentStats): number {
  switch (stats.instrument.kind) {
    case 'index':
      return 1;
    case 'yield':
      return 0.95;
    case 'volatility':
      return 0.75;
    case 'etf':
      return 0.7;
    default:
      return 0.8;
  }
}

/** A one-day move of this share of a level (percent) is beyond any on record (22.6%, Oct. 19, 1987). */
const BEYOND_ANY_DAY_PCT = 25;

/**
 * True when a move of `points` is at least 25% of the series' first close (headline basis): at
 * the level where the data begin no day could have moved as much, so a "first" or "largest"
 * in points is one of all time, not of the file. (It assumes the index did not stand far above
 * its first close before the data begin.)
 */
export function isBeyondDataStart(series: DailySeries, points: number): boolean {
  const first = (series.close ?? series.adjClose)?.[0];
  return first !== undefined && first > 0 && Math.abs(points) >= (first * BEYOND_ANY_DAY_PCT) / 100;
}
