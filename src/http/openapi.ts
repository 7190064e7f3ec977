/** The OpenAPI 3.1 description of the API, served at /api/openapi.json. */

const date = { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const year = { type: 'string', pattern: '^\\d{4}$' } as const;
const symbol = { name: 'symbol', in: 'path', required: true, description: 'instrument symbol or a name the registry knows: SPX, RUT, US10Y, VBK', schema: { type: 'string' } } as const;
const query = (name: string, description: string, schema: object = { type: 'string' }): object => ({ name, in: 'query', required: false, description, schema });
/** The problem responses of a route that reads the store: those named, and 503 for a damaged store. */
const problems = (...statuses: number[]): Record<string, object> =>
  Object.fromEntries([...statuses, 503].map((status) => [String(status), { $ref: `#/components/responses/Problem${status}` }]));
const jsonOk = (description: string, schema: object = { type: 'object' }): object => ({
  '200': { description, content: { 'application/json': { schema } } },
});

const PROBLEM_DESCRIPTIONS: Readonly<Record<number, string>> = {
  400: 'a malformed or unknown parameter',
  404: 'an unknown symbol, or no data for the date or range asked',
  413: 'a body over 1 MB',
  415: 'a body that is neither text/plain nor application/json',
  422: 'an article with claims but no date to read them as of',
  503: 'the store is damaged and cannot be read (the server log names the file and how to recover)',
};

/** The document. */
export const OPENAPI_DOCUMENT = {
  openapi: '3.1.0',
  info: {
    title: 'marketfacts',
    version: '0.1.0',
    summary: 'The numbers market news is made of, from daily closes.',
    description:
      'Each body is the JSON the matching command prints (`stats --json`, `seasonality --json`, `series --json`, `brief --json`, `check --json`); field meanings, units and edge cases are in docs/definitions.md, docs/facts.md and docs/claims.md. Percent values are in percent (11.17 is +11.17%), yield changes in basis points, unrounded. Errors are RFC 9457 problem details.',
    license: { name: 'MIT', identifier: 'MIT' },
  },
  paths: {
    '/healthz': {
      get: {
        summary: 'liveness, and whether the data served are the store file\'s',
        description:
          'Always 200 while the server answers. `{"status":"ok"}`, or, after the store file changed and could not be loaded (damaged, missing), `{"status":"degraded","reason":"...","loaded_at":"...","file_modified_at":"..."}`: the content loaded at `loaded_at` is still served.',
        responses: jsonOk('the server is up', {
          type: 'object',
          required: ['status'],
          properties: { status: { enum: ['ok', 'degraded'] }, reason: { type: 'string' }, loaded_at: { type: 'string', format: 'date-time' }, file_modified_at: { type: ['string', 'null'], format: 'date-time' } },
        }),
      },
    },
    '/api/instruments': {
      get: { summary: 'what the store holds (instruments --json)', parameters: [query('all', 'also registered instruments without data', { type: 'boolean' })], responses: { ...jsonOk('instruments', { type: 'array' }), ...problems(400) } },
    },
    '/api/series/{symbol}': {
      get: {
        summary: 'stored closes (series SYMBOL --json)',
        parameters: [symbol, query('from', 'first date, inclusive', date), query('to', 'last date, inclusive', date), query('adjusted', 'dividend-adjusted closes', { type: 'boolean' })],
        responses: { ...jsonOk('the closes'), ...problems(400, 404) },
      },
    },
    '/api/stats/{symbol}': {
      get: {
        summary: 'every statistic of one date (stats SYMBOL --date D --json)',
        parameters: [symbol, query('date', 'as of this date; default the latest', date), query('basis', 'price or total', { enum: ['price', 'total'] }), query('trailing', 'also the move over a window: 20d, 4w, 6m, 5y')],
        responses: { ...jsonOk('the statistics'), ...problems(400, 404) },
      },
    },
    '/api/seasonality/{symbol}': {
      get: {
        summary: "each calendar month's record (seasonality SYMBOL --json)",
        parameters: [symbol, query('from', 'first year', year), query('to', 'last year', year), query('basis', 'price or total', { enum: ['price', 'total'] })],
        responses: { ...jsonOk('twelve months', { type: 'array', minItems: 12, maxItems: 12 }), ...problems(400, 404) },
      },
    },
    '/api/brief': {
      get: {
        summary: "the day's story (brief --json, or --format text|markdown|html)",
        parameters: [query('date', 'the day; default the latest', date), query('format', 'json (default), text, markdown or html', { enum: ['json', 'text', 'markdown', 'html'] }), query('symbols', 'only these, comma-separated')],
        responses: {
          '200': { description: 'the brief', content: { 'application/json': { schema: { type: 'object' } }, 'text/plain': { schema: { type: 'string' } }, 'text/markdown': { schema: { type: 'string' } }, 'text/html': { schema: { type: 'string' } } } },
          ...problems(400, 404),
        },
      },
    },
    '/api/check': {
      post: {
        summary: 'the numbers in an article against the data (check --json; input is "request")',
        parameters: [query('date', 'the article date; default found in the text', date), query('format', 'json (default) or corrected (the article with each contradicted figure corrected)', { enum: ['json', 'corrected'] })],
        requestBody: {
          required: true,
          content: {
            'text/plain': { schema: { type: 'string', maxLength: 1_000_000 } },
            'application/json': { schema: { type: 'object', required: ['text'], additionalProperties: false, properties: { text: { type: 'string' }, date } } },
          },
        },
        responses: { ...jsonOk('each claim with its verdict'), ...problems(400, 413, 415, 422) },
      },
    },
    '/api/chart/{symbol}': {
      get: {
        summary: 'closes for a chart, with record closes, the 52-week band and correction and bear-market spans',
        parameters: [symbol, query('from', 'first date; default 52 weeks before the last', date), query('to', 'last date; default the latest', date)],
        responses: { ...jsonOk('the chart'), ...problems(400, 404) },
      },
    },
    '/api/profile/{symbol}': {
      get: {
        summary: 'the instrument page: stats, monthly moves by year, seasonality, records by year, drawdown episodes, biggest days',
        parameters: [symbol, query('date', 'as of this date; default the latest', date)],
        responses: { ...jsonOk('the profile'), ...problems(400, 404) },
      },
    },
  },
  components: {
    schemas: {
      Problem: {
        type: 'object',
        required: ['type', 'title', 'status', 'detail'],
        properties: { type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' }, instance: { type: 'string' }, parameter: { type: 'string' } },
      },
    },
    responses: Object.fromEntries(
      Object.entries(PROBLEM_DESCRIPTIONS).map(([status, description]) => [`Problem${status}`, { description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } }]),
    ),
  },
} as const;
