/** docs/facts.md documents every detector: its kind, each rule's statement and its scoring, verbatim. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACT_DETECTORS } from '../../src/facts/index.js';
import { REPO_ROOT } from '../helpers/shipped-series.js';

const doc = readFileSync(join(REPO_ROOT, 'docs', 'facts.md'), 'utf8');

describe('docs/facts.md', () => {
  for (const detector of FACT_DETECTORS) {
    it(detector.kind, () => {
      expect(doc).toContain(`### \`${detector.kind}\``);
      expect(doc).toContain(`Score: ${detector.scoring}`);
      for (const rule of detector.rules) expect(doc).toContain(`Rule \`${rule.id}\`: ${rule.statement}`);
    });
  }
});
