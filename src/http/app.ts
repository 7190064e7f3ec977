/**
 * The HTTP app: the API routes over one {@link Store}, the built web app, security headers on
 * every response and one error handler that turns every failure into problem details.
 * Build it with {@link buildApp}; tests call it in-process with `app.inject()`.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { MAX_ARTICLE_BYTES, StoreDamagedError, type Store } from '../api/index.js';
import { OPENAPI_DOCUMENT } from './openapi.js';
import { HttpProblem, problemOf } from './problem.js';
import { jsonText, registerApiRoutes } from './routes.js';
import { isAppPage, type WebApp } from './static-files.js';

/** Options of {@link buildApp}. */
export interface AppOptions {
  readonly store: Store;
  /** The built web app (none: only the API). */
  readonly web?: WebApp;
  /** Longest a request may take from its first byte to the end of the response, ms (default 30 s). */
  readonly requestTimeoutMs?: number;
  /** Where a one-line report of an internal error or a damaged store goes (default stderr). */
  readonly logError?: (line: string) => void;
}

/**
 * The content security policy: everything from this server only, no inline script or style
 * markup, no framing, no plugins. The charts draw on canvas, which the policy allows.
 */
export const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** Builds the app (not listening: call `listen`, or `inject` in tests). */
export function buildApp(options: AppOptions): FastifyInstance {
  const timeout = options.requestTimeoutMs ?? 30_000;
  const logError = options.logError ?? ((line: string) => process.stderr.write(`${line}\n`));
  const app = Fastify({
    logger: false,
    bodyLimit: MAX_ARTICLE_BYTES,
    requestTimeout: timeout,
    connectionTimeout: timeout,
    keepAliveTimeout: 5_000,
    return503OnClosing: true,
  });
  app.addHook('onRequest', async (_request, reply) => {
    reply.headers(SECURITY_HEADERS);
  });
  app.setErrorHandler(async (error, request, reply) => {
    const problem = problemOf(error, request.url);
    if (error instanceof StoreDamagedError) logError(`marketfacts serve: ${request.method} ${request.url}: ${error.message}`);
    else if (problem.status >= 500) logError(`marketfacts serve: internal error on ${request.method} ${request.url}: ${error instanceof Error ? error.message : String(error)}`);
    return reply.status(problem.status).type('application/problem+json').send(jsonText(problem));
  });
  const openApiText = jsonText(OPENAPI_DOCUMENT);
  app.get('/api/openapi.json', async (_request, reply) => reply.type('application/json; charset=utf-8').send(openApiText));
  registerApiRoutes(app, options.store);
  const web = options.web;
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (web !== undefined && (request.method === 'GET' || request.method === 'HEAD') && !path.startsWith('/api/')) {
      const file = web.files.get(path) ?? (isAppPage(path) ? web.index : undefined);
      if (file !== undefined) return reply.type(file.type).header('cache-control', file.cacheControl).send(file.body);
    }
    throw new HttpProblem(404, `no such ${path.startsWith('/api/') ? 'route' : 'page or file'}: ${request.method} ${path}`);
  });
  return app;
}
