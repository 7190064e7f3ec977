/** Verdicts on the claims of `types-yield-talk.ts`: the year's range (year-range.ts) and moves over a span (span-since.ts). */
import type { DayNumber } from '../../core/date.js';
import type { DailySeries } from '../../core/series.js';
import type { ReturnBasis } from '../../stats/index.js';
import { judgeSpanSince, judgeStreakSince, judgeWeeksMove } from './span-since.js';
import type { StatsCache } from './support.js';
import { judgeStretchLevel, judgeYearRange, judgeYearRangeDate } from './year-range.js';
import type { Verdict } from '../types.js';
import type { YieldTalkClaim } from '../types-yield-talk.js';

/** The verdict on a data-talk claim. */
export function judgeYieldTalk(claim: YieldTalkClaim, series: DailySeries, basis: ReturnBasis, cache: StatsCache, articleDay: DayNumber): Verdict {
  if (claim.kind === 'year-range') return judgeYearRange(claim, series, basis, cache);
  if (claim.kind === 'year-range-date') return judgeYearRangeDate(claim, series, basis, cache, articleDay);
  if (claim.kind === 'weeks-move') return judgeWeeksMove(claim, series, basis, cache);
  if (claim.kind === 'span-since') return judgeSpanSince(claim, series, basis, cache, articleDay);
  if (claim.kind === 'streak-since') return judgeStreakSince(claim, series, basis, cache);
  return judgeStretchLevel(claim, series, basis, cache);
}
