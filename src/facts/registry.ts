/** The fact detectors, in the order their facts are listed for one instrument. */
import type { FactDetector } from './detector.js';
import { biggestMoveDetector, dayCloseDetector, dayMoveDetector, pointMoveDetector, streakDetector, totalReturnMoveDetector } from './detectors/day.js';
import { fundReturnDetector, monthOnTrackDetector, periodMoveDetector, relativePerformanceDetector } from './detectors/periods.js';
import { fiftyTwoWeekDetector, latestRecordDetector, nearRecordDetector, recordCloseDetector } from './detectors/records.js';
import { extremeSinceDetector } from './detectors/extreme-since.js';
import { earlyCloseDetector, marketClosedDetector } from './detectors/closures.js';
import { pointRankDetector, pointThresholdDetector, twoDayMoveDetector, yearResultDetector, ytdTurnDetector } from './detectors/beyond-day.js';
import { weekResultDetector } from './detectors/week-result.js';
import { drawdownChangeDetector, drawdownStandingDetector, milestoneDetector, seasonalityDetector } from './detectors/regimes.js';

/** Every detector. Add a detector here and document it in docs/facts.md. */
export const FACT_DETECTORS: readonly FactDetector[] = [
  dayMoveDetector,
  dayCloseDetector,
  totalReturnMoveDetector,
  recordCloseDetector,
  milestoneDetector,
  drawdownChangeDetector,
  drawdownStandingDetector,
  nearRecordDetector,
  extremeSinceDetector,
  fiftyTwoWeekDetector,
  biggestMoveDetector,
  pointMoveDetector,
  pointThresholdDetector,
  pointRankDetector,
  twoDayMoveDetector,
  streakDetector,
  periodMoveDetector,
  monthOnTrackDetector,
  ytdTurnDetector,
  weekResultDetector,
  yearResultDetector,
  latestRecordDetector,
  relativePerformanceDetector,
  fundReturnDetector,
  seasonalityDetector,
  marketClosedDetector,
  earlyCloseDetector,
];
