/** Reading the splits and dividends a connector stored (table `corporate_actions`, see store-schema.ts). */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { StoredCorporateAction } from './store-ingest.js';

/** A symbol's stored splits and dividends, by day then kind. */
export async function readCorporateActions(connection: DuckDBConnection, symbol: string): Promise<StoredCorporateAction[]> {
  const reader = await connection.runAndReadAll('SELECT day, kind, value, text FROM corporate_actions WHERE symbol = $1 ORDER BY day, kind', [symbol]);
  return reader.getRows().map((row) => ({ day: Number(row[0]), kind: row[1] === 'split' ? 'split' : 'dividend', value: Number(row[2]), text: String(row[3]) }));
}
