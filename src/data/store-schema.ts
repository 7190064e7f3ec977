/**
 * The tables of the store. One DuckDB file holds:
 * - `store_meta`: key/value pairs (`schema_version`, `shipped_data_version`);
 * - `sources`: one row per ingested file: symbol, file name, sha256, time of ingest, format,
 *   the rows it added and revised, and the first and last day of its data (`first_day`,
 *   `last_day`: an older file is told from a newer one by them); a `store delete` is recorded
 *   the same way, format `delete`, with the rows it removed in `rows_deleted`;
 * - `observations`: one row per symbol and day: the unadjusted close, the adjusted close
 *   (either may be NULL) and the `source_id` of the file that last set the row (provenance);
 * - `instruments`: each symbol's description (the Instrument as JSON: kind, unit, names),
 *   recorded at its first ingest, so that a config file cannot change what the numbers are;
 * - `corporate_actions`: splits and dividends a connector reported (symbol, ex-date, kind,
 *   value, the source's own text and the `source_id` of the fetch that reported it), so a
 *   re-adjusted history can be explained; added with the connectors;
 * - `observations_dated`: a view with ISO dates and the provenance joined in, for people
 *   querying the file with the duckdb shell.
 * Days are stored as day numbers (days since 1970-01-01), the engine's own representation.
 */

/** Bumped when the tables change; a store with another version is rebuilt or refused. */
export const SCHEMA_VERSION = '1';

/** The statements that create an empty store. */
export const CREATE_SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS store_meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
CREATE TABLE IF NOT EXISTS sources (
  source_id INTEGER PRIMARY KEY,
  symbol VARCHAR NOT NULL,
  file_name VARCHAR NOT NULL,
  sha256 VARCHAR NOT NULL,
  ingested_at TIMESTAMP NOT NULL,
  format VARCHAR NOT NULL,
  rows_added INTEGER NOT NULL,
  rows_revised INTEGER NOT NULL,
  first_day INTEGER,
  last_day INTEGER,
  rows_deleted INTEGER
);
CREATE TABLE IF NOT EXISTS observations (
  symbol VARCHAR NOT NULL,
  day INTEGER NOT NULL,
  close DOUBLE,
  adj_close DOUBLE,
  source_id INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS instruments (symbol VARCHAR PRIMARY KEY, description VARCHAR NOT NULL);
-- Added with the connectors; CREATE IF NOT EXISTS gives older stores the table on their next write.
CREATE TABLE IF NOT EXISTS corporate_actions (
  symbol VARCHAR NOT NULL,
  day INTEGER NOT NULL,
  kind VARCHAR NOT NULL,
  value DOUBLE NOT NULL,
  text VARCHAR NOT NULL,
  source_id INTEGER,
  PRIMARY KEY (symbol, day, kind)
);
-- IF NOT EXISTS: opening a store for writing writes nothing when it is up to date (the series
-- cache stays current until a real write, series-cache-update.ts). A changed view definition
-- must come with a statement that replaces it (UPGRADE_SCHEMA_SQL).
CREATE VIEW IF NOT EXISTS observations_dated AS
  SELECT o.symbol, DATE '1970-01-01' + o.day AS date, o.close, o.adj_close,
         s.file_name, s.sha256, s.ingested_at
  FROM observations o JOIN sources s USING (source_id);
`;

/**
 * Statements that bring a store of this schema version made by an earlier release up to date:
 * columns added since, each `ADD COLUMN IF NOT EXISTS` and nullable, so that old rows read as
 * unknown. Run when a store is opened for writing; append new ones at the end.
 */
export const UPGRADE_SCHEMA_SQL: readonly string[] = [
  'ALTER TABLE sources ADD COLUMN IF NOT EXISTS first_day INTEGER',
  'ALTER TABLE sources ADD COLUMN IF NOT EXISTS last_day INTEGER',
  'ALTER TABLE sources ADD COLUMN IF NOT EXISTS rows_deleted INTEGER',
];
