/**
 * Connector settings from the environment: base URLs a newsroom can point at its proxy or
 * mirror, and the FRED API key.
 */

/** Environment variables the connectors read. */
export const CONNECTOR_ENV = {
  yahooUrl: 'MARKETFACTS_YAHOO_URL',
  fredUrl: 'MARKETFACTS_FRED_URL',
  stooqUrl: 'MARKETFACTS_STOOQ_URL',
  fredKey: 'MARKETFACTS_FRED_KEY',
} as const;

/** Base URLs (no trailing slash) and the FRED key. */
export interface ConnectorSettings {
  readonly yahooUrl: string;
  /** fredgraph.csv is fetched from here. */
  readonly fredUrl: string;
  /** The FRED JSON API (with a key) is fetched from here: MARKETFACTS_FRED_URL when set, else api.stlouisfed.org. */
  readonly fredApiUrl: string;
  readonly stooqUrl: string;
  /** The FRED API key, or null: then the graph CSV is used, which needs none. */
  readonly fredKey: string | null;
}

/** The settings from `env` (process.env by default): each base URL overridable, defaults the public hosts. */
export function connectorSettings(env: Readonly<Record<string, string | undefined>> = process.env): ConnectorSettings {
  const value = (name: string): string | undefined => {
    const text = env[name]?.trim();
    return text === undefined || text.length === 0 ? undefined : text.replace(/\/+$/, '');
  };
  const fredUrl = value(CONNECTOR_ENV.fredUrl);
  return {
    yahooUrl: value(CONNECTOR_ENV.yahooUrl) ?? 'https://query2.finance.yahoo.com',
    fredUrl: fredUrl ?? 'https://fred.stlouisfed.org',
    fredApiUrl: fredUrl ?? 'https://api.stlouisfed.org',
    stooqUrl: value(CONNECTOR_ENV.stooqUrl) ?? 'https://stooq.com',
    fredKey: value(CONNECTOR_ENV.fredKey) ?? null,
  };
}
