/**
 * The HTTP boundary of the connectors: one GET with a timeout, retries with exponential
 * backoff on network errors and 5xx, and 429 answered by waiting for its Retry-After. The
 * fetch function is injected, so tests run the connector code against recorded responses.
 */
import { createHash } from 'node:crypto';

/** The part of the WHATWG fetch the connectors use (the global `fetch` satisfies it). */
export type FetchFunction = (url: string, init: { readonly signal: AbortSignal; readonly headers: Record<string, string> }) => Promise<Response>;

/** How requests are made: the fetch function, its timeout and the retry policy. */
export interface HttpOptions {
  readonly fetch: FetchFunction;
  /** Per attempt, in milliseconds. Default 15,000. */
  readonly timeoutMs?: number;
  /** Attempts after the first (network errors, 5xx, 429). Default 3. */
  readonly retries?: number;
  /** The first backoff in milliseconds, doubled on each retry. Default 500. */
  readonly backoffMs?: number;
  /** The longest Retry-After honoured, in milliseconds; a longer one fails the fetch. Default 60,000. */
  readonly maxRetryAfterMs?: number;
  /** Waits (injected so tests need not wait). Default setTimeout. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** The clock for the time of retrieval. Default `new Date()`. */
  readonly now?: () => Date;
}

/** A response body that arrived with status 200. */
export interface FetchedBody {
  /** The URL requested (as given; the caller redacts keys before storing it). */
  readonly url: string;
  readonly bytes: Uint8Array;
  /** sha256 of `bytes`, lower-case hex: the provenance of every row taken from them. */
  readonly sha256: string;
  /** When the body was received. */
  readonly retrievedAt: Date;
  /** The Content-Type header, lower case ('' when absent). */
  readonly contentType: string;
}

/** The outcome of a GET: a body, or the reason there is none (status, network, timeout). */
export type FetchOutcome =
  | { readonly ok: true; readonly body: FetchedBody }
  | {
      readonly ok: false;
      readonly status: number | null;
      readonly reason: string;
      /** The start of the error response's body (at most 4,000 characters), when there was one: some APIs explain an error there. */
      readonly errorBody?: string;
    };

const USER_AGENT = 'marketfacts/0.1 (daily closes for market news)';

/** GETs `url` under the retry policy of `options`. Never throws for a network or HTTP failure. */
export async function getWithRetries(url: string, options: HttpOptions): Promise<FetchOutcome> {
  const retries = options.retries ?? 3;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let backoff = options.backoffMs ?? 500;
  let last: FetchOutcome = { ok: false, status: null, reason: 'no attempt made' };
  for (let attempt = 0; attempt <= retries; attempt += 1) {
    last = await getOnce(url, options);
    if (last.ok || !isRetryable(last.status)) return last;
    if (attempt === retries) break;
    let wait = backoff;
    if (last.status === 429) {
      const asked = 'retryAfterMs' in last && typeof last.retryAfterMs === 'number' ? last.retryAfterMs : backoff;
      const limit = options.maxRetryAfterMs ?? 60_000;
      if (asked > limit) return { ok: false, status: 429, reason: `HTTP 429 Too Many Requests; the server asks to wait ${Math.ceil(asked / 1000)} s (more than ${limit / 1000} s)` };
      wait = Math.max(asked, backoff);
    }
    await sleep(wait);
    backoff *= 2;
  }
  if (last.ok || retries === 0) return last;
  return { ...last, reason: `${last.reason} (after ${retries + 1} attempts)` };
}

function isRetryable(status: number | null): boolean {
  return status === null || status === 429 || status >= 500;
}

async function getOnce(url: string, options: HttpOptions): Promise<FetchOutcome & { readonly retryAfterMs?: number }> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  let response: Response;
  let bytes: Uint8Array;
  try {
    const signal = AbortSignal.timeout(timeoutMs);
    response = await options.fetch(url, { signal, headers: { 'user-agent': USER_AGENT, accept: '*/*' } });
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error: unknown) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'TimeoutError' || name === 'AbortError') return { ok: false, status: null, reason: `no response within ${timeoutMs / 1000} s` };
    return { ok: false, status: null, reason: `network error: ${describeNetworkError(error)}` };
  }
  if (response.status === 429) {
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), (options.now ?? (() => new Date()))());
    return { ok: false, status: 429, reason: 'HTTP 429 Too Many Requests', ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
  }
  if (response.status !== 200) {
    const errorBody = Buffer.from(bytes.subarray(0, 4000)).toString('utf8');
    return { ok: false, status: response.status, reason: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, errorBody };
  }
  const retrievedAt = (options.now ?? (() => new Date()))();
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { ok: true, body: { url, bytes, sha256, retrievedAt, contentType: (response.headers.get('content-type') ?? '').toLowerCase() } };
}

/**
 * A Retry-After header in milliseconds: delta-seconds (`120`) or an HTTP date; undefined when
 * absent or unreadable. A date in the past gives 0.
 */
export function parseRetryAfter(header: string | null, now: Date): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String((cause as { code: unknown }).code) : '';
  const message = cause instanceof Error ? cause.message : error.message;
  return (code && !message.includes(code) ? `${code} ${message}` : message).split('\n')[0] ?? message;
}
