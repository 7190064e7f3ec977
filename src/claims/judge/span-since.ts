/**
 * Verdicts on moves over a span: the move over the last N weeks (`nWeekMoveBiggestSince`),
 * "the biggest two-day rise since D" (`nDayMoveBiggestSince`), "the largest 11-week rise since
 * the week ended D", and "the longest run of weekly gains since the week ended D"
 * (`longestPeriodStreakSince`). For a yield, a stated date the desk's quotes could give (the
 * moves compared are within the quote allowance of each other) is `unclear`, not wrong.
 */
import { civilFromDay, formatIsoDay, parseIsoDay, type DayNumber } from '../../core/date.js';
import type { DailySeries } from '../../core/series.js';
import { formatApDate, formatNumber } from '../../narrative/ap-style.js';
import { weekKeyOf } from '../../series/calendar.js';
import { indexOnOrBefore } from '../../series/lookup.js';
import { longestPeriodStreakSince, nDayMoveBiggestSince, nWeekMoveBiggestSince, type BiggestSince, type ReturnBasis } from '../../stats/index.js';
import { matchesAtPrecision } from './dates.js';
import { correctDate, correctNumber } from './correct.js';
import { provenanceOf, unverifiable, type StatsCache } from './support.js';
import { compareNumber, deskAllowance, describeInterval, YIELD_BP_ALLOWANCE } from './tolerance.js';
import type { StatedDate, Verdict } from '../types.js';
import type { SpanSinceClaim, StreakSinceClaim, WeeksMoveClaim } from '../types-yield-talk.js';

/** "Across those 11 weeks it has gained 1.363 percentage points": the N-week move (bp for a yield, percent for a price). */
export function judgeWeeksMove(claim: WeeksMoveClaim, series: DailySeries, basis: ReturnBasis, cache: StatsCache): Verdict {
  const index = cache.index(series.instrument.symbol, basis);
  if (index === null) return unverifiable('not-computable', 'no closes of that basis');
  const found = cache.memo(`weeks-move:${index.symbol}:${basis}:${claim.day}:${claim.weeks}`, () => nWeekMoveBiggestSince(index, claim.day, claim.weeks));
  if (found === null) return unverifiable('before-data', `fewer than ${claim.weeks} weeks of ${index.symbol} data before the date`);
  if (index.isYield !== (claim.metric === 'weeks_bp')) return unverifiable('not-computable', index.isYield ? `${index.symbol} is a yield: its moves are in basis points` : `${index.symbol} is not a yield: its moves are in percent`);
  const actual = claim.stated.unit === 'pp' ? found.move / 100 : found.move;
  const desk = deskAllowance(claim.stated, series.instrument.kind);
  const result = compareNumber(claim.stated, actual, desk.extra);
  const asOf = formatIsoDay((index.days[indexOnOrBefore(index.days, claim.day)] ?? 0) as DayNumber);
  const provenance = provenanceOf(series.instrument, basis, asOf, `move from the last close of the week ${claim.weeks} weeks before the date's week to the date's close`, [{ symbol: index.symbol, date: asOf, value: found.move, role: `${claim.weeks}-week move (${index.isYield ? 'bp' : '%'})` }]);
  const note = `actual ${formatNumber(actual, Math.max(2, claim.stated.decimals))}; ${claim.stated.raw} allows ${describeInterval(result.interval, claim.stated.decimals)}${desk.extra > 0 ? desk.note : ''}`;
  if (result.holds) return { verdict: 'supported', actual: found.move, note, provenance };
  return { verdict: 'contradicted', actual: found.move, note, corrected: correctNumber(claim, claim.stated, actual, claim.stated.decimals), provenance };
}

/** True when the stated day falls on `since` (sessions) or in its week (weeks), at the precision written. */
function dateHolds(stated: StatedDate, since: string, weeks: boolean): boolean {
  const day = parseIsoDay(since);
  if (day === null) return false;
  return weeks && stated.precision === 'day' ? weekKeyOf(stated.day) === weekKeyOf(day) : matchesAtPrecision(stated, since);
}

/** The span's move ending on the stated date (its week for weeks); null when the data have none. */
function moveEndingOn(claim: SpanSinceClaim, index: NonNullable<ReturnType<StatsCache['index']>>): number | null {
  const found = claim.metric === 'weeks_biggest_since' ? nWeekMoveBiggestSince(index, claim.stated.day, claim.n) : nDayMoveBiggestSince(index, claim.stated.day, claim.n);
  return found === null ? null : found.move;
}

/** "Biggest two-day rise since Oct. 11, 2022", "largest 11-week rise since the week ended Oct. 16, 1987". */
export function judgeSpanSince(claim: SpanSinceClaim, series: DailySeries, basis: ReturnBasis, cache: StatsCache, articleDay: DayNumber): Verdict {
  const index = cache.index(series.instrument.symbol, basis);
  if (index === null) return unverifiable('not-computable', 'no closes of that basis');
  const weeks = claim.metric === 'weeks_biggest_since';
  const span = `${claim.n}-${weeks ? 'week' : 'session'}`;
  const found: BiggestSince | null = cache.memo(`span-since:${index.symbol}:${basis}:${claim.day}:${claim.metric}:${claim.n}`, () => (weeks ? nWeekMoveBiggestSince(index, claim.day, claim.n) : nDayMoveBiggestSince(index, claim.day, claim.n)));
  if (found === null) return unverifiable('before-data', `no ${span} move of ${index.symbol} ending on the date in the data`);
  const unit = index.isYield ? ' bp' : '%';
  const asOf = formatIsoDay((index.days[indexOnOrBefore(index.days, claim.day)] ?? 0) as DayNumber);
  const provenance = provenanceOf(series.instrument, basis, asOf, `most recent earlier ${span} move, same direction, at least as large (percent; bp for yields)`, [
    { symbol: index.symbol, date: asOf, value: found.move, role: `${span} move` },
    ...(found.since === null || found.since_move === null ? [] : [{ symbol: index.symbol, date: found.since, value: found.since_move, role: `${span} move ending then` }]),
  ]);
  const note = `${span} move ${formatNumber(found.move, 2)}${unit}${found.since === null ? ': the largest in the data' : `; ${found.since}${weeks ? ' (week ended)' : ''} moved ${formatNumber(found.since_move ?? Number.NaN, 2)}${unit}`}`;
  const sign = Math.sign(found.move);
  if (claim.direction !== null && sign !== (claim.direction === 'up' ? 1 : -1)) {
    return { verdict: 'contradicted', actual: found.since, note: `wrong direction: ${note}`, corrected: claim.sentence, provenance };
  }
  if (found.since !== null && dateHolds(claim.stated, found.since, weeks)) return { verdict: 'supported', actual: found.since, note, provenance };
  const dataStart = (index.days[0] ?? 0) as DayNumber;
  if (found.since === null && claim.stated.day <= dataStart) return unverifiable('before-data', `${note}; the data begin ${formatIsoDay(dataStart)}`, null, provenance);
  if (index.isYield && claim.stated.precision === 'day') {
    // The moves the two dates give differ by no more than the quotes may: the desk's data may rank them the other way.
    const stated = moveEndingOn(claim, index);
    const other = found.since_move;
    const close = (a: number | null, b: number): boolean => a !== null && Math.sign(a) === sign && Math.abs(Math.abs(a) - Math.abs(b)) <= YIELD_BP_ALLOWANCE;
    if (close(stated, found.move) || (other !== null && close(other, found.move))) return unverifiable('unclear', `${note}; within the ${YIELD_BP_ALLOWANCE} bp a yield quoted at 3 p.m. or from Tradeweb may differ`, found.since, provenance);
  }
  const replacement = found.since === null ? `the data begin in ${civilFromDay(dataStart).year}` : formatApDate((parseIsoDay(found.since) ?? claim.stated.day) as DayNumber, claim.stated.yearGiven ? undefined : civilFromDay(articleDay).year);
  return { verdict: 'contradicted', actual: found.since, note, corrected: correctDate(claim, claim.stated, replacement), provenance };
}

/**
 * "Longest run of weekly gains since the week ended Sept. 23, 2022": the most recent earlier run
 * of weeks as long as the current one ended in the stated week. A yield's weekly closes at 3 p.m.
 * or from Tradeweb may break or join runs the FRED closes do not: a different week is `unclear`.
 */
export function judgeStreakSince(claim: StreakSinceClaim, series: DailySeries, basis: ReturnBasis, cache: StatsCache): Verdict {
  const index = cache.index(series.instrument.symbol, basis);
  if (index === null) return unverifiable('not-computable', 'no closes of that basis');
  const found = longestPeriodStreakSince(index, claim.day, 'week');
  const asOf = formatIsoDay((index.days[indexOnOrBefore(index.days, claim.day)] ?? 0) as DayNumber);
  const provenance = provenanceOf(series.instrument, basis, asOf, 'most recent earlier run of weeks (Mon-Sun), same direction, at least as long as the current one', []);
  const length = found.current.length;
  if (length === 0 || Math.sign(length) !== (claim.direction === 'up' ? 1 : -1)) {
    return { verdict: 'contradicted', actual: null, note: `the current weekly run is ${length} (${length > 0 ? 'up' : length < 0 ? 'down' : 'unchanged'})`, corrected: claim.sentence, provenance };
  }
  const since = found.since;
  const note = `current run ${Math.abs(length)} weeks ${length > 0 ? 'up' : 'down'}${since === null ? ': the longest in the data' : `; the last as long ran ${Math.abs(since.length)} weeks to ${since.end_date ?? '?'}`}`;
  if (since?.end_date != null && dateHolds(claim.stated, since.end_date, true)) return { verdict: 'supported', actual: since.end_date, note, provenance };
  if (index.isYield) return unverifiable('unclear', `${note}; a yield's weekly closes quoted at 3 p.m. or from Tradeweb may run differently`, since?.end_date ?? null, provenance);
  const replacement = since?.end_date == null ? claim.stated.raw : formatApDate((parseIsoDay(since.end_date) ?? claim.stated.day) as DayNumber);
  return { verdict: 'contradicted', actual: since?.end_date ?? null, note, corrected: correctDate(claim, claim.stated, replacement), provenance };
}
