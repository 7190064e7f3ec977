/**
 * Certainty before verdict: a claim is contradicted only when its reading is certain, its
 * subject, date, period and quantity all pinned. When the reading holds doubts (words that
 * leave one of them a guess), a contradicted verdict becomes unverifiable with reason
 * `unclear`, naming those words and what the data would have said. A claim whose clause names
 * a statistic the engine does not compute is unverifiable with reason `not-computed`.
 */
import type { Claim, Verdict } from '../types.js';
import { unverifiable } from './support.js';

/** The verdict, or `unclear` when it is a contradiction of an uncertain reading. */
export function withCertainty(claim: Claim, verdict: Verdict): Verdict {
  const statistic = claim.reading.notComputed;
  if (statistic !== null && verdict.verdict !== 'unverifiable') return unverifiable('not-computed', `the figure is about a statistic not computed yet: ${statistic}`);
  if (verdict.verdict !== 'contradicted' || claim.reading.doubts.length === 0) return verdict;
  const doubts = claim.reading.doubts.map((d) => `"${d}"`).join(', ');
  return unverifiable('unclear', `the reading is not certain (${doubts}); read that way, the data would disagree: ${verdict.note}`, verdict.actual, verdict.provenance);
}
