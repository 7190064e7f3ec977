/** The HTTP policy: timeouts, retries with backoff, 429 and its Retry-After. */
import { describe, expect, it } from 'vitest';
import { getWithRetries, parseRetryAfter, type HttpOptions } from '../../src/data/connectors/http.js';
import { stubFetch } from './recorded.js';

function policy(fetch: HttpOptions['fetch'], waits: number[], extra: Partial<HttpOptions> = {}): HttpOptions {
  return { fetch, retries: 3, backoffMs: 100, sleep: async (ms) => void waits.push(ms), ...extra };
}

describe('getWithRetries', () => {
  it('a 200 body with its sha256 and time of retrieval', async () => {
    const at = new Date('2026-12-01T21:00:00Z');
    const outcome = await getWithRetries('http://x.test/a', policy(stubFetch(() => ({ body: 'abc' })).fetch, [], { now: () => at }));
    expect(outcome.ok && outcome.body.sha256).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(outcome.ok && outcome.body.retrievedAt).toBe(at);
  });

  it('5xx and network errors are retried with doubling backoff', async () => {
    const waits: number[] = [];
    const stub = stubFetch((_url, call) => {
      if (call === 0) throw new TypeError('fetch failed');
      return call < 3 ? { status: 503, body: 'busy' } : { body: 'ok' };
    });
    const outcome = await getWithRetries('http://x.test/a', policy(stub.fetch, waits));
    expect(outcome.ok).toBe(true);
    expect(stub.calls).toHaveLength(4);
    expect(waits).toEqual([100, 200, 400]);
  });

  it('a 429 waits as long as Retry-After says, then succeeds', async () => {
    const waits: number[] = [];
    const stub = stubFetch((_url, call) => (call === 0 ? { status: 429, headers: { 'retry-after': '7' }, body: '' } : { body: 'ok' }));
    const outcome = await getWithRetries('http://x.test/a', policy(stub.fetch, waits));
    expect(outcome.ok).toBe(true);
    expect(waits).toEqual([7000]);
  });

  it('a Retry-After beyond the limit fails at once with the wait asked', async () => {
    const stub = stubFetch(() => ({ status: 429, headers: { 'retry-after': '3600' }, body: '' }));
    const outcome = await getWithRetries('http://x.test/a', policy(stub.fetch, []));
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.reason).toBe('HTTP 429 Too Many Requests; the server asks to wait 3600 s (more than 60 s)');
    expect(stub.calls).toHaveLength(1);
  });

  it('a 404 is not retried; the attempts are counted when retries run out', async () => {
    const notFound = stubFetch(() => ({ status: 404, body: 'no' }));
    const once = await getWithRetries('http://x.test/a', policy(notFound.fetch, []));
    expect(!once.ok && once.reason).toBe('HTTP 404');
    expect(notFound.calls).toHaveLength(1);
    const down = await getWithRetries('http://x.test/a', policy(stubFetch(() => ({ status: 502, body: '' })).fetch, []));
    expect(!down.ok && down.reason).toBe('HTTP 502 (after 4 attempts)');
  });

  it('a server that does not answer times out', async () => {
    const hang: HttpOptions['fetch'] = (_url, init) =>
      new Promise((_resolve, reject) => init.signal.addEventListener('abort', () => reject(init.signal.reason as Error)));
    const outcome = await getWithRetries('http://x.test/a', policy(hang, [], { timeoutMs: 20, retries: 1 }));
    expect(!outcome.ok && outcome.reason).toBe('no response within 0.02 s (after 2 attempts)');
  });
});

describe('parseRetryAfter', () => {
  const now = new Date('2026-12-01T21:00:00Z');
  it('seconds, an HTTP date, a past date, nothing', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Tue, 01 Dec 2026 21:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Tue, 01 Dec 2026 20:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});
