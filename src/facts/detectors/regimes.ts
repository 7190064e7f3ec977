/** Facts about where an instrument stands: drawdown states, milestones, the coming month's record. */
import { dayFromCivil, formatIsoDay, type DayNumber } from '../../core/date.js';
import { indexOnOrBefore } from '../../series/lookup.js';
import type { DrawdownChangeFact, DrawdownStandingFact, MilestoneFact, Observation, SeasonalityFact } from '../fact.js';
import type { InstrumentStats } from '../inputs.js';
import { isPriceLike, type FactDetector, type FactRule } from '../detector.js';
import { closeObservation, factBase, instrumentWeight, moveUnitOf, observation } from '../observe.js';

const DRAWDOWN_RULE: FactRule = {
  id: 'drawdown-change',
  statement:
    'the closing-basis drawdown state changed: correction at 10% below the peak, bear market at 20% below, a bull market begins 20% above the bear-market low',
};

const DRAWDOWN_REENTRY_RULE: FactRule = {
  id: 'drawdown-reentry',
  statement:
    'the close fell back past the line of a correction (10% below the peak) or a bear market (20% below) entered earlier, after closing above that line',
};

const DRAWDOWN_SCORES = { bear: 90, bull: 85, correction: 80, recovery: 70, bearAgain: 72, correctionAgain: 60 } as const;

/** True when the date's close fell back past the line of the state it was already in (`drawdownStay`). */
function isReentryDay(stats: InstrumentStats): boolean {
  const stay = stats.drawdownStay;
  return stay !== null && stay.isReentry && stay.sinceDate === stats.snapshot.date;
}

/** Entering or leaving a correction or a bear market (leaving a bear market starts a bull market), or falling back into one. */
export const drawdownChangeDetector: FactDetector = {
  kind: 'drawdown-change',
  rules: [DRAWDOWN_RULE, DRAWDOWN_REENTRY_RULE],
  scoring:
    'entering a bear market 90, a new bull market 85, entering a correction 80, leaving a correction 70, falling back into a bear market 72, into a correction 60; times the instrument weight',
  detect(stats) {
    const s = stats.snapshot;
    const from = s.prev_drawdown_state;
    const to = s.drawdown_state;
    const { drawdown_pct: drawdownPct, drawdown_peak_close: peakClose, drawdown_peak_date: peakDate } = s;
    if (!isPriceLike(stats) || from === null || to === null || drawdownPct === null || peakClose === null || peakDate === null) return [];
    const isReentry = from === to && isReentryDay(stats);
    if (from === to && !isReentry) return [];
    const score = isReentry
      ? to === 'bear'
        ? DRAWDOWN_SCORES.bearAgain
        : DRAWDOWN_SCORES.correctionAgain
      : to === 'bear'
        ? DRAWDOWN_SCORES.bear
        : from === 'bear'
          ? DRAWDOWN_SCORES.bull
          : to === 'correction'
            ? DRAWDOWN_SCORES.correction
            : DRAWDOWN_SCORES.recovery;
    const rule = isReentry ? DRAWDOWN_REENTRY_RULE : DRAWDOWN_RULE;
    const fact: DrawdownChangeFact = {
      kind: 'drawdown-change',
      ...factBase(stats, score * instrumentWeight(stats), rule, [closeObservation(stats), ...peakObservations(stats, peakDate, peakClose)]),
      from,
      to,
      isReentry,
      stateSinceDate: s.drawdown_state_since,
      drawdownPct,
      peakClose,
      peakDate,
      ...recordDistance(stats),
    };
    return [fact];
  },
};

/** The record close, its date and the close's distance below it in percent (>= 0), from the snapshot. */
function recordDistance(stats: InstrumentStats): { recordClose: number; recordDate: string; belowRecordPct: number } {
  const s = stats.snapshot;
  return { recordClose: s.record_close, recordDate: s.record_date, belowRecordPct: Math.max(0, -(s.pct_from_record ?? 0)) };
}

/** The peak close, and the record close when the peak is a later, lower one (after a rally). */
function peakObservations(stats: InstrumentStats, peakDate: string, peakClose: number): Observation[] {
  const s = stats.snapshot;
  const peak = observation(s.symbol, peakDate, peakClose, 'peak close');
  return peakDate === s.record_date ? [peak] : [peak, observation(s.symbol, s.record_date, s.record_close, 'record close')];
}

const DRAWDOWN_STANDING_RULE: FactRule = {
  id: 'drawdown-standing',
  statement:
    'in a correction (10% or more below the peak) or a bear market (20% or more) entered on an earlier day, with the depth below the peak, the peak date and the first close of the current stay beyond the line; not for yields or volatility indexes',
};

/** Scores of standing in a state: below the day of entering it (drawdown-change), high enough to be said. */
const STANDING_SCORES = { bear: 62, correction: 48 } as const;

/** Still in a bear market or a correction: "in a bear market, 29.5% below its record of Feb. 19". */
export const drawdownStandingDetector: FactDetector = {
  kind: 'drawdown-standing',
  rules: [DRAWDOWN_STANDING_RULE],
  scoring: 'bear market 62 plus 0.5 per percent below the peak beyond 20 (at most 75), correction 48; times the instrument weight',
  detect(stats) {
    const s = stats.snapshot;
    const state = s.drawdown_state;
    const { drawdown_pct: drawdownPct, drawdown_peak_close: peakClose, drawdown_peak_date: peakDate } = s;
    if (!isPriceLike(stats) || (state !== 'bear' && state !== 'correction') || s.prev_drawdown_state !== state || isReentryDay(stats)) return [];
    if (drawdownPct === null || peakClose === null || peakDate === null) return [];
    const score = state === 'bear' ? Math.min(75, STANDING_SCORES.bear + 0.5 * Math.max(0, drawdownPct - 20)) : STANDING_SCORES.correction;
    const fact: DrawdownStandingFact = {
      kind: 'drawdown-standing',
      ...factBase(stats, score * instrumentWeight(stats), DRAWDOWN_STANDING_RULE, [closeObservation(stats), ...peakObservations(stats, peakDate, peakClose)]),
      state,
      drawdownPct,
      peakClose,
      peakDate,
      peakIsRecord: peakDate === s.record_date,
      sinceDate: stats.drawdownStay?.sinceDate ?? null,
      isReentry: stats.drawdownStay?.isReentry ?? false,
      stateSinceDate: s.drawdown_state_since,
      ...recordDistance(stats),
    };
    return [fact];
  },
};

const MILESTONE_RULE: FactRule = {
  id: 'milestone',
  statement:
    'a record close above a round level that every earlier close was at or below; round levels are multiples of a power of ten one digit below the close (100s for 1,000-9,999)',
};

/**
 * The highest round level crossed between `priorHigh` (every earlier close) and `close`:
 * the largest multiple L of 10^(digits - 2) with priorHigh <= L < close, and whether L is also
 * a multiple of 10^(digits - 1) (major: 6,000 rather than 5,900). Null when none is crossed
 * or the close is below 100.
 */
export function roundLevelCrossed(priorHigh: number, close: number): { level: number; isMajor: boolean } | null {
  if (!(close >= 100) || !(close > priorHigh)) return null;
  const digits = Math.floor(Math.log10(close)) + 1;
  const step = 10 ** (digits - 2);
  const level = Math.floor(close / step) * step;
  const crossed = level === close ? level - step : level;
  if (crossed < priorHigh || crossed <= 0) return null;
  return { level: crossed, isMajor: crossed % (step * 10) === 0 };
}

/** First close ever above a round number: indexes only (a fund's dollar price is not news). */
export const milestoneDetector: FactDetector = {
  kind: 'milestone',
  rules: [MILESTONE_RULE],
  scoring: 'major round numbers 85, others 65; times the instrument weight',
  detect(stats) {
    const s = stats.snapshot;
    if (stats.instrument.kind !== 'index' || !isPriceLike(stats) || !s.is_record || s.prior_record_close === null || s.prior_record_date === null) return [];
    const crossed = roundLevelCrossed(s.prior_record_close, s.close);
    if (crossed === null) return [];
    const fact: MilestoneFact = {
      kind: 'milestone',
      ...factBase(stats, (crossed.isMajor ? 85 : 65) * instrumentWeight(stats), MILESTONE_RULE, [
        closeObservation(stats),
        observation(s.symbol, s.prior_record_date, s.prior_record_close, 'highest earlier close'),
      ]),
      level: crossed.level,
      close: s.close,
      isMajor: crossed.isMajor,
    };
    return [fact];
  },
};

const SEASONALITY_RULE: FactRule = {
  id: 'seasonality',
  statement:
    'in the last five weekdays of a month, the coming calendar month over complete months from the data start to the last year it was complete: mean, median, share of years higher, rank among the 12 months',
};

/** Fewer years of history than this and a seasonal record is not worth a sentence. */
const MIN_SEASON_YEARS = 5;

/** The seasonal record of the coming month, when the gatherer found the month ending. */
export const seasonalityDetector: FactDetector = {
  kind: 'seasonality',
  rules: [SEASONALITY_RULE],
  scoring: 'the best or worst month of the year 50, others 30; times the instrument weight',
  detect(stats) {
    const m = stats.comingMonth;
    const mean = m?.mean_pct ?? m?.mean_bp ?? null;
    const median = m?.median_pct ?? m?.median_bp ?? null;
    const bestMove = m?.best?.pct ?? m?.best?.bp ?? null;
    const worstMove = m?.worst?.pct ?? m?.worst?.bp ?? null;
    if (m === null || m.n < MIN_SEASON_YEARS || mean === null || median === null || m.up_ratio === null || m.rank === null) return [];
    if (m.first_year === null || m.last_year === null || m.best === null || m.worst === null || bestMove === null || worstMove === null) return [];
    const isExtreme = m.rank === 1 || m.rank === 12;
    const observations = [m.best.year, m.worst.year].flatMap((year) => monthEndObservations(stats, year, m.month));
    const fact: SeasonalityFact = {
      kind: 'seasonality',
      ...factBase(stats, (isExtreme ? 50 : 30) * instrumentWeight(stats), SEASONALITY_RULE, observations),
      month: m.month,
      meanPct: mean,
      medianPct: median,
      upRatio: m.up_ratio,
      n: m.n,
      rank: m.rank,
      firstYear: m.first_year,
      lastYear: m.last_year,
      bestYear: m.best.year,
      bestMove,
      worstYear: m.worst.year,
      worstMove,
      unit: moveUnitOf(stats),
    };
    return [fact];
  },
};

/**
 * The month-end close of (year, month) and the close before that month: the two closes a
 * calendar month's move is computed from. [] when the series does not cover them.
 */
export function monthEndObservations(stats: InstrumentStats, year: number, month: number): Observation[] {
  const { days } = stats.series;
  const values = stats.snapshot.basis === 'total' ? stats.series.adjClose : stats.series.close;
  if (values === null) return [];
  const end = indexOnOrBefore(days, dayFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - 1);
  const base = indexOnOrBefore(days, dayFromCivil(year, month, 1) - 1);
  if (base < 0 || end <= base) return [];
  const at = (i: number): string => formatIsoDay((days[i] ?? 0) as DayNumber);
  return [
    observation(stats.snapshot.symbol, at(base), values[base] ?? Number.NaN, `close before ${year}-${String(month).padStart(2, '0')}`),
    observation(stats.snapshot.symbol, at(end), values[end] ?? Number.NaN, `month-end close ${year}-${String(month).padStart(2, '0')}`),
  ];
}
