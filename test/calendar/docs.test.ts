/** docs/calendar.md names every special closure, every exception of the bond market and each year range the code uses. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOND_EARLY_CLOSES_FROM, BOND_FIRST_YEAR, NYSE_EARLY_CLOSES_FROM, NYSE_FIRST_YEAR } from '../../src/calendar/index.js';
import { BOND_SPECIAL_CLOSURES, tradesOnGoodFriday } from '../../src/calendar/bonds.js';
import { NYSE_HOLIDAY_RULES } from '../../src/calendar/nyse-holidays.js';
import { NYSE_SPECIAL_CLOSURES } from '../../src/calendar/special-closures.js';
import { REPO_ROOT } from '../helpers/shipped-series.js';

/** The document with its line breaks and indents as single spaces. */
const doc = readFileSync(join(REPO_ROOT, 'docs', 'calendar.md'), 'utf8').replace(/\s+/g, ' ');

describe('docs/calendar.md', () => {
  it('names every NYSE special closure with its reason and first date', () => {
    for (const closure of NYSE_SPECIAL_CLOSURES) expect(doc).toContain(closure.name);
    for (const name of new Set(NYSE_SPECIAL_CLOSURES.map((c) => c.name))) {
      const first = NYSE_SPECIAL_CLOSURES.find((c) => c.name === name);
      expect(doc).toContain(first?.date ?? '?');
    }
  });

  it('names every recurring NYSE holiday', () => {
    for (const rule of NYSE_HOLIDAY_RULES) expect(doc).toContain(rule.name);
  });

  it('lists the bond market closures and the Good Fridays it traded', () => {
    for (const closure of BOND_SPECIAL_CLOSURES) expect(doc).toContain(closure.date);
    const traded = Array.from({ length: 2026 - 1986 + 1 }, (_, k) => 1986 + k).filter(tradesOnGoodFriday);
    expect(doc).toContain(`Good Fridays of ${traded.slice(0, -1).join(', ')} and ${traded.at(-1) ?? '?'}`);
  });

  it('gives the years each calendar covers', () => {
    expect(doc).toContain(`the VIX | ${NYSE_FIRST_YEAR} to 9999 | ${NYSE_EARLY_CLOSES_FROM} |`);
    expect(doc).toContain(`| ${BOND_FIRST_YEAR} to 9999 | ${BOND_EARLY_CLOSES_FROM} |`);
  });
});
