/**
 * Verdicts on the claims of `types-almanac.ts`: a month's or half's rank against earlier ones
 * (periodRanking), a month's mean over a span of years or a cycle phase (completeMonthMoves),
 * and the second halves after strong first halves (secondHalfAfterFirstHalf).
 */
import { civilFromDay, dayFromCivil, formatIsoDay, type DayNumber } from '../../core/date.js';
import { holdsWholeHistory, type DailySeries } from '../../core/series.js';
import { formatNumber, monthName } from '../../narrative/ap-style.js';
import { periodRanking, yearRun, type ReturnBasis } from '../../stats/index.js';
import { replaceInSentence } from './correct.js';
import { judgeAlmanacFigure } from './almanac-figures.js';
import { provenanceOf, sentenceName, unverifiable, type StatsCache } from './support.js';
import type { Verdict } from '../types.js';
import type { AlmanacClaim, PeriodBestClaim, YearRunClaim } from '../types-almanac.js';

/** The verdict on an almanac claim. */
export function judgeAlmanac(claim: AlmanacClaim, series: DailySeries, basis: ReturnBasis, cache: StatsCache): Verdict {
  if (claim.kind === 'period-best') return judgePeriodBest(claim, series, basis, cache);
  if (claim.kind === 'year-run') return judgeYearRun(claim, series, basis, cache);
  return judgeAlmanacFigure(claim, series, basis, cache);
}

/** The last calendar day of the claim's month or half, or the article date when that is earlier (the period in progress). */
function periodEndDay(claim: PeriodBestClaim): DayNumber {
  const lastMonth = claim.period === 'month' ? claim.number : claim.period === 'half' ? claim.number * 6 : 12;
  const end = (lastMonth === 12 ? dayFromCivil(claim.year + 1, 1, 1) : dayFromCivil(claim.year, lastMonth + 1, 1)) - 1;
  return Math.min(end, claim.day) as DayNumber;
}

/** "November 1928", "the first half of 1998". */
function periodWords(label: string): string {
  const year = label.slice(0, 4);
  if (label.includes('-H')) return `the ${label.endsWith('1') ? 'first' : 'second'} half of ${year}`;
  if (label.length === 4) return year;
  return `${monthName(Number(label.slice(5, 7)))} ${year}`;
}

/**
 * "Best November since 1928": the most recent earlier same month (or half; or any month) at
 * least as large in the same direction is of the stated year. "In the past 15 years": none at
 * least as large after the year 15 years back. "In history": none at least as large in the data,
 * which can say no more than the data reach (unverifiable unless the text names the horizon, or
 * the data begin on the instrument's first day: Instrument.historyBegins).
 */
function judgePeriodBest(claim: PeriodBestClaim, series: DailySeries, basis: ReturnBasis, cache: StatsCache): Verdict {
  const index = cache.index(series.instrument.symbol, basis);
  if (index === null) return unverifiable('not-computable', 'no closes of that basis');
  const end = periodEndDay(claim);
  if (end < (index.days[0] ?? 0)) return unverifiable('before-data', 'the period is before the data begin');
  const ranking = cache.memo(`period-rank:${index.symbol}:${basis}:${claim.period}:${end}`, () => periodRanking(index, end, claim.period));
  if (ranking === null) return unverifiable('before-data', 'the period is the first of the data: no base close');
  const unit = index.isYield ? ' bp' : '%';
  const move = ranking.period.move;
  const since = claim.sameCalendar ? ranking.same_period_since : ranking.since;
  const sinceMove = claim.sameCalendar ? ranking.same_period_since_move : ranking.since_move;
  const symbol = series.instrument.symbol;
  const provenance = provenanceOf(series.instrument, basis, ranking.period.end_date, `the most recent earlier ${claim.sameCalendar ? 'same calendar ' : ''}${claim.period} whose move, same direction, was at least as large (ties count)`, [
    { symbol, date: ranking.period.end_date, value: move, role: `move of ${periodWords(ranking.period.label)}${ranking.period.complete ? '' : ' to date'} (${unit.trim()})` },
    ...(since === null || sinceMove === null ? [] : [{ symbol, date: since, value: sinceMove, role: `move of ${periodWords(since)} (${unit.trim()})` }]),
  ]);
  const what = `${periodWords(ranking.period.label)}${ranking.period.complete ? '' : ' to date'} moved ${formatNumber(move, 2)}${unit}`;
  const sign = Math.sign(ranking.period.comparable);
  if (claim.direction !== null && sign !== (claim.direction === 'up' ? 1 : -1)) {
    const moved = sign === 0 ? 'was unchanged' : sign > 0 ? 'rose' : 'fell';
    return { verdict: 'contradicted', actual: move, note: `wrong direction: ${what}`, corrected: `${sentenceName(series.instrument)} ${moved} in ${periodWords(ranking.period.label)}.`, provenance };
  }
  const dataYear = civilFromDay((index.days[0] ?? 0) as DayNumber).year;
  const sinceYear = since === null ? null : Number(since.slice(0, 4));
  const note = `${what}; ${since === null || sinceMove === null ? `no earlier one as large in the data, which begin in ${dataYear}` : `the last as large was ${periodWords(since)} (${formatNumber(sinceMove, 2)}${unit})`}`;
  const sinceWords = since === null ? '' : claim.sameCalendar && claim.period === 'month' ? String(sinceYear) : periodWords(since);
  const corrected = (): string => replaceInSentence(claim, claim.start, claim.end, `${claim.text.replace(/\s+(?:since|in|ever|on record|of all time)\b[^]*$/i, '')} since ${sinceWords}`);
  if (claim.metric === 'period_best_since' && claim.stated.type === 'date') {
    const statedYear = civilFromDay(claim.stated.day).year;
    if (sinceYear === statedYear) return { verdict: 'supported', actual: since, note, provenance };
    if (sinceYear === null) {
      if (statedYear <= dataYear) return unverifiable('before-data', `${note}; the claim reaches back before the data`, null, provenance);
      return { verdict: 'contradicted', actual: null, note, corrected: replaceInSentence(claim, claim.stated.start, claim.stated.end, `the data begin in ${dataYear}`), provenance };
    }
    return { verdict: 'contradicted', actual: since, note, corrected: replaceInSentence(claim, claim.stated.start, claim.stated.end, String(sinceYear)), provenance };
  }
  if (claim.metric === 'period_best_in_window' && claim.windowYears !== null) {
    const windowStart = ranking.period.year - claim.windowYears;
    const windowNote = `${note}; the window reaches back to ${windowStart}`;
    if (sinceYear !== null && sinceYear > windowStart) return { verdict: 'contradicted', actual: since, note: windowNote, corrected: corrected(), provenance };
    if (sinceYear === null && dataYear > windowStart) return unverifiable('before-data', `${windowNote}, before the data begin`, null, provenance);
    return { verdict: 'supported', actual: since, note: windowNote, provenance };
  }
  if (since !== null) return { verdict: 'contradicted', actual: since, note, corrected: corrected(), provenance };
  if (claim.horizonYear !== null && claim.horizonYear >= dataYear) return { verdict: 'supported', actual: null, note: `${note}; the text's history begins in ${claim.horizonYear}`, provenance };
  if (holdsWholeHistory(series)) return { verdict: 'supported', actual: null, note: `${note}, the first day of its history`, provenance };
  return unverifiable('before-data', `${note}; history before the data is not known`, null, provenance);
}

/** A run of calendar years (the date's year to date counts): its length, and the last year of the most recent earlier run at least as long. */
function judgeYearRun(claim: YearRunClaim, series: DailySeries, basis: ReturnBasis, cache: StatsCache): Verdict {
  const index = cache.index(series.instrument.symbol, basis);
  if (index === null) return unverifiable('not-computable', 'no closes of that basis');
  const run = yearRun(index, claim.day);
  const dataYear = civilFromDay((index.days[0] ?? 0) as DayNumber).year;
  const length = Math.abs(run.length);
  const words = run.length === 0 ? 'no run of years' : `${length} ${run.length < 0 ? 'down' : 'up'} year${length === 1 ? '' : 's'} in a row from ${run.first_year ?? ''}`;
  const note = `${words}${run.longest_since_year === null ? '' : `; the last run as long ended in ${run.longest_since_year}`} (calendar years; the data begin in ${dataYear})`;
  const provenance = provenanceOf(series.instrument, basis, formatIsoDay(claim.day), 'consecutive calendar years closing below (above) the year before, the date\'s year to date included', []);
  const same = run.length === claim.length;
  // A run that reaches back to the data's first year may be longer than the data show.
  const reachesStart = run.first_year !== null && run.first_year <= dataYear + 1;
  if (claim.metric === 'year_run' || claim.stated.type === 'number') {
    if (same) return { verdict: 'supported', actual: run.length, note, provenance };
    if (reachesStart && Math.abs(claim.length) > length && Math.sign(claim.length) === Math.sign(run.length)) return unverifiable('before-data', `${note}: the run may begin before the data`, run.length, provenance);
    return { verdict: 'contradicted', actual: run.length, note, corrected: `${sentenceName(series.instrument)} has ${words}.`, provenance };
  }
  if (!same) {
    if (reachesStart && Math.abs(claim.length) > length && Math.sign(claim.length) === Math.sign(run.length)) return unverifiable('before-data', `${note}: the run may begin before the data`, run.length, provenance);
    return { verdict: 'contradicted', actual: run.length, note, corrected: `${sentenceName(series.instrument)} has ${words}.`, provenance };
  }
  const statedYear = civilFromDay(claim.stated.day).year;
  if (run.longest_since_year === statedYear) return { verdict: 'supported', actual: String(statedYear), note, provenance };
  if (run.longest_since_year === null) {
    if (statedYear <= dataYear) return unverifiable('before-data', `${note}: no earlier run as long in the data; the claim reaches back before the data`, null, provenance);
    return { verdict: 'contradicted', actual: null, note, corrected: replaceInSentence(claim, claim.stated.start, claim.stated.end, `the data begin in ${dataYear}`), provenance };
  }
  return { verdict: 'contradicted', actual: String(run.longest_since_year), note, corrected: replaceInSentence(claim, claim.stated.start, claim.stated.end, String(run.longest_since_year)), provenance };
}
