/**
 * Names people write that the registry knows: each resolves to its instrument in a sentence
 * (a figure after it is that instrument's claim), and the longer names win over the words
 * they contain ("the small-cap index" is not a back reference to "the index").
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/read/extract.js';
import { dayFromCivil } from '../../src/core/date.js';
import { BUILTIN_INSTRUMENTS, findBuiltinInstrument } from '../../src/data/instruments.js';

const DAY = dayFromCivil(2024, 11, 25);

function symbolOfFigure(name: string, figure: string): string | null {
  const result = extractClaims(`The 2-year Treasury yield rose 2 basis points. ${name} ${figure}.`, { instruments: BUILTIN_INSTRUMENTS, date: DAY });
  if (!result.ok) throw new Error(result.message);
  return result.claims.at(-1)?.symbol ?? null;
}

describe('aliases', () => {
  it.each([
    ['The small-cap index', 'rose 1.5%', 'RUT'],
    ['Small capitalizations', 'climbed 1.47 percent', 'RUT'],
    ['Small capitalisations', 'climbed 1.47 percent', 'RUT'],
    ['The 10-year Treasury note', 'fell to 4.27%', 'US10Y'],
    ['The yield on the benchmark 10-year note', 'fell 14 basis points', 'US10Y'],
    ['The benchmark 10-year note', 'fell to 4.27%', 'US10Y'],
    ['The blue-chip index', 'gained 440.06 points', 'DJI'],
    ['The tech-heavy Nasdaq', 'rose 0.3%', 'IXIC'],
    ['The tech-heavy Nasdaq Composite', 'rose 0.3%', 'IXIC'],
    ['The broader market', 'rose 0.3%', 'SPX'],
    ['The broader S&P 500', 'rose 0.3%', 'SPX'],
  ])('%s', (name, figure, symbol) => {
    expect(symbolOfFigure(name, figure)).toBe(symbol);
  });

  it('each alias belongs to one instrument only', () => {
    const owners = new Map<string, string>();
    for (const instrument of BUILTIN_INSTRUMENTS) {
      for (const alias of instrument.aliases) {
        expect(owners.get(alias) ?? instrument.symbol, alias).toBe(instrument.symbol);
        owners.set(alias, instrument.symbol);
      }
    }
    expect(findBuiltinInstrument('RUT')?.aliases).toContain('the small-cap index');
  });
});
