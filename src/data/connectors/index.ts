/** Connectors: Yahoo Finance's chart endpoint, FRED and Stooq, validated like data files. */
export { ConnectorError, ConnectorNames, type ConnectorName } from './errors.js';
export { defaultConnectorContext, fetchDaily } from './fetch-daily.js';
export type { CloseColumns, CorporateAction, FetchedSeries, MarketQuote, PreliminaryClose } from './fetched-series.js';
export type { FetchFunction, HttpOptions } from './http.js';
export type { ConnectorContext, DailyRequest } from './request.js';
export { CONNECTOR_ENV, connectorSettings, type ConnectorSettings } from './settings.js';
export { formatSourceSpec, parseSourceSpec, sourceSpecOf, sourceSpecProblem, type SourceSpec } from './source-spec.js';
