/**
 * Verdicts on counts of record closes (types-since.ts `record-run`): the year's share of
 * sessions at a record and its rank among years (recordYear), a past year's count (recordYear
 * at that year's last session), consecutive records (recordStreak). Years before the data
 * begin are not counted: a rank or a count that reaches before the data is unverifiable.
 */
import { dayFromCivil, formatIsoDay, type DayNumber } from '../../core/date.js';
import type { DailySeries } from '../../core/series.js';
import { recordStreak, recordYear, type ReturnBasis } from '../../stats/index.js';
import { correctNumber } from './correct.js';
import { compareNumber } from './tolerance.js';
import { provenanceOf, unverifiable, type StatsCache } from './support.js';
import type { Verdict } from '../types.js';
import type { RecordRunClaim } from '../types-since.js';

const RULES: Readonly<Record<RecordRunClaim['metric'], string>> = {
  record_share_ytd: "record closes in the year to date over the year's sessions to date, in percent",
  record_count_rank: "rank of the year's record closes to date among the whole-year counts of every earlier year in the data (1 = most)",
  record_count_year: 'record closes (a close above every earlier close) in the calendar year',
  record_streak_days: 'consecutive sessions each closing at a record, ending on the date',
};

/** The verdict on a record-count claim. */
export function judgeRecordRun(claim: RecordRunClaim, series: DailySeries, basis: ReturnBasis, cache: StatsCache): Verdict {
  const symbol = series.instrument.symbol;
  const index = cache.index(symbol, basis);
  const first = series.days[0] ?? 0;
  const day = claim.metric === 'record_count_year' && claim.year !== null ? (dayFromCivil(claim.year + 1, 1, 1) - 1) as DayNumber : claim.day;
  if (index === null || first > day) return unverifiable('before-data', `${symbol} data begin ${formatIsoDay(first as DayNumber)}`);
  const date = formatIsoDay(day);
  const provenance = provenanceOf(series.instrument, basis, date, RULES[claim.metric], []);
  let actual: number;
  let note: string;
  if (claim.metric === 'record_streak_days') {
    const streak = recordStreak(index, day);
    actual = streak.length;
    note = `${actual} record closes in a row ending ${date}${streak.start_date === null ? '' : `, from ${streak.start_date}`}`;
  } else {
    const year = recordYear(index, day);
    if (claim.metric === 'record_count_year' && first > dayFromCivil(year.year, 1, 1)) return unverifiable('before-data', `${symbol} data begin ${formatIsoDay(first as DayNumber)}, inside ${year.year}`, null, provenance);
    actual = claim.metric === 'record_share_ytd' ? year.share_pct : claim.metric === 'record_count_rank' ? year.rank : year.count;
    note = `${year.count} record closes in ${year.year} (${year.sessions} sessions to ${date}, ${year.share_pct.toFixed(1)}%), rank ${year.rank} of ${year.years} years in the data`;
  }
  const holds = compareNumber(claim.stated, actual).holds;
  if (claim.metric === 'record_count_rank') {
    // "ever" reaches before the data: a rank among the years the data hold is only that.
    const dataStart = formatIsoDay(first as DayNumber);
    if (!holds) return unverifiable('before-data', `${note}; the data begin ${dataStart}, so the rank is among those years only`, actual, provenance);
    return { verdict: 'supported', actual, note: `${note}; among the years of the data, which begin ${dataStart}`, provenance };
  }
  if (holds) return { verdict: 'supported', actual, note, provenance };
  return { verdict: 'contradicted', actual, note, corrected: correctNumber(claim, claim.stated, actual, claim.stated.decimals), provenance };
}
