/**
 * The HTTP app in-process (`app.inject`), over a real DuckDB store built from the shipped
 * data: bodies are the command line's bytes, errors are problem details with the fitting
 * status, static files stay inside their folder, and nothing a request does writes.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/api/index.js';
import { buildApp } from '../../src/http/app.js';
import type { OPENAPI_DOCUMENT } from '../../src/http/openapi.js';
import { loadWebApp } from '../../src/http/static-files.js';
import { buildShippedFixture, runCli, type ShippedStoreFixture } from '../data/store-helpers.js';
import { readShippedRows, REPO_ROOT, shippedFileOf } from '../helpers/shipped-series.js';

let fixture: ShippedStoreFixture;
let store: Store;
let app: FastifyInstance;
let webDir: string;

beforeAll(async () => {
  fixture = await buildShippedFixture();
  // A web folder of the test's own, and a file beside it that must never be served.
  webDir = join(fixture.dir, 'web');
  mkdirSync(join(webDir, 'assets'), { recursive: true });
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>marketfacts</title>');
  writeFileSync(join(webDir, 'assets', 'app-1234.js'), 'console.log(1);');
  writeFileSync(join(fixture.dir, 'secret.txt'), 'not for the web');
  store = await openStore({ db: fixture.path, writeCache: false });
  app = buildApp({ store, web: loadWebApp(webDir), logError: () => undefined });
});

afterAll(async () => {
  await app.close();
  store.close();
  fixture.remove();
});

async function cli(args: string[]): Promise<string> {
  const run = await runCli(fixture, [...args, '--db', fixture.path]);
  expect(run.stderr).toBe('');
  return run.stdout;
}

describe('bodies are the command line output, byte for byte', () => {
  it('GET /api/stats/RUT?date=2024-11-25', async () => {
    const response = await app.inject('/api/stats/RUT?date=2024-11-25');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.body).toBe(await cli(['stats', 'RUT', '--date', '2024-11-25', '--json']));
    const rows = readShippedRows(shippedFileOf('RUT'));
    expect((response.json() as { close: number }).close).toBe(rows.find((row) => row.date === '2024-11-25')?.close);
  });

  it.each([
    ['/api/stats/US10Y?date=2024-11-25&trailing=4w', ['stats', 'US10Y', '--date', '2024-11-25', '--trailing', '4w', '--json']],
    ['/api/seasonality/RUT?from=1988&to=2023', ['seasonality', 'RUT', '--from', '1988', '--to', '2023', '--json']],
    ['/api/series/IWO?from=2024-11-18&to=2024-11-25&adjusted=true', ['series', 'IWO', '--from', '2024-11-18', '--to', '2024-11-25', '--adjusted', '--json']],
    ['/api/instruments', ['instruments', '--json']],
    ['/api/brief?date=2024-11-25', ['brief', '--date', '2024-11-25', '--json']],
    ['/api/brief?date=2024-11-25&format=markdown', ['brief', '--date', '2024-11-25', '--format', 'markdown']],
  ])('GET %s', async (url, args) => {
    const response = await app.inject(url);
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe(await cli(args));
  });

  it('POST /api/check as text/plain and as JSON: the report of check --json (input "request")', async () => {
    const file = join(REPO_ROOT, 'test', 'articles', 'planted-errors.txt');
    const article = readFileSync(file, 'utf8');
    const expected = JSON.parse(await cli(['check', file, '--json'])) as { input: string; counts: { contradicted: number } };
    expect(expected.counts.contradicted).toBeGreaterThan(0);
    const printed = `${JSON.stringify({ ...expected, input: 'request' }, null, 2)}\n`;
    const plain = await app.inject({ method: 'POST', url: '/api/check', headers: { 'content-type': 'text/plain; charset=utf-8' }, payload: article });
    expect(plain.statusCode).toBe(200);
    expect(plain.body).toBe(printed);
    const json = await app.inject({ method: 'POST', url: '/api/check', payload: { text: article } });
    expect(json.body).toBe(printed);
  });

  it('POST /api/check?format=corrected: every contradicted figure replaced, the rest untouched', async () => {
    const article = 'The Russell 2000 rose 1.5% to 2,450.03 on Monday, Nov. 25, 2024. Traders were cheerful.';
    const report = (await app.inject({ method: 'POST', url: '/api/check', headers: { 'content-type': 'text/plain' }, payload: article })).json() as {
      claims: { verdict: string; metric: string }[];
    };
    expect(report.claims.some((claim) => claim.verdict === 'contradicted')).toBe(true);
    const corrected = await app.inject({ method: 'POST', url: '/api/check?format=corrected', headers: { 'content-type': 'text/plain' }, payload: article });
    const close = readShippedRows(shippedFileOf('RUT')).find((row) => row.date === '2024-11-25')?.close ?? Number.NaN;
    expect(corrected.body).toBe(article.replace('2,450.03', close.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })));
  });
});

describe('errors are problem details with the fitting status, never a stack', () => {
  it.each([
    ['/api/stats/RUT?date=2024-13-45', 400, 'date'],
    ['/api/stats/RUT?dte=2024-11-25', 400, 'dte'],
    ['/api/stats/RUT?date=2024-11-25&date=2024-11-26', 400, 'date'],
    ['/api/stats/RUT?basis=gross', 400, 'basis'],
    ['/api/brief?format=pdf', 400, 'format'],
    ['/api/series/RUT?from=2024-11-25&to=2024-11-01', 400, 'from'],
    ['/api/stats/NOPE', 404, 'symbol'],
    ['/api/stats/RUT?date=1980-01-02', 404, 'date'],
    ['/api/seasonality/RUT?from=1950&to=1960', 404, 'from'],
    ['/api/nothing', 404, undefined],
  ])('GET %s: %i', async (url, status, parameter) => {
    const response = await app.inject(url);
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    const problem = response.json() as { status: number; title: string; detail: string; parameter?: string; instance: string };
    expect(problem.status).toBe(status);
    expect(problem.parameter).toBe(parameter);
    expect(problem.instance).toBe(url);
    expect(problem.detail).not.toMatch(/--|\n|\bat .*\(|node_modules/);
  });

  it('a date after the data end answers as of the last session, as the stats command does', async () => {
    const latest = await app.inject('/api/stats/RUT');
    const later = await app.inject('/api/stats/RUT?date=2030-01-02');
    expect(later.statusCode).toBe(200);
    expect((later.json() as { date: string }).date).toBe((latest.json() as { date: string }).date);
  });

  it('413 for a body over 1 MB, 415 for a media type it does not read, 422 for an article without a date', async () => {
    const big = await app.inject({ method: 'POST', url: '/api/check', headers: { 'content-type': 'text/plain' }, payload: 'a'.repeat(1_000_001) });
    expect(big.statusCode).toBe(413);
    const xml = await app.inject({ method: 'POST', url: '/api/check', headers: { 'content-type': 'application/xml' }, payload: '<a/>' });
    expect(xml.statusCode).toBe(415);
    const undated = await app.inject({ method: 'POST', url: '/api/check', headers: { 'content-type': 'text/plain' }, payload: 'The Russell 2000 rose 1.5% to 2,442.03.' });
    expect(undated.statusCode).toBe(422);
    expect((undated.json() as { parameter: string }).parameter).toBe('date');
    const dated = await app.inject({ method: 'POST', url: '/api/check?date=2024-11-25', headers: { 'content-type': 'text/plain' }, payload: 'The Russell 2000 rose 1.5% to 2,442.03.' });
    expect(dated.statusCode).toBe(200);
    for (const response of [big, xml, undated]) expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  });

  it('a broken JSON body or a body of the wrong shape is 400', async () => {
    const broken = await app.inject({ method: 'POST', url: '/api/check', headers: { 'content-type': 'application/json' }, payload: '{"text": ' });
    expect(broken.statusCode).toBe(400);
    const shape = await app.inject({ method: 'POST', url: '/api/check', payload: { article: 'x' } });
    expect(shape.statusCode).toBe(400);
  });
});

describe('headers, static files and the OpenAPI document', () => {
  it('every response carries the content security policy and nosniff', async () => {
    for (const url of ['/healthz', '/api/stats/RUT', '/api/stats/NOPE', '/', '/assets/app-1234.js']) {
      const response = await app.inject(url);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    }
  });

  it('serves the app pages and its files, and nothing outside the folder', async () => {
    for (const page of ['/', '/check', '/instrument/RUT']) {
      const response = await app.inject(page);
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('<title>marketfacts</title>');
    }
    expect((await app.inject('/assets/app-1234.js')).body).toBe('console.log(1);');
    for (const escape of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/..%2fsecret.txt', '//secret.txt', '/assets']) {
      const response = await app.inject(escape);
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain('not for the web');
    }
  });

  it('describes every route in OpenAPI 3.1, and every route it describes answers', async () => {
    const document = (await app.inject('/api/openapi.json')).json() as typeof OPENAPI_DOCUMENT;
    expect(document.openapi).toBe('3.1.0');
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const method of Object.keys(operations)) {
        const url = path.replace('{symbol}', 'RUT') + (method === 'post' ? '?date=2024-11-25' : '');
        const response = await app.inject({ method: method.toUpperCase() as 'GET' | 'POST', url, ...(method === 'post' ? { headers: { 'content-type': 'text/plain' }, payload: 'The Russell 2000 rose.' } : {}) });
        expect([url, response.statusCode]).toEqual([url, 200]);
      }
    }
  });

  it('no endpoint writes: other methods are refused and the store file and its folder are unchanged', async () => {
    const listing = (): string[] => readdirSync(fixture.dir).map((name) => `${name} ${statSync(join(fixture.dir, name)).mtimeMs}`);
    const before = readFileSync(fixture.path);
    const filesBefore = listing();
    for (const url of ['/api/stats/SPX', '/api/brief', '/api/series/VBK', '/api/profile/RUT', '/api/chart/US10Y']) expect((await app.inject(url)).statusCode).toBe(200);
    for (const method of ['PUT', 'DELETE', 'PATCH'] as const) {
      expect((await app.inject({ method, url: '/api/stats/RUT' })).statusCode).toBe(404);
    }
    expect((await app.inject({ method: 'POST', url: '/api/stats/RUT' })).statusCode).toBe(404);
    expect(readFileSync(fixture.path).equals(before)).toBe(true);
    expect(listing()).toEqual(filesBefore);
  });
});
