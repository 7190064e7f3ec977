/**
 * The ingest log beside a store (`market.duckdb.ingest-log`): one JSON line per write that
 * changed something, kept outside the DuckDB file so that a damaged store can be rebuilt
 * from the shipped data and the files it lists (`marketfacts store rebuild`).
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';

/** One file ingested: where it was, its sha256 and how it was read. */
export interface IngestLogFile {
  readonly op: 'ingest';
  /** ISO 8601 UTC time of the write. */
  readonly at: string;
  readonly symbol: string;
  /** Absolute path of the file, or null for standard input (which cannot be read again). */
  readonly path: string | null;
  readonly sha256: string;
  readonly adjustedOnly: boolean;
  readonly lenient: boolean;
}

/** Rows deleted with `marketfacts store delete` (from and to are ISO dates, or null for open ends). */
export interface IngestLogDelete {
  readonly op: 'delete';
  readonly at: string;
  readonly symbol: string;
  readonly from: string | null;
  readonly to: string | null;
}

/** A line of the log. */
export type IngestLogEntry = IngestLogFile | IngestLogDelete;

/** The log file of a store file. */
export function ingestLogPath(storePath: string): string {
  return `${storePath}.ingest-log`;
}

/** Appends entries to a store's log. A log that cannot be written is not an error (the store is the truth). */
export function appendIngestLog(storePath: string, entries: readonly IngestLogEntry[]): void {
  if (entries.length === 0) return;
  try {
    appendFileSync(ingestLogPath(storePath), entries.map((entry) => `${JSON.stringify(entry)}\n`).join(''));
  } catch {
    // A read-only directory: the store was written all the same.
  }
}

/** The entries of a store's log, oldest first; lines that are not entries (a cut last line) are skipped. */
export function readIngestLog(storePath: string): IngestLogEntry[] {
  const path = ingestLogPath(storePath);
  if (!existsSync(path)) return [];
  const entries: IngestLogEntry[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim().length === 0) continue;
    try {
      const entry = JSON.parse(line) as IngestLogEntry;
      if (entry.op === 'ingest' || entry.op === 'delete') entries.push(entry);
    } catch {
      // A line cut by a crash: nothing to replay.
    }
  }
  return entries;
}
