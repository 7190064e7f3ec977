/** Facts about the day itself: the move, streaks, and the biggest move since a date. */
import type { BiggestMoveFact, DayCloseFact, DayMoveFact, Fact, PointMoveFact, StreakFact, TotalReturnMoveFact } from '../fact.js';
import { isAdjustedOnly, type FactDetector, type FactRule } from '../detector.js';
import { closeObservation, factBase, instrumentWeight, isBeyondDataStart, moveUnitOf, observation, observationBefore, yearsBetween } from '../observe.js';

const DAY_MOVE_RULE: FactRule = {
  id: 'day-move',
  statement: 'close against the prior close: percent for prices, basis points for yields',
};

/** Score of a day's move: 20 + 12 per percent (2 per bp for yields), at most 60. */
function dayMoveScore(move: number, unit: 'pct' | 'bp'): number {
  return Math.min(60, 20 + (unit === 'bp' ? Math.abs(move) * 2 : Math.abs(move) * 12));
}

/** The day's close and move: every instrument with a prior close and a traded level (not adjusted-only data: see total-return-move). */
export const dayMoveDetector: FactDetector = {
  kind: 'day-move',
  rules: [DAY_MOVE_RULE],
  scoring: '20 + 12 per percent moved (prices) or 2 per basis point (yields), at most 60; times the instrument weight',
  detect(stats) {
    const s = stats.snapshot;
    const unit = moveUnitOf(stats);
    const move = unit === 'bp' ? s.change_1d_bp : s.change_1d_pct;
    if (isAdjustedOnly(stats) || s.prev_close === null || s.prev_date === null || s.change_1d === null || move === null) return [];
    const fact: DayMoveFact = {
      kind: 'day-move',
      ...factBase(stats, dayMoveScore(move, unit) * instrumentWeight(stats), DAY_MOVE_RULE, [
        closeObservation(stats),
        observation(s.symbol, s.prev_date, s.prev_close, 'prior close'),
      ]),
      close: s.close,
      prevClose: s.prev_close,
      prevDate: s.prev_date,
      changePoints: s.change_1d,
      move,
      unit,
      snapshotMinutes: stats.preliminary?.minutes ?? null,
    };
    return [fact];
  },
};

const DAY_CLOSE_RULE: FactRule = {
  id: 'day-close',
  statement:
    "the day's close when it has no one-day move: the first day of the data, or a prior observation further back than the longest closure of the instrument's market plus slack (a gap in the data)",
};

/** The close of a day with no day's move (the data's first day, a day after a gap): the brief still says the close. */
export const dayCloseDetector: FactDetector = {
  kind: 'day-close',
  rules: [DAY_CLOSE_RULE],
  scoring: '20 (as an unchanged day-move); times the instrument weight',
  detect(stats) {
    const s = stats.snapshot;
    const status = s.change_1d_status;
    if (isAdjustedOnly(stats) || (status !== 'first-day' && status !== 'prior-too-far')) return [];
    const observations = [closeObservation(stats)];
    if (s.prev_date !== null && s.prev_close !== null) observations.push(observation(s.symbol, s.prev_date, s.prev_close, 'prior observation, too far back'));
    const fact: DayCloseFact = {
      kind: 'day-close',
      ...factBase(stats, dayMoveScore(0, 'pct') * instrumentWeight(stats), DAY_CLOSE_RULE, observations),
      close: s.close,
      reason: status === 'first-day' ? 'data-start' : 'after-gap',
      prevDate: s.prev_date,
      gapDays: s.prev_gap_days,
      maxGapDays: s.max_1d_gap_days,
    };
    return [fact];
  },
};

const TOTAL_RETURN_MOVE_RULE: FactRule = {
  id: 'total-return-move',
  statement:
    'data with adjusted closes only: the day\'s total return (dividends included) from the prior adjusted close, with the most recent earlier day whose total return, same direction, was at least as large; no close level is stated (an adjusted close is not a traded price)',
};

/** The day's total return of an adjusted-only instrument (IWO), in place of day-move and the day's biggest-move. */
export const totalReturnMoveDetector: FactDetector = {
  kind: 'total-return-move',
  rules: [TOTAL_RETURN_MOVE_RULE],
  scoring: 'as day-move, plus 10 when the biggest since a date more than 60 days back or the largest in the data; times the instrument weight',
  detect(stats) {
    const s = stats.snapshot;
    const move = s.change_1d_pct;
    if (!isAdjustedOnly(stats) || s.change_1d_status !== 'one-day' || s.prev_close === null || s.prev_date === null || move === null) return [];
    const since = s.biggest_1d_since;
    const notable = move !== 0 && (since === null || yearsBetween(since, s.date) * 365.25 >= MIN_DAYS_SINCE.day);
    const fact: TotalReturnMoveFact = {
      kind: 'total-return-move',
      ...factBase(stats, (dayMoveScore(move, 'pct') + (notable ? 10 : 0)) * instrumentWeight(stats), TOTAL_RETURN_MOVE_RULE, [
        { ...closeObservation(stats), role: 'adjusted close' },
        observation(s.symbol, s.prev_date, s.prev_close, 'prior adjusted close'),
      ]),
      basis: 'total',
      move,
      prevDate: s.prev_date,
      sinceDate: move === 0 ? null : s.biggest_1d_since,
      sinceMove: move === 0 ? null : s.biggest_1d_since_move,
      dataStart: s.data_start,
    };
    return [fact];
  },
};

const STREAK_RULE: FactRule = {
  id: 'streak',
  statement:
    'three or more consecutive closes above (below) the prior close, an unchanged close ending a streak; with the most recent earlier streak in the same direction at least as long',
};

const SNAPPED_RULE: FactRule = {
  id: 'streak/snapped',
  statement: 'a move that ends a run of four or more consecutive closes the other way (the run as the streak rule counts it)',
};

/** "Snapping a four-day losing streak": score 25 + 5 per session beyond four, at most 60, times the instrument weight. */
function snappedFact(stats: Parameters<FactDetector['detect']>[0], snapped: number): StreakFact {
  const s = stats.snapshot;
  const score = Math.min(60, 25 + 5 * (Math.abs(snapped) - 4)) * instrumentWeight(stats);
  const observations = [closeObservation(stats)];
  const before = observationBefore(stats.series, s.date, Math.abs(snapped) + 1);
  if (before !== null) observations.push(observation(s.symbol, before.date, before.value, 'close before the snapped streak'));
  return { kind: 'streak', ...factBase(stats, score, SNAPPED_RULE, observations), days: s.streak_days, sinceDate: null, sinceDays: null, snapped, dataStart: s.data_start };
}

/** Minimum streak length worth a sentence. */
const MIN_STREAK = 3;

/** Streaks of three or more straight gains or losses, and the last one as long. */
export const streakDetector: FactDetector = {
  kind: 'streak',
  rules: [STREAK_RULE, SNAPPED_RULE],
  scoring: '30 + 6 per day beyond three, at most 80, plus 5 per year since an earlier streak as long (at most 20; 20 when none); at most 95; times the instrument weight',
  detect(stats) {
    const s = stats.snapshot;
    const days = s.streak_days;
    if (stats.snappedStreak !== null) return [snappedFact(stats, stats.snappedStreak)];
    if (Math.abs(days) < MIN_STREAK) return [];
    const earlier = stats.earlierStreak;
    const years = earlier === null ? Infinity : yearsBetween(earlier.endDate, s.date);
    const score = Math.min(95, Math.min(80, 30 + 6 * (Math.abs(days) - MIN_STREAK)) + Math.min(20, 5 * years)) * instrumentWeight(stats);
    const observations = [closeObservation(stats)];
    const before = observationBefore(stats.series, s.date, Math.abs(days));
    if (before !== null) observations.push(observation(s.symbol, before.date, before.value, 'close before the streak'));
    const fact: StreakFact = {
      kind: 'streak',
      ...factBase(stats, score, STREAK_RULE, observations),
      days,
      sinceDate: earlier?.endDate ?? null,
      sinceDays: earlier?.days ?? null,
      snapped: null,
      dataStart: s.data_start,
    };
    return [fact];
  },
};

const BIGGEST_DAY_RULE: FactRule = {
  id: 'biggest-move/day',
  statement:
    'the most recent earlier day whose move in the same direction was at least as large (percent for prices, basis points for yields; ties count); none: the largest in the data',
};
const BIGGEST_WEEK_RULE: FactRule = {
  id: 'biggest-move/week',
  statement: 'the most recent earlier week whose move in the same direction was at least the week-to-date move (from the week\'s second trading day to the day before its last session; the last session has the week-result); none: the largest in the data',
};

/** "Since" dates closer than this are not news: a day (60 days), a week (90 days). */
const MIN_DAYS_SINCE = { day: 60, week: 90 } as const;

/** Biggest one-day move since a date, and biggest weekly move since a week. */
export const biggestMoveDetector: FactDetector = {
  kind: 'biggest-move',
  rules: [BIGGEST_DAY_RULE, BIGGEST_WEEK_RULE],
  scoring: 'day: 45 + 12 per year since, at most 90, 95 for the largest in the data; week: 35 + 10 per year, at most 75, 85 for the largest; times the instrument weight',
  detect(stats) {
    const s = stats.snapshot;
    const unit = moveUnitOf(stats);
    const facts: Fact[] = [];
    if (isAdjustedOnly(stats)) return facts; // total returns: said by total-return-move
    const dayMove = unit === 'bp' ? s.change_1d_bp : s.change_1d_pct;
    // Only a one-day move compares (a pre-1952 Monday after a missing Saturday session does not).
    if (dayMove !== null && dayMove !== 0 && s.change_1d_status === 'one-day' && s.prev_date !== null && s.prev_close !== null) {
      const since = s.biggest_1d_since;
      const years = since === null ? Infinity : yearsBetween(since, s.date);
      if (years * 365.25 >= MIN_DAYS_SINCE.day) {
        const observations = [closeObservation(stats), observation(s.symbol, s.prev_date, s.prev_close, 'prior close')];
        if (since !== null && s.biggest_1d_since_to !== null) observations.push(observation(s.symbol, since, s.biggest_1d_since_to, 'close on the earlier day'));
        const score = since === null ? 95 : Math.min(90, 45 + 12 * years);
        const fact: BiggestMoveFact = {
          kind: 'biggest-move',
          ...factBase(stats, score * instrumentWeight(stats), BIGGEST_DAY_RULE, observations),
          period: 'day',
          move: dayMove,
          unit,
          sinceDate: since,
          sinceMove: s.biggest_1d_since_move,
          sinceFrom: s.biggest_1d_since_from,
          sinceTo: s.biggest_1d_since_to,
          dataStart: s.data_start,
        };
        facts.push(fact);
      }
    }
    const week = stats.week;
    // On the week's first trading day the week's move is the day's: said once, as the day's. On
    // its last session the week is over: its result (week-result) says it.
    if (week !== null && stats.weekEnd === null && week.move !== 0 && s.wtd_base_date !== null && s.wtd_base_date !== s.prev_date) {
      const years = week.sinceDate === null ? Infinity : yearsBetween(week.sinceDate, s.date);
      if (years * 365.25 >= MIN_DAYS_SINCE.week) {
        const score = week.sinceDate === null ? 85 : Math.min(75, 35 + 10 * years);
        const fact: BiggestMoveFact = {
          kind: 'biggest-move',
          ...factBase(stats, score * instrumentWeight(stats), BIGGEST_WEEK_RULE, [closeObservation(stats)]),
          period: 'week',
          move: week.move,
          unit,
          sinceDate: week.sinceDate,
          sinceMove: week.sinceMove,
          sinceFrom: null,
          sinceTo: null,
          dataStart: s.data_start,
        };
        facts.push(fact);
      }
    }
    return facts;
  },
};

const POINT_MOVE_RULE: FactRule = {
  id: 'point-move',
  statement:
    'the most recent earlier day whose move in index points, same direction, was at least as large (ties count); none: the largest point move in the data, and the largest ever when the move is at least 25% of the data\'s first close; indexes only',
};

/**
 * The day's biggest point move since a date (the engine's `biggest_1d_points_since`): indexes
 * only, when that date is at least 60 days back. Points and percent are separate facts: a
 * point record at a high level can be a modest percent move, so it scores below the percent one.
 */
export const pointMoveDetector: FactDetector = {
  kind: 'point-move',
  rules: [POINT_MOVE_RULE],
  scoring: '40 + 8 per year since, at most 80, 85 for the largest in the data, halved when the percent move is under 2%; times the instrument weight',
  detect(stats) {
    const s = stats.snapshot;
    if (stats.instrument.kind !== 'index' || s.change_1d_status !== 'one-day' || s.change_1d === null || s.change_1d === 0 || s.change_1d_pct === null || s.prev_date === null || s.prev_close === null) return [];
    const since = s.biggest_1d_points_since;
    const years = since === null ? Infinity : yearsBetween(since, s.date);
    if (years * 365.25 < MIN_DAYS_SINCE.day) return [];
    const base = since === null ? 85 : Math.min(80, 40 + 8 * years);
    const score = (Math.abs(s.change_1d_pct) < 2 ? base / 2 : base) * instrumentWeight(stats);
    const fact: PointMoveFact = {
      kind: 'point-move',
      ...factBase(stats, score, POINT_MOVE_RULE, [closeObservation(stats), observation(s.symbol, s.prev_date, s.prev_close, 'prior close')]),
      points: s.change_1d,
      movePct: s.change_1d_pct,
      sinceDate: since,
      dataStart: s.data_start,
      beyondDataStart: isBeyondDataStart(stats.series, s.change_1d),
    };
    return [fact];
  },
};
