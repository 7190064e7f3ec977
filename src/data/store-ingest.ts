/**
 * Merging a parsed file into the store for one symbol. Runs inside the caller's transaction.
 *
 * Rules:
 * - a day not in the store is added;
 * - a day in the store whose values differ from the file's is revised: the columns the file
 *   has replace the stored ones, a column the file lacks (the unadjusted close of an
 *   adjusted-only file) keeps its stored value, and the row's provenance becomes this file;
 * - a day with identical values is left alone, provenance included: re-ingesting the same
 *   file changes nothing and records no source;
 * - stored days the file does not have are kept (a shorter or later file removes nothing).
 *
 * A revision that moves a stored close by more than the plausible one-day move for the
 * instrument's kind (plausibility.ts) is listed in the report: it usually means a wrong file or
 * a misplaced decimal point. With `guard` (revision-guard.ts) such a file, or an older file
 * that would undo corrections, is refused before anything is written; without it, applied.
 * Every value must be finite: a non-finite one is a programming error (the readers refuse them).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { formatIsoDay, type DayNumber } from '../core/date.js';
import { toSymbol, type InstrumentKind } from '../core/instrument.js';
import { isImplausibleMove } from './plausibility.js';
import { implausibleRevisionsError, olderFileError, type ImplausibleRevision, type RevisionGuard } from './revision-guard.js';
import { readStoredRows, type StoredRows } from './store-rows.js';

/** What to ingest: values for one symbol and where they came from. */
export interface IngestRequest {
  /** Canonical symbol the rows are stored under. */
  readonly symbol: string;
  /** Day numbers, strictly ascending. */
  readonly days: Int32Array;
  /** Unadjusted closes, or null when the file has none. */
  readonly close: Float64Array | null;
  /** Adjusted closes, or null when the file has none. */
  readonly adjClose: Float64Array | null;
  /** The source file's name (base name, no directory), kept as provenance. */
  readonly fileName: string;
  /** sha256 of the file's bytes, lower-case hex. */
  readonly sha256: string;
  /** Format detected (`yahoo`, `fred`, ...). */
  readonly format: string;
  /** Time of ingest. */
  readonly ingestedAt: Date;
  /** Kind of the instrument, for the plausibility of revisions; none checked when omitted. */
  readonly kind?: InstrumentKind;
  /** Refusals to apply (revision-guard.ts); none when omitted. */
  readonly guard?: RevisionGuard;
  /** The file as messages name it (the path as given); default `fileName`. */
  readonly displayName?: string;
  /** Splits and dividends the source reported (connectors), stored in `corporate_actions`. */
  readonly events?: readonly StoredCorporateAction[];
}

/** A split (`value` the factor, 4 for 4-for-1) or a dividend (`value` the amount per share) on a day. */
export interface StoredCorporateAction {
  readonly day: number;
  readonly kind: 'split' | 'dividend';
  readonly value: number;
  /** As the source wrote it: `4:1`, `0.205`. */
  readonly text: string;
}

export type { ImplausibleRevision } from './revision-guard.js';

/** What an ingest changed. */
export interface IngestReport {
  readonly symbol: string;
  readonly fileName: string;
  readonly sha256: string;
  /** Rows (days) the file supplied after validation. */
  readonly rowsInFile: number;
  readonly added: number;
  readonly revised: number;
  readonly unchanged: number;
  /** Stored days the file does not cover (kept). */
  readonly keptOnlyInStore: number;
  /** The `sources` row recorded, or null when nothing changed. */
  readonly sourceId: number | null;
  /** Revisions beyond the plausible one-day move (applied all the same), in date order. */
  readonly implausibleRevisions: readonly ImplausibleRevision[];
  /** The first day (day number) added or revised, or null when nothing was. */
  readonly firstWrittenDay: number | null;
}

/** Per-row outcome of the merge: 0 unchanged, 1 added, 2 revised. */
const UNCHANGED = 0;
const ADDED = 1;
const REVISED = 2;

/** A merge worked out against the stored rows, before anything is written. */
interface MergePlan {
  readonly request: IngestRequest;
  readonly report: IngestReport;
  /** Per input row: UNCHANGED, ADDED or REVISED. */
  readonly outcome: Uint8Array;
  /** The stored closes of the input's days (NaN where none): a column the input lacks keeps them. */
  readonly storedClose: Float64Array;
  readonly storedAdj: Float64Array;
}

/**
 * What merging `input` would change, read from the store through `connection` and nothing
 * written (the report `sourceId` null); no guard applied. Throws as {@link ingestParsedSeries}.
 */
export async function compareParsedSeries(connection: DuckDBConnection, input: IngestRequest): Promise<IngestReport> {
  return (await planMerge(connection, input)).report;
}

/**
 * Merges `input` into the store through `connection` (no transaction of its own). The symbol
 * is canonicalised (trimmed, upper case). Throws a plain Error, a programming error, when the
 * days do not ascend strictly or an array's length differs from the days'.
 */
export async function ingestParsedSeries(connection: DuckDBConnection, input: IngestRequest): Promise<IngestReport> {
  const { request, report: base, outcome, storedClose, storedAdj } = await planMerge(connection, input);
  const { days, close, adjClose } = request;
  const { added, revised, implausibleRevisions } = base;
  if (added + revised === 0) {
    await recordCorporateActions(connection, request, null);
    return base;
  }
  const name = request.displayName ?? request.fileName;
  if (request.guard?.implausibleRevisions === true && implausibleRevisions.length > 0 && request.kind !== undefined) {
    throw implausibleRevisionsError(name, request.symbol, request.kind, implausibleRevisions);
  }
  if (request.guard?.olderFile === true) {
    const revisedDays: number[] = [];
    for (let i = 0; i < days.length; i += 1) if (outcome[i] === REVISED) revisedDays.push(days[i] ?? 0);
    const older = await olderFileError(connection, { name, symbol: request.symbol, lastDay: days[days.length - 1] ?? 0 }, added, revisedDays);
    if (older !== null) throw older;
  }
  const sourceId = await recordSource(connection, request, added, revised);
  await recordCorporateActions(connection, request, sourceId);
  if (revised > 0) await deleteDays(connection, request.symbol, days, outcome);
  const appender = await connection.createAppender('observations');
  for (let i = 0; i < days.length; i += 1) {
    if (outcome[i] === UNCHANGED) continue;
    appender.appendVarchar(request.symbol);
    appender.appendInteger(days[i] ?? 0);
    appendMaybe(appender, close !== null ? (close[i] ?? Number.NaN) : storedClose[i] ?? Number.NaN);
    appendMaybe(appender, adjClose !== null ? (adjClose[i] ?? Number.NaN) : storedAdj[i] ?? Number.NaN);
    appender.appendInteger(sourceId);
    appender.endRow();
  }
  appender.flushSync();
  appender.closeSync();
  return { ...base, sourceId };
}

async function planMerge(connection: DuckDBConnection, input: IngestRequest): Promise<MergePlan> {
  const request = { ...input, symbol: toSymbol(input.symbol) };
  const { days, close, adjClose } = request;
  for (let i = 1; i < days.length; i += 1) {
    if ((days[i] ?? 0) <= (days[i - 1] ?? 0)) throw new Error(`ingest ${request.fileName}: days must ascend strictly (index ${i})`);
  }
  if ((close !== null && close.length !== days.length) || (adjClose !== null && adjClose.length !== days.length)) {
    throw new Error(`ingest ${request.fileName}: value arrays must have the length of days`);
  }
  for (const values of [close, adjClose]) {
    if (values !== null && !values.every(Number.isFinite)) throw new Error(`ingest ${request.fileName}: every value must be finite`);
  }
  // Only the stored rows the request's days span are compared; the rest are counted (kept).
  const first = days[0];
  const last = days[days.length - 1];
  const stored = first === undefined || last === undefined ? EMPTY_ROWS : await readStoredRows(connection, request.symbol, { from: first, to: last });
  const storedTotal = await countStoredRows(connection, request.symbol);
  const outcome = new Uint8Array(days.length);
  const storedClose = new Float64Array(days.length).fill(Number.NaN);
  const storedAdj = new Float64Array(days.length).fill(Number.NaN);
  const implausibleRevisions: ImplausibleRevision[] = [];
  let added = 0;
  let revised = 0;
  let matched = 0;
  let j = 0;
  for (let i = 0; i < days.length; i += 1) {
    const day = days[i] ?? 0;
    while (j < stored.days.length && (stored.days[j] ?? 0) < day) j += 1;
    if (j >= stored.days.length || stored.days[j] !== day) {
      outcome[i] = ADDED;
      added += 1;
      continue;
    }
    matched += 1;
    const oldClose = stored.close[j] ?? Number.NaN;
    const oldAdj = stored.adjClose[j] ?? Number.NaN;
    storedClose[i] = oldClose;
    storedAdj[i] = oldAdj;
    const changed = (close !== null && !Object.is(close[i], oldClose)) || (adjClose !== null && !Object.is(adjClose[i], oldAdj));
    outcome[i] = changed ? REVISED : UNCHANGED;
    if (!changed) continue;
    revised += 1;
    if (request.kind === undefined) continue;
    const date = formatIsoDay(day as DayNumber);
    for (const [column, values, old] of [['close', close, oldClose], ['adj_close', adjClose, oldAdj]] as const) {
      const value = values?.[i];
      if (value === undefined || Number.isNaN(old) || !isImplausibleMove(request.kind, old, value)) continue;
      implausibleRevisions.push({ date, column, old, new: value });
    }
  }
  const firstWritten = outcome.findIndex((value) => value !== UNCHANGED);
  const base = {
    firstWrittenDay: firstWritten < 0 ? null : (days[firstWritten] ?? null),
    symbol: request.symbol,
    fileName: request.fileName,
    sha256: request.sha256,
    rowsInFile: days.length,
    added,
    revised,
    unchanged: days.length - added - revised,
    keptOnlyInStore: storedTotal - matched,
    implausibleRevisions,
    sourceId: null,
  };
  return { request, report: base, outcome, storedClose, storedAdj };
}

const EMPTY_ROWS: StoredRows = { days: new Int32Array(0), close: new Float64Array(0), adjClose: new Float64Array(0) };

async function countStoredRows(connection: DuckDBConnection, symbol: string): Promise<number> {
  const reader = await connection.runAndReadAll('SELECT count(*) FROM observations WHERE symbol = $1', [symbol]);
  return Number(reader.getRows()[0]?.[0] ?? 0);
}

interface Appendable {
  appendDouble(value: number): void;
  appendNull(): void;
}

function appendMaybe(appender: Appendable, value: number): void {
  if (Number.isNaN(value)) appender.appendNull();
  else appender.appendDouble(value);
}

async function recordSource(connection: DuckDBConnection, request: IngestRequest, added: number, revised: number): Promise<number> {
  const reader = await connection.runAndReadAll('SELECT coalesce(max(source_id), 0) + 1 FROM sources');
  const sourceId = Number(reader.getRows()[0]?.[0] ?? 1);
  await connection.run(
    'INSERT INTO sources (source_id, symbol, file_name, sha256, ingested_at, format, rows_added, rows_revised, first_day, last_day) VALUES ($1, $2, $3, $4, CAST($5 AS TIMESTAMP), $6, $7, $8, $9, $10)',
    [
    sourceId,
    request.symbol,
    request.fileName,
    request.sha256,
    request.ingestedAt.toISOString().replace('T', ' ').replace('Z', ''),
    request.format,
    added,
    revised,
    request.days[0] ?? 0,
    request.days[request.days.length - 1] ?? 0,
  ]);
  return sourceId;
}

/** Stores the request's splits and dividends (added with the connectors); one already stored is updated. */
async function recordCorporateActions(connection: DuckDBConnection, request: IngestRequest, sourceId: number | null): Promise<void> {
  for (const event of request.events ?? []) {
    await connection.run(
      'INSERT INTO corporate_actions VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (symbol, day, kind) DO UPDATE SET value = excluded.value, text = excluded.text, source_id = coalesce(excluded.source_id, corporate_actions.source_id)',
      [request.symbol, event.day, event.kind, event.value, event.text, sourceId],
    );
  }
}

/** Deletes the revised days (they are appended again with their new values). */
async function deleteDays(connection: DuckDBConnection, symbol: string, days: Int32Array, outcome: Uint8Array): Promise<void> {
  const revisedDays: number[] = [];
  for (let i = 0; i < days.length; i += 1) if (outcome[i] === REVISED) revisedDays.push(days[i] ?? 0);
  const batch = 2000;
  for (let from = 0; from < revisedDays.length; from += batch) {
    // Day numbers are integers from an Int32Array, so writing them into the SQL text is safe.
    const list = revisedDays.slice(from, from + batch).join(',');
    await connection.run(`DELETE FROM observations WHERE symbol = $1 AND day IN (${list})`, [symbol]);
  }
}
