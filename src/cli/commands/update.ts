/**
 * `marketfacts update [SYMBOL...] [--dry-run] [--json] [--db PATH]`: fetches each instrument's
 * new closes from its source (all instruments with one when none is named) and merges them like
 * an ingest, all in one transaction. One line per symbol (or one JSON object, update-json.ts);
 * a symbol that fails is one line on stderr and the others go on; exit code 1 when any failed.
 */
import { formatIsoDay } from '../../core/date.js';
import { ArgumentError } from '../../core/errors.js';
import type { Instrument } from '../../core/instrument.js';
import { ConnectorError, defaultConnectorContext, formatSourceSpec, sourceSpecOf, type ConnectorContext, type FetchedSeries, type SourceSpec } from '../../data/connectors/index.js';
import { exchangeClockOf } from '../../data/connectors/zone-date.js';
import { applyUpdates, fetchWindow, planUpdate, prepareUpdate, type AppliedUpdate, type PreparedUpdate, type UpdateOutcome, type UpdatePlan } from '../../data/connectors/update-symbol.js';
import type { MarketStore } from '../../data/store.js';
import type { InstrumentRegistry } from '../../data/registry.js';
import { instrumentConfigPath, loadRegistry, startProgress, withWritableStore } from '../context.js';
import { formatCount, writeJson } from '../output.js';
import { lastDayOf, updateJson, type UpdateResult } from './update-json.js';
import { describeImplausibleRevisions } from './ingest.js';

/** Options of `update` as commander parses them. */
export interface UpdateOptions {
  readonly db?: string;
  readonly dryRun?: boolean;
  readonly json?: boolean;
}

/** Above this many instruments a progress bar is shown. */
const PROGRESS_ABOVE = 3;
/** Fetches in flight at once. */
const CONCURRENT_FETCHES = 4;

/**
 * The instruments to update with their sources: the named ones (symbols, tickers or aliases),
 * or every registered instrument with a source. Throws ArgumentError for a name the registry
 * does not know or an instrument without a source to fetch from.
 */
export function selectUpdateTargets(registry: InstrumentRegistry, names: readonly string[]): { instrument: Instrument; spec: SourceSpec }[] {
  if (names.length === 0) {
    return registry.instruments.flatMap((instrument) => {
      const spec = sourceSpecOf(instrument);
      return spec === undefined ? [] : [{ instrument, spec }];
    });
  }
  return names.map((name) => {
    const instrument = registry.find(name) ?? registry.resolve(name);
    if (instrument === undefined) {
      throw new ArgumentError('<symbol>', `unknown symbol "${name}"; add it with "marketfacts instruments add ${name.toUpperCase()} --name NAME --kind KIND --source yahoo:${name.toUpperCase()}"`);
    }
    const spec = sourceSpecOf(instrument);
    if (spec === undefined) throw new ArgumentError('<symbol>', `${instrument.symbol} has no source to fetch from ("${instrument.source}"); set one in ${instrumentConfigPath()} (source "yahoo:TICKER", "fred:SERIES" or "stooq:TICKER")`);
    return { instrument, spec };
  });
}

/** The line for one instrument updated: rows added, revised, unchanged, the last date, and what else to know. */
export function describeUpdate(outcome: UpdateOutcome): string {
  const { plan, report, fetched } = outcome;
  const last = lastDayOf(outcome);
  const verb = outcome.dryRun ? 'would be ' : '';
  const parts = [
    `${plan.instrument.symbol} (${formatSourceSpec(plan.spec)}): ${formatCount(report.added)} ${verb}added, ${formatCount(report.revised)} ${verb}revised, ${formatCount(report.unchanged)} unchanged; last ${last === null ? 'none' : formatIsoDay(last)}`,
  ];
  if (outcome.fullHistory) {
    const events = outcome.newEvents.map((event) => `${event.kind === 'split' ? `split ${event.text}` : `dividend ${event.text}`} on ${formatIsoDay(event.day)}`);
    parts.push(`rows in the overlap were revised, so the whole history was fetched${events.length > 0 ? ` (re-adjusted for ${events.join(', ')})` : ''}`);
  }
  const preliminary = fetched.preliminary;
  if (preliminary !== null) {
    const zone = fetched.quote?.timeZone ?? 'America/New_York';
    const clock = exchangeClockOf(preliminary.asOf, zone);
    const time = `${String(clock.hours).padStart(2, '0')}:${String(clock.minutes).padStart(2, '0')} ${zone}`;
    parts.push(`${formatIsoDay(preliminary.day)} is still trading: preliminary ${preliminary.value} as of ${time}, not stored`);
  }
  const missing = outcome.missingSessions;
  if (missing.length > 0) {
    const listed = missing.slice(0, 3).map((day) => formatIsoDay(day)).join(', ');
    parts.push(`${missing.length === 1 ? 'a session' : `${formatCount(missing.length)} sessions`} of its market not in the response: ${listed}${missing.length > 3 ? ', ...' : ''}`);
  }
  if (fetched.parsed.nullRowsDropped > 0) parts.push(`${formatCount(fetched.parsed.nullRowsDropped)} empty ${fetched.parsed.nullRowsDropped === 1 ? 'row' : 'rows'} dropped`);
  return parts.join('; ');
}

/** Runs `work` over `items`, at most `limit` at once, results in order. */
async function mapConcurrently<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next;
      next += 1;
      const item = items[index];
      if (item !== undefined) results[index] = await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

type Fetched = { readonly ok: true; readonly fetched: FetchedSeries } | { readonly ok: false; readonly error: unknown };

/** The warning lines of one instrument's outcome (without the `marketfacts: warning:` prefix). */
function warningsOf(outcome: UpdateOutcome): string[] {
  const { plan } = outcome;
  const warnings = outcome.fetched.parsed.warnings.map((warning) => `${plan.instrument.symbol} (${formatSourceSpec(plan.spec)}): ${warning}`);
  // A history re-adjusted for a new split moves every earlier close by the split's factor: the line says so, row warnings would only repeat it.
  const explainedBySplit = outcome.fullHistory && outcome.newEvents.some((event) => event.kind === 'split');
  if (!explainedBySplit) warnings.push(...describeImplausibleRevisions(formatSourceSpec(plan.spec), plan.instrument, outcome.report.implausibleRevisions));
  return warnings;
}

/**
 * Works out every fetched window against the store (nothing written), then writes them all
 * in one transaction (applyUpdates: each in its own when that fails). In plan order.
 */
async function updateAll(store: MarketStore, plans: readonly UpdatePlan[], windows: readonly Fetched[], context: ConnectorContext, dryRun: boolean): Promise<UpdateResult[]> {
  const prepared: (PreparedUpdate | { readonly error: unknown })[] = [];
  for (const [i, plan] of plans.entries()) {
    const window = windows[i];
    try {
      if (window === undefined || !window.ok) throw window?.error ?? new Error('not fetched');
      prepared.push(await prepareUpdate(store, plan, { context, dryRun, prefetched: window.fetched }));
    } catch (error: unknown) {
      prepared.push({ error });
    }
  }
  const ready = prepared.filter((one): one is PreparedUpdate => !('error' in one));
  const applied = dryRun ? ready.map((outcome): AppliedUpdate => ({ ok: true, outcome })) : await applyUpdates(store, ready);
  let next = 0;
  return plans.map((plan, i): UpdateResult => {
    const one = prepared[i];
    const written = one === undefined || 'error' in one ? undefined : applied[next++];
    const error = one === undefined ? new Error('not fetched') : 'error' in one ? one.error : written?.ok === false ? written.error : undefined;
    if (written === undefined || !written.ok) return { plan, ok: false, reason: describeFailure(error) };
    return { plan, ok: true, outcome: written.outcome, warnings: warningsOf(written.outcome) };
  });
}

/**
 * The update of the command, minus the argument parsing: plans every target against the
 * store, fetches the windows concurrently, works out and writes the merges, writes the lines
 * (or, with `json`, one JSON object). Returns the number of symbols that failed.
 */
export async function runUpdate(options: UpdateOptions & { readonly names: readonly string[]; readonly context?: ConnectorContext }): Promise<number> {
  const targets = selectUpdateTargets(loadRegistry(), options.names);
  const context = options.context ?? defaultConnectorContext();
  const dryRun = options.dryRun === true;
  return withWritableStore(options, async (store) => {
    const summaries = new Map((await store.listInstruments()).map((summary) => [summary.instrument.symbol as string, summary]));
    const plans: UpdatePlan[] = targets.map(({ instrument, spec }) => planUpdate(instrument, spec, summaries.get(instrument.symbol)));
    const progress = plans.length > PROGRESS_ABOVE ? startProgress(`updating ${plans.length} instruments`) : undefined;
    let done = 0;
    progress?.update({ done, total: plans.length, file: '' });
    const windows = await mapConcurrently(plans, CONCURRENT_FETCHES, async (plan): Promise<Fetched> => {
      try {
        return { ok: true, fetched: await fetchWindow(plan, context) };
      } catch (error: unknown) {
        return { ok: false, error };
      } finally {
        done += 1;
        progress?.update({ done, total: plans.length, file: plan.instrument.symbol });
      }
    });
    const results = await updateAll(store, plans, windows, context, dryRun);
    progress?.stop();
    for (const result of results) if (result.ok) for (const warning of result.warnings) process.stderr.write(`marketfacts: warning: ${warning}\n`);
    if (options.json === true) writeJson(updateJson(results, dryRun));
    else {
      for (const result of results) if (result.ok) process.stdout.write(`${describeUpdate(result.outcome)}\n`);
      if (dryRun) process.stdout.write('dry run: nothing was written\n');
    }
    const failures = results.flatMap((result) => (result.ok ? [] : [`${result.plan.instrument.symbol} (${formatSourceSpec(result.plan.spec)}): ${result.reason}; its data unchanged`]));
    for (const failure of failures) process.stderr.write(`marketfacts: update failed: ${failure}\n`);
    return failures.length;
  });
}

function describeFailure(error: unknown): string {
  if (error instanceof ConnectorError) return error.reason;
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? message).trim();
}
