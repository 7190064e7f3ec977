import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { loadInstrumentConfig, loadUserRegistry, parseInstrument } from '../../src/data/instrument-config.js';
import { BUILTIN_INSTRUMENTS } from '../../src/data/instruments.js';
import { createRegistry, unregisteredInstrument } from '../../src/data/registry.js';
import { temporaryDirectory } from './fixtures.js';

const temp = temporaryDirectory();
afterAll(() => temp.remove());

describe('registry', () => {
  const registry = createRegistry();

  it('finds by symbol and resolves tickers, FRED ids and aliases', () => {
    expect(registry.find('spx')?.name).toBe('S&P 500');
    expect(registry.resolve('^GSPC')?.symbol).toBe('SPX');
    expect(registry.resolve('GSPC')?.symbol).toBe('SPX');
    expect(registry.resolve('DGS10')?.symbol).toBe('US10Y');
    expect(registry.resolve('small caps')?.symbol).toBe('RUT');
    expect(registry.resolve('^RUT')?.symbol).toBe('RUT');
    expect(registry.resolve('nothing like it')).toBeUndefined();
  });

  it('user instruments follow the built-ins; one with a built-in symbol replaces it in place', () => {
    const qqq = parseInstrument({ symbol: 'qqq', name: 'Invesco QQQ Trust', kind: 'etf' }, 'test');
    const spx = parseInstrument({ symbol: 'SPX', name: 'Standard & Poor 500', kind: 'index' }, 'test');
    const custom = createRegistry([qqq, spx]);
    expect(custom.instruments.map((i) => i.symbol)).toEqual([...BUILTIN_INSTRUMENTS.map((i) => i.symbol), 'QQQ']);
    expect(custom.find('SPX')?.name).toBe('Standard & Poor 500');
    expect(custom.resolve('invesco qqq trust')?.symbol).toBe('QQQ');
  });

  it('a stored symbol without an entry gets a plain stand-in', () => {
    expect(unregisteredInstrument('abc')).toMatchObject({ symbol: 'ABC', kind: 'other', unit: 'points' });
  });
});

describe('instrument config', () => {
  it('fills defaults by kind', () => {
    expect(parseInstrument({ symbol: 'US30Y', name: '30-year Treasury yield', kind: 'yield' }, 'x')).toMatchObject({
      unit: 'percent',
      currency: null,
      shortName: 'the yield',
      storyName: '30-year Treasury yield',
      aliases: ['us30y', '30-year treasury yield'],
      source: 'user config',
    });
    expect(parseInstrument({ symbol: 'AAPL', name: 'Apple', kind: 'stock' }, 'x')).toMatchObject({ unit: 'dollars', currency: 'USD' });
  });

  it('names the file and the bad entry in one line', () => {
    const path = join(temp.dir, 'instruments.json');
    const cases: [string, RegExp][] = [
      ['{"instruments": [{"symbol": "X", "name": "X", "kind": "bond"}]}', /instruments\[0\]\.kind: must be one of index, etf/],
      ['{"instruments": [{"symbol": "A B", "name": "X", "kind": "etf"}]}', /instruments\[0\]\.symbol: "A B" is not a symbol/],
      ['{"instruments": [{"symbol": "X", "name": "X", "kind": "etf", "aliases": "x"}]}', /aliases: expected an array of strings/],
      ['{"instruments": {}}', /expected an object with an "instruments" array/],
      ['{ not json', /not a readable JSON instrument config/],
    ];
    for (const [text, reason] of cases) {
      writeFileSync(path, text);
      let caught: unknown;
      try {
        loadInstrumentConfig(path);
      } catch (error: unknown) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(InputError);
      const message = caught instanceof Error ? caught.message : '';
      expect(message.startsWith(path)).toBe(true);
      expect(message).toMatch(reason);
    }
  });

  it('a missing config file means the built-ins only', () => {
    expect(loadUserRegistry(join(temp.dir, 'absent.json')).instruments).toHaveLength(BUILTIN_INSTRUMENTS.length);
  });
});
