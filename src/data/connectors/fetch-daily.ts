/**
 * One entry point for every source: `fetchDaily(request, context)` fetches, validates and
 * returns a {@link FetchedSeries}, or throws a ConnectorError naming the source, ticker and
 * reason. Nothing here touches the store.
 */
import type { FetchedSeries } from './fetched-series.js';
import { fetchFredDaily } from './fred.js';
import type { HttpOptions } from './http.js';
import type { ConnectorContext, DailyRequest } from './request.js';
import { connectorSettings } from './settings.js';
import { fetchStooqDaily } from './stooq.js';
import { fetchYahooDaily } from './yahoo.js';

/** Fetches one instrument's daily closes from its source. Throws ConnectorError. */
export function fetchDaily(request: DailyRequest, context: ConnectorContext): Promise<FetchedSeries> {
  switch (request.spec.connector) {
    case 'yahoo':
      return fetchYahooDaily(request, context);
    case 'fred':
      return fetchFredDaily(request, context);
    case 'stooq':
      return fetchStooqDaily(request, context);
  }
}

/** A context from the environment (base URLs, FRED key) with `http` as the HTTP policy; the global fetch by default. */
export function defaultConnectorContext(http: Partial<HttpOptions> = {}, env: Readonly<Record<string, string | undefined>> = process.env): ConnectorContext {
  return { http: { fetch: (url, init) => fetch(url, init), ...http }, settings: connectorSettings(env) };
}
