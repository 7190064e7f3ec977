/**
 * Verdicts on date claims: when the record was set, "biggest one-day drop since D", "highest
 * close since D", "best month since M". A date holds at the precision the text used: a day,
 * a month ("since December 2023") or a year ("its 2021 record").
 */
import { civilFromDay, formatIsoDay, parseIsoDay, type DayNumber } from '../../core/date.js';
import type { DailySeries } from '../../core/series.js';
import type { ReturnBasis, StatsSnapshot } from '../../stats/index.js';
import { correctDate, formatStatedLike } from './correct.js';
import { quoteDoubtOnSince } from './quote-allowance.js';
import { asOfNote, provenanceOf, sentenceName, unverifiable, type StatsCache } from './support.js';
import type { DateClaim, MonthSinceClaim, StatedDate, Verdict, VerdictInput } from '../types.js';

const RULES: Readonly<Record<DateClaim['metric'] | MonthSinceClaim['metric'], string>> = {
  record_date: 'date of the highest close on or before the date',
  prior_record_date: 'date of the highest close before the date',
  biggest_1d_since: 'most recent earlier day whose one-day move, same direction, was at least as large (percent; bp for yields)',
  biggest_1d_points_since: 'most recent earlier day whose one-day move in points, same direction, was at least as large',
  highest_since: 'most recent earlier close at least as high',
  lowest_since: 'most recent earlier close at least as low',
  month_biggest_since: 'most recent completed month whose move, same direction, was at least the month-to-date move',
};

/** True when `actual` (ISO day or `YYYY-MM`) matches the stated date at its precision. */
export function matchesAtPrecision(stated: StatedDate, actual: string): boolean {
  const { year, month, day } = civilFromDay(stated.day);
  const [ay, am, ad] = actual.split('-').map(Number);
  if (ay !== year) return false;
  if (stated.precision === 'year') return true;
  if (am !== month) return false;
  return stated.precision === 'month' || ad === undefined || ad === day;
}

function actualDateOf(claim: DateClaim | MonthSinceClaim, snap: StatsSnapshot): string | null {
  switch (claim.metric) {
    case 'record_date':
      return snap.record_date;
    case 'prior_record_date':
      return snap.prior_record_date;
    case 'biggest_1d_since':
      return snap.biggest_1d_since;
    case 'biggest_1d_points_since':
      return snap.biggest_1d_points_since;
    case 'highest_since':
      return snap.highest_since;
    case 'lowest_since':
      return snap.lowest_since;
    case 'month_biggest_since':
      return snap.month_biggest_since;
  }
}

/** The direction of the move the claim is about, from the snapshot: +1, -1 or 0. */
function moveSign(claim: DateClaim | MonthSinceClaim, snap: StatsSnapshot): number {
  if (claim.metric === 'month_biggest_since') return Math.sign((snap.mtd_pct ?? snap.mtd_bp) ?? 0);
  if (claim.metric === 'biggest_1d_points_since') return Math.sign(snap.change_1d ?? 0);
  return Math.sign((snap.change_1d_pct ?? snap.change_1d_bp) ?? 0);
}

/**
 * Why the date's change is no one-day move (so no "biggest one-day move since" can be said),
 * or null when it is one: the first day of the data, a prior observation too far back (a gap
 * in the data), or a Friday-to-Monday move across a Saturday session the data lack.
 */
export function noOneDayMoveNote(snap: StatsSnapshot): string | null {
  switch (snap.change_1d_status) {
    case 'one-day':
      return null;
    case 'first-day':
      return `${snap.date} is the first day of the ${snap.symbol} data: no earlier close to compare`;
    case 'prior-too-far':
      return `the close before ${snap.date} is ${snap.prev_gap_days ?? '?'} days earlier (${snap.prev_date ?? 'none'}), longer than any closure of the exchange: no one-day move`;
    case 'spans-saturday':
      return `the move from ${snap.prev_date ?? 'the prior close'} to ${snap.date} spans a Saturday session the data lack: two sessions, not one day`;
  }
}

/** The verdict on a date or month-since claim. */
export function judgeDate(claim: DateClaim | MonthSinceClaim, series: DailySeries, basis: ReturnBasis, cache: StatsCache, articleDay: DayNumber): Verdict {
  const symbol = series.instrument.symbol;
  const snap = cache.snapshot(symbol, basis, claim.day);
  if (snap === null) return unverifiable('before-data', `${symbol} data begin ${formatIsoDay((series.days[0] ?? 0) as DayNumber)}`);
  const provenance = provenanceOf(series.instrument, basis, snap.date, RULES[claim.metric], inputsOf(claim, snap));
  const when = asOfNote(snap);
  const noDayMove = (claim.metric === 'biggest_1d_since' || claim.metric === 'biggest_1d_points_since') ? noOneDayMoveNote(snap) : null;
  if (noDayMove !== null) return unverifiable('not-computable', noDayMove, null, provenance);
  const isMove = claim.metric !== 'record_date' && claim.metric !== 'prior_record_date' && claim.metric !== 'highest_since' && claim.metric !== 'lowest_since';
  if (isMove && claim.direction !== null) {
    const sign = moveSign(claim, snap);
    const wanted = claim.direction === 'up' ? 1 : -1;
    if (sign !== wanted) {
      const moved = sign === 0 ? 'was unchanged' : sign > 0 ? 'rose' : 'fell';
      return {
        verdict: 'contradicted',
        actual: actualDateOf(claim, snap),
        note: `wrong direction: ${symbol} ${moved} ${claim.metric === 'month_biggest_since' ? 'month to date' : 'on the day'}${when}`,
        corrected: `${sentenceName(series.instrument)} ${moved} ${claim.metric === 'month_biggest_since' ? 'so far this month' : 'on the day'}.`,
        provenance,
      };
    }
  }
  const actual = actualDateOf(claim, snap);
  const dataStart = parseIsoDay(snap.data_start) ?? 0;
  const measure = claim.metric === 'highest_since' ? 'high' : claim.metric === 'lowest_since' ? 'low' : claim.metric === 'biggest_1d_since' ? 'day-move' : null;
  const quoted = measure === null || claim.stated.precision !== 'day' || (actual !== null && matchesAtPrecision(claim.stated, actual)) ? null : quoteDoubtOnSince(series, measure, claim.day, actual, claim.stated.day);
  if (quoted !== null) return unverifiable('unclear', `actual ${actual ?? 'none earlier in the data'}; ${quoted}${when}`, actual, provenance);
  if (actual === null) {
    const note = `no earlier ${claim.metric === 'month_biggest_since' ? 'month' : 'day'} in the data (which begin ${snap.data_start}) matches: the largest since the data begin`;
    if (claim.stated.day < dataStart) return unverifiable('before-data', `${note}; the claim reaches back before the data`, null, provenance);
    return {
      verdict: 'contradicted',
      actual: null,
      note: `${note}${when}`,
      corrected: correctDate(claim, claim.stated, `the data begin in ${civilFromDay(dataStart as DayNumber).year}`),
      provenance,
    };
  }
  if (matchesAtPrecision(claim.stated, actual)) return { verdict: 'supported', actual, note: `actual ${actual}${when}`, provenance };
  const actualDay = parseIsoDay(actual.length === 7 ? `${actual}-01` : actual) ?? claim.stated.day;
  const precision = claim.metric === 'month_biggest_since' && claim.stated.precision === 'day' ? 'month' : claim.stated.precision;
  return {
    verdict: 'contradicted',
    actual,
    note: `actual ${actual}${when}`,
    corrected: correctDate(claim, claim.stated, formatStatedLike({ ...claim.stated, precision, yearGiven: claim.stated.yearGiven || civilFromDay(actualDay).year !== civilFromDay(articleDay).year }, actualDay, articleDay)),
    provenance,
  };
}

function inputsOf(claim: DateClaim | MonthSinceClaim, snap: StatsSnapshot): VerdictInput[] {
  const symbol = snap.symbol;
  const close: VerdictInput = { symbol, date: snap.date, value: snap.close, role: 'close' };
  switch (claim.metric) {
    case 'record_date':
      return [{ symbol, date: snap.record_date, value: snap.record_close, role: 'record close' }];
    case 'prior_record_date':
      return snap.prior_record_date === null || snap.prior_record_close === null ? [] : [{ symbol, date: snap.prior_record_date, value: snap.prior_record_close, role: 'prior record close' }];
    case 'biggest_1d_since':
    case 'biggest_1d_points_since': {
      const prior = snap.prev_date === null || snap.prev_close === null ? [] : [{ symbol, date: snap.prev_date, value: snap.prev_close, role: 'prior close' }];
      const then = snap.biggest_1d_since !== null && snap.biggest_1d_since_to !== null ? [{ symbol, date: snap.biggest_1d_since, value: snap.biggest_1d_since_to, role: 'close of the earlier day as large' }] : [];
      return [...prior, close, ...then];
    }
    default:
      return [close];
  }
}
