/**
 * Verdicts on the claims of `types-periods.ts`: 52-week highs and lows (from the snapshot),
 * weekly and monthly streaks (currentStreak), "biggest weekly gain since" (weekBiggestSince),
 * a calendar month's seasonal rank (seasonality) and "first close above" a level
 * (firstCloseAbove).
 */
import { civilFromDay, formatIsoDay, parseIsoDay, type DayNumber } from '../../core/date.js';
import { holdsWholeHistory, type DailySeries } from '../../core/series.js';
import { isYield } from '../../core/instrument.js';
import { formatApDate, formatNumber, formatOrdinal, formatPercent } from '../../narrative/ap-style.js';
import { weekKeyOf } from '../../series/calendar.js';
import { indexOnOrBefore } from '../../series/lookup.js';
import { currentStreak, endedStreak, firstCloseAbove, weekBiggestSince, type ReturnBasis } from '../../stats/index.js';
import { correctDate, correctNumber, formatStatedLike, replaceInSentence } from './correct.js';
import { asOfNote, provenanceOf, sentenceName, unverifiable, type StatsCache } from './support.js';
import type { Verdict, VerdictInput, VerdictProvenance } from '../types.js';
import { judgeDirection } from './direction.js';
import { YIELD_BP_ALLOWANCE } from './tolerance.js';
import { judgeMoveWindow } from './move-window.js';
import { judgeSessionCount } from './session-count.js';
import type { ExtremeWindowClaim, MilestoneClaim, PeriodClaim, PeriodStreakClaim, RangeFlagClaim, SeasonalRankClaim, WeekSinceClaim } from '../types-periods.js';

/** The verdict on a week, month, 52-week, seasonal-rank or milestone claim. */
export function judgePeriod(claim: PeriodClaim, series: DailySeries, basis: ReturnBasis, cache: StatsCache, articleDay: DayNumber): Verdict {
  switch (claim.kind) {
    case 'range-flag':
      return judgeRangeFlag(claim, series, basis, cache);
    case 'period-streak':
      return judgePeriodStreak(claim, series, basis, cache);
    case 'week-since':
      return judgeWeekSince(claim, series, basis, cache, articleDay);
    case 'seasonal-rank':
      return judgeSeasonalRank(claim, series, basis, cache);
    case 'milestone':
      return judgeMilestone(claim, series, basis, cache);
    case 'extreme-window':
      return judgeExtremeWindow(claim, series, basis, cache);
    case 'direction':
      return judgeDirection(claim, series, basis, cache);
    case 'move-window':
      return judgeMoveWindow(claim, series, basis, cache);
    case 'session-count':
      return judgeSessionCount(claim, series, basis);
  }
}

/** At a 52-week high (low): the close at least the highest (at most the lowest) close of the 364 days ending on the date. */
function judgeRangeFlag(claim: RangeFlagClaim, series: DailySeries, basis: ReturnBasis, cache: StatsCache): Verdict {
  const snap = cache.snapshot(series.instrument.symbol, basis, claim.day);
  if (snap === null) return unverifiable('before-data', 'the data begin after the date');
  const high = claim.metric === 'is_52w_high';
  const extreme = high ? snap.high_52w : snap.low_52w;
  const extremeDate = high ? snap.high_52w_date : snap.low_52w_date;
  const actual = high ? snap.is_52w_high : snap.is_52w_low;
  const word = high ? 'high' : 'low';
  const provenance = provenanceOf(series.instrument, basis, snap.date, `close ${high ? 'at least the highest' : 'at most the lowest'} close of the 52 weeks (364 days) ending on the date`, [
    { symbol: snap.symbol, date: snap.date, value: snap.close, role: 'close' },
    { symbol: snap.symbol, date: extremeDate, value: extreme, role: `52-week ${word}` },
  ]);
  const note = `close ${formatNumber(snap.close, 2)}, 52-week ${word} ${formatNumber(extreme, 2)} (${extremeDate})${asOfNote(snap)}`;
  const firstDay = series.days[0] ?? 0;
  if (actual && claim.day - firstDay < 363) return unverifiable('before-data', `${note}; the data begin ${formatIsoDay(firstDay as DayNumber)}, less than 52 weeks before`, actual, provenance);
  if (actual === claim.stated.value) return { verdict: 'supported', actual, note, provenance };
  const off = Math.abs((snap.close / extreme - 1) * 100);
  const day = parseIsoDay(extremeDate);
  const set = day === null ? extremeDate : formatApDate(day, civilFromDay(claim.day).year);
  const corrected = `${sentenceName(series.instrument)} closed at ${formatNumber(snap.close, 2)}, ${formatPercent(off, off < 0.095 ? 2 : 1)} ${high ? 'below' : 'above'} its 52-week ${word} of ${formatNumber(extreme, 2)} set ${set}.`;
  return { verdict: 'contradicted', actual, note, corrected, provenance };
}

/** A streak of days, weeks or months: the signed count closing above (below) the one before, the period in progress included; or, `ended`, the run before the current one. */
function judgePeriodStreak(claim: PeriodStreakClaim, series: DailySeries, basis: ReturnBasis, cache: StatsCache): Verdict {
  const index = cache.index(series.instrument.symbol, basis);
  if (index === null) return unverifiable('not-computable', 'no closes of that basis');
  const unit = claim.metric === 'streak_days' ? 'day' : claim.metric === 'streak_weeks' ? 'week' : 'month';
  const at = indexOnOrBefore(index.days, claim.day);
  const first = unit === 'day' ? at : ((unit === 'week' ? index.weekStart : index.monthStart)[at] ?? 0);
  if (first === 0) return unverifiable('before-data', `the date is in the first ${unit} of the data: no earlier ${unit} to compare`);
  const streak = cache.memo(`streak:${index.symbol}:${basis}:${unit}:${claim.ended ? 'ended' : 'current'}:${claim.day}`, () => (claim.ended ? endedStreak(index, claim.day, unit) : currentStreak(index, claim.day, unit)));
  const symbol = series.instrument.symbol;
  const asOf = formatIsoDay((index.days[Math.max(0, indexOnOrBefore(index.days, claim.day))] ?? 0) as DayNumber);
  const closeOn = (iso: string | null, role: string): VerdictInput[] => {
    const day = iso === null ? null : parseIsoDay(iso);
    const i = day === null ? -1 : indexOnOrBefore(index.days, day);
    return iso === null || i < 0 ? [] : [{ symbol, date: iso, value: index.values[i] ?? Number.NaN, role }];
  };
  const periods = unit === 'day' ? 'trading days' : `${unit}s (${unit === 'week' ? 'Mon-Sun' : 'calendar months'})`;
  const current = unit === 'day' ? 'ending on the date' : `the ${unit} in progress counts as of the date`;
  const rule = claim.ended ? `the run before the current one: ${periods} in a row closing above (below) the one before, ended before the current run began` : `${periods} in a row closing above (below) the ${unit} before; ${current}`;
  const provenance = provenanceOf(series.instrument, basis, asOf, rule, [
    ...closeOn(streak.start_date, 'close the run is measured from'),
    ...closeOn(streak.end_date, 'last close of the run'),
  ]);
  const stated = claim.stated;
  const holds = Math.abs(streak.length) === Math.abs(stated.value) && (!stated.signed || Math.sign(streak.length) === Math.sign(stated.value));
  const length = Math.abs(streak.length);
  const streakWord = unit === 'day' ? 'streak' : `${unit}ly streak`;
  const run = streak.length === 0 ? `no ${streakWord}${claim.ended ? '' : ` (the ${unit} closed unchanged)`}` : `${length} ${unit}${length === 1 ? '' : 's'} ${streak.length > 0 ? 'up' : 'down'} from ${streak.start_date ?? ''} to ${streak.end_date ?? ''}`;
  const note = `actual ${claim.ended ? 'run before the current one: ' : ''}${run}; counts must match`;
  if (holds) return { verdict: 'supported', actual: streak.length, note, provenance };
  const name = sentenceName(series.instrument);
  const up = streak.length > 0;
  const corrected = claim.ended
    ? length <= 1
      ? `${name}'s run before the current one was ${length === 0 ? 'no streak' : `a single ${unit} ${up ? 'up' : 'down'}`}.`
      : correctNumber(claim, stated, streak.length, 0)
    : streak.length === 0
      ? `${name} ended the ${unit} unchanged: no ${unit}ly streak.`
      : length === 1
        ? `${name} ${up ? 'rose' : 'fell'} this ${unit} after a ${unit} that did not ${up ? 'rise' : 'fall'}: no ${unit}ly streak.`
        : correctNumber(claim, stated, streak.length, 0);
  // A yield's unchanged close (two decimals) may be a move in quotes with three: a run it breaks or makes is not certain.
  const startIdx = streak.start_date === null ? -1 : indexOnOrBefore(index.days, parseIsoDay(streak.start_date) ?? 0);
  if (index.isYield && unit === 'day' && (streak.length === 0 || (startIdx > 0 && index.values[startIdx] === index.values[startIdx - 1]))) {
    return unverifiable('unclear', `${note}; an unchanged FRED close (two decimals) may be a move in quotes to three decimals`, streak.length, provenance);
  }
  return { verdict: 'contradicted', actual: streak.length, note: stated.signed && Math.sign(streak.length) !== Math.sign(stated.value) ? `wrong direction: ${note}` : note, corrected, provenance };
}

/** "Biggest weekly gain since D": the week-to-date move against completed weeks; D holds when it falls in that week (or its month or year, as written). */
function judgeWeekSince(claim: WeekSinceClaim, series: DailySeries, basis: ReturnBasis, cache: StatsCache, articleDay: DayNumber): Verdict {
  const index = cache.index(series.instrument.symbol, basis);
  if (index === null) return unverifiable('not-computable', 'no closes of that basis');
  const found = cache.memo(`week-since:${index.symbol}:${basis}:${claim.day}`, () => weekBiggestSince(index, claim.day));
  if (found === null) return unverifiable('before-data', 'the date is in the first week of the data: no earlier week to compare');
  const symbol = series.instrument.symbol;
  const last = indexOnOrBefore(index.days, claim.day);
  const asOf = formatIsoDay((index.days[last] ?? 0) as DayNumber);
  const unit = index.isYield ? 'bp' : '%';
  const provenance = provenanceOf(series.instrument, basis, asOf, 'most recent completed week (Mon-Sun) whose move, same direction, was at least the week-to-date move (percent; bp for yields)', [
    { symbol, date: asOf, value: found.move, role: `week-to-date move (${unit})` },
    ...(found.since === null || found.since_move === null ? [] : [{ symbol, date: found.since, value: found.since_move, role: `move of the week ended then (${unit})` }]),
  ]);
  const sign = Math.sign(found.move);
  if (claim.direction !== null && sign !== (claim.direction === 'up' ? 1 : -1)) {
    const moved = sign === 0 ? 'was unchanged' : sign > 0 ? 'rose' : 'fell';
    return { verdict: 'contradicted', actual: found.since, note: `wrong direction: ${symbol} ${moved} for the week (${formatNumber(found.move, 2)}${unit})`, corrected: `${sentenceName(series.instrument)} ${moved} for the week.`, provenance };
  }
  const note = `week-to-date move ${formatNumber(found.move, 2)}${unit}`;
  if (claim.ever) return weekEverVerdict(claim, series, found, note, provenance, articleDay);
  if (found.since === null) {
    const dataStart = index.days[0] ?? 0;
    if (claim.stated.day <= dataStart) return unverifiable('before-data', `${note}: the largest of any week in the data, which begin ${formatIsoDay(dataStart as DayNumber)}; the claim reaches back before the data`, null, provenance);
    return { verdict: 'contradicted', actual: null, note: `${note}: the largest of any week in the data`, corrected: correctDate(claim, claim.stated, `the data begin in ${civilFromDay(dataStart as DayNumber).year}`), provenance };
  }
  const sinceDay = parseIsoDay(found.since) ?? claim.stated.day;
  const { year, month } = civilFromDay(sinceDay);
  const stated = civilFromDay(claim.stated.day);
  const holds =
    claim.stated.precision === 'day' ? weekKeyOf(claim.stated.day) === weekKeyOf(sinceDay) : claim.stated.precision === 'month' ? stated.year === year && stated.month === month : stated.year === year;
  const full = `${note}; the week ended ${found.since} moved ${formatNumber(found.since_move ?? Number.NaN, 2)}${unit}`;
  if (holds) return { verdict: 'supported', actual: found.since, note: full, provenance };
  // A yield's week that outran this one by no more than its quotes may differ: the desk's weeks may rank the other way.
  if (index.isYield && Math.abs(Math.abs(found.since_move ?? Number.NaN) - Math.abs(found.move)) <= YIELD_BP_ALLOWANCE) {
    return unverifiable('unclear', `${full}; within the ${YIELD_BP_ALLOWANCE} bp a yield quoted at 3 p.m. or from Tradeweb may differ`, found.since, provenance);
  }
  const replacement = claim.stated.precision === 'day'
    ? `the week ended ${formatApDate(sinceDay as DayNumber, !claim.stated.yearGiven && year === civilFromDay(articleDay).year ? year : undefined)}`
    : formatStatedLike({ ...claim.stated, yearGiven: claim.stated.yearGiven || year !== civilFromDay(articleDay).year }, sinceDay as DayNumber, articleDay);
  return { verdict: 'contradicted', actual: found.since, note: full, corrected: correctDate(claim, claim.stated, replacement), provenance };
}

/** A calendar month's rank by mean move over complete months before the date (ties share the better rank). */
function judgeSeasonalRank(claim: SeasonalRankClaim, series: DailySeries, basis: ReturnBasis, cache: StatsCache): Verdict {
  const months = cache.seasonality(series.instrument.symbol, basis, claim.day, claim.fromYear);
  if (months === null) return unverifiable('not-computable', 'no closes of that basis');
  const mine = months[claim.month - 1];
  const mean = mine?.mean_pct ?? null;
  if (mine === undefined || mean === null) return unverifiable('before-data', `no complete month ${claim.month} in the data before the article date`);
  const ranked = months.filter((m) => m.mean_pct !== null);
  const fromBest = ranked.filter((m) => (m.mean_pct ?? 0) > mean).length + 1;
  const fromWorst = ranked.filter((m) => (m.mean_pct ?? 0) < mean).length + 1;
  const range = `${mine.n} complete months ${mine.first_year ?? ''}-${mine.last_year ?? ''}`;
  const provenance = provenanceOf(series.instrument, basis, formatIsoDay(claim.day), `calendar months ranked by mean move over ${range} (1 = best; ties share the better rank)`, []);
  const note = `month ${claim.month} mean ${formatNumber(mean, 2)}${isYield(series.instrument) ? ' bp' : '%'}: ${formatOrdinal(fromBest)} best, ${formatOrdinal(fromWorst)} worst of ${ranked.length} (${range})`;
  const firstYear = civilFromDay((series.days[0] ?? 0) as DayNumber).year;
  if (claim.fromYear !== null && claim.fromYear < firstYear) return unverifiable('before-data', `the data begin in ${firstYear}, after ${claim.fromYear}; ${note}`, fromBest, provenance);
  const actual = claim.fromWorst ? fromWorst : fromBest;
  if (actual === claim.stated.value) return { verdict: 'supported', actual: fromBest, note, provenance };
  const worstSide = fromWorst < fromBest;
  const n = worstSide ? fromWorst : fromBest;
  const word = `${n === 1 ? '' : `${formatOrdinal(n)}-`}${worstSide ? 'worst' : 'best'}`;
  const rankWord = /^[\s-]*(?:best|worst|strongest|weakest)/i.exec(claim.sentence.slice(claim.stated.end - claim.sentenceStart));
  const spanEnd = /best|worst|strongest|weakest/i.test(claim.stated.raw) || rankWord === null ? claim.stated.end : claim.stated.end + rankWord[0].length;
  const corrected = replaceInSentence(claim, claim.stated.start, spanEnd, word);
  return { verdict: 'contradicted', actual: fromBest, note, corrected, provenance };
}

const isoAtFirst = (days: Int32Array): string => formatIsoDay((days[0] ?? 0) as DayNumber);

/** The date's close is the first close in the data strictly above the level. */
function judgeMilestone(claim: MilestoneClaim, series: DailySeries, basis: ReturnBasis, cache: StatsCache): Verdict {
  const index = cache.index(series.instrument.symbol, basis);
  if (index === null) return unverifiable('not-computable', 'no closes of that basis');
  const level = claim.stated.value;
  const first = firstCloseAbove(index, level);
  const symbol = series.instrument.symbol;
  const i = indexOnOrBefore(index.days, claim.day);
  const date = formatIsoDay((index.days[i] ?? 0) as DayNumber);
  const close = index.values[i] ?? Number.NaN;
  const provenance = provenanceOf(series.instrument, basis, date, 'first close in the data strictly above the level', [
    { symbol, date, value: close, role: 'close' },
    ...(first === null ? [] : [{ symbol, date: first.date, value: first.close, role: 'first close above the level' }]),
  ]);
  const levelText = `${formatNumber(level, claim.stated.decimals)}${index.isYield ? '%' : ''}`;
  const note = `close ${formatNumber(close, 2)} on ${date}; first close above ${levelText}: ${first === null ? 'none in the data' : `${first.date} (${formatNumber(first.close, 2)})`}`;
  const dataStart = isoAtFirst(index.days);
  if (claim.window !== null) return judgeMilestoneWindow(claim, claim.window, first, { note, levelText, dataStart, provenance, name: sentenceName(series.instrument) });
  if (first !== null && first.date === date) {
    if (date === dataStart) return unverifiable('before-data', `${note}: the date is the first day of the data, so an earlier close above the level cannot be ruled out`, first.date, provenance);
    return { verdict: 'supported', actual: first.date, note, provenance };
  }
  if (first === null || first.date > date) {
    return { verdict: 'contradicted', actual: first?.date ?? null, note, corrected: `${sentenceName(series.instrument)} closed at ${formatNumber(close, 2)}, below ${levelText}.`, provenance };
  }
  const firstDay = parseIsoDay(first.date) ?? claim.day;
  const name = sentenceName(series.instrument);
  const when = formatApDate(firstDay, civilFromDay(claim.day).year);
  const corrected = first.date === dataStart ? `${name} closed above ${levelText} as early as ${when}, when the data begin.` : `${name} first closed above ${levelText} on ${when}, at ${formatNumber(first.close, 2)}.`;
  return { verdict: 'contradicted', actual: first.date, note, corrected, provenance };
}

/** "Closed above 30,000 for the first time last week": the first close above the level came within the window said. */
function judgeMilestoneWindow(
  claim: MilestoneClaim,
  window: NonNullable<MilestoneClaim['window']>,
  first: { readonly date: string; readonly close: number } | null,
  said: { readonly note: string; readonly levelText: string; readonly dataStart: string; readonly provenance: VerdictProvenance; readonly name: string },
): Verdict {
  const span = `${formatIsoDay(window.from)} to ${formatIsoDay(window.to)} ("${window.text}")`;
  const note = `${said.note}; the window: ${span}`;
  if (first !== null && first.date >= formatIsoDay(window.from) && first.date <= formatIsoDay(window.to)) {
    if (first.date === said.dataStart) return unverifiable('before-data', `${note}: the first close above it is the first day of the data`, first.date, said.provenance);
    return { verdict: 'supported', actual: first.date, note, provenance: said.provenance };
  }
  if (window.vague) return unverifiable('unclear', `the window is loosely said ("${window.text}"); read as ${span}, the data would disagree: ${said.note}`, first?.date ?? null, said.provenance);
  const firstDay = first === null ? null : parseIsoDay(first.date);
  const corrected = first === null || firstDay === null ? `${said.name} has not closed above ${said.levelText}.` : `${said.name} first closed above ${said.levelText} on ${formatApDate(firstDay, civilFromDay(claim.day).year)}, at ${formatNumber(first.close, 2)}.`;
  return { verdict: 'contradicted', actual: first?.date ?? null, note, corrected, provenance: said.provenance };
}

/** "Highest close in more than two years": no earlier close at least as high (low) on or after the window's start. */
function judgeExtremeWindow(claim: ExtremeWindowClaim, series: DailySeries, basis: ReturnBasis, cache: StatsCache): Verdict {
  const snap = cache.snapshot(series.instrument.symbol, basis, claim.day);
  if (snap === null) return unverifiable('before-data', 'the data begin after the date');
  const high = claim.metric === 'highest_in_window';
  const since = high ? snap.highest_since : snap.lowest_since;
  const from = formatIsoDay(claim.from);
  const provenance = provenanceOf(series.instrument, basis, snap.date, `no earlier close at least as ${high ? 'high' : 'low'} on or after ${from} (${claim.window} before the date)`, [
    { symbol: snap.symbol, date: snap.date, value: snap.close, role: 'close' },
  ]);
  const note = `close ${formatNumber(snap.close, 2)}; ${since === null ? `the ${high ? 'highest' : 'lowest'} close in the data so far` : `the last close at least as ${high ? 'high' : 'low'} was on ${since}`}; the window begins ${from}${asOfNote(snap)}`;
  if (since === null && claim.from < (series.days[0] ?? 0)) return unverifiable('before-data', `${note}; the data begin ${formatIsoDay((series.days[0] ?? 0) as DayNumber)}, inside the window`, since, provenance);
  // Said intraday ("touched a five-year low"): the close at the span's extreme puts the day's low (high) there too; a close short of it says nothing of the day's range.
  const intraday = claim.timing.kind === 'intraday';
  if (since === null || since < from) return { verdict: 'supported', actual: since, note: intraday ? `${note}; said of the day's range, reached by the close itself` : note, provenance };
  if (intraday) return unverifiable('intraday', `an intraday figure; the data hold daily closes only, and the close did not reach it: ${note}`, since, provenance);
  const sinceDay = parseIsoDay(since) ?? claim.day;
  if (since === snap.prev_date) {
    const corrected = `${sentenceName(series.instrument)} closed at ${formatNumber(snap.close, 2)}, ${high ? 'below' : 'above'} its previous close of ${formatNumber(snap.prev_close ?? Number.NaN, 2)}.`;
    return { verdict: 'contradicted', actual: since, note, corrected, provenance };
  }
  const windowAt = claim.text.toLowerCase().lastIndexOf(' in ');
  const sinceWords = `since ${formatApDate(sinceDay, civilFromDay(claim.day).year)}`;
  // "its highest close in two years" keeps its noun; "a six-year low" becomes "its lowest close since ...".
  const corrected = windowAt < 0 ? replaceInSentence(claim, claim.start, claim.end, `its ${high ? 'highest' : 'lowest'} level ${sinceWords}`) : replaceInSentence(claim, claim.start + windowAt, claim.end, ` ${sinceWords}`);
  return { verdict: 'contradicted', actual: since, note, corrected, provenance };
}

/** "Its best week ever": no earlier week as large; judged only where the data hold the whole history. */
function weekEverVerdict(claim: WeekSinceClaim, series: DailySeries, found: { since: string | null; since_move: number | null }, note: string, provenance: VerdictProvenance, articleDay: DayNumber): Verdict {
  const dataStart = formatIsoDay((series.days[0] ?? 0) as DayNumber);
  const whole = holdsWholeHistory(series);
  if (found.since === null) {
    if (whole) return { verdict: 'supported', actual: null, note: `${note}: the largest of any week in the data, which begin ${dataStart}, the first day of its history`, provenance };
    return unverifiable('before-data', `${note}: the largest of any week in the data, which begin ${dataStart}; "ever" reaches back before the data`, null, provenance);
  }
  const sinceDay = parseIsoDay(found.since) ?? claim.day;
  const full = `${note}; the week ended ${found.since} moved ${formatNumber(found.since_move ?? Number.NaN, 2)}`;
  const corrected = correctDate(claim, claim.stated, `since ${formatStatedLike({ ...claim.stated, precision: 'month', yearGiven: civilFromDay(sinceDay).year !== civilFromDay(articleDay).year }, sinceDay as DayNumber, articleDay)}`);
  return { verdict: 'contradicted', actual: found.since, note: full, corrected, provenance };
}
