/**
 * The user's own instruments, from a JSON config file:
 *
 * ```json
 * { "instruments": [
 *   { "symbol": "QQQ", "name": "Invesco QQQ Trust", "kind": "etf", "unit": "dollars",
 *     "currency": "USD", "source": "Yahoo Finance QQQ",
 *     "aliases": ["qqq", "the nasdaq-100 etf"], "storyName": "the Invesco QQQ Trust", "shortName": "the fund" } ] }
 * ```
 * `symbol`, `name` and `kind` are required; `unit` defaults by kind (percent for yields,
 * dollars for ETFs and stocks, points otherwise), `currency` to USD (null for yields and
 * volatility), `source` to "user config", `storyName` to the name, `shortName` to the
 * kind's usual second reference, `aliases` to the lower-case symbol and name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { InputError } from '../core/errors.js';
import { InstrumentKinds, InstrumentUnits, toSymbol, type Instrument, type InstrumentKind, type InstrumentUnit } from '../core/instrument.js';
import { createRegistry, type InstrumentRegistry } from './registry.js';

const SHORT_NAMES = { index: 'the index', etf: 'the fund', stock: 'the stock', yield: 'the yield', volatility: 'the index', fx: 'the rate', crypto: 'the cryptocurrency', commodity: 'the commodity', other: 'it' } as const satisfies Record<
  InstrumentKind,
  string
>;

/**
 * The registry of built-ins plus the instruments in `path`. A file that does not exist gives
 * just the built-ins when `required` is false (the default location, not yet written), and is
 * an InputError `LABEL: PATH does not exist` when it is true (a path someone named).
 */
export function loadUserRegistry(path: string, required: { readonly label: string } | false = false): InstrumentRegistry {
  if (!existsSync(path)) {
    if (required !== false) throw new InputError(`${required.label}: ${path} does not exist`);
    return createRegistry();
  }
  return createRegistry(loadInstrumentConfig(path));
}

/**
 * Reads a config file's instruments. Throws InputError naming the file and the bad entry
 * (`FILE: instruments[2].kind: must be one of index, etf, ...`), or a symbol given twice.
 */
export function loadInstrumentConfig(path: string): Instrument[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error: unknown) {
    throw new InputError(`${path}: not a readable JSON instrument config: ${error instanceof Error ? error.message : String(error)}`);
  }
  const list = isRecord(parsed) ? parsed['instruments'] : undefined;
  if (!Array.isArray(list)) throw new InputError(`${path}: expected an object with an "instruments" array`);
  const instruments = list.map((entry: unknown, index) => parseInstrument(entry, `${path}: instruments[${index}]`));
  instruments.forEach((instrument, index) => {
    const first = instruments.findIndex((other) => other.symbol === instrument.symbol);
    if (first !== index) throw new InputError(`${path}: instruments[${index}].symbol: "${instrument.symbol}" is already at instruments[${first}]`);
  });
  return instruments;
}

/** One config entry to an Instrument; `where` prefixes error messages. */
export function parseInstrument(entry: unknown, where: string): Instrument {
  if (!isRecord(entry)) throw new InputError(`${where}: expected an object`);
  const text = (key: string, required: boolean): string | undefined => {
    const value = entry[key];
    if (value === undefined && !required) return undefined;
    if (typeof value !== 'string' || value.trim().length === 0) throw new InputError(`${where}.${key}: expected a non-empty string`);
    return value.trim();
  };
  const symbol = text('symbol', true) ?? '';
  if (!/^[A-Za-z0-9^._-]{1,20}$/.test(symbol)) throw new InputError(`${where}.symbol: "${symbol}" is not a symbol (letters, digits, ^ . _ -)`);
  const name = text('name', true) ?? symbol;
  const kind = oneOf(text('kind', true), InstrumentKinds, `${where}.kind`);
  const unit = oneOf(text('unit', false) ?? defaultUnit(kind), InstrumentUnits, `${where}.unit`);
  const currencyValue = entry['currency'];
  if (currencyValue !== undefined && currencyValue !== null && typeof currencyValue !== 'string') throw new InputError(`${where}.currency: expected a string or null`);
  const currency = currencyValue === undefined ? (kind === 'yield' || kind === 'volatility' ? null : 'USD') : currencyValue;
  const aliasesValue = entry['aliases'];
  if (aliasesValue !== undefined && !(Array.isArray(aliasesValue) && aliasesValue.every((alias) => typeof alias === 'string'))) {
    throw new InputError(`${where}.aliases: expected an array of strings`);
  }
  const aliases = (aliasesValue ?? [symbol, name]).map((alias: string) => alias.toLowerCase());
  return {
    symbol: toSymbol(symbol),
    name,
    storyName: text('storyName', false) ?? name,
    shortName: text('shortName', false) ?? SHORT_NAMES[kind],
    aliases,
    kind,
    unit,
    currency,
    source: text('source', false) ?? 'user config',
  };
}

function defaultUnit(kind: InstrumentKind): InstrumentUnit {
  if (kind === 'yield') return 'percent';
  return kind === 'etf' || kind === 'stock' || kind === 'crypto' || kind === 'commodity' ? 'dollars' : 'points';
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], where: string): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) throw new InputError(`${where}: must be one of ${allowed.join(', ')} (found "${value ?? ''}")`);
  return found;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
