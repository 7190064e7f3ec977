/**
 * Verdicts on almanac figures: a calendar month's mean over a span of years, in one phase of
 * the presidential cycle when said (completeMonthMoves, presidentialCyclePhase), and what the
 * second halves did after strong first halves (secondHalfAfterFirstHalf, as of the article).
 */
import { civilFromDay, formatIsoDay, type DayNumber } from '../../core/date.js';
import type { DailySeries } from '../../core/series.js';
import { formatNumber } from '../../narrative/ap-style.js';
import { completeMonthMoves, presidentialCyclePhase, secondHalfAfterFirstHalf, summarizeMoves, type ReturnBasis } from '../../stats/index.js';
import { replaceInSentence } from './correct.js';
import { numberVerdict } from './other.js';
import { provenanceOf, unverifiable, type StatsCache } from './support.js';
import type { Verdict } from '../types.js';
import type { AlmanacMeanClaim, HalfAfterClaim } from '../types-almanac.js';

/** The verdict on a month's mean over years or on a second-half statistic. */
export function judgeAlmanacFigure(claim: AlmanacMeanClaim | HalfAfterClaim, series: DailySeries, basis: ReturnBasis, cache: StatsCache): Verdict {
  return claim.kind === 'almanac-mean' ? judgeMonthMean(claim, series, basis, cache) : judgeHalfAfter(claim, series, basis, cache);
}

/** Mean move of the calendar month over its complete months of [fromYear, toYear] (before the article date), in the phase's years when said. */
function judgeMonthMean(claim: AlmanacMeanClaim, series: DailySeries, basis: ReturnBasis, cache: StatsCache): Verdict {
  const index = cache.index(series.instrument.symbol, basis);
  if (index === null) return unverifiable('not-computable', 'no closes of that basis');
  const all = cache.memo(`month-moves:${index.symbol}:${basis}:${claim.day}`, () => completeMonthMoves(index, { asOf: claim.day })).filter((entry) => entry.month === claim.month);
  const inSpan = all.filter((entry) => entry.year >= (claim.fromYear ?? Number.NEGATIVE_INFINITY) && (claim.toYear === null || entry.year <= claim.toYear) && (claim.phase === null || presidentialCyclePhase(entry.year) === claim.phase));
  const summary = summarizeMoves(inSpan);
  const span = `${claim.fromYear ?? 'the data start'}-${claim.toYear ?? 'the article date'}${claim.phase === null ? '' : `, ${claim.phase} years`}`;
  if (summary.mean === null) return unverifiable('before-data', `no complete month ${claim.month} in the data over ${span}`);
  const range = `${summary.n} complete months ${summary.first_year ?? ''}-${summary.last_year ?? ''}${claim.phase === null ? '' : ` (${claim.phase} years)`}`;
  const provenance = provenanceOf(series.instrument, basis, formatIsoDay(claim.day), `calendar month ${claim.month}: mean move over ${range}`, []);
  const firstYear = all[0]?.year ?? Number.POSITIVE_INFINITY;
  const lastDataYear = all[all.length - 1]?.year ?? Number.NEGATIVE_INFINITY;
  if (claim.fromYear !== null && claim.fromYear < firstYear) return unverifiable('before-data', `the data's first complete month ${claim.month} is in ${firstYear}, after ${claim.fromYear}; over ${range} the mean is ${summary.mean.toFixed(2)}`, summary.mean, provenance);
  if (claim.toYear !== null && claim.toYear > lastDataYear) return unverifiable('after-data', `month ${claim.month} of ${claim.toYear} is not complete before the article date; over ${range} the mean is ${summary.mean.toFixed(2)}`, summary.mean, provenance);
  return numberVerdict(claim, claim.stated, summary.mean, summary.mean, provenance, ` (${range})`);
}

/** Counts, mean, best and worst year of second halves after first halves of at least `min` percent. */
function judgeHalfAfter(claim: HalfAfterClaim, series: DailySeries, basis: ReturnBasis, cache: StatsCache): Verdict {
  const index = cache.index(series.instrument.symbol, basis);
  if (index === null) return unverifiable('not-computable', 'no closes of that basis');
  if (index.isYield) return unverifiable('not-computable', 'a yield has no percent return');
  const options = {
    asOf: claim.day,
    ...(claim.max === null ? {} : { max: claim.max }),
    ...(claim.fromYear === null ? {} : { fromYear: claim.fromYear }),
    ...(claim.toYear === null ? {} : { toYear: claim.toYear }),
    ...(claim.secondAtLeast === null ? {} : { secondHalfAtLeast: claim.secondAtLeast }),
  };
  const after = cache.memo(`half-after:${index.symbol}:${basis}:${JSON.stringify(options)}:${claim.min}`, () => secondHalfAfterFirstHalf(index, claim.min, options));
  const dataYear = civilFromDay((index.days[0] ?? 0) as DayNumber).year;
  const band = `first halves of at least ${claim.min}%${claim.max === null ? '' : ` and under ${claim.max}%`} in ${claim.fromYear ?? dataYear}-${claim.toYear ?? civilFromDay(claim.day).year}`;
  const years = after.years.map((y) => y.year);
  const provenance = provenanceOf(series.instrument, basis, formatIsoDay(claim.day), `${band}, complete halves before the article date (price closes: the move of each half, last close over the last close before it)`, []);
  // The first year with a first half in the data (its base is the last close of the year before).
  if ((claim.fromYear ?? dataYear) <= dataYear) return unverifiable('before-data', `the data begin in ${dataYear}: ${band} cannot all be seen (in the data: ${after.first_halves} such first halves)`, after.first_halves, provenance);
  const note = `${band}: ${after.first_halves} such first halves; second halves after them (${years.length}): ${after.second_half.up} up${after.second_half_at_least === null ? '' : `, ${after.second_half_at_least} of at least ${claim.secondAtLeast ?? 0}%`}, mean ${formatNumber(after.second_half.mean ?? Number.NaN, 2)}%`;
  if (claim.stated.type === 'date') {
    const pick = claim.metric === 'h2_best_after_h1' ? after.second_half.best : after.second_half.worst;
    if (pick === null) return unverifiable('before-data', `${note}: no such year`, null, provenance);
    const statedYear = civilFromDay(claim.stated.day).year;
    const full = `${note}; the ${claim.metric === 'h2_best_after_h1' ? 'best' : 'worst'} second half: ${pick.year} (${formatNumber(pick.move, 2)}%)`;
    if (pick.year === statedYear) return { verdict: 'supported', actual: String(pick.year), note: full, provenance };
    return { verdict: 'contradicted', actual: String(pick.year), note: full, corrected: replaceInSentence(claim, claim.stated.start, claim.stated.end, String(pick.year)), provenance };
  }
  const actual =
    claim.metric === 'h1_years_at_least' ? after.first_halves
    : claim.metric === 'h2_up_after_h1' ? after.second_half.up
    : claim.metric === 'h2_at_least_after_h1' ? after.second_half_at_least
    : after.second_half.mean;
  if (actual === null) return unverifiable('not-computable', `${note}: no such second halves`, null, provenance);
  if (claim.stated.unit === 'count') {
    if (actual === claim.stated.value) return { verdict: 'supported', actual, note: `${note}; counts must match`, provenance };
    return { verdict: 'contradicted', actual, note: `${note}; counts must match`, corrected: replaceInSentence(claim, claim.stated.start, claim.stated.end, String(actual)), provenance };
  }
  return numberVerdict(claim, claim.stated, actual, actual, provenance, `; ${note}`);
}
