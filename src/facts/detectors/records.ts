/** Facts about highs: record closes, the year's latest record, near a record, 52-week extremes. */
import { parseIsoDay, yearOf } from '../../core/date.js';
import type { FiftyTwoWeekFact, LatestRecordFact, NearRecordFact, RecordCloseFact } from '../fact.js';
import { hasCloseRecords, isAdjustedOnly, isPriceLike, type FactDetector, type FactRule } from '../detector.js';
import { isExtremeBeyond52Weeks } from './extreme-since.js';
import { closeObservation, factBase, instrumentWeight, observation, yearsBetween } from '../observe.js';

/** Year of an ISO date (NaN when malformed). */
export function yearOfIso(date: string): number {
  const day = parseIsoDay(date);
  return day === null ? Number.NaN : yearOf(day);
}

const RECORD_RULE: FactRule = {
  id: 'record-close',
  statement:
    'a close strictly higher than every earlier close in the data (indexes, funds and volatility indexes; not yields); counted in its calendar year up to and including the date, from the data start in the data\'s first year',
};

/** A prior record older than this many days makes "the first record close since D". */
const FIRST_SINCE_DAYS = 90;

/** Record closes, the nth of the year, and the first since a date when the last one is old. */
export const recordCloseDetector: FactDetector = {
  kind: 'record-close',
  rules: [RECORD_RULE],
  scoring: '80, plus 5 per year since the prior record (at most 15) when it is the first in over 90 days; times the instrument weight',
  detect(stats) {
    const s = stats.snapshot;
    if (!hasCloseRecords(stats) || !s.is_record || s.prior_record_close === null || s.prior_record_date === null) return [];
    const years = yearsBetween(s.prior_record_date, s.date);
    const isFirstSince = years * 365.25 > FIRST_SINCE_DAYS;
    const score = (80 + (isFirstSince ? Math.min(15, 5 * years) : 0)) * instrumentWeight(stats);
    const fact: RecordCloseFact = {
      kind: 'record-close',
      ...factBase(stats, score, RECORD_RULE, [
        closeObservation(stats),
        observation(s.symbol, s.prior_record_date, s.prior_record_close, 'prior record close'),
      ]),
      close: s.close,
      priorRecordClose: s.prior_record_close,
      priorRecordDate: s.prior_record_date,
      countYtd: s.record_count_ytd,
      year: yearOfIso(s.date),
      isFirstSince,
      dataStart: s.data_start,
      countSinceDataBegin: yearOfIso(s.data_start) === yearOfIso(s.date),
    };
    return [fact];
  },
};

const LATEST_RECORD_RULE: FactRule = {
  id: 'latest-record',
  statement: 'on a day that is not a record, the latest record close of the same calendar year and its count in the year',
};

/** The latest record of the year, stated on days that are not records. */
export const latestRecordDetector: FactDetector = {
  kind: 'latest-record',
  rules: [LATEST_RECORD_RULE],
  scoring: '40; times the instrument weight',
  detect(stats) {
    const s = stats.snapshot;
    const year = yearOfIso(s.date);
    if (!isPriceLike(stats) || s.is_record || s.record_count_ytd < 1 || yearOfIso(s.record_date) !== year) return [];
    const fact: LatestRecordFact = {
      kind: 'latest-record',
      ...factBase(stats, 40 * instrumentWeight(stats), LATEST_RECORD_RULE, [observation(s.symbol, s.record_date, s.record_close, 'record close'), closeObservation(stats)]),
      recordClose: s.record_close,
      recordDate: s.record_date,
      belowPct: -(s.pct_from_record ?? Number.NaN),
      countYtd: s.record_count_ytd,
      year,
      dataStart: s.data_start,
      countSinceDataBegin: yearOfIso(s.data_start) === year,
    };
    return [fact];
  },
};

const NEAR_RECORD_RULE: FactRule = {
  id: 'near-record',
  statement: 'a close below the record close by less than 1%',
};

/** How close to the record counts as near, in percent. */
const NEAR_RECORD_PCT = 1;

/** Within 1% of the record close, and how far. */
export const nearRecordDetector: FactDetector = {
  kind: 'near-record',
  rules: [NEAR_RECORD_RULE],
  scoring: '70 minus 15 per percent below the record; times the instrument weight',
  detect(stats) {
    const s = stats.snapshot;
    const belowPct = -(s.pct_from_record ?? Number.NaN);
    if (!isPriceLike(stats) || s.is_record || !(belowPct > 0 && belowPct < NEAR_RECORD_PCT)) return [];
    const fact: NearRecordFact = {
      kind: 'near-record',
      ...factBase(stats, (70 - 15 * belowPct) * instrumentWeight(stats), NEAR_RECORD_RULE, [
        closeObservation(stats),
        observation(s.symbol, s.record_date, s.record_close, 'record close'),
      ]),
      close: s.close,
      recordClose: s.record_close,
      recordDate: s.record_date,
      belowPct,
      belowPoints: s.record_close - s.close,
    };
    return [fact];
  },
};

const FIFTY_TWO_WEEK_RULE: FactRule = {
  id: 'fifty-two-week',
  statement:
    'the highest (lowest) close in the 52 weeks ending on the date; needs 52 weeks of data; a record close is reported as a record instead, and a close that is the highest (lowest) since a date more than 52 weeks back as extreme-since instead',
};

/** Days of data needed before a 52-week extreme means anything. */
const FIFTY_TWO_WEEKS_DAYS = 364;

/** 52-week highs (that are not records) and 52-week lows. */
export const fiftyTwoWeekDetector: FactDetector = {
  kind: 'fifty-two-week',
  rules: [FIFTY_TWO_WEEK_RULE],
  scoring: 'high 50, low 55; times the instrument weight',
  detect(stats) {
    const s = stats.snapshot;
    if (isAdjustedOnly(stats) || s.prev_close === null || yearsBetween(s.data_start, s.date) * 365.25 < FIFTY_TWO_WEEKS_DAYS) return [];
    const facts: FiftyTwoWeekFact[] = [];
    const weight = instrumentWeight(stats);
    if (s.is_52w_high && !(hasCloseRecords(stats) && s.is_record) && !isExtremeBeyond52Weeks(s, 'high')) {
      facts.push({ kind: 'fifty-two-week', ...factBase(stats, 50 * weight, FIFTY_TWO_WEEK_RULE, [closeObservation(stats)]), side: 'high', close: s.close });
    }
    if (s.is_52w_low && !isExtremeBeyond52Weeks(s, 'low')) {
      facts.push({ kind: 'fifty-two-week', ...factBase(stats, 55 * weight, FIFTY_TWO_WEEK_RULE, [closeObservation(stats)]), side: 'low', close: s.close });
    }
    return facts;
  },
};
