/**
 * Deleting stored rows (`marketfacts store delete`), with the same provenance as an ingest: a
 * `sources` row (format `delete`, the rows removed in `rows_deleted`) records what was done and
 * when. Deleting all of a symbol's rows also removes its stored description, so that it can be
 * ingested again as another kind. Runs inside the caller's transaction.
 */
import { createHash } from 'node:crypto';
import type { DuckDBConnection } from '@duckdb/node-api';
import { formatIsoDay, type DayNumber } from '../core/date.js';

/** What to delete: a symbol's rows from `from` to `to` (day numbers, inclusive; null = open end). */
export interface DeleteRequest {
  readonly symbol: string;
  readonly from: DayNumber | null;
  readonly to: DayNumber | null;
  readonly deletedAt: Date;
}

/** What a delete removed. */
export interface DeleteReport {
  readonly symbol: string;
  /** Rows (days) removed. */
  readonly deleted: number;
  /** Rows of the symbol left. */
  readonly left: number;
  /** The `sources` row recorded, or null when nothing was deleted. */
  readonly sourceId: number | null;
}

/** The request in words, stored as the source's file name: `store delete RUT 2024-01-01..2024-02-01`. */
export function describeDelete(request: Pick<DeleteRequest, 'symbol' | 'from' | 'to'>): string {
  const range = request.from === null && request.to === null ? '' : ` ${request.from === null ? '' : formatIsoDay(request.from)}..${request.to === null ? '' : formatIsoDay(request.to)}`;
  return `store delete ${request.symbol}${range}`;
}

/** Deletes the rows and records the source (see the module comment). */
export async function deleteStoredRows(connection: DuckDBConnection, request: DeleteRequest): Promise<DeleteReport> {
  const where = 'symbol = $1 AND day >= $2 AND day <= $3';
  const bounds = [request.symbol, request.from ?? -2_147_483_648, request.to ?? 2_147_483_647];
  const counted = await connection.runAndReadAll(`SELECT count(*) FROM observations WHERE ${where}`, bounds);
  const deleted = Number(counted.getRows()[0]?.[0] ?? 0);
  const total = await connection.runAndReadAll('SELECT count(*) FROM observations WHERE symbol = $1', [request.symbol]);
  const left = Number(total.getRows()[0]?.[0] ?? 0) - deleted;
  if (deleted === 0) return { symbol: request.symbol, deleted, left, sourceId: null };
  const text = describeDelete(request);
  const next = await connection.runAndReadAll('SELECT coalesce(max(source_id), 0) + 1 FROM sources');
  const sourceId = Number(next.getRows()[0]?.[0] ?? 1);
  await connection.run(
    'INSERT INTO sources (source_id, symbol, file_name, sha256, ingested_at, format, rows_added, rows_revised, first_day, last_day, rows_deleted) VALUES ($1, $2, $3, $4, CAST($5 AS TIMESTAMP), $6, 0, 0, $7, $8, $9)',
    [sourceId, request.symbol, text, createHash('sha256').update(text).digest('hex'), request.deletedAt.toISOString().replace('T', ' ').replace('Z', ''), 'delete', request.from, request.to, deleted],
  );
  await connection.run(`DELETE FROM observations WHERE ${where}`, bounds);
  if (left === 0) await connection.run('DELETE FROM instruments WHERE symbol = $1', [request.symbol]);
  return { symbol: request.symbol, deleted, left, sourceId };
}
