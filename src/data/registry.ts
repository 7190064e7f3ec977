/**
 * The instrument registry a store works with: the built-in instruments followed by the
 * user's own (from the config file, see instrument-config.ts), looked up by symbol or by any
 * of the names people write.
 */
import { toSymbol, type Instrument } from '../core/instrument.js';
import { BUILTIN_INSTRUMENTS } from './instruments.js';

/** A set of instruments in display order, with look-ups. */
export interface InstrumentRegistry {
  /** Built-in instruments first (in brief order), then user instruments in config order. */
  readonly instruments: readonly Instrument[];
  /** The instrument with this canonical symbol (case-insensitive), or undefined. */
  find(symbol: string): Instrument | undefined;
  /**
   * The instrument a name points to: a canonical symbol, a ticker such as `^GSPC` or `DGS10`,
   * or an alias such as "small caps" (case-insensitive); undefined when nothing matches.
   */
  resolve(name: string): Instrument | undefined;
}

/**
 * Builds a registry from the built-ins and `extra` instruments. An extra instrument with a
 * built-in symbol replaces the built-in one (in the built-in's position).
 */
export function createRegistry(extra: readonly Instrument[] = []): InstrumentRegistry {
  const bySymbol = new Map<string, Instrument>();
  for (const instrument of BUILTIN_INSTRUMENTS) bySymbol.set(instrument.symbol, instrument);
  for (const instrument of extra) bySymbol.set(instrument.symbol, instrument);
  const instruments = [...bySymbol.values()];
  const byAlias = new Map<string, Instrument>();
  for (const instrument of instruments) {
    for (const alias of instrument.aliases) byAlias.set(alias.toLowerCase(), instrument);
  }
  return {
    instruments,
    find: (symbol) => bySymbol.get(toSymbol(symbol)),
    resolve: (name) => {
      const trimmed = name.trim();
      const direct = bySymbol.get(toSymbol(trimmed)) ?? byAlias.get(trimmed.toLowerCase());
      if (direct) return direct;
      const bare = trimmed.replace(/^\^/, '');
      return bySymbol.get(toSymbol(bare)) ?? byAlias.get(bare.toLowerCase()) ?? byAlias.get(`^${bare.toLowerCase()}`);
    },
  };
}

/** The built-in registry (no user instruments). */
export const BUILTIN_REGISTRY: InstrumentRegistry = createRegistry();

/**
 * A stand-in for a symbol that has data in the store but no registry entry (its config entry
 * was removed): kind `other`, unit `points`, named by its symbol.
 */
export function unregisteredInstrument(symbol: string): Instrument {
  const canonical = toSymbol(symbol);
  return {
    symbol: canonical,
    name: canonical,
    storyName: canonical,
    shortName: canonical,
    aliases: [canonical.toLowerCase()],
    kind: 'other',
    unit: 'points',
    currency: null,
    source: 'unregistered (no instrument config entry)',
  };
}

/** Orders symbols as lists show them: in registry order, then symbols the registry lacks A-Z. */
export function registryOrder(registry: InstrumentRegistry): (a: string, b: string) => number {
  const order = new Map(registry.instruments.map((instrument, i) => [instrument.symbol as string, i]));
  const rank = (symbol: string): number => order.get(symbol) ?? order.size;
  return (a, b) => rank(a) - rank(b) || a.localeCompare(b);
}
