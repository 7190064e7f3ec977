/** "The highest close since Nov. 8, 2021", "the lowest since March 23, 2020": beyond the 52-week window. */
import type { ExtremeSinceFact } from '../fact.js';
import type { FactDetector, FactRule } from '../detector.js';
import { closeObservation, closeOnDate, factBase, instrumentWeight, observation, yearsBetween } from '../observe.js';

const EXTREME_SINCE_RULE: FactRule = {
  id: 'extreme-since',
  statement:
    'the most recent earlier date with a close at least as high (low) as the date\'s, when more than 52 weeks back; a high only when not a record, and not when the record itself is that date and the close is within 1% of it',
};

/** Days beyond which "highest since" says more than "a 52-week high". */
const BEYOND_52_WEEKS = 364;

/** Highest or lowest close since a date more than 52 weeks back (every instrument kind). */
export const extremeSinceDetector: FactDetector = {
  kind: 'extreme-since',
  rules: [EXTREME_SINCE_RULE],
  scoring: '50 + 6 per year since, at most 85, 90 for the lowest in the data; times the instrument weight',
  detect(stats) {
    const s = stats.snapshot;
    if (s.prev_close === null) return [];
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
      };
    };
    const high = s.highest_since;
    const nearItsRecord = high === s.record_date && s.pct_from_record > -1;
    if (!s.is_record && high !== null && !nearItsRecord && yearsBetween(high, s.date) * 365.25 > BEYOND_52_WEEKS) facts.push(make('high', high));
    const low = s.lowest_since;
    const enoughData = yearsBetween(s.data_start, s.date) * 365.25 > BEYOND_52_WEEKS;
    if (enoughData && (low === null ? s.is_52w_low : yearsBetween(low, s.date) * 365.25 > BEYOND_52_WEEKS)) facts.push(make('low', low));
    return facts;
  },
};
