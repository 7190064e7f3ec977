/** The failure of one upstream fetch, with a reason a person can act on. */

/** The data sources marketfacts fetches from. */
export const ConnectorNames = ['yahoo', 'fred', 'stooq'] as const;
/** One of {@link ConnectorNames}. */
export type ConnectorName = (typeof ConnectorNames)[number];

/**
 * A fetch or a response that failed: network error, HTTP status, an HTML page where data was
 * expected, an empty or cut body, null closes, an unknown symbol. `reason` is one line without
 * the source or ticker (the caller names those); the message is `source TICKER: reason`.
 */
export class ConnectorError extends Error {
  override readonly name = 'ConnectorError';
  constructor(
    readonly source: ConnectorName,
    readonly ticker: string,
    readonly reason: string,
  ) {
    super(`${source} ${ticker}: ${reason}`);
  }
}
