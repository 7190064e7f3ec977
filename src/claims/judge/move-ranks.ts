/**
 * Verdicts on ranked moves and point thresholds (types-since.ts `move-rank`,
 * `point-threshold`): the rank of the day's move (dayMoveRank in percent, pointMoveStanding
 * in points), the count of days past a point threshold (pointMoveDays) and the last one before
 * the date (lastPointMoveBeyond). A rank or a count said of all history ("ever", "in
 * history") holds as far as the data reach: one that the data do not show is unverifiable,
 * since history before the data begin is unknown.
 */
import { civilFromDay, formatIsoDay, parseIsoDay, type DayNumber } from '../../core/date.js';
import { holdsWholeHistory, type DailySeries } from '../../core/series.js';
import { dayMoveRank, lastPointMoveBeyond, pointMoveDays, pointMoveStanding, type ReturnBasis } from '../../stats/index.js';
import { correctDate, correctNumber, formatStatedLike } from './correct.js';
import { provenanceOf, unverifiable, type StatsCache } from './support.js';
import type { Verdict } from '../types.js';
import type { MoveRankClaim, PointThresholdClaim } from '../types-since.js';

/** The verdict on a ranked move or a point-threshold claim. */
export function judgeMoveRank(claim: MoveRankClaim | PointThresholdClaim, series: DailySeries, basis: ReturnBasis, cache: StatsCache, articleDay: DayNumber): Verdict {
  const symbol = series.instrument.symbol;
  const index = cache.index(symbol, basis);
  const first = series.days[0] ?? 0;
  if (index === null || first > claim.day) return unverifiable('before-data', `${symbol} data begin ${formatIsoDay(first as DayNumber)}`);
  const dataStart = formatIsoDay(first as DayNumber);
  const date = formatIsoDay(claim.day);
  if (claim.kind === 'point-threshold') return judgeThreshold(claim, series, basis, cache, articleDay);
  // All history is in the data when they reach the instrument's first day.
  const reachesBack = (claim.from === null || claim.from < first) && !holdsWholeHistory(series);
  let rank: number | null;
  let count: number;
  if (claim.metric === 'rank_1d_points') {
    if (claim.from !== null && claim.from > first) return unverifiable('not-computed', 'a rank of point moves since a date is not computed');
    const standing = pointMoveStanding(index, claim.day);
    rank = claim.direction === 'up' ? standing.rank_from_top : standing.rank_from_bottom;
    count = standing.count;
  } else {
    const ranked = dayMoveRank(index, claim.day, claim.from ?? undefined);
    rank = claim.direction === 'up' ? ranked.rank : ranked.rank_from_bottom;
    count = ranked.count;
  }
  const unit = claim.metric === 'rank_1d_points' ? 'point' : 'percent';
  const provenance = provenanceOf(series.instrument, basis, date, `rank of the day's one-day ${unit} move among the ${claim.direction === 'up' ? 'gains' : 'drops'} from ${claim.from === null ? 'the start of the data' : formatIsoDay(claim.from)} to the date (1 = the largest)`, []);
  if (rank === null) return unverifiable('not-computable', `${date} has no one-day move`, null, provenance);
  const note = `rank ${rank} among ${count} one-day moves from ${claim.from === null || claim.from < first ? dataStart : formatIsoDay(claim.from)} to ${date}`;
  if (rank === claim.stated.value) return { verdict: 'supported', actual: rank, note: reachesBack ? `${note}; the data begin ${dataStart}` : note, provenance };
  if (reachesBack) return unverifiable('before-data', `${note}; the data begin ${dataStart}, so the rank over all history is unknown`, rank, provenance);
  return { verdict: 'contradicted', actual: rank, note, corrected: correctNumber(claim, claim.stated, rank, 0), provenance };
}

function judgeThreshold(claim: PointThresholdClaim, series: DailySeries, basis: ReturnBasis, cache: StatsCache, articleDay: DayNumber): Verdict {
  const symbol = series.instrument.symbol;
  const index = cache.index(symbol, basis);
  if (index === null) return unverifiable('before-data', `no ${symbol} data`);
  const direction = claim.direction === 'up' ? 'gain' : 'drop';
  const dataStart = formatIsoDay((series.days[0] ?? 0) as DayNumber);
  const date = formatIsoDay(claim.day);
  const what = `${direction}s of more than ${claim.points} points`;
  if (claim.stated.type === 'date') {
    const last = lastPointMoveBeyond(index, claim.day, claim.points, direction);
    const provenance = provenanceOf(series.instrument, basis, date, `the last day before the date with a one-day ${direction} of more than ${claim.points} points`, last === null ? [] : [{ symbol, date: last.date, value: last.points, role: 'point move' }]);
    if (last === null) return unverifiable('before-data', `no earlier ${direction} of more than ${claim.points} points in the data, which begin ${dataStart}`, null, provenance);
    if (last.date === formatIsoDay(claim.stated.day)) return { verdict: 'supported', actual: last.date, note: `actual ${last.date} (${last.points.toFixed(2)} points)`, provenance };
    const actualDay = parseIsoDay(last.date) ?? claim.stated.day;
    return { verdict: 'contradicted', actual: last.date, note: `actual ${last.date} (${last.points.toFixed(2)} points)`, corrected: correctDate(claim, claim.stated, formatStatedLike({ ...claim.stated, yearGiven: claim.stated.yearGiven || civilFromDay(actualDay).year !== civilFromDay(articleDay).year }, actualDay, articleDay)), provenance };
  }
  const days = pointMoveDays(index, { direction, points: claim.points, strict: true, to: claim.day });
  const today = days.dates.at(-1) === date;
  const actual = days.count - (claim.excludesDate && today ? 1 : 0);
  const provenance = provenanceOf(series.instrument, basis, date, `one-day ${what} from the start of the data to the date${claim.excludesDate ? ', the date left out' : ''}`, []);
  const note = `${actual} ${what} from ${dataStart} to ${date}${claim.excludesDate ? ' besides the date' : ''}${days.dates.length > 0 ? ` (the first ${days.dates[0] ?? ''})` : ''}`;
  if (actual === claim.stated.value) return { verdict: 'supported', actual, note: `${note}; the data begin ${dataStart}`, provenance };
  if (holdsWholeHistory(series)) return { verdict: 'contradicted', actual, note: `${note}; the data begin ${dataStart}, the first day of its history`, corrected: correctNumber(claim, claim.stated, actual, 0), provenance };
  return unverifiable('before-data', `${note}; the data begin ${dataStart}, so the count over all history is unknown`, actual, provenance);
}
