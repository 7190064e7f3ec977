/**
 * The week's result on its last session: "For the week, the S&P 500 rose 1.6%, its best week
 * since March." From the week's "biggest since" (`week`, the engine's weekMoveBiggestSince)
 * and, from the calendar, the closures that shortened the week and its run of weeks
 * (week-inputs.ts).
 */
import { isAdjustedOnly, type FactDetector, type FactRule } from '../detector.js';
import type { WeekResultFact } from '../fact-beyond-day.js';
import { closeObservation, closeOnDate, factBase, instrumentWeight, moveUnitOf, observation, yearsBetween } from '../observe.js';

const WEEK_RESULT_RULE: FactRule = {
  id: 'week-result',
  statement:
    "on the week's last session (the market's calendar), the week's move from the prior week's last close against every earlier week of the data: the most recent week that moved at least as much the same way (ties count), news when 13 weeks back or more (none: when the data begin a year or more back); the market's closures that shortened the week; and its run of up (down) weeks, news at five or more; not on the week's only session (its move is the day's) nor on a stated snapshot level",
};

/** A week's "best since" is news when the earlier week ended this many days back (13 weeks: "since December" a month on is no story)... */
export const WEEK_SINCE_MIN_DAYS = 91;
/** ...or, with none, when the data begin this many days back. */
const WEEK_DATA_MIN_DAYS = 365;
/** A run of this many up (down) weeks is news ("its fifth straight weekly gain"). */
export const WEEK_RUN_MIN = 5;

/** The week's result on its last session. */
export const weekResultDetector: FactDetector = {
  kind: 'week-result',
  rules: [WEEK_RESULT_RULE],
  scoring: 'news by its "since" 35 + 10 per year since, at most 75, 85 for the largest in a year of data or more; by its run of five weeks or more 40 + 2 per week beyond five, at most 60 (the higher of the two); else 20; times the instrument weight',
  detect(stats) {
    const s = stats.snapshot;
    const week = stats.week;
    const end = stats.weekEnd;
    if (end === null || week === null || isAdjustedOnly(stats) || s.wtd_base_date === null || s.wtd_base_date === s.prev_date) return [];
    const baseClose = closeOnDate(stats.series, s.wtd_base_date);
    if (baseClose === null) return [];
    const days = week.sinceDate === null ? Infinity : yearsBetween(week.sinceDate, s.date) * 365.25;
    const sinceIsNews = week.move !== 0 && (week.sinceDate === null ? yearsBetween(s.data_start, s.date) * 365.25 >= WEEK_DATA_MIN_DAYS : days >= WEEK_SINCE_MIN_DAYS);
    const runIsNews = Math.abs(end.run) >= WEEK_RUN_MIN;
    const sinceScore = sinceIsNews ? (week.sinceDate === null ? 85 : Math.min(75, 35 + (10 * days) / 365.25)) : 0;
    const runScore = runIsNews ? Math.min(60, 40 + 2 * (Math.abs(end.run) - WEEK_RUN_MIN)) : 0;
    const score = Math.max(sinceScore, runScore, 20);
    const fact: WeekResultFact = {
      kind: 'week-result',
      ...factBase(stats, score * instrumentWeight(stats), WEEK_RESULT_RULE, [closeObservation(stats), observation(s.symbol, s.wtd_base_date, baseClose, "prior week's last close")]),
      move: week.move,
      unit: moveUnitOf(stats),
      changePoints: s.close - baseClose,
      baseClose,
      baseDate: s.wtd_base_date,
      sinceDate: week.sinceDate,
      sinceMove: week.sinceMove,
      sinceIsNews,
      closures: end.closures,
      run: end.run,
      runIsNews,
      dataStart: s.data_start,
    };
    return [fact];
  },
};
