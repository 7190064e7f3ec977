/**
 * Facts beyond the day's own move, from the extended statistics (extended-inputs.ts): the year's
 * result on its last session, the year to date turning negative (positive), the two-day move
 * when it reaches further back than the day's, and the first move of a round number of points.
 */
import { parseIsoDay, civilFromDay } from '../../core/date.js';
import type { PointRankFact, PointThresholdFact, TwoDayMoveFact, YearResultFact, YtdTurnFact } from '../fact-beyond-day.js';
import type { FactDetector, FactRule } from '../detector.js';
import { closeObservation, factBase, instrumentWeight, isBeyondDataStart, moveUnitOf, observation, observationBefore, yearsBetween } from '../observe.js';

const YEAR_RESULT_RULE: FactRule = {
  id: 'year-result',
  statement:
    "on the year's last session (the market's calendar), the year's move from the prior year-end close against every earlier year of the data: the most recent year that moved at least as much the same way (ties count), news when three years back or more (none: when ten years or more are ranked); the year's rank; and its run of up (down) years, news for prices when it is the first up (down) year in three or more, or the third straight gain (second straight loss) or longer; for prices, its run of years up more than 20%, news from two; indexes and yields, not on a stated snapshot level (the year ends at the close)",
};

/** A year's "best since" is news when the earlier year is this many years back... */
const YEAR_SINCE_MIN_YEARS = 3;
/** ...or, with none, when this many years are ranked. */
const YEAR_DATA_MIN_YEARS = 10;

/** The score of a year that is the second (or later) straight gain of more than 20%. */
const BIG_GAIN_RUN_SCORE = 70;

/** The year's result on its last session, with its "best (worst) year since" and its run. */
export const yearResultDetector: FactDetector = {
  kind: 'year-result',
  rules: [YEAR_RESULT_RULE],
  scoring: 'a year that is news by its "since" 45 + 4 per year since, at most 85, 85 for the largest in ten years of data or more; by its run alone 50; else 40; at least 70 for a second straight gain of more than 20%; times the instrument weight',
  detect(stats) {
    const found = stats.yearEnd;
    const s = stats.snapshot;
    if (found === null || stats.preliminary !== null || s.ytd_base_close === null || s.ytd_base_date === null) return [];
    const { ranking, run } = found;
    const period = ranking.period;
    const unit = moveUnitOf(stats);
    const sinceYear = ranking.since === null ? null : Number(ranking.since);
    const years = sinceYear === null ? Infinity : period.year - sinceYear;
    const sinceIsNews = period.comparable !== 0 && (sinceYear === null ? ranking.count >= YEAR_DATA_MIN_YEARS : years >= YEAR_SINCE_MIN_YEARS);
    const runSince = run.longest_since_year;
    const runIsNews = unit === 'pct' && run.length !== 0 && (Math.abs(run.length) >= (run.length > 0 ? 3 : 2) || (Math.abs(run.length) === 1 && runSince !== null && period.year - runSince >= YEAR_SINCE_MIN_YEARS));
    const bigGainRun = unit === 'pct' ? found.bigGainRun.length : 0;
    // Back-to-back 20% years are the year's story (Dec. 31, 2024): above a run of gains alone.
    const base = sinceIsNews ? (sinceYear === null ? 85 : Math.min(85, 45 + 4 * years)) : runIsNews ? 50 : 40;
    const score = bigGainRun >= 2 ? Math.max(base, BIG_GAIN_RUN_SCORE) : base;
    const fact: YearResultFact = {
      kind: 'year-result',
      ...factBase(stats, score * instrumentWeight(stats), YEAR_RESULT_RULE, [closeObservation(stats), observation(s.symbol, s.ytd_base_date, s.ytd_base_close, 'prior year-end close')]),
      year: period.year,
      move: period.move,
      unit,
      changePoints: s.close - s.ytd_base_close,
      baseClose: s.ytd_base_close,
      baseDate: s.ytd_base_date,
      sinceYear,
      sinceMove: ranking.since_move,
      sinceIsNews,
      rank: ranking.rank,
      rankFromBottom: ranking.rank_from_bottom,
      years: ranking.count,
      run: run.length,
      runSinceYear: runSince,
      runIsNews,
      bigGainRun,
      bigGainRunSinceYear: bigGainRun > 0 ? found.bigGainRun.longest_since_year : null,
      dataStart: s.data_start,
    };
    return [fact];
  },
};

const YTD_TURN_RULE: FactRule = {
  id: 'ytd-turn',
  statement:
    'the year-to-date move (from the prior year-end close) has the opposite sign to the prior session\'s, neither printing as 0.00%; not on the year\'s first session; indexes only',
};

/** A year-to-date move smaller than this (percent) prints as 0.00%. */
const PRINTS_AS_ZERO_PCT = 0.005;

/** "Turned negative (positive) for the year". */
export const ytdTurnDetector: FactDetector = {
  kind: 'ytd-turn',
  rules: [YTD_TURN_RULE],
  scoring: '50, 30 in January (the year to date is young); times the instrument weight',
  detect(stats) {
    const s = stats.snapshot;
    if (stats.instrument.kind !== 'index' || s.ytd_pct === null || s.ytd_base_close === null || s.ytd_base_date === null || s.prev_close === null || s.prev_date === null) return [];
    if (s.prev_date <= s.ytd_base_date) return []; // the year's first session: the prior session is the base
    const prior = (s.prev_close / s.ytd_base_close - 1) * 100;
    const move = s.ytd_pct;
    if (Math.abs(prior) < PRINTS_AS_ZERO_PCT || Math.abs(move) < PRINTS_AS_ZERO_PCT || Math.sign(prior) === Math.sign(move)) return [];
    const day = parseIsoDay(s.date);
    if (day === null) return [];
    const { year, month } = civilFromDay(day);
    const fact: YtdTurnFact = {
      kind: 'ytd-turn',
      ...factBase(stats, (month === 1 ? 30 : 50) * instrumentWeight(stats), YTD_TURN_RULE, [
        closeObservation(stats),
        observation(s.symbol, s.prev_date, s.prev_close, 'prior close'),
        observation(s.symbol, s.ytd_base_date, s.ytd_base_close, 'prior year-end close'),
      ]),
      year,
      move,
      priorMove: prior,
      baseClose: s.ytd_base_close,
      baseDate: s.ytd_base_date,
      prevDate: s.prev_date,
    };
    return [fact];
  },
};

const TWO_DAY_RULE: FactRule = {
  id: 'two-day-move',
  statement:
    "the move over the last two sessions, both the same way and 2% or more together, the first at least a third of the second, against every earlier two-session move: the most recent one at least as large the same way (ties count), when it is a year or more back (none: the largest in the data) and further back than the day's own biggest since; indexes only",
};

/** The two-day move when it is news beyond the day's: "its biggest two-day drop since March 12, 2020". */
export const twoDayMoveDetector: FactDetector = {
  kind: 'two-day-move',
  rules: [TWO_DAY_RULE],
  scoring: '40 + 10 per year since, at most 85, 88 for the largest in the data; times the instrument weight',
  detect(stats) {
    const two = stats.twoDay;
    const s = stats.snapshot;
    if (two === null || stats.instrument.kind !== 'index' || s.change_1d_pct === null || two.move === 0 || Math.sign(two.move) !== Math.sign(s.change_1d_pct)) return [];
    // A two-day move that is mostly the day's own says nothing the day's move does not.
    const prior = ((1 + two.move / 100) / (1 + s.change_1d_pct / 100) - 1) * 100;
    if (Math.abs(prior) < Math.abs(s.change_1d_pct) / 3) return [];
    const daySince = s.biggest_1d_since;
    // The day's own move is the largest in the data: its two days add nothing to it.
    if (daySince === null || (two.since !== null && two.since >= daySince)) return [];
    const years = yearsBetween(two.since ?? s.data_start, s.date);
    if (years < 1) return [];
    const from = observationBefore(stats.series, s.date, 2);
    if (from === null) return [];
    const fact: TwoDayMoveFact = {
      kind: 'two-day-move',
      ...factBase(stats, (two.since === null ? 88 : Math.min(85, 40 + 10 * years)) * instrumentWeight(stats), TWO_DAY_RULE, [
        closeObservation(stats),
        observation(s.symbol, from.date, from.value, 'close two sessions before'),
      ]),
      move: two.move,
      unit: moveUnitOf(stats),
      fromDate: from.date,
      fromClose: from.value,
      sinceDate: two.since,
      sinceMove: two.since_move,
      daySinceDate: daySince,
      dataStart: s.data_start,
    };
    return [fact];
  },
};

const POINT_THRESHOLD_RULE: FactRule = {
  id: 'point-threshold',
  statement:
    "the day's point move reaches a round number of points (the largest 1, 2 or 5 times a power of ten at or below it) that no earlier day of the data reached the same way, the round number being at least 2% of the prior close and 25% of the data's first close (so no day before the data could have reached it); indexes only",
};

/** A round number of points short of this share of the prior close (percent) is not news. */
const POINT_THRESHOLD_MIN_PCT = 2;

/** "Its first 1,000-point gain". */
export const pointThresholdDetector: FactDetector = {
  kind: 'point-threshold',
  rules: [POINT_THRESHOLD_RULE],
  scoring: '80; times the instrument weight',
  detect(stats) {
    const found = stats.pointThreshold;
    const s = stats.snapshot;
    if (found === null || stats.instrument.kind !== 'index' || found.daysAtLeast !== 1 || s.change_1d === null || s.change_1d_pct === null || s.prev_close === null || s.prev_date === null) return [];
    if (found.threshold < (s.prev_close * POINT_THRESHOLD_MIN_PCT) / 100 || !isBeyondDataStart(stats.series, found.threshold)) return [];
    const fact: PointThresholdFact = {
      kind: 'point-threshold',
      ...factBase(stats, 80 * instrumentWeight(stats), POINT_THRESHOLD_RULE, [closeObservation(stats), observation(s.symbol, s.prev_date, s.prev_close, 'prior close')]),
      points: s.change_1d,
      movePct: s.change_1d_pct,
      threshold: found.threshold,
      dataStart: s.data_start,
    };
    return [fact];
  },
};

const POINT_RANK_RULE: FactRule = {
  id: 'point-rank',
  statement:
    "on a day that moved 2% or more whose point move was matched within 60 days (so no point-move fact), its rank among every daily point move of the data the same way, second to fifth; of all time when the move is at least 25% of the data's first close; indexes only",
};

/** Ranks worth a sentence: the second- to the fifth-biggest. */
const POINT_RANK_MAX = 5;

/** "Its second-biggest point drop ever". */
export const pointRankDetector: FactDetector = {
  kind: 'point-rank',
  rules: [POINT_RANK_RULE],
  scoring: '70 for the second-biggest, 5 less for each rank below; times the instrument weight',
  detect(stats) {
    const standing = stats.pointRank;
    const s = stats.snapshot;
    if (standing === null || stats.instrument.kind !== 'index' || standing.points === null || standing.points === 0 || s.change_1d_pct === null || s.prev_close === null || s.prev_date === null) return [];
    const rank = standing.points > 0 ? standing.rank_from_top : standing.rank_from_bottom;
    if (rank === null || rank < 2 || rank > POINT_RANK_MAX) return [];
    const fact: PointRankFact = {
      kind: 'point-rank',
      ...factBase(stats, (70 - 5 * (rank - 2)) * instrumentWeight(stats), POINT_RANK_RULE, [closeObservation(stats), observation(s.symbol, s.prev_date, s.prev_close, 'prior close')]),
      points: standing.points,
      movePct: s.change_1d_pct,
      rank,
      count: standing.count,
      beyondDataStart: isBeyondDataStart(stats.series, standing.points),
      dataStart: s.data_start,
    };
    return [fact];
  },
};
