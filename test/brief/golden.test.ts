/**
 * Golden files of whole briefs (in addition to the reference tests, which compute every
 * expected fact from the CSV): a change in wording shows up as a diff to review. The panel
 * (test/brief/panel.ts) has one file per day under golden/panel/, each read as copy.
 * Regenerate with `UPDATE_GOLDEN=1 npx vitest run test/brief/golden.test.ts` and read the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown, renderText, writeBrief } from '../../src/narrative/index.js';
import { loadShippedSeries, REPO_ROOT, SHIPPED_SYMBOLS } from '../helpers/shipped-series.js';
import { isoDay } from '../helpers/synthetic-series.js';
import { PANEL } from './panel.js';

const series = SHIPPED_SYMBOLS.map((symbol) => loadShippedSeries(symbol));
const CASES = [
  { file: '2024-11-25.txt', render: () => renderText(writeBrief(series, { date: isoDay('2024-11-25') })) },
  { file: '2024-11-25.explain.md', render: () => renderMarkdown(writeBrief(series.filter((s) => ['RUT', 'US10Y', 'IWO'].includes(s.instrument.symbol)), { date: isoDay('2024-11-25') }), true) },
  { file: '2020-03-16.txt', render: () => renderText(writeBrief(series, { date: isoDay('2020-03-16') })) },
  { file: '2026-03-02.txt', render: () => renderText(writeBrief(series, { date: isoDay('2026-03-02') })) },
  ...PANEL.map((day) => ({ file: `panel/${day.date}.txt`, render: () => renderText(writeBrief(series, { date: isoDay(day.date) })) })),
];

describe('golden briefs', () => {
  for (const c of CASES) {
    it(c.file, () => {
      const path = join(REPO_ROOT, 'test', 'brief', 'golden', c.file);
      const actual = c.render();
      if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(path)) writeFileSync(path, actual);
      expect(actual).toBe(readFileSync(path, 'utf8'));
    });
  }
});
