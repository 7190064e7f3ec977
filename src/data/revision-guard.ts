/**
 * The two refusals of an ingest that would change stored values for the worse (store-ingest.ts
 * asks for them; the command line turns them on unless `--accept-revisions`):
 * - revisions beyond the plausible one-day move (a wrong file, a wrong `--symbol`): refused in
 *   strict mode;
 * - an older file: one that adds no day and whose every revision would overwrite a value set by
 *   a file whose data reach further (a later download): refused, since it would undo
 *   corrections.
 * A refusal is an InputError `FILE: reason`, thrown before anything is written.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { formatIsoDay, type DayNumber } from '../core/date.js';
import { InputError } from '../core/errors.js';
import type { InstrumentKind } from '../core/instrument.js';
import { describeKind, describePlausibleBound } from './plausibility.js';

/** Which refusals an ingest applies. */
export interface RevisionGuard {
  /** Refuse a file with any revision beyond the plausible one-day move. */
  readonly implausibleRevisions: boolean;
  /** Refuse a file that only revises values set by files whose data reach further. */
  readonly olderFile: boolean;
}

/** A stored close replaced by one beyond the plausible one-day move for the kind. */
export interface ImplausibleRevision {
  /** ISO date of the row. */
  readonly date: string;
  /** `close` (unadjusted) or `adj_close` (adjusted). */
  readonly column: 'close' | 'adj_close';
  /** The value stored before (index points, dollars, percent for yields). */
  readonly old: number;
  /** The value from the file, now stored. */
  readonly new: number;
}

/** A stored value in a message: stored closes are often float32 values (2012.800048828125), four decimals say enough. */
export function formatStoredValue(value: number): string {
  return String(Number(value.toFixed(4)));
}

/** The refusal of a file with revisions beyond the plausible bound. */
export function implausibleRevisionsError(name: string, symbol: string, kind: InstrumentKind, revisions: readonly ImplausibleRevision[]): InputError {
  const first = revisions[0];
  const example = first === undefined ? '' : `, first ${symbol} ${first.date} ${first.column} ${formatStoredValue(first.old)} to ${formatStoredValue(first.new)}`;
  const count = revisions.length === 1 ? '1 revision' : `${revisions.length.toLocaleString('en-US')} revisions`;
  return new InputError(
    `${name}: ${count} beyond the ${describePlausibleBound(kind)} plausible in a day for ${describeKind(kind)}${example}; is it the right file and symbol? nothing was changed; pass --accept-revisions to apply them`,
  );
}

/** The newest source (by the extent of its data) among those that set some stored days. */
interface SettingSource {
  readonly fileName: string;
  readonly lastDay: number | null;
}

/**
 * The sources that last set the given stored days of `symbol`, with the last day of each
 * source's data (null when the store predates that column).
 */
async function sourcesOfDays(connection: DuckDBConnection, symbol: string, days: readonly number[]): Promise<SettingSource[]> {
  const found = new Map<string, SettingSource>();
  const batch = 2000;
  for (let from = 0; from < days.length; from += batch) {
    // Day numbers are integers from an Int32Array, so writing them into the SQL text is safe.
    const list = days.slice(from, from + batch).join(',');
    const reader = await connection.runAndReadAll(
      `SELECT DISTINCT s.source_id, s.file_name, s.last_day FROM observations o JOIN sources s USING (source_id) WHERE o.symbol = $1 AND o.day IN (${list})`,
      [symbol],
    );
    for (const row of reader.getRows()) {
      const lastDay = row[2];
      found.set(String(row[0]), { fileName: String(row[1]), lastDay: typeof lastDay === 'number' ? lastDay : null });
    }
  }
  return [...found.values()];
}

/**
 * The refusal of an older file, or null: a file that adds nothing (`added` 0) and whose every
 * revised day was last set by a file whose data end after this file's last day.
 */
export async function olderFileError(
  connection: DuckDBConnection,
  request: { readonly name: string; readonly symbol: string; readonly lastDay: number },
  added: number,
  revisedDays: readonly number[],
): Promise<InputError | null> {
  if (added > 0 || revisedDays.length === 0) return null;
  const sources = await sourcesOfDays(connection, request.symbol, revisedDays);
  if (sources.length === 0 || sources.some((source) => source.lastDay === null || source.lastDay <= request.lastDay)) return null;
  const newest = sources.reduce((a, b) => ((b.lastDay ?? 0) > (a.lastDay ?? 0) ? b : a));
  const reach = formatIsoDay((newest.lastDay ?? 0) as DayNumber);
  return new InputError(
    `${request.name}: an older file: its data end on ${formatIsoDay(request.lastDay as DayNumber)}, and the ${revisedDays.length.toLocaleString('en-US')} stored values it would change were set by ${newest.fileName} (data to ${reach}); nothing was changed; pass --accept-revisions to put its values back`,
  );
}
