/**
 * The registration of `marketfacts update` (its options and help); the update itself
 * (update.ts, with the connectors) is loaded only when the command runs.
 */
import type { Command } from 'commander';
import { addStoreOption } from '../context.js';
import type { UpdateOptions } from './update.js';

/** Registers `update`. */
export function registerUpdateCommand(program: Command): void {
  const command = program
    .command('update')
    .description('fetch the latest closes of instruments with a source (Yahoo Finance, FRED, Stooq) and merge them into the store')
    .argument('[symbol...]', 'instruments to update (default: every instrument with a source)')
    .option('--dry-run', 'fetch and show what would change, write nothing')
    .option('--json', 'print one JSON object: per instrument rows added, revised, unchanged, the last date, or the failure');
  addStoreOption(command);
  command.addHelpText(
    'after',
    `
Each instrument is fetched from a week before its last stored date up to now, so revised
closes are caught; the rows go through the same checks and merge as "ingest". A split or
dividend that re-adjusts a Yahoo history makes the whole history be fetched and merged: the
re-adjusted rows are reported as revised. A session still trading is shown as preliminary and
not stored. One instrument failing is one line on stderr (its data unchanged) and the others
go on; the exit code is then 1. All instruments' rows are written in one transaction.

--json prints one object instead of the lines: {"dry_run", "failed", "instruments": [{"symbol",
"source", "ok": true, "added", "revised", "unchanged", "last_date", "url", "sha256",
"retrieved_at", "full_history", "new_events", "preliminary", "missing_sessions",
"empty_rows_dropped", "warnings"} or {"symbol", "source", "ok": false, "failure": {"source",
"reason"}}]}.

Sources: MARKETFACTS_YAHOO_URL, MARKETFACTS_FRED_URL and MARKETFACTS_STOOQ_URL replace the
base URLs (a proxy or mirror); MARKETFACTS_FRED_KEY makes FRED go through its JSON API.

Examples:
  $ marketfacts update
  $ marketfacts update SPX US10Y
  $ marketfacts update --dry-run
  $ marketfacts update --json`,
  );
  command.action(async (names: string[], options: UpdateOptions) => {
    // The connectors (and zod, which they use) are loaded only when an update runs.
    const { runUpdate } = await import('./update.js');
    const failed = await runUpdate({ ...options, names });
    if (failed > 0) process.exitCode = 1;
  });
}
