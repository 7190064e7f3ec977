/**
 * Verdicts: each claim against the data. The data are series by canonical symbol; a claim
 * about an instrument the store does not hold, a window before the data begin, an intraday
 * figure, or a price figure where only adjusted closes exist is `unverifiable`, with the
 * reason, never an exception.
 */
import type { DayNumber } from '../../core/date.js';
import { withCertainty } from './certainty.js';
import { earlierDrawdownVerdict } from './earlier-drawdown.js';
import { judgeDate } from './dates.js';
import { judgeSince } from './first-since.js';
import { judgeMoveRank } from './move-ranks.js';
import { judgeFundFigure } from './fund-figures.js';
import { judgeNumber } from './number.js';
import { judgePeriod } from './periods.js';
import { judgeYieldTalk } from './yield-talk.js';
import { judgeAlmanac } from './almanac.js';
import { judgeLedMarket } from './led-market.js';
import { MAJOR_INDEXES } from '../types-since.js';
import { closedDayVerdict } from './trading-day.js';
import { judgeCalendar, judgeComparison, judgeRange, judgeRecordFlag, judgeSeasonal, judgeState } from './other.js';
import { availability, StatsCache, unverifiable, type SeriesBySymbol } from './support.js';
import type { CheckedClaim, Claim, Verdict } from '../types.js';

/** Symbols the claims need data for (their own and the other side of comparisons), sorted. */
export function symbolsNeeded(claims: readonly Claim[]): string[] {
  const symbols = new Set<string>();
  for (const claim of claims) {
    if (claim.symbol !== null) symbols.add(claim.symbol);
    if (claim.kind === 'comparison' && claim.otherSymbol !== null) symbols.add(claim.otherSymbol);
    if (claim.kind === 'led-market') for (const index of MAJOR_INDEXES) symbols.add(index);
  }
  return [...symbols].sort();
}

/** Judges every claim against `series`; `articleDay` writes dates in corrections as the article would. */
export function judgeClaims(claims: readonly Claim[], series: SeriesBySymbol, articleDay: DayNumber): CheckedClaim[] {
  const cache = new StatsCache(series);
  return claims.map((claim) => ({ claim, verdict: withCertainty(claim, judgeOnItsDay(claim, cache, articleDay)) }));
}

/** The claim's verdict; a drawdown said in the past perfect is also looked for on the closes before (earlier-drawdown.ts). */
function judgeOnItsDay(claim: Claim, cache: StatsCache, articleDay: DayNumber): Verdict {
  const verdict = judgeSafely(claim, cache, articleDay);
  const series = claim.symbol === null ? undefined : cache.series.get(claim.symbol);
  if (series === undefined) return verdict;
  return earlierDrawdownVerdict(claim, series, verdict, (day) => judgeSafely({ ...claim, day }, cache, articleDay));
}

/** A claim the statistics cannot answer for (a malformed series, say) is unverifiable, not a crash of the whole check. */
function judgeSafely(claim: Claim, cache: StatsCache, articleDay: DayNumber): Verdict {
  try {
    return judgeClaim(claim, cache, articleDay);
  } catch (error: unknown) {
    const message = error instanceof Error ? error.message : String(error);
    return unverifiable('not-computable', `the data could not answer: ${message.split('\n')[0] ?? ''}`);
  }
}

function judgeClaim(claim: Claim, cache: StatsCache, articleDay: DayNumber): Verdict {
  const available = availability(claim, cache);
  if ('verdict' in available) return available;
  const { series, basis } = available;
  const closed = closedDayVerdict(claim, series);
  if (closed !== null) return closed;
  switch (claim.kind) {
    case 'number':
      return judgeNumber(claim, series, basis, cache);
    case 'date':
    case 'month-since':
      return judgeDate(claim, series, basis, cache, articleDay);
    case 'calendar':
      return judgeCalendar(claim, series, basis, cache);
    case 'seasonal':
      return judgeSeasonal(claim, series, basis, cache);
    case 'comparison':
      return judgeComparison(claim, series, basis, cache);
    case 'state':
      return judgeState(claim, series, basis, cache);
    case 'flag':
      return judgeRecordFlag(claim, series, basis, cache);
    case 'range':
      return judgeRange(claim, series, basis);
    case 'range-flag':
    case 'period-streak':
    case 'week-since':
    case 'seasonal-rank':
    case 'milestone':
    case 'extreme-window':
    case 'direction':
    case 'move-window':
    case 'session-count':
      return judgePeriod(claim, series, basis, cache, articleDay);
    case 'first-since':
    case 'record-when':
    case 'record-run':
      return judgeSince(claim, series, basis, cache, articleDay);
    case 'move-rank':
    case 'point-threshold':
      return judgeMoveRank(claim, series, basis, cache, articleDay);
    case 'fund-figure':
      return judgeFundFigure(claim, series);
    case 'led-market':
      return judgeLedMarket(claim, series, basis, cache);
    case 'year-range':
    case 'year-range-date':
    case 'weeks-move':
    case 'span-since':
    case 'streak-since':
    case 'stretch-level':
      return judgeYieldTalk(claim, series, basis, cache, articleDay);
    case 'period-best':
    case 'almanac-mean':
    case 'half-after':
    case 'year-run':
      return judgeAlmanac(claim, series, basis, cache);
  }
}
