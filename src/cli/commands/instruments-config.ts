/**
 * Writing the user's instrument config file (`instruments.json`, see instrument-config.ts):
 * `instruments add` and `instruments remove`. The file is rewritten whole through a temporary
 * file and a rename, so a failed write leaves the old file; entries and fields other than the
 * one added or removed are kept as they were.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ArgumentError, InputError } from '../../core/errors.js';
import { InstrumentKinds, toSymbol, type Instrument } from '../../core/instrument.js';
import { sourceSpecProblem } from '../../data/connectors/source-spec.js';
import { parseInstrument } from '../../data/instrument-config.js';

/** The kinds `instruments add --kind` offers, in the order its help lists them. */
export const ADDABLE_KINDS = ['stock', 'index', 'etf', 'yield', 'fx', 'crypto', 'commodity'] as const;

/** The exact command that adds `symbol` (for messages about a symbol nobody registered). */
export function addInstrumentHint(symbol: string): string {
  const canonical = toSymbol(symbol);
  return `marketfacts instruments add ${canonical} --name "NAME" --kind ${ADDABLE_KINDS.join('|')} --source yahoo:${canonical}`;
}

/** What `instruments add` was given. */
export interface AddInstrumentRequest {
  readonly symbol: string;
  readonly name: string;
  readonly kind: string;
  /** `yahoo:TICKER`, `fred:SERIES` or `stooq:TICKER`; optional (an instrument fed by files only). */
  readonly source?: string;
  readonly aliases: readonly string[];
}

type ConfigEntry = Record<string, unknown>;

function readConfigEntries(path: string): { root: Record<string, unknown>; entries: ConfigEntry[] } {
  if (!existsSync(path)) return { root: {}, entries: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error: unknown) {
    throw new InputError(`${path}: not a readable JSON instrument config: ${error instanceof Error ? error.message : String(error)}`);
  }
  const root = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  const list = root?.['instruments'];
  if (root === undefined || !Array.isArray(list)) throw new InputError(`${path}: expected an object with an "instruments" array`);
  return { root, entries: list.filter((entry): entry is ConfigEntry => typeof entry === 'object' && entry !== null) };
}

function writeConfig(path: string, root: Record<string, unknown>, entries: readonly ConfigEntry[]): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.writing-${process.pid}`;
  writeFileSync(temporary, `${JSON.stringify({ ...root, instruments: entries }, null, 2)}\n`);
  renameSync(temporary, path);
}

const symbolOf = (entry: ConfigEntry): string => (typeof entry['symbol'] === 'string' ? toSymbol(entry['symbol']) : '');

/**
 * Adds an instrument to the config at `path` (created when missing) and returns it as parsed.
 * Throws ArgumentError for a bad kind or source, or a symbol already in the file, and
 * InputError for a config file that cannot be read.
 */
export function addInstrumentToConfig(path: string, request: AddInstrumentRequest): Instrument {
  if (!(InstrumentKinds as readonly string[]).includes(request.kind)) throw new ArgumentError('--kind', `"${request.kind}" is not one of ${ADDABLE_KINDS.join(', ')}`);
  if (request.source !== undefined) {
    const problem = sourceSpecProblem(request.source);
    if (problem !== undefined) throw new ArgumentError('--source', problem);
  }
  const entry: ConfigEntry = { symbol: toSymbol(request.symbol), name: request.name.trim(), kind: request.kind };
  if (request.source !== undefined) entry['source'] = request.source.trim();
  if (request.aliases.length > 0) entry['aliases'] = [request.symbol.toLowerCase(), request.name.trim().toLowerCase(), ...request.aliases.map((alias) => alias.trim().toLowerCase())];
  let instrument: Instrument;
  try {
    instrument = parseInstrument(entry, 'instruments add');
  } catch (error: unknown) {
    // parseInstrument names the entry's field: say it as the option that set it.
    const message = error instanceof Error ? error.message : String(error);
    const field = /^instruments add\.(\w+): (.*)$/.exec(message);
    throw new ArgumentError(field === null ? 'instruments add' : field[1] === 'symbol' ? '<symbol>' : `--${field[1] ?? ''}`, field?.[2] ?? message);
  }
  const { root, entries } = readConfigEntries(path);
  if (entries.some((existing) => symbolOf(existing) === instrument.symbol)) {
    throw new ArgumentError('<symbol>', `${instrument.symbol} is already in ${path}; remove it first with "marketfacts instruments remove ${instrument.symbol}"`);
  }
  writeConfig(path, root, [...entries, entry]);
  return instrument;
}

/**
 * Removes `symbol` from the config at `path`. Throws ArgumentError when the file does not
 * list it (naming a built-in as such: built-ins cannot be removed).
 */
export function removeInstrumentFromConfig(path: string, symbol: string, isBuiltin: boolean): void {
  const wanted = toSymbol(symbol);
  const { root, entries } = readConfigEntries(path);
  const kept = entries.filter((entry) => symbolOf(entry) !== wanted);
  if (kept.length === entries.length) {
    const why = isBuiltin ? `${wanted} is built in; only instruments added to ${path} can be removed` : `${wanted} is not in ${path}`;
    throw new ArgumentError('<symbol>', why);
  }
  writeConfig(path, root, kept);
}
