/** The server's API as the web app calls it; types are the library's, so the app reads the same objects the commands print. */
import type { BriefJson, CheckJson, InstrumentChart, InstrumentJson, InstrumentProfile } from '../../src/api/index.js';

export type { BriefJson, CheckJson, ClaimJson, InstrumentChart, InstrumentJson, InstrumentProfile, StatsOutput } from '../../src/api/index.js';

/** A failed request: the problem's detail (RFC 9457), or the status line. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function read(response: Response): Promise<Response> {
  if (response.ok) return response;
  let detail = `${response.status} ${response.statusText}`;
  if ((response.headers.get('content-type') ?? '').startsWith('application/problem+json')) {
    const problem = (await response.json()) as { detail?: string };
    if (typeof problem.detail === 'string') detail = problem.detail;
  }
  throw new ApiError(response.status, detail);
}

async function getJson<T>(path: string, query: Record<string, string | undefined> = {}): Promise<T> {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(name, value);
  const url = params.size === 0 ? path : `${path}?${params.toString()}`;
  return (await read(await fetch(url))).json() as Promise<T>;
}

/** `brief --json` of a date (the latest when undefined). */
export const fetchBrief = (date: string | undefined): Promise<BriefJson> => getJson('/api/brief', { date });
/** The instruments with data. */
export const fetchInstruments = (): Promise<InstrumentJson[]> => getJson('/api/instruments');
/** A chart of the 52 weeks up to `to`. */
export const fetchChart = (symbol: string, to: string | undefined): Promise<InstrumentChart> => getJson(`/api/chart/${encodeURIComponent(symbol)}`, { to });
/** The instrument page of a date. */
export const fetchProfile = (symbol: string, date: string | undefined): Promise<InstrumentProfile> => getJson(`/api/profile/${encodeURIComponent(symbol)}`, { date });

async function postCheck(text: string, date: string | undefined, format: 'json' | 'corrected'): Promise<Response> {
  const params = new URLSearchParams({ format });
  if (date !== undefined && date !== '') params.set('date', date);
  return read(await fetch(`/api/check?${params.toString()}`, { method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8' }, body: text }));
}

/** `check --json` of an article. */
export const checkArticle = async (text: string, date: string | undefined): Promise<CheckJson> => (await postCheck(text, date, 'json')).json() as Promise<CheckJson>;
/** The article with every contradicted figure corrected. */
export const correctArticle = async (text: string, date: string | undefined): Promise<string> => (await postCheck(text, date, 'corrected')).text();
