/** Reading where stored rows came from: the `sources` table joined to `observations` (store-schema.ts). */
import type { DuckDBConnection } from '@duckdb/node-api';

/** Where a stored row came from. */
export interface RowProvenance {
  /** The source file's base name (a connector's request URL for a fetched row). */
  readonly fileName: string;
  /** sha256 of the file's bytes, lower-case hex. */
  readonly sha256: string;
  /** Time of ingest, ISO 8601 UTC (`2026-11-23T22:41:00.000Z`). */
  readonly ingestedAt: string;
}

/** The latest write recorded in `sources`: its symbol, file name and time (ISO 8601 UTC). */
export interface LastWrite {
  readonly symbol: string;
  readonly fileName: string;
  readonly at: string;
}

const ISO_UTC = "'%Y-%m-%dT%H:%M:%S.%gZ'";

/** The provenance of one stored row (canonical symbol, day number), or undefined when there is no such row. */
export async function readProvenance(connection: DuckDBConnection, symbol: string, day: number): Promise<RowProvenance | undefined> {
  const reader = await connection.runAndReadAll(
    `SELECT s.file_name, s.sha256, strftime(s.ingested_at, ${ISO_UTC}) FROM observations o JOIN sources s USING (source_id) WHERE o.symbol = $1 AND o.day = $2`,
    [symbol, day],
  );
  const row = reader.getRows()[0];
  if (row === undefined) return undefined;
  return { fileName: String(row[0]), sha256: String(row[1]), ingestedAt: String(row[2]) };
}

/** The latest write recorded in `sources` (an ingest or a delete), or undefined for none. */
export async function readLastWrite(connection: DuckDBConnection): Promise<LastWrite | undefined> {
  const reader = await connection.runAndReadAll(`SELECT symbol, file_name, strftime(ingested_at, ${ISO_UTC}) FROM sources ORDER BY ingested_at DESC, source_id DESC LIMIT 1`);
  const row = reader.getRows()[0];
  return row === undefined ? undefined : { symbol: String(row[0]), fileName: String(row[1]), at: String(row[2]) };
}

/** sha256 of every file recorded in `sources`. */
export async function readSourceHashes(connection: DuckDBConnection): Promise<Set<string>> {
  const reader = await connection.runAndReadAll('SELECT DISTINCT sha256 FROM sources');
  return new Set(reader.getRows().map((row) => String(row[0])));
}
