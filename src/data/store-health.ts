/**
 * Telling a damaged store from a busy one, before anything is written: the DuckDB file's
 * magic bytes, a write-ahead log beside it that is not one, DuckDB's own corruption and lock
 * messages. A damaged store is one error (exit code 2) that names the file and how to
 * recover; a busy one names the process that holds it.
 */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { InputError } from '../core/errors.js';

/** Where the last good copy of a store is kept: written after every successful write. */
export function lastGoodCopyPath(storePath: string): string {
  return `${storePath}.last-good`;
}

/**
 * The error for a damaged store: one line naming the file, what is wrong, and the two ways
 * back: `marketfacts store rebuild` (the shipped data and the files of the ingest log) or
 * the last good copy kept beside it.
 */
export class StoreDamagedError extends InputError {
  /** The last good copy kept beside the store (see {@link lastGoodCopyPath}), or null when there is none. */
  readonly lastGoodCopy: string | null;

  constructor(
    /** The damaged store file, as it was named. */
    readonly storePath: string,
    /** What is wrong, in one line (DuckDB's own first line when DuckDB found it). */
    readonly reason: string,
  ) {
    const lastGood = existsSync(lastGoodCopyPath(storePath)) ? lastGoodCopyPath(storePath) : null;
    const copy = lastGood === null ? '' : ` or restore its last good copy ${lastGood}`;
    super(
      `--db: the store ${storePath} is damaged (${reason}); nothing was written to it; recover with "marketfacts store rebuild --db ${storePath}" (the shipped data and the files in its ingest log)${copy}`,
    );
    this.lastGoodCopy = lastGood;
  }
}

/**
 * The error for a store another process holds locked after the wait: one line naming the
 * process. Unlike damage, it passes: the same file can be opened once the other process is done.
 */
export class StoreBusyError extends InputError {}

/** The first `count` bytes of a file (fewer when it is shorter). */
function readHead(path: string, count: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(count);
    const n = readSync(fd, buffer, 0, count, 0);
    return buffer.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** DuckDB's file magic, at byte 8 of every database file. */
const DUCKDB_MAGIC = 'DUCK';
/** The first bytes of a DuckDB write-ahead log: its version entry (field 100, type 98). */
const WAL_START = Buffer.from([0x64, 0x00, 0x62, 0x65]);

/**
 * Checks the bytes of an existing store file and of a write-ahead log beside it, without
 * opening either: a file that is not a DuckDB database (garbage, cut to a few bytes) and a
 * `.wal` that is not a DuckDB log (DuckDB itself would ignore it silently, dropping whatever
 * it was) are reported. Throws {@link StoreDamagedError}; a missing store passes.
 */
export function checkStoreBytes(path: string): void {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat === undefined) return;
  const head = readHead(path, 12);
  if (head.length < 12 || head.toString('latin1', 8, 12) !== DUCKDB_MAGIC) throw new StoreDamagedError(path, 'not a DuckDB database file');
  const wal = `${path}.wal`;
  const walStat = statSync(wal, { throwIfNoEntry: false });
  if (walStat === undefined || walStat.size === 0) return;
  if (!readHead(wal, WAL_START.length).equals(WAL_START)) {
    throw new StoreDamagedError(path, `${wal} beside it is not a DuckDB write-ahead log; move it away to open the store as last checkpointed`);
  }
}

/** The first line of an error's message. */
export function firstLineOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? message).trim();
}

/** True when a DuckDB error says the file is damaged (a bad checksum, a short read, not a database). */
export function isCorruptionError(error: unknown): boolean {
  return /corrupt|checksum|not a valid DuckDB database|Could not read enough bytes|INTERNAL Error|Serialization Error|invalid block/i.test(firstLineOf(error));
}

/** The process holding a store's lock, from DuckDB's lock message, or null when the error is another. */
export function lockHolderOf(error: unknown): { readonly pid: number | null; readonly program: string } | null {
  const text = firstLineOf(error);
  if (!/Could not set lock on file/i.test(text)) return null;
  const match = /lock is held in (.+?) \(PID (\d+)\)/.exec(text);
  return match === null ? { pid: null, program: 'another process' } : { pid: Number(match[2]), program: match[1] ?? 'another process' };
}

/**
 * Runs `work` and turns a DuckDB error that says the file is damaged into one
 * {@link StoreDamagedError} naming the store at `path` (a damaged block is found only when it
 * is read, so any read can meet one). Our own errors pass through unchanged. The command line,
 * the library and the server all read through this one rule.
 */
export async function reportingDamage<T>(path: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error: unknown) {
    if (!(error instanceof InputError) && isCorruptionError(error)) throw new StoreDamagedError(path, firstLineOf(error));
    throw error;
  }
}

/** Reads every stored value once, so that DuckDB checks every block's checksum: throws {@link StoreDamagedError} naming `path` when one is damaged. */
export async function readEveryValue(connection: DuckDBConnection, path: string): Promise<void> {
  try {
    await connection.runAndReadAll('SELECT count(*), sum(day), sum(close), sum(adj_close), sum(source_id), count(DISTINCT symbol) FROM observations');
    await connection.runAndReadAll('SELECT count(*), sum(length(symbol || file_name || sha256 || format)), max(ingested_at), sum(rows_added + rows_revised) FROM sources');
    await connection.runAndReadAll('SELECT count(*), sum(length(symbol || description)) FROM instruments');
    await connection.runAndReadAll('SELECT count(*), sum(length(key || value)) FROM store_meta');
  } catch (error: unknown) {
    throw new StoreDamagedError(path, firstLineOf(error));
  }
}
