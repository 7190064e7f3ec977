/** What the store holds: the `instruments --json` objects. */
import type { Instrument } from '../core/instrument.js';
import type { StoreReader } from '../data/store-reader.js';
import type { InstrumentSummary } from '../data/store.js';

/** One instrument of `instruments --json`: dates `YYYY-MM-DD` (null without data) and row counts. */
export interface InstrumentJson {
  readonly symbol: string;
  readonly name: string;
  readonly kind: string;
  readonly unit: string;
  readonly currency: string | null;
  readonly source: string;
  readonly first_date: string | null;
  readonly last_date: string | null;
  readonly rows: number;
  readonly close_rows: number;
  readonly adj_close_rows: number;
}

/** The instruments with data, and with `all` also the registered ones without data (listed last). */
export async function listStoredInstruments(store: StoreReader, all: boolean): Promise<{ summaries: InstrumentSummary[]; empty: Instrument[] }> {
  const summaries = await store.listInstruments();
  const stored = new Set<string>(summaries.map((summary) => summary.instrument.symbol));
  const empty = all ? store.registry.instruments.filter((instrument) => !stored.has(instrument.symbol)) : [];
  return { summaries, empty };
}

/** The `instruments --json` array. */
export function instrumentsJson(summaries: readonly InstrumentSummary[], empty: readonly Instrument[]): InstrumentJson[] {
  return [
    ...summaries.map((s) => ({
      symbol: s.instrument.symbol,
      name: s.instrument.name,
      kind: s.instrument.kind,
      unit: s.instrument.unit,
      currency: s.instrument.currency,
      source: s.instrument.source,
      first_date: s.firstDate,
      last_date: s.lastDate,
      rows: s.rows,
      close_rows: s.closeRows,
      adj_close_rows: s.adjCloseRows,
    })),
    ...empty.map((i) => ({ symbol: i.symbol, name: i.name, kind: i.kind, unit: i.unit, currency: i.currency, source: i.source, first_date: null, last_date: null, rows: 0, close_rows: 0, adj_close_rows: 0 })),
  ];
}
