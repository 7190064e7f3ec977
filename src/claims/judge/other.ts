/** Verdicts on calendar-period moves, seasonal statistics, drawdown states, record flags and comparisons. */
import { civilFromDay, dayFromCivil, formatIsoDay, type DayNumber } from '../../core/date.js';
import type { DailySeries } from '../../core/series.js';
import { formatBasisPoints, formatNumber, formatPercent } from '../../narrative/ap-style.js';
import { indexOnOrBefore } from '../../series/lookup.js';
import { headlineMove, type ReturnBasis, type StatsSnapshot } from '../../stats/index.js';
import { correctNumber } from './correct.js';
import { imprecisionNote, yieldPercentNote } from './style.js';
import { asOfNote, provenanceOf, sentenceName, unverifiable, type StatsCache } from './support.js';
import { compareNumber, deskAllowance, describeInterval, type DeskAllowance } from './tolerance.js';
import type { Claim, CalendarClaim, ComparisonClaim, RangeClaim, RecordFlagClaim, SeasonalClaim, StatedNumber, StateClaim, Verdict, VerdictProvenance } from '../types.js';

/** A number claim's verdict: within the rounding the text used (and its hedge), else the figure corrected. */
export function numberVerdict(claim: Claim, stated: StatedNumber, actual: number, raw: number, provenance: VerdictProvenance, extraNote = '', desk: DeskAllowance = NO_ALLOWANCE): Verdict {
  const result = compareNumber(stated, actual, desk.extra);
  extraNote = `${extraNote}${desk.note}`;
  const isMove = claim.kind === 'calendar' || claim.kind === 'range';
  const note = `actual ${Number(actual.toFixed(4))}; ${stated.raw} allows ${describeInterval(result.interval, stated.decimals)}${extraNote}${isMove ? yieldPercentNote(stated) : ''}`;
  if (result.holds) return { verdict: 'supported', actual: raw, note: isMove ? `${note}${imprecisionNote(stated, actual)}` : note, provenance };
  return { verdict: 'contradicted', actual: raw, note: result.directionHolds ? note : `wrong direction: ${note}`, corrected: correctNumber(claim, stated, actual, stated.unit === 'percent' || stated.unit === 'pp' ? 1 : 0), provenance };
}

const NO_ALLOWANCE: DeskAllowance = { extra: 0, note: '' };

/** A completed calendar month's or year's move: last close over the last close before it. */
export function judgeCalendar(claim: CalendarClaim, series: DailySeries, basis: ReturnBasis, cache: StatsCache): Verdict {
  const index = cache.index(series.instrument.symbol, basis);
  if (index === null) return unverifiable('not-computable', 'no closes of that basis');
  const isYield = index.isYield;
  if (claim.metric.endsWith('_pct') === isYield) return unverifiable('not-computable', isYield ? 'a yield moves in basis points, not percent' : 'not a yield: moves are in percent');
  const startDay = claim.month === null ? dayFromCivil(claim.year, 1, 1) : dayFromCivil(claim.year, claim.month, 1);
  const endDay = claim.month === null ? dayFromCivil(claim.year, 12, 31) : (dayFromCivil(claim.month === 12 ? claim.year + 1 : claim.year, claim.month === 12 ? 1 : claim.month + 1, 1) - 1);
  const baseIdx = indexOnOrBefore(index.days, startDay - 1);
  const endIdx = indexOnOrBefore(index.days, endDay);
  const label = claim.month === null ? String(claim.year) : `${claim.year}-${String(claim.month).padStart(2, '0')}`;
  if (baseIdx < 0) return unverifiable('before-data', `${series.instrument.symbol} data begin ${formatIsoDay((index.days[0] ?? 0) as DayNumber)}: no close before ${label}`);
  if (endIdx <= baseIdx || (index.days[index.days.length - 1] ?? 0) <= endDay) return unverifiable('after-data', `the data do not cover all of ${label}`);
  const base = index.values[baseIdx] ?? Number.NaN;
  const end = index.values[endIdx] ?? Number.NaN;
  const move = headlineMove(isYield, base, end);
  const symbol = series.instrument.symbol;
  const provenance = provenanceOf(series.instrument, basis, formatIsoDay((index.days[endIdx] ?? 0) as DayNumber), `last close of ${label} over the last close before it`, [
    { symbol, date: formatIsoDay((index.days[baseIdx] ?? 0) as DayNumber), value: base, role: 'base close' },
    { symbol, date: formatIsoDay((index.days[endIdx] ?? 0) as DayNumber), value: end, role: 'period-end close' },
  ]);
  return numberVerdict(claim, claim.stated, claim.stated.unit === 'pp' ? move / 100 : move, move, provenance);
}

/** A move over a window: the close of the claim's day over the close on or before `from`. */
export function judgeRange(claim: RangeClaim, series: DailySeries, basis: ReturnBasis): Verdict {
  const values = basis === 'price' ? series.close : series.adjClose;
  if (values === null) return unverifiable('not-computable', 'no closes of that basis');
  const isYield = series.instrument.kind === 'yield';
  if ((claim.metric === 'pct_since') === isYield) return unverifiable('not-computable', isYield ? 'a yield moves in basis points, not percent' : 'not a yield: moves are in percent');
  const { days } = series;
  const endIdx = indexOnOrBefore(days, claim.day);
  // A window said in sessions ("over the last two trading days") is counted in sessions.
  const baseIdx = claim.inSessions && claim.sessions !== null ? endIdx - claim.sessions : indexOnOrBefore(days, claim.from);
  if (baseIdx < 0) return unverifiable('before-data', `${series.instrument.symbol} data begin ${formatIsoDay((days[0] ?? 0) as DayNumber)}, after ${formatIsoDay(claim.from)}`);
  const base = values[baseIdx] ?? Number.NaN;
  const end = values[endIdx] ?? Number.NaN;
  const move = headlineMove(isYield, base, end);
  const symbol = series.instrument.symbol;
  const baseDate = formatIsoDay((days[baseIdx] ?? 0) as DayNumber);
  const provenance = provenanceOf(series.instrument, basis, formatIsoDay((days[endIdx] ?? 0) as DayNumber), `close over the close on or before ${formatIsoDay(claim.from)} (${claim.window})`, [
    { symbol, date: baseDate, value: base, role: 'base close' },
    { symbol, date: formatIsoDay((days[endIdx] ?? 0) as DayNumber), value: end, role: 'close' },
  ]);
  const desk = isYield ? deskAllowance(claim.stated, 'yield') : NO_ALLOWANCE;
  const verdict = numberVerdict(claim, claim.stated, claim.stated.unit === 'pp' ? move / 100 : move, move, provenance, `; base ${baseDate}`, desk);
  if (verdict.verdict !== 'contradicted' || claim.inSessions || claim.sessions === null || endIdx - claim.sessions < 0) return verdict;
  // A trailing window is also quoted in sessions (63 for three months): either convention holds.
  const sessionBaseIdx = endIdx - claim.sessions;
  const sessionBase = values[sessionBaseIdx] ?? Number.NaN;
  const sessionMove = headlineMove(isYield, sessionBase, end);
  const sessionDate = formatIsoDay((days[sessionBaseIdx] ?? 0) as DayNumber);
  const sessionProvenance = provenanceOf(series.instrument, basis, provenance.asOf, `close over the close ${claim.sessions} sessions before (${claim.window}, in sessions)`, [
    { symbol, date: sessionDate, value: sessionBase, role: 'base close' },
    { symbol, date: provenance.asOf, value: end, role: 'close' },
  ]);
  const bySessions = numberVerdict(claim, claim.stated, claim.stated.unit === 'pp' ? sessionMove / 100 : sessionMove, sessionMove, sessionProvenance, `; base ${sessionDate}, ${claim.sessions} sessions back`, desk);
  return bySessions.verdict === 'supported' ? bySessions : verdict;
}

/** Seasonal mean or up-share of a calendar month over complete months before the article date. */
export function judgeSeasonal(claim: SeasonalClaim, series: DailySeries, basis: ReturnBasis, cache: StatsCache): Verdict {
  const months = cache.seasonality(series.instrument.symbol, basis, claim.day, claim.fromYear);
  if (months === null) return unverifiable('not-computable', 'no closes of that basis');
  const firstYear = civilFromDay((series.days[0] ?? 0) as DayNumber).year;
  const stats = months[claim.month - 1];
  if (stats === undefined || stats.n === 0 || stats.mean_pct === null || stats.up_ratio === null) return unverifiable('before-data', `no complete month ${claim.month} in the data before the article date`);
  const range = `${stats.n} complete months ${stats.first_year ?? ''}-${stats.last_year ?? ''}`;
  const provenance = provenanceOf(series.instrument, basis, formatIsoDay(claim.day), `calendar month ${claim.month}: ${claim.metric === 'seasonal_mean' ? 'mean' : 'share higher'} over ${range}`, []);
  const actual = claim.metric === 'seasonal_mean' ? stats.mean_pct : stats.up_ratio * 100;
  if (claim.fromYear !== null && claim.fromYear < firstYear) {
    return unverifiable('before-data', `the data begin in ${firstYear}, after ${claim.fromYear}; over ${range} it is ${actual.toFixed(2)}`, actual, provenance);
  }
  return numberVerdict(claim, claim.stated, actual, actual, provenance, ` (${range})`);
}

/** The gap between two instruments' moves over the same period, in percentage points. */
export function judgeComparison(claim: ComparisonClaim, series: DailySeries, basis: ReturnBasis, cache: StatsCache): Verdict {
  if (claim.otherSymbol === null) return unverifiable('unknown-instrument', `${claim.otherText} is not an instrument marketfacts knows`);
  const other = cache.series.get(claim.otherSymbol);
  if (other === undefined) return unverifiable('instrument-not-in-store', `${claim.otherSymbol} is not in the store`);
  const mine = cache.snapshot(series.instrument.symbol, basis, claim.day);
  const theirs = cache.snapshot(claim.otherSymbol, other.close === null ? 'total' : 'price', claim.day);
  if (mine === null || theirs === null) return unverifiable('before-data', 'the data begin after the date');
  const field = claim.period === 'day' ? 'change_1d_pct' : (`${claim.period}_pct` as const);
  const a = mine[field];
  const b = theirs[field];
  if (a === null || b === null) return unverifiable('not-computable', 'a percent move is missing for one side (a yield, or no base close)');
  const gap = a - b;
  const provenance = provenanceOf(series.instrument, basis, mine.date, `${field} of ${mine.symbol} minus ${field} of ${theirs.symbol}, in percentage points`, [
    { symbol: mine.symbol, date: mine.date, value: a, role: field },
    { symbol: theirs.symbol, date: theirs.date, value: b, role: field },
  ]);
  return numberVerdict(claim, claim.stated, gap, gap, provenance, asOfNote(mine));
}

/** Drawdown state: correction (10% below the peak) or bear market (20%), closing basis. */
export function judgeState(claim: StateClaim, series: DailySeries, basis: ReturnBasis, cache: StatsCache): Verdict {
  const snap = cache.snapshot(series.instrument.symbol, basis, claim.day);
  if (snap === null) return unverifiable('before-data', 'the data begin after the date');
  const actual = snap.drawdown_state;
  const pct = snap.drawdown_pct;
  const peakClose = snap.drawdown_peak_close;
  const peakDate = snap.drawdown_peak_date;
  if (actual === null || pct === null || peakClose === null || peakDate === null) {
    return unverifiable('not-computable', `${snap.symbol} has no drawdown state: corrections and bear markets are price measures, not ones of a yield`);
  }
  const provenance = provenanceOf(series.instrument, basis, snap.date, 'percent below the drawdown peak: 10% correction, 20% bear market', [
    { symbol: snap.symbol, date: peakDate, value: peakClose, role: 'peak close' },
    { symbol: snap.symbol, date: snap.date, value: snap.close, role: 'close' },
  ]);
  const note = `${formatNumber(pct, 2)}% below the peak close of ${formatNumber(peakClose, 2)} (${peakDate})${asOfNote(snap)}`;
  if (actual === claim.stated.value) return { verdict: 'supported', actual, note, provenance };
  const name = sentenceName(series.instrument);
  const state = actual === 'none' ? 'is not in a correction or a bear market' : actual === 'correction' ? 'is in a correction' : 'is in a bear market';
  return { verdict: 'contradicted', actual, note, corrected: `${name} ${state}: it closed ${formatPercent(pct, pct < 0.095 ? 2 : 1)} below its peak close.`, provenance };
}

/** Whether the close was a record (strictly above every earlier close). */
export function judgeRecordFlag(claim: RecordFlagClaim, series: DailySeries, basis: ReturnBasis, cache: StatsCache): Verdict {
  const snap = cache.snapshot(series.instrument.symbol, basis, claim.day);
  if (snap === null) return unverifiable('before-data', 'the data begin after the date');
  const prior = snap.prior_record_close;
  const provenance = provenanceOf(series.instrument, basis, snap.date, 'a close strictly above every earlier close', [
    { symbol: snap.symbol, date: snap.date, value: snap.close, role: 'close' },
    ...(prior === null || snap.prior_record_date === null ? [] : [{ symbol: snap.symbol, date: snap.prior_record_date, value: prior, role: 'prior record close' }]),
  ]);
  const note = `close ${formatNumber(snap.close, 2)}, prior record ${prior === null ? 'none' : `${formatNumber(prior, 2)} (${snap.prior_record_date ?? ''})`}${asOfNote(snap)}`;
  if (snap.is_record === claim.stated.value) return { verdict: 'supported', actual: snap.is_record, note, provenance };
  const name = sentenceName(series.instrument);
  const corrected = snap.is_record
    ? `${name} closed at a record ${formatNumber(snap.close, 2)}.`
    : `${name} closed at ${formatNumber(snap.close, 2)}, ${belowRecord(snap)} its record close of ${formatNumber(snap.record_close, 2)}.`;
  return { verdict: 'contradicted', actual: snap.is_record, note, corrected, provenance };
}

/** "0.03% below" (a price) or "12 basis points below" (a yield, whose distance from the record is in basis points). */
function belowRecord(snap: StatsSnapshot): string {
  if (snap.pct_from_record !== null) return `${formatPercent(snap.pct_from_record, 2)} below`;
  return snap.bp_from_record === null ? 'below' : `${formatBasisPoints(snap.bp_from_record)} below`;
}
