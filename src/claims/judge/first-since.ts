/**
 * Verdicts on the claims of `types-since.ts` (record counts in record-runs.ts): the last close on the same side of a moving
 * average (averageStanding), the last streak as long (longestStreakSince), and when the
 * standing record was set (the snapshot's record dates).
 */
import { civilFromDay, formatIsoDay, parseIsoDay, type DayNumber } from '../../core/date.js';
import type { DailySeries } from '../../core/series.js';
import { averageStanding, longestStreakSince, yearToDateRange, type ReturnBasis } from '../../stats/index.js';
import { correctDate, formatStatedLike, replaceInSentence } from './correct.js';
import { formatApDate } from '../../narrative/ap-style.js';
import { matchesAtPrecision } from './dates.js';
import { judgeRecordRun } from './record-runs.js';
import { asOfNote, provenanceOf, unverifiable, type StatsCache } from './support.js';
import type { Verdict } from '../types.js';
import type { FirstSinceClaim, RecordRunClaim, RecordWhenClaim } from '../types-since.js';

/** The verdict on a first-since or record-when claim. */
export function judgeSince(claim: FirstSinceClaim | RecordWhenClaim | RecordRunClaim, series: DailySeries, basis: ReturnBasis, cache: StatsCache, articleDay: DayNumber): Verdict {
  if (claim.kind === 'record-run') return judgeRecordRun(claim, series, basis, cache);
  return claim.kind === 'first-since' ? judgeFirstSince(claim, series, basis, cache, articleDay) : judgeRecordWhen(claim, series, basis, cache);
}

function judgeFirstSince(claim: FirstSinceClaim, series: DailySeries, basis: ReturnBasis, cache: StatsCache, articleDay: DayNumber): Verdict {
  const symbol = series.instrument.symbol;
  const index = cache.index(symbol, basis);
  if (index === null || (index.days[0] ?? Number.POSITIVE_INFINITY) > claim.day) return unverifiable('before-data', `${symbol} data begin ${formatIsoDay((series.days[0] ?? 0) as DayNumber)}`);
  const date = formatIsoDay(claim.day);
  let actual: string | null;
  let rule: string;
  let what: string;
  if (claim.metric === 'ma_side_since') {
    const standing = cache.memo(`ma:${symbol}:${basis}:${claim.day}:${claim.sessions}`, () => averageStanding(index, claim.day, claim.sessions));
    rule = `last close on the same side of the ${claim.sessions}-day simple moving average before the current run`;
    if (standing.average === null) return unverifiable('before-data', `fewer than ${claim.sessions} closes before ${date}: no ${claim.sessions}-day average`);
    if (standing.side !== claim.side) {
      const provenance = provenanceOf(series.instrument, basis, date, rule, []);
      return { verdict: 'contradicted', actual: standing.side, note: `the close was ${standing.side === 'equal' ? 'equal to' : standing.side} its ${claim.sessions}-day average (${standing.average.toFixed(2)})`, corrected: claim.sentence, provenance };
    }
    actual = standing.previous_on_side;
    what = `close ${claim.side} the ${claim.sessions}-day average`;
  } else {
    const streaks = longestStreakSince(index, claim.day);
    rule = `last streak of at least ${claim.sessions} sessions in the same direction before the current one`;
    const wanted = claim.side === 'below' ? -1 : 1;
    if (Math.sign(streaks.current.length) !== wanted || Math.abs(streaks.current.length) !== claim.sessions) {
      return unverifiable('unclear', `the streak ending ${date} is ${streaks.current.length} sessions (signed), not a ${claim.sessions}-session ${claim.side === 'below' ? 'losing' : 'winning'} streak: the "since" cannot be read`);
    }
    actual = streaks.since?.end_date ?? null;
    what = `${claim.sessions}-session ${claim.side === 'below' ? 'losing' : 'winning'} streak`;
    if (streaks.since !== null && streaks.since.start_date !== null && matchesAtPrecision(claim.stated, streaks.since.start_date)) actual = streaks.since.start_date;
  }
  const provenance = provenanceOf(series.instrument, basis, date, rule, []);
  if (actual === null) {
    const start = formatIsoDay((index.days[0] ?? 0) as DayNumber);
    if (claim.stated.day <= (index.days[0] ?? 0)) return unverifiable('before-data', `no earlier ${what} in the data, which begin ${start}`, null, provenance);
    return { verdict: 'contradicted', actual: null, note: `no earlier ${what} in the data (which begin ${start})`, corrected: correctDate(claim, claim.stated, `the data begin in ${civilFromDay((index.days[0] ?? 0) as DayNumber).year}`), provenance };
  }
  if (matchesAtPrecision(claim.stated, actual)) return { verdict: 'supported', actual, note: `actual ${actual}`, provenance };
  const actualDay = parseIsoDay(actual) ?? claim.stated.day;
  return { verdict: 'contradicted', actual, note: `actual ${actual}: the last earlier ${what}`, corrected: correctDate(claim, claim.stated, formatStatedLike({ ...claim.stated, yearGiven: claim.stated.yearGiven || civilFromDay(actualDay).year !== civilFromDay(articleDay).year }, actualDay, articleDay)), provenance };
}

function judgeRecordWhen(claim: RecordWhenClaim, series: DailySeries, basis: ReturnBasis, cache: StatsCache): Verdict {
  if (claim.metric === 'low_set_on') return judgeLowWhen(claim, series, basis, cache);
  const symbol = series.instrument.symbol;
  const snap = cache.snapshot(symbol, basis, claim.day);
  if (snap === null) return unverifiable('before-data', `${symbol} data begin ${formatIsoDay((series.days[0] ?? 0) as DayNumber)}`);
  // On a record day the record "set earlier" is the one before it.
  const prior = snap.is_record || /\b(?:prior|previous|old|earlier)\b/i.test(claim.text);
  const actual = prior ? snap.prior_record_date : snap.record_date;
  const close = prior ? snap.prior_record_close : snap.record_close;
  const provenance = provenanceOf(series.instrument, basis, snap.date, prior ? 'date of the highest close before the date' : 'date of the highest close on or before the date', actual === null || close === null ? [] : [{ symbol, date: actual, value: close, role: prior ? 'prior record close' : 'record close' }]);
  const window = `${formatIsoDay(claim.from)} to ${formatIsoDay(claim.to)}`;
  const day = actual === null ? null : parseIsoDay(actual);
  if (actual === null || day === null) return unverifiable('before-data', 'no earlier close in the data', null, provenance);
  if (day >= claim.from && day <= claim.to) return { verdict: 'supported', actual, note: `record set ${actual}, within ${window}${asOfNote(snap)}`, provenance };
  const note = `the record was set ${actual}, outside ${window}${asOfNote(snap)}`;
  if (claim.vague) return unverifiable('unclear', `the window is loosely said ("${claim.stated.raw}"); read as ${window}, the data would disagree: ${note}`, actual, provenance);
  return { verdict: 'contradicted', actual, note, corrected: claim.sentence, provenance };
}

/** "Since their recent lowest close on April 8": the year's lowest close to the date was on that day. */
function judgeLowWhen(claim: RecordWhenClaim, series: DailySeries, basis: ReturnBasis, cache: StatsCache): Verdict {
  const symbol = series.instrument.symbol;
  const index = cache.index(symbol, basis);
  if (index === null || (index.days[0] ?? Number.POSITIVE_INFINITY) > claim.day) return unverifiable('before-data', `${symbol} data begin ${formatIsoDay((series.days[0] ?? 0) as DayNumber)}`);
  const range = yearToDateRange(index, claim.day);
  const provenance = provenanceOf(series.instrument, basis, formatIsoDay(claim.day), "date of the lowest close of the date's calendar year, up to the date", [{ symbol, date: range.low_date, value: range.low, role: 'lowest close of the year' }]);
  const stated = formatIsoDay(claim.from);
  if (range.low_date === stated) return { verdict: 'supported', actual: range.low_date, note: `the year's lowest close to ${formatIsoDay(claim.day)} was ${range.low.toFixed(2)} on ${range.low_date}`, provenance };
  const note = `the year's lowest close to ${formatIsoDay(claim.day)} was on ${range.low_date}, not ${stated}`;
  if (claim.vague) return unverifiable('unclear', `"${claim.stated.raw}" may be a low of another stretch than the year; read as the year's, the data would disagree: ${note}`, range.low_date, provenance);
  // The stated day ends the claim's words ("... on Oct. 12"): the correction puts the actual day there.
  const written = /(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+(?:19|20)\d\d)?)$/.exec(claim.text);
  const actualDay = parseIsoDay(range.low_date);
  const corrected = written === null || actualDay === null ? claim.sentence : replaceInSentence(claim, claim.end - written[0].length, claim.end, formatApDate(actualDay, /\d{4}$/.test(written[0]) ? undefined : civilFromDay(claim.day).year));
  return { verdict: 'contradicted', actual: range.low_date, note, corrected, provenance };
}
