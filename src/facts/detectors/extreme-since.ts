/** "The highest close since Nov. 8, 2021", "the lowest since March 23, 2020": beyond the 52-week window. */
import type { StatsSnapshot } from '../../stats/contract.js';
import type { ExtremeSinceFact } from '../fact.js';
import { isAdjustedOnly, type FactDetector, type FactRule } from '../detector.js';
import { closeObservation, closeOnDate, factBase, instrumentWeight, observation, yearsBetween } from '../observe.js';

const EXTREME_SINCE_RULE: FactRule = {
  id: 'extreme-since',
  statement:
    'the most recent earlier date with a close at least as high (low) as the date\'s, when more than 52 weeks back (it then replaces the 52-week high or low); a high only when not a record',
};

/** Days beyond which "highest since" says more than "a 52-week high". */
const BEYOND_52_WEEKS = 364;

/**
 * True when the snapshot's close is the highest (lowest) since a date more than 52 weeks back,
 * short of a record for a high; for a low, also the lowest in the data once 52 weeks of data
 * exist. Such a close is stated as extreme-since, not as a 52-week high (low).
 */
export function isExtremeBeyond52Weeks(s: StatsSnapshot, side: 'high' | 'low'): boolean {
  if (s.prev_close === null) return false;
  const beyond = (date: string): boolean => yearsBetween(date, s.date) * 365.25 > BEYOND_52_WEEKS;
  if (side === 'high') return !s.is_record && s.highest_since !== null && beyond(s.highest_since);
  return beyond(s.data_start) && (s.lowest_since === null ? s.is_52w_low : beyond(s.lowest_since));
}

/** Highest or lowest close since a date more than 52 weeks back (every instrument kind with a traded level). */
export const extremeSinceDetector: FactDetector = {
  kind: 'extreme-since',
  rules: [EXTREME_SINCE_RULE],
  scoring: '50 + 6 per year since, at most 85, 90 for the lowest in the data; times the instrument weight',
  detect(stats) {
    const s = stats.snapshot;
    if (s.prev_close === null || isAdjustedOnly(stats)) return [];
    const facts: ExtremeSinceFact[] = [];
    const weight = instrumentWeight(stats);
    const make = (side: 'high' | 'low', sinceDate: string | null): ExtremeSinceFact => {
      const sinceClose = sinceDate === null ? null : closeOnDate(stats.series, sinceDate);
      const years = sinceDate === null ? Infinity : yearsBetween(sinceDate, s.date);
      const observations = [closeObservation(stats)];
      if (sinceDate !== null && sinceClose !== null) observations.push(observation(s.symbol, sinceDate, sinceClose, `earlier close at least as ${side === 'high' ? 'high' : 'low'}`));
      return {
        kind: 'extreme-since',
        ...factBase(stats, (sinceDate === null ? 90 : Math.min(85, 50 + 6 * years)) * weight, EXTREME_SINCE_RULE, observations),
        side,
        close: s.close,
        sinceDate,
        sinceClose,
        dataStart: s.data_start,
        sinceIsRecord: side === 'high' && sinceDate !== null && sinceDate === s.record_date,
      };
    };
    if (isExtremeBeyond52Weeks(s, 'high')) facts.push(make('high', s.highest_since));
    if (isExtremeBeyond52Weeks(s, 'low')) facts.push(make('low', s.lowest_since));
    return facts;
  },
};
