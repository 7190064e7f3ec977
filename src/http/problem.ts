/**
 * Errors as RFC 9457 problem details (`application/problem+json`): a person-fixable error of
 * the engine becomes 400 (a bad parameter), 404 (an unknown symbol, or no data for the date or
 * range asked) or 422 (an article with claims but no date); the server's own refusals keep
 * their status (413 a body over 1 MB, 415 a media type it does not read). A damaged store is
 * 503 (the service, not the request, is at fault) with a detail saying so. Anything else is
 * 500 with a fixed detail: no message or stack of an internal error leaves the server.
 */
import { basename } from 'node:path';
import { ArgumentError, isInputError, StoreDamagedError } from '../api/index.js';

/** The problem object of a response. */
export interface Problem {
  readonly type: 'about:blank';
  /** The HTTP status phrase (RFC 9457: the title of `about:blank`). */
  readonly title: string;
  readonly status: number;
  /** One line a person can act on. */
  readonly detail: string;
  /** The request path and query. */
  readonly instance: string;
  /** The query or path parameter at fault, when one is. */
  readonly parameter?: string;
}

/** A refusal of the server itself, with its status and the parameter at fault. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly parameter?: string,
  ) {
    super(detail);
  }
}

const TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** The engine's argument labels (the command line's flags) as the HTTP parameters that carry them. */
const PARAMETERS: Readonly<Record<string, string>> = {
  '<symbol>': 'symbol',
  '--date': 'date',
  '--from': 'from',
  '--to': 'to',
  '--basis': 'basis',
  '--trailing': 'trailing',
  '--symbols': 'symbols',
  '--snapshot': 'snapshot',
  '--adjusted': 'adjusted',
};

/** Reasons that say the data hold nothing for a well-formed request (a date before the data begin, after they end, a range without a complete month). */
const NO_DATA = /\bdata (begin|end)\b|no instrument has data|no complete month|no data for|holds only adjusted closes|has no adjusted closes|cannot be computed/;

function problem(status: number, detail: string, instance: string, parameter?: string): Problem {
  return { type: 'about:blank', title: TITLES[status] ?? 'Error', status, detail, instance, ...(parameter === undefined ? {} : { parameter }) };
}

/** Replaces the command line's flag names in an engine message with the HTTP parameter names. */
function withParameterNames(message: string): string {
  return message.replace(/^(<symbol>|--[a-z]+): /, (_whole, label: string) => `${PARAMETERS[label] ?? label}: `).replace(/--(from|to|date)\b/g, '$1');
}

/** The problem of a thrown value, for the request at `instance`. */
export function problemOf(error: unknown, instance: string): Problem {
  if (error instanceof HttpProblem) return problem(error.status, error.detail, instance, error.parameter);
  if (error instanceof StoreDamagedError) return problem(503, damagedDetail(error), instance);
  if (error instanceof ArgumentError) {
    const parameter = PARAMETERS[error.argument] ?? error.argument;
    const status = error.argument === '<symbol>' || NO_DATA.test(error.reason) ? 404 : 400;
    return problem(status, withParameterNames(error.message), instance, parameter);
  }
  if (isInputError(error)) return problem(NO_DATA.test(error.message) ? 404 : 400, withParameterNames(error.message), instance);
  const status = statusOf(error);
  if (status !== null && status >= 400 && status < 500) return problem(status, firstLine(error instanceof Error ? error.message : String(error)), instance);
  return problem(500, 'internal error; the server log has the reason', instance);
}

/** A damaged store's detail for a client: what is wrong, with the store named by its file name only (the full path and the recovery are for the server log). */
function damagedDetail(error: StoreDamagedError): string {
  const reason = error.reason.split(error.storePath).join(basename(error.storePath));
  return `the store is damaged and cannot be read (${reason}); the server log names the file and how to recover`;
}

/** The status a framework error carries (`statusCode`), or null. */
function statusOf(error: unknown): number | null {
  if (typeof error !== 'object' || error === null || !('statusCode' in error)) return null;
  const status = (error as { statusCode: unknown }).statusCode;
  return typeof status === 'number' ? status : null;
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}
