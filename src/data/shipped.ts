/**
 * The data shipped with marketfacts (the repository's data/ folder) and how the default store
 * is built from it. The manifest says which file feeds which symbol and which files hold
 * adjusted closes only (that cannot be told from their header).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One shipped file and the symbol it feeds. */
export interface ShippedFile {
  readonly symbol: string;
  /** File name under data/. */
  readonly file: string;
  /** The file's lone close column holds dividend-adjusted closes. */
  readonly adjustedOnly: boolean;
}

/**
 * Bumped whenever a shipped file or this manifest changes: a store built from an older
 * version is brought up to date (re-ingest, which reports revisions) on next open. Comparing
 * this string is all the open path does; the files are not re-hashed on every run.
 */
export const SHIPPED_DATA_VERSION = '2026-11-23.1';

/** The default build, in registry order. VBK.adjclose.yahoo.csv is shipped but not built in. */
export const SHIPPED_FILES: readonly ShippedFile[] = [
  { symbol: 'SPX', file: 'GSPC.yahoo.csv', adjustedOnly: false },
  { symbol: 'RUT', file: 'RUT.yahoo.csv', adjustedOnly: false },
  { symbol: 'DJI', file: 'DJI.yahoo.csv', adjustedOnly: false },
  { symbol: 'IXIC', file: 'IXIC.yahoo.csv', adjustedOnly: false },
  { symbol: 'VIX', file: 'VIX.yahoo.csv', adjustedOnly: false },
  { symbol: 'US10Y', file: 'DGS10.fred.csv', adjustedOnly: false },
  { symbol: 'US2Y', file: 'DGS2.fred.csv', adjustedOnly: false },
  { symbol: 'SPY', file: 'SPY.yahoo.csv', adjustedOnly: false },
  { symbol: 'IWM', file: 'IWM.yahoo.csv', adjustedOnly: false },
  { symbol: 'VBK', file: 'VBK.yahoo.csv', adjustedOnly: false },
  { symbol: 'IWO', file: 'IWO.adjclose.yahoo.csv', adjustedOnly: true },
];

/**
 * Shipped files whose lone `Close` column is the dividend-adjusted close, including those not
 * in the default build. `ingest` reads a file of one of these names as adjusted-only even
 * without `--adjusted-only`.
 */
export const SHIPPED_ADJUSTED_ONLY_FILES: readonly string[] = ['IWO.adjclose.yahoo.csv', 'VBK.adjclose.yahoo.csv'];

/**
 * The shipped data/ folder, found relative to this module: `src/data/` (run from source),
 * `dist/src/data/` (compiled) and `dist/` (the bundled command line) all lead to the package
 * root, so any working directory works. Ends with a path separator.
 */
export function shippedDataDir(): string {
  for (const relative of ['../../data/', '../../../data/', '../data/']) {
    const dir = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(`${dir}SOURCES.md`)) return dir;
  }
  return fileURLToPath(new URL('../../../data/', import.meta.url));
}
