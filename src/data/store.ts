/**
 * The market store: one DuckDB file of daily closes with provenance, behind a small interface
 * (a server deployment can put another database behind the same methods).
 * The price series and the total-return series of a symbol are read separately, each whole
 * (store-rows.ts).
 */
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { formatIsoDay, type DayNumber } from '../core/date.js';
import { InputError } from '../core/errors.js';
import { toSymbol, type Instrument } from '../core/instrument.js';
import type { DailySeries } from '../core/series.js';
import { BUILTIN_REGISTRY, registryOrder, unregisteredInstrument, type InstrumentRegistry } from './registry.js';
import { deleteStoredRows, type DeleteReport, type DeleteRequest } from './store-delete.js';
import { checkStoreBytes, firstLineOf, isCorruptionError, readEveryValue, StoreDamagedError } from './store-health.js';
import { createInstance } from './store-open.js';
import { readStoredInstruments, reconcileRegistry, recordNewInstruments } from './stored-instruments.js';
import { CREATE_SCHEMA_SQL, SCHEMA_VERSION, UPGRADE_SCHEMA_SQL } from './store-schema.js';
import { compareParsedSeries, ingestParsedSeries, type IngestReport, type IngestRequest, type StoredCorporateAction } from './store-ingest.js';
import { readCorporateActions } from './store-events.js';
import { readLastWrite, readProvenance, readSourceHashes, type LastWrite, type RowProvenance } from './store-provenance.js';

export type { LastWrite, RowProvenance } from './store-provenance.js';
export type { InstrumentSummary, OpenStoreOptions } from './store-types.js';
import type { InstrumentSummary, OpenStoreOptions } from './store-types.js';
import { readStoredRows, toDailySeries, type DayRange, type SeriesBasis, type StoredRows } from './store-rows.js';
import { missingSeriesError, type StoreReader } from './store-reader.js';

/** The DuckDB-backed store. Open with {@link MarketStore.open}; close when done. */
export class MarketStore implements StoreReader {
  private closed = false;
  private readonly written = new Map<string, number>();
  private knownInstruments: InstrumentRegistry;

  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
    /** Path of the DuckDB file. */
    readonly path: string,
    registry: InstrumentRegistry,
    /** True when opened read-only. */
    readonly readOnly: boolean,
  ) {
    this.knownInstruments = registry;
  }

  /** The instruments this store knows: the registry it was opened with, reconciled with the descriptions stored with the data. */
  get registry(): InstrumentRegistry {
    return this.knownInstruments;
  }

  /**
   * Opens (and, unless read-only, creates) the store file at `path`, waiting up to
   * `options.waitMs` for another process's lock. Throws StoreDamagedError for a damaged file
   * or write-ahead log (store-health.ts), InputError with a one-line reason when the file is
   * in use after the wait (naming the process), not a store, or of another schema version.
   */
  static async open(path: string, options: OpenStoreOptions = {}): Promise<MarketStore> {
    const readOnly = options.readOnly === true;
    if (path !== ':memory:') checkStoreBytes(path);
    const instance = await createInstance(path, readOnly, options.waitMs ?? 0);
    const connection = await instance.connect();
    const store = new MarketStore(instance, connection, path, options.registry ?? BUILTIN_REGISTRY, readOnly);
    try {
      if (!readOnly) {
        await connection.run(CREATE_SCHEMA_SQL);
        for (const statement of UPGRADE_SCHEMA_SQL) await connection.run(statement);
      }
      const version = await store.readMeta('schema_version');
      if (version === undefined && !readOnly) await store.writeMeta('schema_version', SCHEMA_VERSION);
      else if (version !== SCHEMA_VERSION) {
        throw new InputError(`--db: ${path} is not a marketfacts store of schema version ${SCHEMA_VERSION} (found ${version ?? 'none'})`);
      }
      if (!readOnly) await recordNewInstruments(connection, store.registry, unregisteredInstrument);
      const stored = await readStoredInstruments(connection);
      store.knownInstruments = reconcileRegistry(store.registry, stored, options.registrySource ?? 'the built-in instruments', path);
    } catch (error: unknown) {
      store.close();
      if (error instanceof InputError) throw error;
      if (isCorruptionError(error)) throw new StoreDamagedError(path, firstLineOf(error));
      throw new InputError(`--db: ${path} is not a marketfacts store: ${firstLineOf(error)}`);
    }
    return store;
  }

  /**
   * Reads every stored value once, so that DuckDB checks the checksum of every block: throws
   * {@link StoreDamagedError} when one is damaged. Done before a write, which must never go
   * into a damaged file.
   */
  async verifyContents(): Promise<void> {
    await readEveryValue(this.connection, this.path);
  }

  /** A value from the store's key/value table, or undefined. */
  async readMeta(key: string): Promise<string | undefined> {
    const reader = await this.connection.runAndReadAll('SELECT value FROM store_meta WHERE key = $1', [key]);
    const value = reader.getRows()[0]?.[0];
    return typeof value === 'string' ? value : undefined;
  }

  /** Sets a value in the store's key/value table. */
  async writeMeta(key: string, value: string): Promise<void> {
    await this.connection.run('INSERT OR REPLACE INTO store_meta VALUES ($1, $2)', [key, value]);
  }

  /** The instruments described in the store (stored-instruments.ts), by symbol. */
  async storedInstruments(): Promise<Instrument[]> {
    return readStoredInstruments(this.connection);
  }

  /** The provenance of one stored row (symbol, day number), or undefined when there is no such row. */
  async provenance(symbol: string, day: DayNumber): Promise<RowProvenance | undefined> {
    return readProvenance(this.connection, symbol.trim().toUpperCase(), day);
  }

  /** The latest write recorded in `sources` (an ingest or a delete), or undefined for none. */
  async lastWrite(): Promise<LastWrite | undefined> {
    return readLastWrite(this.connection);
  }

  /** sha256 of every file recorded in `sources` (files that changed something). */
  async sourceHashes(): Promise<Set<string>> {
    return readSourceHashes(this.connection);
  }

  /** The instrument with this canonical symbol (case-insensitive), or undefined. */
  findInstrument(symbol: string): Instrument | undefined {
    return this.registry.find(symbol);
  }

  /** Every instrument with data: date range and row counts, in registry order, then unregistered symbols A-Z. */
  async listInstruments(): Promise<InstrumentSummary[]> {
    const reader = await this.connection.runAndReadAll(
      'SELECT symbol, min(day), max(day), count(*), count(close), count(adj_close) FROM observations GROUP BY symbol ORDER BY symbol',
    );
    const summaries = reader.getRows().map((row): InstrumentSummary => {
      const symbol = String(row[0]);
      const firstDay = Number(row[1]) as DayNumber;
      const lastDay = Number(row[2]) as DayNumber;
      return {
        instrument: this.registry.find(symbol) ?? unregisteredInstrument(symbol),
        firstDay,
        lastDay,
        firstDate: formatIsoDay(firstDay),
        lastDate: formatIsoDay(lastDay),
        rows: Number(row[3]),
        closeRows: Number(row[4]),
        adjCloseRows: Number(row[5]),
      };
    });
    const order = registryOrder(this.registry);
    return summaries.sort((a, b) => order(a.instrument.symbol, b.instrument.symbol));
  }

  /**
   * A symbol's closes as typed arrays, the series of one basis whole (store-rows.ts): `price`
   * (the default when the symbol has unadjusted closes) or `total`. `symbol` is a canonical
   * symbol (case-insensitive) or, failing that, a ticker or name the registry knows (`^GSPC`,
   * `DGS10`, `small caps`). Throws ArgumentError('<symbol>', ...) for a symbol that is neither
   * registered nor stored, or that has no data, and InputError when it has no closes of the
   * basis asked for.
   */
  async loadSeries(symbol: string, basis?: SeriesBasis): Promise<DailySeries> {
    const instrument = this.registry.find(symbol) ?? this.registry.resolve(symbol);
    const canonical = instrument?.symbol ?? symbol.trim().toUpperCase();
    const rows = await readStoredRows(this.connection, canonical);
    if (rows.days.length === 0) {
      const known = (await this.listInstruments()).map((summary) => summary.instrument.symbol);
      throw missingSeriesError(symbol, instrument, known, this.path);
    }
    const series = toDailySeries(instrument ?? unregisteredInstrument(canonical), rows, basis);
    return series;
  }

  /** One symbol's stored rows as they are (NaN for a missing close), by canonical symbol; only those within `range` when given. */
  async storedRows(symbol: string, range?: DayRange): Promise<StoredRows> {
    return readStoredRows(this.connection, symbol, range);
  }

  /** Every instrument with data, in registry order (unregistered symbols last, A-Z). */
  async loadAllSeries(): Promise<DailySeries[]> {
    const summaries = await this.listInstruments();
    const series: DailySeries[] = [];
    for (const summary of summaries) {
      const rows = await readStoredRows(this.connection, summary.instrument.symbol);
      if (rows.days.length > 0) series.push(toDailySeries(summary.instrument, rows));
    }
    return series;
  }

  /** Ingests one parsed file for one symbol in one transaction: all or nothing; the merge rules are in store-ingest.ts. */
  async ingest(request: IngestRequest): Promise<IngestReport> {
    return this.transaction((ingest) => ingest(request));
  }

  /** What ingesting `request` would change (store-ingest.ts), nothing written. */
  async compare(request: IngestRequest): Promise<IngestReport> {
    return compareParsedSeries(this.connection, this.withKind(request));
  }

  /** Deletes stored rows of a symbol, recording the delete as a source (store-delete.ts); one transaction. */
  async deleteRows(request: DeleteRequest): Promise<DeleteReport> {
    const symbol = toSymbol(request.symbol);
    // Any of the symbol's rows may go: its whole series counts as written.
    this.noteWritten(symbol, Number.NEGATIVE_INFINITY);
    return this.transaction(async () => deleteStoredRows(this.connection, { ...request, symbol }));
  }

  /**
   * Writes every stored row with its provenance (the `observations_dated` view, by symbol and
   * date) to a CSV or Parquet file at `target`.
   */
  async exportTo(target: string, format: 'csv' | 'parquet'): Promise<void> {
    const quoted = `'${target.replaceAll("'", "''")}'`;
    const select = 'SELECT symbol, date, close, adj_close, file_name, sha256, ingested_at FROM observations_dated ORDER BY symbol, date';
    await this.connection.run(`COPY (${select}) TO ${quoted} (FORMAT ${format === 'csv' ? 'csv, HEADER true' : 'parquet'})`);
  }

  /**
   * Runs `work` inside one transaction (committed when it resolves, rolled back when it
   * throws). Used to ingest several files as one unit.
   */
  async transaction<T>(work: (ingest: (request: IngestRequest) => Promise<IngestReport>) => Promise<T>): Promise<T> {
    if (this.readOnly) throw new InputError(`--db: store ${this.path} is open read-only`);
    const touched = new Set<string>();
    await this.connection.run('BEGIN TRANSACTION');
    try {
      const result = await work(async (request) => {
        const report = await ingestParsedSeries(this.connection, this.withKind(request));
        touched.add(report.symbol);
        if (report.firstWrittenDay !== null) this.noteWritten(report.symbol, report.firstWrittenDay);
        return report;
      });
      await recordNewInstruments(this.connection, this.registry, unregisteredInstrument, touched);
      await this.connection.run('COMMIT');
      return result;
    } catch (error: unknown) {
      await this.connection.run('ROLLBACK');
      throw error;
    }
  }

  /** Each symbol written since open with the first day (day number) a write may have changed (`-Infinity`: any); a rolled-back write may be listed too. */
  writtenSinceOpen(): ReadonlyMap<string, number> {
    return this.written;
  }

  private noteWritten(symbol: string, fromDay: number): void {
    this.written.set(symbol, Math.min(fromDay, this.written.get(symbol) ?? Number.POSITIVE_INFINITY));
  }

  /** The request with the instrument's kind from the registry when it names none (`other` if unregistered). */
  private withKind(request: IngestRequest): IngestRequest {
    return request.kind !== undefined ? request : { ...request, kind: this.registry.find(request.symbol)?.kind ?? 'other' };
  }

  /** The splits and dividends stored for a symbol (connectors), by day. Added with the connectors. */
  async corporateActions(symbol: string): Promise<StoredCorporateAction[]> {
    return readCorporateActions(this.connection, symbol.trim().toUpperCase());
  }

  /** Writes everything to the main file (no write-ahead log left behind). */
  async checkpoint(): Promise<void> {
    if (!this.readOnly) await this.connection.run('CHECKPOINT');
  }

  /** Closes the connection and the database. Safe to call twice. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.connection.closeSync();
    this.instance.closeSync();
  }
}
