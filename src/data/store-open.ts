/** Creating the DuckDB instance of a store file: waiting for another process's lock, naming it. */
import { createRequire } from 'node:module';
import type * as DuckDb from '@duckdb/node-api';
import type { DuckDBInstance } from '@duckdb/node-api';
import { InputError } from '../core/errors.js';
import { firstLineOf, isCorruptionError, lockHolderOf, StoreBusyError, StoreDamagedError } from './store-health.js';

/** Waits this long between attempts to open a store another process has locked. */
const LOCK_RETRY_MS = 100;

/**
 * Creates the DuckDB instance of a store file, waiting up to `waitMs` for another process's
 * lock. Throws StoreBusyError (an InputError) naming the process that holds the lock once the wait is over,
 * {@link StoreDamagedError} for a damaged file, InputError for anything else.
 */
export async function createInstance(path: string, readOnly: boolean, waitMs: number): Promise<DuckDBInstance> {
  // Loaded on first use: the native module is the largest part of process start, and
  // commands that never open a store (--help) should not pay for it. Required, not imported:
  // a start-up snapshot (src/cli/startup-snapshot.ts) has no dynamic import.
  const { DuckDBInstance: Instance } = createRequire(import.meta.url)('@duckdb/node-api') as typeof DuckDb;
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      return await Instance.create(path, readOnly ? { access_mode: 'READ_ONLY' } : {});
    } catch (error: unknown) {
      const holder = lockHolderOf(error);
      if (holder !== null) {
        if (Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, LOCK_RETRY_MS));
          continue;
        }
        const who = holder.pid === null ? holder.program : `process ${holder.pid} (${holder.program})`;
        const waited = waitMs > 0 ? `; waited ${waitMs / 1000} s for it (--wait SECONDS to wait longer)` : '';
        throw new StoreBusyError(`--db: the store ${path} is in use by ${who}${waited}`);
      }
      if (isCorruptionError(error)) throw new StoreDamagedError(path, firstLineOf(error));
      throw new InputError(`--db: cannot open store ${path}: ${firstLineOf(error)}`);
    }
  }
}
