/**
 * Bringing instruments' stored closes up to date from their sources: fetch from a few
 * sessions before the last stored day (to catch revisions) up to now, work out the merge
 * through the store's one ingest path, and write every instrument's in one transaction (each
 * in its own when that fails). When the overlap shows revised rows from Yahoo
 * (a split or dividend since re-adjusted the whole history, or a corrected close), the whole
 * history is fetched and merged instead, so every stored row is on the basis of one day:
 * each re-adjusted row is a revision, reported, not a conflict. A preliminary row (a session
 * still trading) is never stored.
 */
import { calendarOfKind, hasClosedBy, nowInNewYork, sessionsWithoutRows } from '../../calendar/index.js';
import { addDays, parseIsoDay, type DayNumber } from '../../core/date.js';
import type { Instrument } from '../../core/instrument.js';
import type { IngestReport, IngestRequest } from '../store-ingest.js';
import type { InstrumentSummary, MarketStore } from '../store.js';
import { fetchDaily } from './fetch-daily.js';
import type { CloseColumns, CorporateAction, FetchedSeries } from './fetched-series.js';
import type { ConnectorContext } from './request.js';
import type { SourceSpec } from './source-spec.js';

/** Calendar days fetched before the last stored day: a week, five sessions in a normal week. */
export const OVERLAP_DAYS = 7;

/** What to fetch for one instrument. */
export interface UpdatePlan {
  readonly instrument: Instrument;
  readonly spec: SourceSpec;
  /** The last stored day, or null when the store has none (the whole history is fetched). */
  readonly lastDay: DayNumber | null;
  /** The closes to store: those the store already holds for the symbol, else by kind. */
  readonly columns: CloseColumns;
}

/**
 * The plan for `instrument` given what the store holds (`summary`, undefined when nothing).
 * Columns follow the stored rows, so a series keeps one calendar: an index stored with
 * unadjusted closes only gets no adjusted closes; an adjusted-only fund (IWO) gets only
 * adjusted ones. With nothing stored: stocks, ETFs and funds both, adjusted-only sources
 * adjusted, everything else (indexes, yields, rates, crypto) the close. FRED and Stooq have
 * one value per day: the close.
 */
export function planUpdate(instrument: Instrument, spec: SourceSpec, summary: InstrumentSummary | undefined): UpdatePlan {
  const lastDay = summary === undefined || summary.rows === 0 ? null : summary.lastDay;
  let columns: CloseColumns;
  if (spec.connector !== 'yahoo') columns = 'close';
  else if (summary !== undefined && summary.rows > 0) columns = summary.closeRows > 0 && summary.adjCloseRows > 0 ? 'both' : summary.closeRows > 0 ? 'close' : 'adjusted';
  else if (spec.adjustedOnly) columns = 'adjusted';
  else columns = instrument.kind === 'stock' || instrument.kind === 'etf' ? 'both' : 'close';
  return { instrument, spec, lastDay, columns };
}

/** The outcome of one instrument's update. */
export interface UpdateOutcome {
  readonly plan: UpdatePlan;
  /** The response whose rows were merged (the whole history when `fullHistory`). */
  readonly fetched: FetchedSeries;
  readonly report: IngestReport;
  /** The overlap showed revisions, so the whole history was fetched and merged. */
  readonly fullHistory: boolean;
  /** Splits and dividends in the response the store had not recorded: what re-adjusted the history, when anything did. */
  readonly newEvents: readonly CorporateAction[];
  /** Nothing was written (`--dry-run`): the report says what would have changed. */
  readonly dryRun: boolean;
  /**
   * Sessions of the instrument's market calendar after the last stored day, closed by the time
   * of retrieval, that the response lacks (New York instruments from Yahoo and Stooq; FRED
   * publishes a day's yield the next morning, so it is not held to the calendar).
   */
  readonly missingSessions: readonly DayNumber[];
}

/** How to run an update. */
export interface UpdateOptions {
  readonly context: ConnectorContext;
  /** Work out and report what would change, write nothing. */
  readonly dryRun: boolean;
  /** The window's response when fetched already (updates fetch concurrently, then merge). */
  readonly prefetched?: FetchedSeries;
}

/** An update worked out against the store, nothing written yet: the outcome as it will be, and the ingest request to write. */
export interface PreparedUpdate extends UpdateOutcome {
  readonly request: IngestRequest;
}

/** The first day of the fetch window of a plan, or null for the whole history. */
export function windowStart(plan: UpdatePlan): DayNumber | null {
  return plan.lastDay === null ? null : addDays(plan.lastDay, -OVERLAP_DAYS);
}

/** Fetches the window of a plan. Throws ConnectorError. */
export function fetchWindow(plan: UpdatePlan, context: ConnectorContext, from: DayNumber | null = windowStart(plan)): Promise<FetchedSeries> {
  return fetchDaily({ spec: plan.spec, kind: plan.instrument.kind, columns: plan.columns, from }, context);
}

/**
 * Fetches one instrument's window and works out what merging it changes, writing nothing;
 * when a Yahoo window shows revised rows, fetches the whole history and works that out
 * instead. Throws ConnectorError when a fetch fails and whatever the store throws.
 */
export async function prepareUpdate(store: MarketStore, plan: UpdatePlan, options: UpdateOptions): Promise<PreparedUpdate> {
  const from = windowStart(plan);
  const fetched = options.prefetched ?? (await fetchWindow(plan, options.context, from));
  const known = new Set((await store.corporateActions(plan.instrument.symbol)).map((event) => `${event.day} ${event.kind}`));
  const prepared = async (series: FetchedSeries, fullHistory: boolean): Promise<PreparedUpdate> => {
    const request = ingestRequestOf(plan.instrument, series);
    const report = await store.compare(request);
    const newEvents = series.events.filter((event) => !known.has(`${event.day} ${event.kind}`));
    return { plan, fetched: series, request, report, fullHistory, newEvents, dryRun: options.dryRun, missingSessions: missingSessionsOf(plan, series) };
  };
  const window = await prepared(fetched, false);
  const mayReadjust = plan.spec.connector === 'yahoo' && from !== null;
  if (!mayReadjust || window.report.revised === 0) return window;
  return prepared(await fetchWindow(plan, options.context, null), true);
}

/**
 * Updates one instrument in `store` (opened for writing) in its own transaction, so a
 * failure leaves its rows as they were. Throws as {@link prepareUpdate}.
 */
export async function updateInstrument(store: MarketStore, plan: UpdatePlan, options: UpdateOptions): Promise<UpdateOutcome> {
  const prepared = await prepareUpdate(store, plan, options);
  return options.dryRun ? prepared : { ...prepared, report: await store.ingest(prepared.request) };
}

/** One prepared update written, or why it could not be. */
export type AppliedUpdate = { readonly ok: true; readonly outcome: UpdateOutcome } | { readonly ok: false; readonly error: unknown };

/**
 * Writes prepared updates in one transaction; when that fails, each in its own, so that one
 * instrument failing leaves its rows as they were and the others stand. In order.
 */
export async function applyUpdates(store: MarketStore, prepared: readonly PreparedUpdate[]): Promise<AppliedUpdate[]> {
  try {
    const reports = await store.transaction(async (ingest) => {
      const done: IngestReport[] = [];
      for (const one of prepared) done.push(await ingest(one.request));
      return done;
    });
    return prepared.map((one, i) => ({ ok: true, outcome: { ...one, report: reports[i] ?? one.report } }));
  } catch {
    const applied: AppliedUpdate[] = [];
    for (const one of prepared) {
      try {
        applied.push({ ok: true, outcome: { ...one, report: await store.ingest(one.request) } });
      } catch (error: unknown) {
        applied.push({ ok: false, error });
      }
    }
    return applied;
  }
}

/** See {@link UpdateOutcome.missingSessions}. */
export function missingSessionsOf(plan: UpdatePlan, fetched: FetchedSeries): DayNumber[] {
  const calendar = calendarOfKind(plan.instrument.kind);
  const zone = fetched.quote?.timeZone ?? 'America/New_York';
  if (calendar === null || plan.lastDay === null || plan.spec.connector === 'fred' || zone !== 'America/New_York') return [];
  const now = nowInNewYork(fetched.retrievedAt);
  const today = parseIsoDay(now.date);
  if (today === null) return [];
  const to = hasClosedBy(calendar, today, now.time) ? today : addDays(today, -1);
  const from = addDays(plan.lastDay, 1);
  if (to < from || !calendar.covers(from) || !calendar.covers(to)) return [];
  return sessionsWithoutRows(calendar, fetched.parsed.days, from, to).filter((day) => day !== fetched.preliminary?.day);
}

/** The ingest request of a response: its rows, the URL, sha256 and time of retrieval as provenance, its events. */
export function ingestRequestOf(instrument: Instrument, fetched: FetchedSeries): IngestRequest {
  const { days, close, adjClose } = fetched.parsed;
  return {
    symbol: instrument.symbol,
    days,
    close,
    adjClose,
    fileName: fetched.url,
    sha256: fetched.sha256,
    format: fetched.format,
    ingestedAt: fetched.retrievedAt,
    kind: instrument.kind,
    events: fetched.events,
  };
}
