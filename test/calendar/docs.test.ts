/** docs/calendar.md names every special closure, every exception of the bond market and each year range the code uses. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOND_EARLY_CLOSES_FROM, BOND_FIRST_YEAR, NYSE_EARLY_CLOSES_FROM, NYSE_FIRST_YEAR } from '../../src/calendar/index.js';
import { BOND_GOOD_FRIDAY_SESSIONS, BOND_SPECIAL_CLOSURES } from '../../src/calendar/bonds.js';
import { NYSE_HOLIDAY_RULES } from '../../src/calendar/nyse-holidays.js';
import { NYSE_SPECIAL_CLOSURES } from '../../src/calendar/special-closures.js';
import { REPO_ROOT } from '../helpers/shipped-series.js';

const doc = readFileSync(join(REPO_ROOT, 'docs', 'calendar.md'), 'utf8');

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
    expect(doc).toContain(`Good Fridays of ${BOND_GOOD_FRIDAY_SESSIONS.slice(0, -1).map((s) => s.year).join(', ')} and ${BOND_GOOD_FRIDAY_SESSIONS.at(-1)?.year ?? '?'}`);
  });

  it('gives the years each calendar covers', () => {
    expect(doc).toContain(`the VIX | ${NYSE_FIRST_YEAR} to 9999 | ${NYSE_EARLY_CLOSES_FROM} |`);
    expect(doc).toContain(`| ${BOND_FIRST_YEAR} to 9999 | ${BOND_EARLY_CLOSES_FROM} |`);
  });
});
