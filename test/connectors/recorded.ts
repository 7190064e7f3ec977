/**
 * Recorded responses (fixtures/, copied from public repositories: see fixtures/README.md) and
 * fetch functions that serve them, so tests run the real connector code with only the HTTP
 * exchange replaced.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConnectorError, type FetchFunction } from '../../src/data/connectors/index.js';

/** A recorded Yahoo exchange as yahoo-finance2's recorder writes it. */
export interface RecordedExchange {
  readonly request: { readonly url: string };
  readonly response: { readonly status: number; readonly headers: Record<string, string>; readonly bodyJson: YahooBody };
}

/** The parts of a chart body the tests read (the connector reads it with its own schema). */
export interface YahooBody {
  readonly chart: {
    readonly result: readonly {
      readonly meta: Record<string, unknown> & { readonly gmtoffset: number; readonly currentTradingPeriod?: { readonly regular: { start: number; end: number } } };
      readonly timestamp?: readonly number[];
      readonly events?: {
        readonly splits?: Record<string, { readonly date: number; readonly numerator: number; readonly denominator: number }>;
        readonly dividends?: Record<string, { readonly date: number; readonly amount: number }>;
      };
      readonly indicators: { readonly quote: readonly { readonly close?: readonly (number | null)[] }[]; readonly adjclose?: readonly { readonly adjclose?: readonly (number | null)[] }[] };
    }[];
    readonly error: unknown;
  };
}

/** Absolute path of a fixture under test/connectors/fixtures/. */
export function recordedPath(name: string): string {
  return fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
}

/** The text of a fixture. */
export function recordedText(name: string): string {
  return readFileSync(recordedPath(name), 'utf8');
}

/** A recorded Yahoo exchange (`yahoo/NAME.json`). */
export function recordedYahoo(name: string): RecordedExchange {
  return JSON.parse(recordedText(`yahoo/${name}`)) as RecordedExchange;
}

/** What the stub answers: a status, headers and a body. */
export interface StubResponse {
  readonly status?: number;
  readonly headers?: Record<string, string>;
  readonly body: string | Uint8Array;
}

/** A fetch function answering each call with `answer(url, callIndex)`; the URLs asked are kept in `calls`. */
export function stubFetch(answer: (url: string, call: number) => StubResponse | Promise<StubResponse>): { fetch: FetchFunction; calls: string[] } {
  const calls: string[] = [];
  const fetch: FetchFunction = async (url) => {
    calls.push(url);
    const reply = await answer(url, calls.length - 1);
    return new Response(reply.body, { status: reply.status ?? 200, headers: reply.headers ?? { 'content-type': 'application/json' } });
  };
  return { fetch, calls };
}

/** The body of a recorded Yahoo exchange as the server sent it (JSON text). */
export function yahooBodyText(exchange: RecordedExchange): string {
  return JSON.stringify(exchange.response.bodyJson);
}

/**
 * The exchange date of a Yahoo bar computed without the connector: the response's own UTC
 * offset added to the instant. (Valid for the sessions here, which open hours away from
 * midnight, whatever the daylight-saving offset of the day.)
 */
export function dateByOffset(epochSeconds: number, gmtoffset: number): string {
  return new Date((epochSeconds + gmtoffset) * 1000).toISOString().slice(0, 10);
}

/** The ConnectorError a promise rejects with (fails the test when it resolves or rejects with anything else). */
export async function failure(promise: Promise<unknown>): Promise<ConnectorError> {
  const error: unknown = await promise.then(() => undefined, (caught: unknown) => caught);
  if (!(error instanceof ConnectorError)) throw new Error(`expected a ConnectorError, got ${String(error)}`);
  return error;
}
