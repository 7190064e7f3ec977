/**
 * Updating one instrument from a recorded Yahoo response into a real DuckDB store: the window
 * merge, the whole history fetched when the overlap was re-adjusted, provenance, events, dry
 * runs, failures that leave the store as it was, preliminary rows never stored.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { formatIsoDay, parseIsoDay, type DayNumber } from '../../src/core/date.js';
import type { Instrument } from '../../src/core/instrument.js';
import { connectorSettings, parseSourceSpec, type ConnectorContext } from '../../src/data/connectors/index.js';
import { applyUpdates, planUpdate, prepareUpdate, updateInstrument, type UpdatePlan } from '../../src/data/connectors/update-symbol.js';
import { parseInstrument } from '../../src/data/instrument-config.js';
import { BUILTIN_REGISTRY, createRegistry } from '../../src/data/registry.js';
import type { InstrumentSummary } from '../../src/data/store.js';
import { MarketStore } from '../../src/data/store.js';
import { temporaryDirectory } from '../data/fixtures.js';
import { dumpStore } from '../data/store-helpers.js';
import { dateByOffset, failure, recordedYahoo, stubFetch, yahooBodyText } from './recorded.js';

const AAPL_SPLIT = recordedYahoo('chart-AAPL-2020-08-31-to-2020-11-07.json');
const BODY = yahooBodyText(AAPL_SPLIT);
const RESULT = AAPL_SPLIT.response.bodyJson.chart.result[0];
const TIMESTAMPS = RESULT?.timestamp ?? [];
const CLOSES = (RESULT?.indicators.quote[0]?.close ?? []).map((value) => value ?? Number.NaN);
const ADJ = (RESULT?.indicators.adjclose?.[0]?.adjclose ?? []).map((value) => value ?? Number.NaN);
const DAYS = TIMESTAMPS.map((t) => parseIsoDay(dateByOffset(t, RESULT?.meta.gmtoffset ?? 0)) ?? (0 as DayNumber));

const AAPL: Instrument = parseInstrument({ symbol: 'AAPL', name: 'Apple', kind: 'stock', source: 'yahoo:AAPL' }, 'test');
const registry = createRegistry([AAPL]);
const RETRIEVED = new Date('2026-10-03T08:17:05Z');

let dir: { dir: string; remove: () => void };
let path: string;

beforeEach(() => {
  dir = temporaryDirectory();
  path = join(dir.dir, 'update.duckdb');
});
afterEach(() => dir.remove());

function context(answer: Parameters<typeof stubFetch>[0]): { context: ConnectorContext; calls: string[] } {
  const stub = stubFetch(answer);
  return { context: { http: { fetch: stub.fetch, retries: 0, sleep: async () => undefined, now: () => RETRIEVED }, settings: connectorSettings({}) }, calls: stub.calls };
}

/** Stores the first `n` bars of the recorded response, closes multiplied by `factor`. */
async function storeBars(n: number, factor = 1): Promise<void> {
  const store = await MarketStore.open(path, { registry });
  try {
    await store.ingest({
      symbol: 'AAPL',
      days: Int32Array.from(DAYS.slice(0, n)),
      close: Float64Array.from(CLOSES.slice(0, n).map((v) => v * factor)),
      adjClose: Float64Array.from(ADJ.slice(0, n).map((v) => v * factor)),
      fileName: 'AAPL.csv',
      sha256: 'f'.repeat(64),
      format: 'yahoo',
      ingestedAt: new Date('2020-10-01T00:00:00Z'),
    });
  } finally {
    store.close();
  }
}

async function withPlan<T>(work: (store: MarketStore, plan: UpdatePlan) => Promise<T>): Promise<T> {
  const store = await MarketStore.open(path, { registry });
  try {
    const summary = (await store.listInstruments()).find((s) => s.instrument.symbol === 'AAPL');
    const spec = parseSourceSpec(AAPL.source);
    if (spec === undefined) throw new Error('no spec');
    return await work(store, planUpdate(AAPL, spec, summary));
  } finally {
    store.close();
  }
}

async function queryRows(sql: string): Promise<unknown[][]> {
  const instance = await DuckDBInstance.create(path, { access_mode: 'READ_ONLY' });
  const connection = await instance.connect();
  try {
    return (await connection.runAndReadAll(sql)).getRows();
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe('update of one instrument', () => {
  it('adds the bars after the last stored day, leaves the overlap unchanged, asks from a week before it', async () => {
    await storeBars(40);
    const { context: ctx, calls } = context(() => ({ body: BODY }));
    const outcome = await withPlan((store, plan) => updateInstrument(store, plan, { context: ctx, dryRun: false }));
    expect(outcome.report.added).toBe(TIMESTAMPS.length - 40);
    expect(outcome.report.revised).toBe(0);
    expect(outcome.report.unchanged).toBe(40);
    expect(outcome.fullHistory).toBe(false);
    expect(calls).toHaveLength(1);
    const period1 = Number(new URL(calls[0] ?? '').searchParams.get('period1'));
    // Seven days before the last stored day, and one more for exchanges east of UTC.
    expect(period1).toBe(((DAYS[39] ?? 0) - 8) * 86_400);
  });

  it('every new row keeps its provenance: the URL, the sha256 of the response and the time of retrieval', async () => {
    await storeBars(40);
    const { context: ctx, calls } = context(() => ({ body: BODY }));
    await withPlan((store, plan) => updateInstrument(store, plan, { context: ctx, dryRun: false }));
    const store = await MarketStore.open(path, { registry, readOnly: true });
    try {
      const provenance = await store.provenance('AAPL', DAYS[DAYS.length - 1] ?? (0 as DayNumber));
      expect(provenance).toEqual({ fileName: calls[0], sha256: createHash('sha256').update(BODY).digest('hex'), ingestedAt: RETRIEVED.toISOString() });
      expect((await store.provenance('AAPL', DAYS[0] ?? (0 as DayNumber)))?.fileName).toBe('AAPL.csv');
    } finally {
      store.close();
    }
  });

  it('splits and dividends are stored', async () => {
    await storeBars(40);
    const { context: ctx } = context(() => ({ body: BODY }));
    await withPlan((store, plan) => updateInstrument(store, plan, { context: ctx, dryRun: false }));
    const rows = await queryRows("SELECT strftime(DATE '1970-01-01' + day, '%Y-%m-%d'), kind, value, text FROM corporate_actions WHERE symbol = 'AAPL' ORDER BY day");
    const gmt = RESULT?.meta.gmtoffset ?? 0;
    const expected = [
      ...Object.values(RESULT?.events?.splits ?? {}).map((s) => [dateByOffset(s.date, gmt), 'split', s.numerator / s.denominator, `${s.numerator}:${s.denominator}`]),
      ...Object.values(RESULT?.events?.dividends ?? {}).map((d) => [dateByOffset(d.date, gmt), 'dividend', d.amount, String(d.amount)]),
    ];
    expect(rows).toEqual(expected);
  });

  it('a history stored before the 4-for-1 split (closes four times higher) is re-adjusted: whole history fetched, every old row revised and reported', async () => {
    await storeBars(10, 4);
    const { context: ctx, calls } = context(() => ({ body: BODY }));
    const outcome = await withPlan((store, plan) => updateInstrument(store, plan, { context: ctx, dryRun: false }));
    expect(calls).toHaveLength(2);
    expect(Number(new URL(calls[1] ?? '').searchParams.get('period1'))).toBe(-2_208_988_800);
    expect(outcome.fullHistory).toBe(true);
    expect(outcome.report.revised).toBe(10);
    expect(outcome.report.added).toBe(TIMESTAMPS.length - 10);
    expect(outcome.newEvents.map((e) => `${e.kind} ${e.text} ${formatIsoDay(e.day)}`)).toContain(`split 4:1 ${formatIsoDay(DAYS[0] ?? (0 as DayNumber))}`);
    const stored = await queryRows("SELECT close FROM observations WHERE symbol = 'AAPL' ORDER BY day");
    expect(stored.map((row) => row[0])).toEqual(CLOSES);
  });

  it('--dry-run reports the same counts and writes nothing', async () => {
    await storeBars(10, 4);
    const before = await dumpStore(path);
    const { context: ctx } = context(() => ({ body: BODY }));
    const outcome = await withPlan((store, plan) => updateInstrument(store, plan, { context: ctx, dryRun: true }));
    expect(outcome.dryRun).toBe(true);
    expect(outcome.report.revised).toBe(10);
    expect(outcome.report.added).toBe(TIMESTAMPS.length - 10);
    expect(await dumpStore(path)).toBe(before);
  });

  it('a failed fetch leaves the symbol as it was', async () => {
    await storeBars(40);
    const before = await dumpStore(path);
    const { context: ctx } = context(() => ({ status: 503, body: 'unavailable' }));
    const error = await failure(withPlan((store, plan) => updateInstrument(store, plan, { context: ctx, dryRun: false })));
    expect(error.reason).toBe('HTTP 503');
    expect(await dumpStore(path)).toBe(before);
  });

  it('a bar of a session still trading is never stored', async () => {
    await storeBars(40);
    const lastOpen = TIMESTAMPS[TIMESTAMPS.length - 1] ?? 0;
    const body = JSON.parse(BODY) as { chart: { result: { meta: Record<string, unknown> }[] } };
    const meta = body.chart.result[0]?.meta;
    if (meta) meta['currentTradingPeriod'] = { regular: { start: lastOpen, end: lastOpen + 6.5 * 3600 } };
    const ctx: ConnectorContext = { ...context(() => ({ body: JSON.stringify(body) })).context };
    const during: ConnectorContext = { ...ctx, http: { ...ctx.http, now: () => new Date((lastOpen + 3600) * 1000) } };
    const outcome = await withPlan((store, plan) => updateInstrument(store, plan, { context: during, dryRun: false }));
    expect(outcome.fetched.preliminary?.day).toBe(DAYS[DAYS.length - 1]);
    expect(outcome.report.added).toBe(TIMESTAMPS.length - 41);
    const last = await queryRows("SELECT max(day) FROM observations WHERE symbol = 'AAPL'");
    expect(last[0]?.[0]).toBe(DAYS[DAYS.length - 2]);
  });
});

describe('several instruments written together', () => {
  it('in one transaction; when one cannot be written, each on its own: that one fails with its rows as they were, the others stand', async () => {
    await storeBars(40);
    const { context: ctx } = context(() => ({ body: BODY }));
    const applied = await withPlan(async (store, plan) => {
      const good = await prepareUpdate(store, plan, { context: ctx, dryRun: false });
      // A request the merge refuses (days out of order) under another symbol, after the good one: the one transaction fails half way.
      const badDays = Int32Array.from(good.request.days).reverse();
      const bad = { ...good, request: { ...good.request, symbol: 'AAPLX', days: badDays } };
      return applyUpdates(store, [good, bad]);
    });
    expect(applied.map((one) => one.ok)).toEqual([true, false]);
    const [written, failed] = applied;
    expect(failed?.ok === false ? String(failed.error) : '').toMatch(/days must ascend strictly/);
    expect(written?.ok === true ? written.outcome.report.added : -1).toBe(TIMESTAMPS.length - 40);
    expect(await queryRows("SELECT count(*) FROM observations WHERE symbol = 'AAPLX'")).toEqual([[0n]]);
    expect(await queryRows("SELECT count(*) FROM observations WHERE symbol = 'AAPL'")).toEqual([[BigInt(TIMESTAMPS.length)]]);
  });
});

describe('the sessions an update expects', () => {
  it('NYSE sessions closed by the time of retrieval that the response lacks are named; weekends are not sessions', async () => {
    await storeBars(40);
    // The recorded response ends Friday, Nov. 6, 2020; fetched Tuesday, Nov. 10, at 5 p.m. New York time.
    const { context: ctx } = context(() => ({ body: BODY }));
    const late: ConnectorContext = { ...ctx, http: { ...ctx.http, now: () => new Date('2020-11-10T22:00:00Z') } };
    const outcome = await withPlan((store, plan) => updateInstrument(store, plan, { context: late, dryRun: true }));
    expect(outcome.missingSessions.map((day) => formatIsoDay(day))).toEqual(['2020-11-09', '2020-11-10']);
  });

  it('before the close of the day, that day is not expected yet', async () => {
    await storeBars(40);
    const { context: ctx } = context(() => ({ body: BODY }));
    const early: ConnectorContext = { ...ctx, http: { ...ctx.http, now: () => new Date('2020-11-10T15:00:00Z') } };
    const outcome = await withPlan((store, plan) => updateInstrument(store, plan, { context: early, dryRun: true }));
    expect(outcome.missingSessions.map((day) => formatIsoDay(day))).toEqual(['2020-11-09']);
  });
});

describe('planUpdate: the closes stored follow what the store holds', () => {
  const summary = (instrument: Instrument, closeRows: number, adjCloseRows: number): InstrumentSummary => ({
    instrument,
    firstDay: 0 as DayNumber,
    lastDay: 100 as DayNumber,
    firstDate: formatIsoDay(0 as DayNumber),
    lastDate: formatIsoDay(100 as DayNumber),
    rows: Math.max(closeRows, adjCloseRows),
    closeRows,
    adjCloseRows,
  });
  const plan = (symbol: string, closeRows: number, adjRows: number): string => {
    const instrument = BUILTIN_REGISTRY.find(symbol);
    const spec = instrument === undefined ? undefined : parseSourceSpec(instrument.source);
    if (instrument === undefined || spec === undefined) throw new Error(symbol);
    return `${spec.connector}:${spec.ticker} ${planUpdate(instrument, spec, summary(instrument, closeRows, adjRows)).columns}`;
  };

  it('the built-ins: indexes the close, funds with both both, the adjusted-only fund adjusted closes, yields from FRED', () => {
    expect(plan('SPX', 10, 0)).toBe('yahoo:^GSPC close');
    expect(plan('SPY', 10, 10)).toBe('yahoo:SPY both');
    expect(plan('IWO', 0, 10)).toBe('yahoo:IWO adjusted');
    expect(plan('US10Y', 10, 0)).toBe('fred:DGS10 close');
  });

  it('with nothing stored: a stock both, an adjusted-only source adjusted, the whole history', () => {
    const spec = parseSourceSpec('yahoo:AAPL');
    if (spec === undefined) throw new Error('spec');
    expect(planUpdate(AAPL, spec, undefined)).toMatchObject({ columns: 'both', lastDay: null });
    const iwo = BUILTIN_REGISTRY.find('IWO');
    const iwoSpec = iwo === undefined ? undefined : parseSourceSpec(iwo.source);
    if (iwo === undefined || iwoSpec === undefined) throw new Error('IWO');
    expect(planUpdate(iwo, iwoSpec, undefined).columns).toBe('adjusted');
  });
});
