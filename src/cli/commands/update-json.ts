/**
 * `update --json`: one JSON object per run on stdout, one entry per instrument in the order
 * updated. The fields are documented in docs/data.md ("update --json").
 */
import { formatIsoDay, type DayNumber } from '../../core/date.js';
import { formatSourceSpec } from '../../data/connectors/source-spec.js';
import type { UpdateOutcome, UpdatePlan } from '../../data/connectors/update-symbol.js';

/** One instrument of the run: its outcome, or why it failed. */
export type UpdateResult =
  | { readonly plan: UpdatePlan; readonly ok: true; readonly outcome: UpdateOutcome; readonly warnings: readonly string[] }
  | { readonly plan: UpdatePlan; readonly ok: false; readonly reason: string };

/** The last day the instrument has once updated: the later of the last stored and the last fetched; null for none. */
export function lastDayOf(outcome: UpdateOutcome): DayNumber | null {
  const lastFetched = outcome.fetched.parsed.days[outcome.fetched.parsed.days.length - 1];
  const last = Math.max(outcome.plan.lastDay ?? Number.NEGATIVE_INFINITY, lastFetched ?? Number.NEGATIVE_INFINITY);
  return Number.isFinite(last) ? (last as DayNumber) : null;
}

/** The entry of one instrument (see docs/data.md). */
function entryOf(result: UpdateResult): Record<string, unknown> {
  const source = formatSourceSpec(result.plan.spec);
  const symbol = result.plan.instrument.symbol;
  if (!result.ok) return { symbol, source, ok: false, failure: { source, reason: result.reason } };
  const { outcome } = result;
  const last = lastDayOf(outcome);
  const preliminary = outcome.fetched.preliminary;
  return {
    symbol,
    source,
    ok: true,
    added: outcome.report.added,
    revised: outcome.report.revised,
    unchanged: outcome.report.unchanged,
    last_date: last === null ? null : formatIsoDay(last),
    url: outcome.fetched.url,
    sha256: outcome.fetched.sha256,
    retrieved_at: outcome.fetched.retrievedAt.toISOString(),
    full_history: outcome.fullHistory,
    new_events: outcome.newEvents.map((event) => ({ date: formatIsoDay(event.day), kind: event.kind, value: event.value, text: event.text })),
    preliminary: preliminary === null ? null : { date: formatIsoDay(preliminary.day), value: preliminary.value, as_of: preliminary.asOf.toISOString() },
    missing_sessions: outcome.missingSessions.map((day) => formatIsoDay(day)),
    empty_rows_dropped: outcome.fetched.parsed.nullRowsDropped,
    warnings: result.warnings,
  };
}

/** The JSON object of a run: `dry_run`, `failed` (how many) and `instruments`. */
export function updateJson(results: readonly UpdateResult[], dryRun: boolean): Record<string, unknown> {
  return { dry_run: dryRun, failed: results.filter((result) => !result.ok).length, instruments: results.map(entryOf) };
}
