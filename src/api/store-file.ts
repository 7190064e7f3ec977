/**
 * Where the store file is and how it is made ready: the `--db` / $MARKETFACTS_DB / default
 * location rules, the user's instrument registry, and {@link openPreparedStore}, which builds
 * the store from the shipped data on first use or brings that data up to date. The command
 * line, the library and the server all open the store through these.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import envPaths from 'env-paths';
import { ArgumentError } from '../core/errors.js';
import type { BuildProgress } from '../data/build-store.js';
import { loadUserRegistry } from '../data/instrument-config.js';
import type { InstrumentRegistry } from '../data/registry.js';

/** Environment variable naming the store file; `--db` wins over it. */
export const STORE_ENV = 'MARKETFACTS_DB';
/** Environment variable naming the user's instrument config file. */
export const INSTRUMENTS_ENV = 'MARKETFACTS_INSTRUMENTS';

/** The default store file: `market.duckdb` in the user's data directory (env-paths). */
export function defaultStorePath(): string {
  return join(envPaths('marketfacts', { suffix: '' }).data, 'market.duckdb');
}

/** The user's instrument config file: $MARKETFACTS_INSTRUMENTS, else instruments.json in the config directory. */
export function instrumentConfigPath(): string {
  return nonEmpty(process.env[INSTRUMENTS_ENV]) ?? join(envPaths('marketfacts', { suffix: '' }).config, 'instruments.json');
}

/** The store file named by the options: `--db`, else $MARKETFACTS_DB (when not empty), else the default. */
export function resolveStorePath(options: { db?: string }): string {
  return resolveStoreLocation(options).path;
}

/** A store file and what named it: the `--db` option, the environment variable, or neither (the default). */
export interface StoreLocation {
  readonly path: string;
  readonly namedBy: 'option' | 'env' | 'default';
}

/** The store file named by the options, and by what (see {@link resolveStorePath}). */
export function resolveStoreLocation(options: { db?: string }): StoreLocation {
  const option = nonEmpty(options.db);
  if (option !== undefined) return { path: option, namedBy: 'option' };
  const env = nonEmpty(process.env[STORE_ENV]);
  if (env !== undefined) return { path: env, namedBy: 'env' };
  return { path: defaultStorePath(), namedBy: 'default' };
}

/**
 * Refuses a store location that cannot be right: a directory instead of a file, or, for a path
 * given with `--db` or $MARKETFACTS_DB, a file in a directory that does not exist (a mistyped
 * path must not silently get a new store; only the default data directory is created). A
 * missing store file in an existing directory is fine: it is built. Throws ArgumentError
 * labelled `--db` or `MARKETFACTS_DB`, whichever named the path.
 */
export function checkStoreLocation(location: StoreLocation): void {
  const label = location.namedBy === 'env' ? STORE_ENV : '--db';
  const stat = statSync(location.path, { throwIfNoEntry: false });
  if (stat !== undefined) {
    if (stat.isDirectory()) throw new ArgumentError(label, `${location.path} is a directory; name the store file in it, e.g. ${join(location.path, 'market.duckdb')}`);
    return;
  }
  if (location.namedBy === 'default') return;
  const directory = dirname(resolve(location.path));
  const parent = statSync(directory, { throwIfNoEntry: false });
  if (parent === undefined) throw new ArgumentError(label, `directory ${directory} does not exist`);
  if (!parent.isDirectory()) throw new ArgumentError(label, `${directory} is not a directory`);
}

/** The text, or undefined when it is missing or blank (an empty variable counts as unset). */
function nonEmpty(text: string | undefined): string | undefined {
  return text !== undefined && text.trim().length > 0 ? text : undefined;
}

/**
 * The registry: built-ins plus the user's config file when it exists. A file named by
 * $MARKETFACTS_INSTRUMENTS must exist (InputError otherwise); the default one may be absent.
 */
export function loadRegistry(): InstrumentRegistry {
  const named = nonEmpty(process.env[INSTRUMENTS_ENV]) !== undefined;
  return loadUserRegistry(instrumentConfigPath(), named ? { label: INSTRUMENTS_ENV } : false);
}

/** Where the registry's descriptions come from, for messages: `the instrument config PATH` or the built-ins. */
export function registrySource(): string {
  const path = instrumentConfigPath();
  return existsSync(path) ? `the instrument config ${path}` : 'the built-in instruments';
}

/** Progress of a store build: `update` per file, `stop` once at the end. */
export interface Progress {
  readonly update: (progress: BuildProgress) => void;
  readonly stop: () => void;
}

/** Starts the progress report of a build titled `title`; the default reports nothing. */
export type StartProgress = (title: string) => Progress;
