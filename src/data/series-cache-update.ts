/**
 * The series cache's content after a write, read again only where the write changed it. A
 * writer that found the cache current when it took the store's lock, before writing anything
 * (the cache's rows then are the store's rows), keeps every symbol it did not write as cached,
 * and of a symbol it wrote keeps the cached rows before the first day it wrote and reads the
 * rest from the store. Without such a cache everything is read (series-cache.ts).
 */
import { statSync } from 'node:fs';
import { formatIsoDay, type DayNumber } from '../core/date.js';
import { registryOrder, unregisteredInstrument } from './registry.js';
import type { RowsToCache } from './series-cache-file.js';
import { readSeriesCacheContent, type SeriesCacheContent } from './series-cache.js';
import { countPresent, type StoredRows } from './store-rows.js';
import type { InstrumentSummary, MarketStore } from './store.js';

/** The last day number a store row can have (Int32). */
const LAST_DAY = 2 ** 31 - 1;

/**
 * The cache content of `store` (open for writing, checkpointed, its lock still held) given
 * `previous`, the rows of the cache that was current when it was opened (undefined when none
 * was): see the module comment.
 */
export async function readUpdatedCacheContent(store: MarketStore, previous: ReadonlyMap<string, RowsToCache> | undefined): Promise<SeriesCacheContent> {
  if (previous === undefined) return readSeriesCacheContent(store);
  const { size, mtimeMs } = statSync(store.path);
  const written = store.writtenSinceOpen();
  const rows = new Map<string, StoredRows & { readonly symbol: string }>();
  for (const [symbol, cached] of previous) {
    if (!written.has(symbol)) rows.set(symbol, { symbol, ...fullRows(cached) });
  }
  for (const [symbol, fromDay] of written) {
    const tail = Number.isFinite(fromDay) ? await store.storedRows(symbol, { from: fromDay, to: LAST_DAY }) : await store.storedRows(symbol);
    const cached = previous.get(symbol);
    const head = cached === undefined || !Number.isFinite(fromDay) ? undefined : rowsBefore(fullRows(cached), fromDay);
    rows.set(symbol, { symbol, ...(head === undefined ? tail : concatRows(head, tail)) });
  }
  const order = registryOrder(store.registry);
  const kept = [...rows.values()].filter((one) => one.days.length > 0).sort((a, b) => order(a.symbol, b.symbol));
  const shippedDataVersion = (await store.readMeta('shipped_data_version')) ?? null;
  return {
    summaries: kept.map((one) => summaryOf(store, one)),
    rows: kept,
    shippedDataVersion,
    storeSize: size,
    storeMtimeMs: mtimeMs,
    instruments: await store.storedInstruments(),
  };
}

function fullRows(cached: RowsToCache): StoredRows {
  const missing = (): Float64Array => new Float64Array(cached.days.length).fill(Number.NaN);
  return { days: cached.days, close: cached.close ?? missing(), adjClose: cached.adjClose ?? missing() };
}

/** The rows before `day` (ascending days: a binary search). */
function rowsBefore(rows: StoredRows, day: number): StoredRows {
  let lo = 0;
  let hi = rows.days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((rows.days[mid] ?? 0) < day) lo = mid + 1;
    else hi = mid;
  }
  return { days: rows.days.subarray(0, lo), close: rows.close.subarray(0, lo), adjClose: rows.adjClose.subarray(0, lo) };
}

function concatRows(head: StoredRows, tail: StoredRows): StoredRows {
  const n = head.days.length + tail.days.length;
  const days = new Int32Array(n);
  const close = new Float64Array(n);
  const adjClose = new Float64Array(n);
  days.set(head.days);
  days.set(tail.days, head.days.length);
  close.set(head.close);
  close.set(tail.close, head.days.length);
  adjClose.set(head.adjClose);
  adjClose.set(tail.adjClose, head.days.length);
  return { days, close, adjClose };
}

/** The summary {@link MarketStore.listInstruments} gives, from the rows (non-empty). */
function summaryOf(store: MarketStore, one: StoredRows & { readonly symbol: string }): InstrumentSummary {
  const firstDay = (one.days[0] ?? 0) as DayNumber;
  const lastDay = (one.days[one.days.length - 1] ?? 0) as DayNumber;
  return {
    instrument: store.registry.find(one.symbol) ?? unregisteredInstrument(one.symbol),
    firstDay,
    lastDay,
    firstDate: formatIsoDay(firstDay),
    lastDate: formatIsoDay(lastDay),
    rows: one.days.length,
    closeRows: countPresent(one.close),
    adjCloseRows: countPresent(one.adjClose),
  };
}
