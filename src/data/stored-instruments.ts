/**
 * Each instrument's description kept in the store with its data (table `instruments`), from
 * its first ingest on: what kind of thing the numbers are (an index in points, a yield in
 * percent) must not depend on a config file that can be mistyped or lost. On open, the
 * registry (built-ins plus the user's config) is reconciled with the stored descriptions:
 * - an instrument both describe must agree on kind and unit, else the store is refused with
 *   one line naming both descriptions;
 * - an instrument only the store describes (its config entry removed) is read as stored.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { InputError } from '../core/errors.js';
import type { Instrument } from '../core/instrument.js';
import { parseInstrument } from './instrument-config.js';
import { createRegistry, type InstrumentRegistry } from './registry.js';

/** Reads every stored description (none for a store made before the table existed). */
export async function readStoredInstruments(connection: DuckDBConnection): Promise<Instrument[]> {
  const exists = await connection.runAndReadAll("SELECT count(*) FROM information_schema.tables WHERE table_name = 'instruments'");
  if (Number(exists.getRows()[0]?.[0] ?? 0) === 0) return [];
  const reader = await connection.runAndReadAll('SELECT symbol, description FROM instruments ORDER BY symbol');
  return reader.getRows().map((row) => parseInstrument(JSON.parse(String(row[1])) as unknown, `store instruments[${String(row[0])}]`));
}

/**
 * Records the description of every symbol that has data but none stored yet (its first
 * ingest, or a store made before the table existed), from `registry`, inside the caller's
 * transaction. Returns how many were recorded.
 */
export async function recordNewInstruments(
  connection: DuckDBConnection,
  registry: InstrumentRegistry,
  describe: (symbol: string) => Instrument,
  /** The only symbols that can lack one (those the transaction wrote); every symbol with data when omitted. */
  candidates?: ReadonlySet<string>,
): Promise<number> {
  const symbols = candidates === undefined ? await undescribedSymbols(connection) : await undescribedCandidates(connection, candidates);
  for (const symbol of symbols) {
    const instrument = registry.find(symbol) ?? describe(symbol);
    await connection.run('INSERT INTO instruments VALUES ($1, $2)', [symbol, JSON.stringify(instrument)]);
  }
  return symbols.length;
}

async function undescribedSymbols(connection: DuckDBConnection): Promise<string[]> {
  const reader = await connection.runAndReadAll('SELECT DISTINCT symbol FROM observations WHERE symbol NOT IN (SELECT symbol FROM instruments) ORDER BY symbol');
  return reader.getRows().map((row) => String(row[0]));
}

/** The candidates with data and no description, A-Z: one look-up in the small `instruments` table, one count per candidate lacking one. */
async function undescribedCandidates(connection: DuckDBConnection, candidates: ReadonlySet<string>): Promise<string[]> {
  const described = new Set((await connection.runAndReadAll('SELECT symbol FROM instruments')).getRows().map((row) => String(row[0])));
  const symbols: string[] = [];
  for (const symbol of [...candidates].sort()) {
    if (described.has(symbol)) continue;
    const reader = await connection.runAndReadAll('SELECT count(*) FROM observations WHERE symbol = $1', [symbol]);
    if (Number(reader.getRows()[0]?.[0] ?? 0) > 0) symbols.push(symbol);
  }
  return symbols;
}

/** Kind and unit in words: `kind "yield", unit percent`. */
function describeKindAndUnit(instrument: Instrument): string {
  return `kind "${instrument.kind}", unit ${instrument.unit}`;
}

/**
 * The registry a store is read with: `registry` where it agrees with the stored descriptions,
 * plus the stored descriptions of instruments it lacks. Throws InputError naming both when
 * they disagree on kind or unit. `registrySource` names where the registry's descriptions
 * come from in the message (`the instrument config /home/me/instruments.json`); `storePath`
 * names the store.
 */
export function reconcileRegistry(registry: InstrumentRegistry, stored: readonly Instrument[], registrySource: string, storePath: string): InstrumentRegistry {
  const missing: Instrument[] = [];
  for (const kept of stored) {
    const current = registry.find(kept.symbol);
    if (current === undefined) {
      missing.push(kept);
      continue;
    }
    if (current.kind !== kept.kind || current.unit !== kept.unit) {
      throw new InputError(
        `${registrySource} describes ${kept.symbol} as ${describeKindAndUnit(current)}, but the store ${storePath} holds its data as ${describeKindAndUnit(kept)}; correct the config, or delete its data first (marketfacts store delete ${kept.symbol})`,
      );
    }
  }
  if (missing.length === 0) return registry;
  // Every instrument of the registry keeps its place (a built-in replaced by itself stays
  // where it is); the stored-only ones follow.
  return createRegistry([...registry.instruments, ...missing]);
}
