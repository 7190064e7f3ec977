/**
 * Yahoo chart bodies for instruments no recording exists for (the shipped indexes and funds):
 * the recorded one-bar AAPL response (test/connectors/fixtures/) is the template, its meta
 * kept in shape, and its bars, symbol, zone and quote replaced by the rows given. Used by the
 * update benchmark and by the tests of `brief --live`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const TEMPLATE = fileURLToPath(new URL('../../test/connectors/fixtures/yahoo/chart-AAPL-2020-01-01-to-2020-01-03.json', import.meta.url));
const TEMPLATE_FROM_SOURCE = fileURLToPath(new URL('../test/connectors/fixtures/yahoo/chart-AAPL-2020-01-01-to-2020-01-03.json', import.meta.url));

/** One bar: ISO date, close and (optionally) adjusted close. */
export interface ChartRow {
  readonly date: string;
  readonly close: number;
  readonly adjclose?: number;
}

/** What to put in the body. */
export interface ChartBodyOptions {
  readonly symbol: string;
  readonly rows: readonly ChartRow[];
  /** The latest price and its time (`meta.regularMarketPrice`, `regularMarketTime`); default the last row's close at 16:00 New York. */
  readonly quote?: { readonly price: number; readonly time: Date };
}

function readTemplate(): { response: { bodyJson: { chart: { result: Record<string, unknown>[] } } } } {
  let text: string;
  try {
    text = readFileSync(TEMPLATE_FROM_SOURCE, 'utf8');
  } catch {
    text = readFileSync(TEMPLATE, 'utf8');
  }
  return JSON.parse(text) as { response: { bodyJson: { chart: { result: Record<string, unknown>[] } } } };
}

/** The UTC instant of 09:30 in New York on `date` (13:30 or 14:30 UTC by daylight saving). */
export function newYorkOpenSeconds(date: string): number {
  for (const hour of [13, 14]) {
    const instant = Date.parse(`${date}T${String(hour).padStart(2, '0')}:30:00Z`);
    const local = new Intl.DateTimeFormat('en-GB', { timeZone: 'America/New_York', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(instant));
    if (local === '09:30') return instant / 1000;
  }
  throw new Error(`no 09:30 New York on ${date}`);
}

/** A chart body (JSON text) for a New York instrument with `rows` as its bars. */
export function chartBody(options: ChartBodyOptions): string {
  const body = readTemplate().response.bodyJson;
  const result = body.chart.result[0] ?? {};
  const last = options.rows[options.rows.length - 1];
  const quote = options.quote ?? { price: last?.close ?? 0, time: new Date((newYorkOpenSeconds(last?.date ?? '2020-01-02') + 6.5 * 3600) * 1000) };
  const meta: Record<string, unknown> = { ...(result['meta'] as Record<string, unknown>), symbol: options.symbol, regularMarketPrice: quote.price, regularMarketTime: Math.floor(quote.time.getTime() / 1000) };
  delete meta['currentTradingPeriod'];
  const hasAdj = options.rows.some((row) => row.adjclose !== undefined);
  const chart = {
    meta,
    timestamp: options.rows.map((row) => newYorkOpenSeconds(row.date)),
    indicators: {
      quote: [{ close: options.rows.map((row) => row.close) }],
      adjclose: [{ adjclose: options.rows.map((row) => (hasAdj ? (row.adjclose ?? null) : row.close)) }],
    },
  };
  return JSON.stringify({ chart: { result: [chart], error: null } });
}
