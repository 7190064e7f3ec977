/**
 * What every verdict needs: the series of the claim's instrument (or why there is none), a
 * built statistics index and snapshot per instrument, basis and date, and provenance.
 */
import { formatIsoDay, type DayNumber } from '../../core/date.js';
import type { Instrument } from '../../core/instrument.js';
import type { DailySeries } from '../../core/series.js';
import { buildStatsIndex, seasonality, seasonalityOfIndex, statsOn, statsOnSeries, type MonthSeasonality, type ReturnBasis, type StatsIndex, type StatsSnapshot } from '../../stats/index.js';
import type { Claim, ActualValue, NumberClaim, Unverifiable, UnverifiableReason, VerdictInput, VerdictProvenance } from '../types.js';

/** The data a checker reads: series by canonical symbol. */
export type SeriesBySymbol = ReadonlyMap<string, DailySeries>;

/** Days the data may end before a claim's date and still answer for it ("as of" across a long weekend or holiday). */
export const MAX_GAP_DAYS = 7;

/** Builds and caches indexes and snapshots. */
export class StatsCache {
  private readonly indexes = new Map<string, StatsIndex>();
  private readonly snapshots = new Map<string, StatsSnapshot>();
  private readonly memos = new Map<string, unknown>();

  constructor(readonly series: SeriesBySymbol) {}

  /** The index of a symbol on a basis (built once). */
  index(symbol: string, basis: ReturnBasis): StatsIndex | null {
    const key = `${symbol}:${basis}`;
    const cached = this.indexes.get(key);
    if (cached) return cached;
    const series = this.series.get(symbol);
    if (series === undefined || (basis === 'price' ? series.close : series.adjClose) === null) return null;
    const built = buildStatsIndex(series, basis);
    this.indexes.set(key, built);
    return built;
  }

  /** A value computed once per key (a streak, a seasonality table): claims repeating a question share the answer. */
  memo<T>(key: string, compute: () => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = compute();
    this.memos.set(key, value);
    return value;
  }

  /**
   * The seasonality of a symbol's calendar months (seasonality.ts) on a basis, counting the
   * months complete as of `asOf` from `fromYear` (null: from the data's first); computed once
   * per question, from the index when one is built, else from the month-end closes alone
   * (the same table, without building the index). Null when the series lacks that basis.
   */
  seasonality(symbol: string, basis: ReturnBasis, asOf: DayNumber, fromYear: number | null): MonthSeasonality[] | null {
    const series = this.series.get(symbol);
    if (series === undefined || (basis === 'price' ? series.close : series.adjClose) === null) return null;
    const options = fromYear === null ? { asOf } : { asOf, fromYear };
    return this.memo(`seasonality:${symbol}:${basis}:${asOf}:${fromYear ?? ''}`, () => {
      const index = this.indexes.get(`${symbol}:${basis}`);
      return index === undefined ? seasonality(series, { ...options, basis }) : seasonalityOfIndex(index, options);
    });
  }

  /** The snapshot of a symbol as of a day (the last observation on or before it); null before the data. */
  snapshot(symbol: string, basis: ReturnBasis, day: DayNumber): StatsSnapshot | null {
    const key = `${symbol}:${basis}:${day}`;
    const cached = this.snapshots.get(key);
    if (cached) return cached;
    const series = this.series.get(symbol);
    if (series === undefined || (basis === 'price' ? series.close : series.adjClose) === null) return null;
    if ((series.days[0] ?? Number.POSITIVE_INFINITY) > day) return null;
    // One date per instrument is the usual case: the single-date scan is cheaper than building
    // the whole index; once an index exists (calendar or seasonal claims), it answers instead.
    const index = this.indexes.get(`${symbol}:${basis}`);
    const snap = index === undefined ? statsOnSeries(series, day, basis) : statsOn(index, day);
    this.snapshots.set(key, snap);
    return snap;
  }
}

/** An unverifiable verdict. */
export function unverifiable(reason: UnverifiableReason, note: string, actual: ActualValue = null, provenance: VerdictProvenance | null = null): Unverifiable {
  return { verdict: 'unverifiable', reason, note, actual, provenance };
}

/** Claims that compare returns (need the basis's closes to be present). */
export function isReturnClaim(claim: Claim): boolean {
  if (claim.kind === 'calendar' || claim.kind === 'seasonal' || claim.kind === 'comparison' || claim.kind === 'month-since' || claim.kind === 'range') return true;
  if (claim.kind === 'week-since' || claim.kind === 'seasonal-rank') return true;
  if (claim.kind === 'date') return claim.metric === 'biggest_1d_since';
  return claim.kind === 'number' && (claim.metric.endsWith('_pct') || claim.metric === 'pct_from_record');
}

/**
 * The series a claim needs, or the unverifiable verdict that says why it cannot be had:
 * an instrument outside the registry, one the store does not hold, a price figure where
 * only adjusted closes exist (the total return is given as a note), a date before the data.
 */
export function availability(claim: Claim, cache: StatsCache): { series: DailySeries; basis: ReturnBasis } | Unverifiable {
  if (claim.symbol === null) {
    return unverifiable('unknown-instrument', claim.instrumentText === '' ? 'no instrument named for this figure' : `instrument not recognised: "${claim.instrumentText}" is not an instrument marketfacts knows`);
  }
  const series = cache.series.get(claim.symbol);
  if (series === undefined) return unverifiable('instrument-not-in-store', `${claim.symbol} is not in the store`);
  // An extreme over a span said intraday ("touched a five-year low") is judged by its judge: a close that reached it is enough.
  if (claim.timing.kind === 'intraday' && claim.kind !== 'seasonal' && claim.kind !== 'extreme-window') {
    return unverifiable('intraday', 'an intraday figure; the data hold daily closes only');
  }
  const basis = claim.basis;
  if ((basis === 'price' ? series.close : series.adjClose) === null) {
    const other: ReturnBasis = basis === 'price' ? 'total' : 'price';
    const snap = cache.snapshot(claim.symbol, other, claim.day);
    const hint = snap !== null && isReturnClaim(claim) && claim.kind === 'number' ? totalHint(claim, snap) : '';
    return basis === 'price'
      ? unverifiable('price-return-unavailable', `the data hold only adjusted closes for ${claim.symbol}: a price figure cannot be computed${hint}`)
      : unverifiable('not-computable', `the data hold no adjusted closes for ${claim.symbol}: a total return cannot be computed`);
  }
  const first = series.days[0] ?? 0;
  if (claim.day < first) return unverifiable('before-data', `${claim.symbol} data begin ${formatIsoDay(first as DayNumber)}, after ${formatIsoDay(claim.day)}`);
  const last = series.days[series.days.length - 1] ?? 0;
  if (claim.day - last > MAX_GAP_DAYS) return unverifiable('after-data', `${claim.symbol} data end ${formatIsoDay(last as DayNumber)}, before ${formatIsoDay(claim.day)}`);
  return { series, basis };
}

const HINT_PERIODS: Readonly<Partial<Record<NumberClaim['metric'], string>>> = {
  change_1d_pct: 'on the day',
  wtd_pct: 'week to date',
  mtd_pct: 'month to date',
  qtd_pct: 'quarter to date',
  ytd_pct: 'year to date',
  pct_from_record: 'from the record',
};

/**
 * What can be said instead of a price return where only adjusted closes exist: the total
 * return over the same period, as a note ("; what can be said is the total return year to
 * date, 25.29% on 2024-11-25 (adjusted closes)"). The verdict's `actual` stays null: the
 * claim's own figure has no value in the data.
 */
function totalHint(claim: NumberClaim, snap: StatsSnapshot): string {
  const value = metricValue(snap, claim.metric);
  const period = HINT_PERIODS[claim.metric];
  if (value === null || period === undefined) return '';
  return `; what can be said is the total return ${period}, ${value.toFixed(2)}% on ${snap.date} (adjusted closes)`;
}

/** The snapshot value of a number claim's metric, in the snapshot's units; null when the data have none. */
export function metricValue(snap: StatsSnapshot, metric: NumberClaim['metric']): number | null {
  switch (metric) {
    case 'close':
      return snap.close;
    case 'prev_close':
      return snap.prev_close;
    case 'change_1d':
      return snap.change_1d;
    case 'change_1d_pct':
      return snap.change_1d_pct;
    case 'change_1d_bp':
      return snap.change_1d_bp;
    case 'wtd_pct':
      return snap.wtd_pct;
    case 'mtd_pct':
      return snap.mtd_pct;
    case 'qtd_pct':
      return snap.qtd_pct;
    case 'ytd_pct':
      return snap.ytd_pct;
    case 'wtd_bp':
      return snap.wtd_bp;
    case 'mtd_bp':
      return snap.mtd_bp;
    case 'qtd_bp':
      return snap.qtd_bp;
    case 'ytd_bp':
      return snap.ytd_bp;
    case 'record_close':
      return snap.record_close;
    case 'prior_record_close':
      return snap.prior_record_close;
    case 'record_count_ytd':
      return snap.record_count_ytd;
    case 'pct_from_record':
      return snap.pct_from_record;
    case 'streak_days':
      return snap.streak_days;
    case 'high_52w':
      return snap.high_52w;
    case 'low_52w':
      return snap.low_52w;
    case 'from_high_52w':
    case 'from_low_52w': {
      // A yield's distance is in basis points, a price's in percent of the high (low).
      const extreme = metric === 'from_high_52w' ? snap.high_52w : snap.low_52w;
      return snap.basis === 'level' ? (snap.close - extreme) * 100 : extreme === 0 ? null : (snap.close / extreme - 1) * 100;
    }
    case 'wtd_points':
    case 'mtd_points':
    case 'qtd_points':
    case 'ytd_points':
      // Point moves over a period need the series (the base close): see judge/number.ts.
      return null;
  }
}

/** Provenance of a verdict. */
export function provenanceOf(instrument: Instrument, basis: ReturnBasis, asOf: string, rule: string, inputs: readonly VerdictInput[]): VerdictProvenance {
  return { source: instrument.source, basis, asOf, rule, inputs };
}

/** The note when the date used differs from the date asked for (weekend, holiday, gap). */
export function asOfNote(snap: StatsSnapshot): string {
  return snap.date === snap.requested_date ? '' : ` (as of ${snap.date}, the last trading day on or before ${snap.requested_date})`;
}

/** A readable name for generated sentences: "The Russell 2000". */
export function sentenceName(instrument: Instrument): string {
  const name = instrument.storyName;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

