/**
 * The market store: one DuckDB file of daily closes with provenance, behind a small interface
 * (a server deployment can put another database behind the same methods).
 * Rows that lack one of the two closes are handled as store-rows.ts describes: a loaded
 * series holds the days that have every close the symbol has.
 */
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { formatIsoDay, type DayNumber, type TradingDate } from '../core/date.js';
import { InputError } from '../core/errors.js';
import type { Instrument } from '../core/instrument.js';
import type { DailySeries } from '../core/series.js';
import { BUILTIN_REGISTRY, unregisteredInstrument, type InstrumentRegistry } from './registry.js';
import { CREATE_SCHEMA_SQL, SCHEMA_VERSION } from './store-schema.js';
import { ingestParsedSeries, type IngestReport, type IngestRequest, type StoredCorporateAction } from './store-ingest.js';
import { readCorporateActions } from './store-events.js';
import { readStoredRows, toDailySeries } from './store-rows.js';
import { missingSeriesError, type StoreReader } from './store-reader.js';

/** An instrument with data in the store: its date range and row counts. */
export interface InstrumentSummary {
  readonly instrument: Instrument;
  readonly firstDay: DayNumber;
  readonly lastDay: DayNumber;
  readonly firstDate: TradingDate;
  readonly lastDate: TradingDate;
  /** Stored rows (days). */
  readonly rows: number;
  /** Rows with an unadjusted close. */
  readonly closeRows: number;
  /** Rows with an adjusted close. */
  readonly adjCloseRows: number;
}

/** Where a stored row came from. */
export interface RowProvenance {
  /** The source file's base name. */
  readonly fileName: string;
  /** sha256 of the file's bytes, lower-case hex. */
  readonly sha256: string;
  /** Time of ingest, ISO 8601 UTC (`2026-11-23T22:41:00.000Z`). */
  readonly ingestedAt: string;
}

/** How to open a store. */
export interface OpenStoreOptions {
  /** Instruments known to the store; the built-ins when omitted. */
  readonly registry?: InstrumentRegistry;
  /** Open for reading only (several processes may read at once). Default false. */
  readonly readOnly?: boolean;
}

/** The DuckDB-backed store. Open with {@link MarketStore.open}; close when done. */
export class MarketStore implements StoreReader {
  private closed = false;

  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
    /** Path of the DuckDB file. */
    readonly path: string,
    /** The instruments this store knows. */
    readonly registry: InstrumentRegistry,
    /** True when opened read-only. */
    readonly readOnly: boolean,
  ) {}

  /**
   * Opens (and, unless read-only, creates) the store file at `path`. Throws InputError with a
   * one-line reason when the file cannot be opened (in use by a writer, not a DuckDB file) or
   * has another schema version.
   */
  static async open(path: string, options: OpenStoreOptions = {}): Promise<MarketStore> {
    const readOnly = options.readOnly === true;
    // Loaded on first use: the native module is the largest part of process start, and
    // commands that never open a store (--help) should not pay for it.
    const { DuckDBInstance: Instance } = await import('@duckdb/node-api');
    let instance: DuckDBInstance;
    try {
      instance = await Instance.create(path, readOnly ? { access_mode: 'READ_ONLY' } : {});
    } catch (error: unknown) {
      throw new InputError(`--db: cannot open store ${path}: ${firstLine(error)}`);
    }
    const connection = await instance.connect();
    const store = new MarketStore(instance, connection, path, options.registry ?? BUILTIN_REGISTRY, readOnly);
    try {
      if (!readOnly) await connection.run(CREATE_SCHEMA_SQL);
      const version = await store.readMeta('schema_version');
      if (version === undefined && !readOnly) await store.writeMeta('schema_version', SCHEMA_VERSION);
      else if (version !== SCHEMA_VERSION) {
        throw new InputError(`--db: ${path} is not a marketfacts store of schema version ${SCHEMA_VERSION} (found ${version ?? 'none'})`);
      }
    } catch (error: unknown) {
      store.close();
      if (error instanceof InputError) throw error;
      throw new InputError(`--db: ${path} is not a marketfacts store: ${firstLine(error)}`);
    }
    return store;
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

  /** The provenance of one stored row (symbol, day number), or undefined when there is no such row. */
  async provenance(symbol: string, day: DayNumber): Promise<RowProvenance | undefined> {
    const reader = await this.connection.runAndReadAll(
      "SELECT s.file_name, s.sha256, strftime(s.ingested_at, '%Y-%m-%dT%H:%M:%S.%gZ') FROM observations o JOIN sources s USING (source_id) WHERE o.symbol = $1 AND o.day = $2",
      [symbol.trim().toUpperCase(), day],
    );
    const row = reader.getRows()[0];
    if (row === undefined) return undefined;
    return { fileName: String(row[0]), sha256: String(row[1]), ingestedAt: String(row[2]) };
  }

  /** sha256 of every file recorded in `sources` (files that changed something). */
  async sourceHashes(): Promise<Set<string>> {
    const reader = await this.connection.runAndReadAll('SELECT DISTINCT sha256 FROM sources');
    return new Set(reader.getRows().map((row) => String(row[0])));
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
    const order = new Map(this.registry.instruments.map((instrument, i) => [instrument.symbol as string, i]));
    const rank = (summary: InstrumentSummary): number => order.get(summary.instrument.symbol) ?? order.size;
    return summaries.sort((a, b) => rank(a) - rank(b) || a.instrument.symbol.localeCompare(b.instrument.symbol));
  }

  /**
   * A symbol's closes as typed arrays (see the module comment for rows lacking one close).
   * `symbol` is a canonical symbol (case-insensitive) or, failing that, a ticker or name the
   * registry knows (`^GSPC`, `DGS10`, `small caps`). Throws ArgumentError('<symbol>', ...) for a
   * symbol that is neither registered nor stored, or that has no data.
   */
  async loadSeries(symbol: string): Promise<DailySeries> {
    const instrument = this.registry.find(symbol) ?? this.registry.resolve(symbol);
    const canonical = instrument?.symbol ?? symbol.trim().toUpperCase();
    const rows = await readStoredRows(this.connection, canonical);
    if (rows.days.length === 0) {
      const known = (await this.listInstruments()).map((summary) => summary.instrument.symbol);
      throw missingSeriesError(symbol, instrument, known, this.path);
    }
    return toDailySeries(instrument ?? unregisteredInstrument(canonical), rows);
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

  /**
   * Ingests one parsed file for one symbol in a single transaction: all of it or nothing.
   * Re-ingesting identical values changes nothing; see store-ingest.ts for the merge rules.
   */
  async ingest(request: IngestRequest): Promise<IngestReport> {
    if (this.readOnly) throw new InputError(`--db: store ${this.path} is open read-only`);
    await this.connection.run('BEGIN TRANSACTION');
    try {
      const report = await ingestParsedSeries(this.connection, this.withKind(request));
      await this.connection.run('COMMIT');
      return report;
    } catch (error: unknown) {
      await this.connection.run('ROLLBACK');
      throw error;
    }
  }

  /**
   * Runs `work` inside one transaction (committed when it resolves, rolled back when it
   * throws). Used to ingest several files as one unit.
   */
  async transaction<T>(work: (ingest: (request: IngestRequest) => Promise<IngestReport>) => Promise<T>): Promise<T> {
    if (this.readOnly) throw new InputError(`--db: store ${this.path} is open read-only`);
    await this.connection.run('BEGIN TRANSACTION');
    try {
      const result = await work((request) => ingestParsedSeries(this.connection, this.withKind(request)));
      await this.connection.run('COMMIT');
      return result;
    } catch (error: unknown) {
      await this.connection.run('ROLLBACK');
      throw error;
    }
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

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? message).trim();
}
