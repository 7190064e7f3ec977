/** Verdicts on number claims: closes, moves, period moves, record levels and counts, distance from the record, streaks. */
import { formatIsoDay, parseIsoDay, type DayNumber } from '../../core/date.js';
import { indexOnOrBefore } from '../../series/lookup.js';
import type { DailySeries } from '../../core/series.js';
import type { ReturnBasis, StatsSnapshot } from '../../stats/index.js';
import { correctNumber } from './correct.js';
import { noOneDayMoveNote } from './dates.js';
import { asOfNote, metricValue, provenanceOf, unverifiable, type StatsCache } from './support.js';
import { imprecisionNote, yieldPercentNote } from './style.js';
import { compareNumber, deskAllowance, describeInterval, timeOfDayAllowance, truncates } from './tolerance.js';
import type { NumberClaim, StatedNumber, Verdict, VerdictInput } from '../types.js';

const RULES: Readonly<Record<NumberClaim['metric'], string>> = {
  close: 'the close on the date',
  prev_close: 'the close before the date',
  change_1d: 'close minus the prior close, in points',
  change_1d_pct: 'close over the prior close, in percent',
  change_1d_bp: 'yield change from the prior close, in basis points',
  wtd_pct: 'close over the last close of the prior week',
  mtd_pct: 'close over the last close of the prior month',
  qtd_pct: 'close over the last close of the prior quarter',
  ytd_pct: 'close over the last close of the prior year',
  wtd_bp: 'yield change from the last close of the prior week',
  mtd_bp: 'yield change from the last close of the prior month',
  qtd_bp: 'yield change from the last close of the prior quarter',
  ytd_bp: 'yield change from the last close of the prior year',
  wtd_points: 'close minus the last close of the prior week, in points',
  mtd_points: 'close minus the last close of the prior month, in points',
  qtd_points: 'close minus the last close of the prior quarter, in points',
  ytd_points: 'close minus the last close of the prior year, in points',
  record_close: 'highest close on or before the date',
  prior_record_close: 'highest close before the date',
  record_count_ytd: 'record closes in the calendar year up to and including the date',
  pct_from_record: 'close over the highest close on or before the date',
  streak_days: 'consecutive closes above (below) the prior close, ending on the date',
  high_52w: 'highest close of the 52 weeks (364 days) ending on the date',
  low_52w: 'lowest close of the 52 weeks (364 days) ending on the date',
  from_high_52w: 'close against the 52-week high: percent of the high, basis points for a yield',
  from_low_52w: 'close against the 52-week low: percent of the low, basis points for a yield',
};

/** The verdict on a number claim. */
export function judgeNumber(claim: NumberClaim, series: DailySeries, basis: ReturnBasis, cache: StatsCache): Verdict {
  const symbol = series.instrument.symbol;
  const snap = cache.snapshot(symbol, basis, claim.day);
  if (snap === null) return unverifiable('before-data', `${symbol} data begin ${formatIsoDay((series.days[0] ?? 0) as DayNumber)}, after ${formatIsoDay(claim.day)}`);
  const isYield = series.instrument.kind === 'yield';
  const periodBase = periodBaseOf(claim.metric, snap, series, basis);
  const raw = periodBase !== undefined ? (periodBase === null ? null : snap.close - periodBase.close) : isYield && claim.stated.unit === 'percent' ? yieldPercentChange(snap, claim.metric) : metricValue(snap, claim.metric);
  if (raw === null) return unverifiable('not-computable', notComputable(claim, snap, isYield));
  const actual = inStatedUnit(claim.stated, raw);
  const timeOfDay = claim.timing.kind === 'time-of-day';
  const desk = DESK_METRICS.has(claim.metric) ? deskAllowance(claim.stated, series.instrument.kind) : { extra: 0, note: '' };
  const extra = Math.max(timeOfDay ? timeOfDayAllowance(claim.stated, isYield, snap.close) : 0, desk.extra);
  const exact = compareNumber(claim.stated, actual, extra);
  const truncated = !exact.holds && !isYield && DESK_METRICS.has(claim.metric) && truncates(claim.stated, actual);
  const result = truncated ? { ...exact, holds: true } : exact;
  const baseInput = periodBase === undefined || periodBase === null ? [] : [{ symbol, date: periodBase.date, value: periodBase.close, role: 'base close of the period' }];
  const provenance = provenanceOf(series.instrument, basis, snap.date, RULES[claim.metric], [...baseInput, ...inputsOf(claim, snap)]);
  const when = asOfNote(snap);
  const timeNote = timeOfDay ? `; a figure as of a time of day, judged against the close with an extra allowance of ${trim(extra)}` : '';
  const deskNote = desk.extra > 0 && !timeOfDay ? desk.note : '';
  const truncNote = truncated ? '; a whole number that drops the decimals of the actual figure' : '';
  const tolerance = `${claim.stated.raw} allows ${describeInterval(result.interval, claim.stated.decimals)}${timeNote}${deskNote}${truncNote}${when}`;
  const style = yieldPercentNote(claim.stated);
  if (result.holds) {
    const imprecise = MOVE_METRICS.has(claim.metric) ? imprecisionNote(claim.stated, actual) : '';
    return { verdict: 'supported', actual: raw, note: `actual ${describe(actual, claim.stated)}; ${tolerance}${style}${imprecise}`, provenance };
  }
  const beyond = beyondAnyDay(claim, series, basis, cache);
  if (beyond !== null) return unverifiable('unclear', `${beyond}; read that way, the data would disagree: actual ${describe(actual, claim.stated)}`, raw, provenance);
  const direction = result.directionHolds ? '' : 'wrong direction: ';
  return {
    verdict: 'contradicted',
    actual: raw,
    note: `${direction}actual ${describe(actual, claim.stated)}; ${tolerance}${style}`,
    corrected: correctNumber(claim, claim.stated, actual, minDecimalsOf(claim, actual)),
    provenance,
  };
}

/**
 * A figure read as the day's move only for want of period words ("climbing 13.8%, their
 * largest gain in 14 years" after a sentence about the first half) that is larger than any
 * one-day move in the data up to the date is about a longer period: the reading is a guess.
 * The note, or null when the figure is a plausible day's move or its period was said.
 */
function beyondAnyDay(claim: NumberClaim, series: DailySeries, basis: ReturnBasis, cache: StatsCache): string | null {
  // Doubts already read ("over the full year") say better why: certainty.ts names them.
  if (claim.reading.period.from !== 'none' || claim.reading.doubts.length > 0 || (claim.metric !== 'change_1d_pct' && claim.metric !== 'change_1d')) return null;
  const points = claim.metric === 'change_1d';
  const largest = largestDayMove(series, basis, cache, claim.day, points);
  if (largest === 0 || Math.abs(claim.stated.value) <= largest) return null;
  return `${claim.stated.raw} is larger than any one-day move in the data (${trim(Number(largest.toFixed(2)))}${points ? ' points' : '%'}), read as the day only for want of period words`;
}

/** The largest one-day move (absolute; percent, or points) in the data up to `day`; 0 when none. Computed once per question. */
export function largestDayMove(series: DailySeries, basis: ReturnBasis, cache: StatsCache, day: DayNumber, points: boolean): number {
  const values = basis === 'total' ? series.adjClose : series.close;
  if (values === null) return 0;
  const end = indexOnOrBefore(series.days, day);
  return cache.memo(`largest-day:${series.instrument.symbol}:${basis}:${points ? 'points' : 'pct'}:${end}`, () => {
    let max = 0;
    for (let i = 1; i <= end; i++) {
      const prev = values[i - 1] ?? Number.NaN;
      const move = points ? (values[i] ?? Number.NaN) - prev : ((values[i] ?? Number.NaN) / prev - 1) * 100;
      if (Number.isFinite(move)) max = Math.max(max, Math.abs(move));
    }
    return max;
  });
}

/**
 * The base close of a point move over a period ("For the week: up 75.71 points"): the last
 * close of the prior week, month, quarter or year, from the series; null when the data do not
 * reach it; undefined for a metric that is not a point move over a period.
 */
function periodBaseOf(metric: NumberClaim['metric'], snap: StatsSnapshot, series: DailySeries, basis: ReturnBasis): { date: string; close: number } | null | undefined {
  if (!metric.endsWith('_points')) return undefined;
  const date = metric === 'wtd_points' ? snap.wtd_base_date : metric === 'mtd_points' ? snap.mtd_base_date : metric === 'qtd_points' ? snap.qtd_base_date : snap.ytd_base_date;
  const day = date === null ? null : parseIsoDay(date);
  const values = basis === 'total' ? series.adjClose : series.close;
  if (date === null || day === null || values === null) return null;
  const index = indexOnOrBefore(series.days, day);
  const close = index < 0 || series.days[index] !== day ? undefined : values[index];
  return close === undefined ? null : { date, close };
}

/**
 * A yield's percent change (percent of the yield level, not percentage points), for a text
 * that says so ("fell 3.2% in percentage terms"): the day's, month's or year's; null else.
 */
function yieldPercentChange(snap: StatsSnapshot, metric: NumberClaim['metric']): number | null {
  const base = metric === 'change_1d_pct' ? snap.prev_close : metric === 'mtd_pct' ? snap.mtd_base_close : metric === 'ytd_pct' ? snap.ytd_base_close : null;
  return base === null || base === 0 ? null : (snap.close / base - 1) * 100;
}

/** Levels and moves the desk allowances apply to (closes, prior closes, point and bp moves, yield levels). */
const DESK_METRICS: ReadonlySet<NumberClaim['metric']> = new Set(['high_52w', 'low_52w', 'from_high_52w', 'from_low_52w', 'close', 'prev_close', 'change_1d', 'change_1d_bp', 'wtd_bp', 'mtd_bp', 'qtd_bp', 'ytd_bp', 'wtd_points', 'mtd_points', 'qtd_points', 'ytd_points']);

/** Percent moves (the day's and period moves): the ones AP style writes with one decimal. */
const MOVE_METRICS: ReadonlySet<NumberClaim['metric']> = new Set(['change_1d_pct', 'wtd_pct', 'mtd_pct', 'qtd_pct', 'ytd_pct']);

/** The actual value in the unit the text used: percentage points for a bp figure written "0.14 percentage point". */
function inStatedUnit(stated: StatedNumber, raw: number): number {
  return stated.unit === 'pp' ? raw / 100 : raw;
}

function minDecimalsOf(claim: NumberClaim, actual: number): number {
  if (claim.stated.unit === 'percent') return Math.abs(actual) < 0.095 ? 2 : 1;
  if (claim.stated.unit === 'level' || claim.stated.unit === 'points') return claim.stated.decimals;
  return 0;
}

function describe(actual: number, stated: StatedNumber): string {
  const digits = Math.max(2, stated.decimals + 1);
  const text = trim(Number(actual.toFixed(digits)));
  switch (stated.unit) {
    case 'percent':
      return `${text}%`;
    case 'bp':
      return `${text} bp`;
    case 'pp':
      return `${text} percentage point`;
    case 'points':
      return `${text} points`;
    default:
      return text;
  }
}

function trim(value: number): string {
  return String(Number(value.toFixed(6)));
}

function notComputable(claim: NumberClaim, snap: StatsSnapshot, isYield: boolean): string {
  if (claim.metric.endsWith('_pct') && isYield) return `${snap.symbol} is a yield: its moves are in basis points, not percent`;
  if (claim.metric.endsWith('_bp') && !isYield) return `${snap.symbol} is not a yield: its moves are in percent, not basis points`;
  const why = noOneDayMoveNote(snap);
  return why !== null && claim.metric.startsWith('change_1d') ? why : `${claim.metric} has no value for ${snap.symbol} on ${snap.date} (no earlier close in the data)`;
}

function inputsOf(claim: NumberClaim, snap: StatsSnapshot): VerdictInput[] {
  const symbol = snap.symbol;
  const close: VerdictInput = { symbol, date: snap.date, value: snap.close, role: 'close' };
  const input = (date: string | null, value: number | null, role: string): VerdictInput[] => (date === null || value === null ? [] : [{ symbol, date, value, role }]);
  switch (claim.metric) {
    case 'close':
      return [close];
    case 'prev_close':
    case 'change_1d':
    case 'change_1d_pct':
    case 'change_1d_bp':
      return [...input(snap.prev_date, snap.prev_close, 'prior close'), close];
    case 'mtd_pct':
    case 'mtd_bp':
      return [...input(snap.mtd_base_date, snap.mtd_base_close, 'last close of the prior month'), close];
    case 'ytd_pct':
    case 'ytd_bp':
      return [...input(snap.ytd_base_date, snap.ytd_base_close, 'last close of the prior year'), close];
    case 'wtd_pct':
    case 'wtd_bp':
    case 'qtd_pct':
    case 'qtd_bp':
    case 'wtd_points':
    case 'mtd_points':
    case 'qtd_points':
    case 'ytd_points':
      return [close];
    case 'record_close':
    case 'pct_from_record':
      return [{ symbol, date: snap.record_date, value: snap.record_close, role: 'record close' }, close];
    case 'prior_record_close':
      return input(snap.prior_record_date, snap.prior_record_close, 'prior record close');
    case 'record_count_ytd':
    case 'streak_days':
      return [close];
    case 'high_52w':
    case 'from_high_52w':
      return [{ symbol, date: snap.high_52w_date, value: snap.high_52w, role: '52-week high' }, close];
    case 'low_52w':
    case 'from_low_52w':
      return [{ symbol, date: snap.low_52w_date, value: snap.low_52w, role: '52-week low' }, close];
  }
}
