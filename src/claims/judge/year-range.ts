/**
 * Verdicts on the year's closing high and low (`yearToDateRange`): the level, the date it was
 * set and the distance from it, with the desk allowances of a close (a yield quoted at 3 p.m.
 * or from Tradeweb, an index's preliminary close), and on a level said of a stretch of days
 * ("from just 4.01% early last month", `closeRangeBetween`).
 */
import { civilFromDay, dayFromCivil, formatIsoDay, parseIsoDay, type DayNumber } from '../../core/date.js';
import type { DailySeries } from '../../core/series.js';
import { formatApDate, formatNumber } from '../../narrative/ap-style.js';
import { indexOnOrBefore } from '../../series/lookup.js';
import { closeRangeBetween, yearToDateRange, type ReturnBasis, type StatsIndex } from '../../stats/index.js';
import { correctDate, correctNumber } from './correct.js';
import { provenanceOf, unverifiable, type StatsCache } from './support.js';
import { compareNumber, deskAllowance, describeInterval, YIELD_BP_ALLOWANCE } from './tolerance.js';
import type { StatedNumber, Verdict } from '../types.js';
import type { StretchLevelClaim, YearRangeClaim, YearRangeDateClaim } from '../types-yield-talk.js';

/** The index of a claim's series, or why there is none; and `before-data` when the data begin inside the claim's year. */
function yearIndex(series: DailySeries, basis: ReturnBasis, cache: StatsCache, day: DayNumber): StatsIndex | Verdict {
  const index = cache.index(series.instrument.symbol, basis);
  if (index === null) return unverifiable('not-computable', 'no closes of that basis');
  const first = (index.days[0] ?? 0) as DayNumber;
  const year = civilFromDay(day).year;
  if (civilFromDay(first).year === year && first > dayFromCivil(year, 1, 4)) return unverifiable('before-data', `${index.symbol} data begin ${formatIsoDay(first)}, inside ${year}: its closing high and low are not known`);
  return index;
}

/** A stated figure against the actual one in its unit, with the desk allowance; the verdict. */
function judgeFigure(claim: YearRangeClaim | StretchLevelClaim, series: DailySeries, actual: number, raw: number, rule: string, inputs: { date: string; value: number; role: string }[], asOf: string, basis: ReturnBasis): Verdict {
  const desk = deskAllowance(claim.stated, series.instrument.kind);
  const result = compareNumber(claim.stated, actual, desk.extra);
  const provenance = provenanceOf(series.instrument, basis, asOf, rule, inputs.map((x) => ({ symbol: series.instrument.symbol, ...x })));
  const shown = formatNumber(actual, Math.max(2, claim.stated.decimals));
  const note = `actual ${shown}; ${claim.stated.raw} allows ${describeInterval(result.interval, claim.stated.decimals)}${desk.extra > 0 ? desk.note : ''}`;
  if (result.holds) return { verdict: 'supported', actual: raw, note, provenance };
  return { verdict: 'contradicted', actual: raw, note, corrected: correctNumber(claim, claim.stated, actual, claim.stated.decimals), provenance };
}

/** The actual distance in the stated unit: basis points (or percentage points) for a yield, percent of the high (low) for a price; null when the unit does not fit. */
function distanceIn(stated: StatedNumber, isYield: boolean, bp: number | null, pct: number | null): number | null {
  if (isYield) return bp === null ? null : stated.unit === 'bp' ? bp : stated.unit === 'pp' || stated.unit === 'percent' ? bp / 100 : null;
  return stated.unit === 'percent' ? pct : null;
}

/** "Its 2023 closing high of 4.072%", "off 0.675 percentage point from its 2023 closing high". */
export function judgeYearRange(claim: YearRangeClaim, series: DailySeries, basis: ReturnBasis, cache: StatsCache): Verdict {
  const index = yearIndex(series, basis, cache, claim.day);
  if ('verdict' in index) return index;
  const range = yearToDateRange(index, claim.day);
  const i = indexOnOrBefore(index.days, claim.day);
  const asOf = formatIsoDay((index.days[i] ?? 0) as DayNumber);
  const close = index.values[i] ?? Number.NaN;
  const high = claim.metric === 'year_high' || claim.metric === 'from_year_high';
  const extreme = { date: high ? range.high_date : range.low_date, value: high ? range.high : range.low, role: `closing ${high ? 'high' : 'low'} of the year to date` };
  if (claim.metric === 'year_high' || claim.metric === 'year_low') {
    return judgeFigure(claim, series, extreme.value, extreme.value, `${high ? 'highest' : 'lowest'} close of the calendar year up to the date`, [extreme], asOf, basis);
  }
  const isYield = series.instrument.kind === 'yield';
  const bp = high ? range.bp_below_high : range.bp_above_low;
  const pct = high ? range.pct_below_high : range.pct_above_low;
  const actual = distanceIn(claim.stated, isYield, bp, pct);
  if (actual === null) return unverifiable('not-computable', isYield ? `${index.symbol} is a yield: its distance is in basis points` : `${index.symbol} is not a yield: its distance is in percent`);
  const rule = `close against the year's closing ${high ? 'high' : 'low'}: ${isYield ? 'basis points' : 'percent of it'}`;
  // `actual` of the verdict: signed, the close less the high (low), in bp for a yield, percent for a price.
  const signed = (high ? -1 : 1) * ((isYield ? bp : pct) ?? 0);
  return judgeFigure(claim, series, actual, signed, rule, [extreme, { date: asOf, value: close, role: 'close' }], asOf, basis);
}

/**
 * "Its 2023 closing high of 4.072%, reached Thursday, March 2, 2023". For a yield, a stated day
 * whose close is within the quote allowance of the high is `unclear` (the desk's quotes may put
 * the high there), not wrong.
 */
export function judgeYearRangeDate(claim: YearRangeDateClaim, series: DailySeries, basis: ReturnBasis, cache: StatsCache, articleDay: DayNumber): Verdict {
  const index = yearIndex(series, basis, cache, claim.day);
  if ('verdict' in index) return index;
  const range = yearToDateRange(index, claim.day);
  const high = claim.metric === 'year_high_date';
  const date = high ? range.high_date : range.low_date;
  const value = high ? range.high : range.low;
  const asOf = formatIsoDay((index.days[indexOnOrBefore(index.days, claim.day)] ?? 0) as DayNumber);
  const provenance = provenanceOf(series.instrument, basis, asOf, `date of the ${high ? 'highest' : 'lowest'} close of the calendar year up to the date`, [{ symbol: index.symbol, date, value, role: `closing ${high ? 'high' : 'low'} of the year` }]);
  const j = indexOnOrBefore(index.days, claim.stated.day);
  const onStated = index.days[j] === claim.stated.day ? (index.values[j] ?? Number.NaN) : Number.NaN;
  const note = `the year's closing ${high ? 'high' : 'low'} ${formatNumber(value, 2)} on ${date}`;
  if (date === formatIsoDay(claim.stated.day) || onStated === value) return { verdict: 'supported', actual: date, note, provenance };
  if (index.isYield && Math.abs(onStated - value) * 100 <= YIELD_BP_ALLOWANCE) {
    return unverifiable('unclear', `${note}; the close of ${formatIsoDay(claim.stated.day)} (${formatNumber(onStated, 2)}) is within ${YIELD_BP_ALLOWANCE} bp of it: quotes at 3 p.m. or from Tradeweb may put the ${high ? 'high' : 'low'} there`, date, provenance);
  }
  const actualDay = (parseIsoDay(date) ?? claim.stated.day) as DayNumber;
  return { verdict: 'contradicted', actual: date, note, corrected: correctDate(claim, claim.stated, formatApDate(actualDay, claim.stated.yearGiven ? undefined : civilFromDay(articleDay).year)), provenance };
}

/** The days "early", "mid" or "late" can stretch to when read loosely: the half (or middle) of the month. */
function looseStretch(claim: StretchLevelClaim): { from: DayNumber; to: DayNumber } {
  const { year, month } = civilFromDay(claim.from);
  const first = dayFromCivil(year, month, 1);
  const last = (dayFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - 1) as DayNumber;
  if (/\bearly\b/i.test(claim.window)) return { from: first, to: (first + 14) as DayNumber };
  if (/\blate\b/i.test(claim.window)) return { from: (first + 15) as DayNumber, to: last };
  return { from: (first + 5) as DayNumber, to: (first + 24) as DayNumber };
}

/**
 * "From just 4.01% early last month": the low (high) of the stretch's closes when the text
 * marks it so, else any close of it. A level that misses it but is a close of the month's looser
 * half is `unclear` ("early" is loose); one beyond every close of that half is contradicted.
 */
export function judgeStretchLevel(claim: StretchLevelClaim, series: DailySeries, basis: ReturnBasis, cache: StatsCache): Verdict {
  const index = cache.index(series.instrument.symbol, basis);
  if (index === null) return unverifiable('not-computable', 'no closes of that basis');
  const range = closeRangeBetween(index, claim.from, claim.to);
  if (range === null) return unverifiable('before-data', `no close between ${formatIsoDay(claim.from)} and ${formatIsoDay(claim.to)} in the data`);
  const target = claim.extreme === 'high' ? range.high : range.low;
  const inputs = [
    { date: range.low_date, value: range.low, role: `lowest close ${claim.window}` },
    { date: range.high_date, value: range.high, role: `highest close ${claim.window}` },
  ];
  const rule = `${claim.extreme === 'high' ? 'highest' : claim.extreme === 'low' ? 'lowest' : 'a'} close from ${formatIsoDay(claim.from)} to ${formatIsoDay(claim.to)}`;
  const asOf = formatIsoDay(claim.to);
  const extra = deskAllowance(claim.stated, series.instrument.kind).extra;
  const within = (low: number, high: number): boolean => compareNumber({ ...claim.stated, hedge: 'less-than' }, low, extra).holds && compareNumber({ ...claim.stated, hedge: 'more-than' }, high, extra).holds;
  if (claim.extreme === null ? within(range.low, range.high) : compareNumber(claim.stated, target, extra).holds) return judgeFigure(claim, series, claim.extreme === null ? Math.abs(claim.stated.value) : target, target, rule, inputs, asOf, basis);
  const loose = looseStretch(claim);
  const wide = closeRangeBetween(index, loose.from, loose.to) ?? range;
  const note = `closes ${claim.window} ranged from ${formatNumber(range.low, 2)} (${range.low_date}) to ${formatNumber(range.high, 2)} (${range.high_date})`;
  if (within(wide.low, wide.high)) return unverifiable('unclear', `${note}; ${claim.stated.raw} is a close of the month's looser ${claim.window.split(/\s+/)[0] ?? ''} days`, target);
  return judgeFigure(claim, series, target, target, rule, inputs, asOf, basis);
}
