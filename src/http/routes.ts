/**
 * The API routes. Every body is what the matching command prints, byte for byte: the JSON
 * pretty-printed with two spaces and a newline, as `--json` writes it. Successful GET bodies
 * are kept in memory per store version (the content they come from cannot change under them).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ArgumentError, BriefFormats, type BriefFormat, type Store } from '../api/index.js';
import { HttpProblem } from './problem.js';
import { readQuery } from './query.js';

/** The JSON text of a value as the command line prints it. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const BRIEF_TYPES: Readonly<Record<BriefFormat, string>> = {
  json: JSON_TYPE,
  text: 'text/plain; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

/** How many GET bodies are kept before the cache starts again empty. */
const CACHED_BODIES = 4096;

interface Body {
  readonly type: string;
  readonly text: string;
}

/** GET bodies by URL, valid for one store version. */
class BodyCache {
  private version = -1;
  private readonly bodies = new Map<string, Body>();

  constructor(private readonly store: Store) {}

  async get(url: string, make: () => Promise<Body>): Promise<Body> {
    const current = this.store.version();
    if (this.version !== current) {
      this.bodies.clear();
      this.version = current;
    }
    const hit = this.bodies.get(url);
    if (hit !== undefined) return hit;
    const version = this.version;
    const body = await make();
    if (version === this.store.version()) {
      if (this.bodies.size >= CACHED_BODIES) this.bodies.clear();
      this.bodies.set(url, body);
    }
    return body;
  }
}

type Params = { symbol: string };

/** Registers every /api route and /healthz on the app. */
export function registerApiRoutes(app: FastifyInstance, store: Store): void {
  const cache = new BodyCache(store);
  const get = (path: string, make: (request: FastifyRequest) => Promise<Body>): void => {
    app.get(path, async (request: FastifyRequest, reply: FastifyReply) => {
      const body = await cache.get(request.url, () => make(request));
      return reply.type(body.type).send(body.text);
    });
  };
  const json = async (value: Promise<unknown>): Promise<Body> => ({ type: JSON_TYPE, text: jsonText(await value) });
  const symbolOf = (request: FastifyRequest): string => (request.params as Params).symbol;

  app.get('/healthz', async (_request, reply) => reply.type(JSON_TYPE).send(healthText(store)));

  get('/api/instruments', (request) => {
    const query = readQuery(request.query, ['all']);
    return json(store.instruments({ all: flag(query.all, 'all') }));
  });

  get('/api/series/:symbol', (request) => {
    const query = readQuery(request.query, ['from', 'to', 'adjusted']);
    return json(store.series(symbolOf(request), { ...range(query), adjusted: flag(query.adjusted, 'adjusted') }));
  });

  get('/api/stats/:symbol', (request) => {
    const query = readQuery(request.query, ['date', 'basis', 'trailing']);
    const { date, ...options } = query;
    return json(store.stats(symbolOf(request), date, options));
  });

  get('/api/seasonality/:symbol', (request) => {
    const query = readQuery(request.query, ['from', 'to', 'basis']);
    return json(store.seasonality(symbolOf(request), query));
  });

  get('/api/brief', async (request) => {
    const query = readQuery(request.query, ['date', 'format', 'symbols']);
    const format = query.format ?? 'json';
    if (!(BriefFormats as readonly string[]).includes(format)) throw new HttpProblem(400, `format: "${format}" is not one of ${BriefFormats.join(', ')}`, 'format');
    const brief = { ...(query.date === undefined ? {} : { date: query.date }), ...(query.symbols === undefined ? {} : { symbols: query.symbols }) };
    return { type: BRIEF_TYPES[format as BriefFormat], text: await store.renderBrief(format as BriefFormat, brief) };
  });

  get('/api/chart/:symbol', (request) => json(store.chart(symbolOf(request), readQuery(request.query, ['from', 'to']))));

  get('/api/profile/:symbol', (request) => json(store.profile(symbolOf(request), readQuery(request.query, ['date']).date)));

  app.post('/api/check', async (request, reply) => {
    const query = readQuery(request.query, ['date', 'format']);
    const format = query.format ?? 'json';
    if (format !== 'json' && format !== 'corrected') throw new HttpProblem(400, `format: "${format}" is not one of json, corrected`, 'format');
    const article = articleOf(request.body);
    const date = query.date ?? article.date;
    try {
      if (format === 'corrected') return reply.type('text/plain; charset=utf-8').send(await store.correct(article.text, date === undefined ? {} : { date }));
      return reply.type(JSON_TYPE).send(jsonText(await store.check(article.text, { input: 'request', ...(date === undefined ? {} : { date }) })));
    } catch (error: unknown) {
      // Claims found but no date to read them as of: the article is well-formed but cannot be judged.
      if (error instanceof ArgumentError && error.argument === '--date' && date === undefined) throw new HttpProblem(422, `${error.reason}; give ?date=YYYY-MM-DD`, 'date');
      throw error;
    }
  });
}

const HEALTHY = '{"status":"ok"}\n';

/**
 * The body of /healthz (always status 200: the server answers every request either way):
 * `{"status":"ok"}`, or, when the store file changed and could not be loaded (damaged,
 * missing), `status` `degraded` with the `reason`, and when the content still served was
 * loaded (`loaded_at`) and from a file modified when (`file_modified_at`), ISO 8601.
 */
function healthText(store: Store): string {
  const info = store.info();
  if (info.status === 'ok') return HEALTHY;
  return `${JSON.stringify({ status: info.status, reason: info.reload_error, loaded_at: info.loaded_at, file_modified_at: info.file_modified_at })}\n`;
}

/** A `from`/`to` pair of the query, each only when given. */
function range(query: { from?: string; to?: string }): { from?: string; to?: string } {
  return { ...(query.from === undefined ? {} : { from: query.from }), ...(query.to === undefined ? {} : { to: query.to }) };
}

/** A boolean parameter: absent or `false`/`0` is false, empty, `true` or `1` true. */
function flag(value: string | undefined, name: string): boolean {
  if (value === undefined || value === 'false' || value === '0') return false;
  if (value === '' || value === 'true' || value === '1') return true;
  throw new HttpProblem(400, `${name}: "${value}" is neither true nor false`, name);
}

/** The article of a check request: a text/plain body, or JSON `{"text": "...", "date": "YYYY-MM-DD"}`. */
function articleOf(body: unknown): { text: string; date?: string } {
  if (typeof body === 'string') return { text: body };
  if (body === undefined || body === null) return { text: '' };
  if (typeof body !== 'object' || Array.isArray(body)) throw new HttpProblem(400, 'the body must be text/plain, or JSON {"text": "...", "date": "YYYY-MM-DD"}', 'body');
  const { text, date, ...rest } = body as Record<string, unknown>;
  const extra = Object.keys(rest)[0];
  if (extra !== undefined) throw new HttpProblem(400, `unknown field "${extra}" in the body; it takes text and date`, extra);
  if (typeof text !== 'string') throw new HttpProblem(400, 'text: the article text is missing or not a string', 'text');
  if (date !== undefined && typeof date !== 'string') throw new HttpProblem(400, 'date: give the article date as "YYYY-MM-DD"', 'date');
  return { text, ...(date === undefined ? {} : { date }) };
}
