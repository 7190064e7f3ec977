/** The fact pass: every detector over every instrument, most newsworthy first. */
import type { Fact } from './fact.js';
import type { FactDetector } from './detector.js';
import type { FactInputs } from './inputs.js';
import { FACT_DETECTORS } from './registry.js';

/**
 * All facts about the instruments in `inputs`, sorted by score (highest first; ties keep the
 * instrument order of `inputs`, then the detector order). Pure and deterministic; an empty
 * `inputs.instruments` gives [].
 */
export function detectFacts(inputs: FactInputs, detectors: readonly FactDetector[] = FACT_DETECTORS): Fact[] {
  const facts: Fact[] = [];
  for (const stats of inputs.instruments) {
    for (const detector of detectors) {
      for (const fact of detector.detect(stats, inputs)) facts.push(fact);
    }
  }
  return facts
    .map((fact, order) => ({ fact, order }))
    .sort((a, b) => b.fact.score - a.fact.score || a.order - b.order)
    .map((entry) => entry.fact);
}
