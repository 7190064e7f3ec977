/**
 * Benchmark of the data layer (npm run bench):
 * - building the store from every shipped file (about 110,000 rows), target < 2 s;
 * - loading the S&P 500's 24,800 rows from the store into typed arrays, target < 20 ms, and
 *   from the series cache the read commands use;
 * - parsing and validating CSV, in rows per second, target >= 1,000,000; with the two
 *   splitters alone (the hand-written scanner and papaparse) to show why the scanner is used;
 * - in the same run, DuckDB's own read_csv on the same files as the baseline, for parsing
 *   (read into a table) and for building (read_csv into the store's table), with the ratios.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { DuckDBInstance } from '@duckdb/node-api';
import { buildShippedStore } from '../src/data/build-store.js';
import { parseCsvText, scanUnquoted } from '../src/data/csv.js';
import { detectLayout } from '../src/data/formats.js';
import { findBuiltinInstrument } from '../src/data/instruments.js';
import { readSeriesText } from '../src/data/reader.js';
import { BUILTIN_REGISTRY } from '../src/data/registry.js';
import { openSeriesCache, readSeriesCacheContent, writeSeriesCache } from '../src/data/series-cache.js';
import { SHIPPED_DATA_VERSION, SHIPPED_FILES, shippedDataDir } from '../src/data/shipped.js';
import { MarketStore } from '../src/data/store.js';
import { median } from './support.js';

interface ShippedText {
  readonly path: string;
  readonly text: string;
  readonly kind: ReturnType<typeof kindOf>;
  readonly adjustedOnly: boolean;
}

function kindOf(symbol: string): NonNullable<ReturnType<typeof findBuiltinInstrument>>['kind'] {
  return findBuiltinInstrument(symbol)?.kind ?? 'other';
}

/** Milliseconds of `work`, median of `times` runs after one warm-up. */
async function time(times: number, work: () => unknown): Promise<number> {
  await work();
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const ms = (value: number): string => `${value.toFixed(1)} ms`;
const perSecond = (rows: number, millis: number): string => `${Math.round((rows / millis) * 1000).toLocaleString('en-US')} rows/s`;

/** Runs the data benchmark and prints its figures. */
export async function run(): Promise<void> {
  const dir = shippedDataDir();
  const files: ShippedText[] = SHIPPED_FILES.map((file) => ({
    path: join(dir, file.file),
    text: readFileSync(join(dir, file.file), 'utf8'),
    kind: kindOf(file.symbol),
    adjustedOnly: file.adjustedOnly,
  }));
  const rows = files.reduce((sum, file) => sum + readSeriesText(file.text, { fileName: file.path, kind: file.kind, adjustedOnly: file.adjustedOnly }).rowsRead, 0);
  const tempDir = mkdtempSync(join(tmpdir(), 'marketfacts-bench-'));
  try {
    console.log(`data: ${files.length} shipped files, ${rows.toLocaleString('en-US')} rows`);

    // Parsing and validation.
    const parse = await time(7, () => {
      for (const file of files) readSeriesText(file.text, { fileName: file.path, kind: file.kind, adjustedOnly: file.adjustedOnly });
    });
    const scanner = await time(7, () => {
      for (const file of files) scanUnquoted(file.text, () => undefined, () => undefined);
    });
    const papa = await time(5, () => {
      for (const file of files) Papa.parse(file.text, { delimiter: ',' });
    });
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    let tableNumber = 0;
    const duckRead = await time(5, async () => {
      for (const file of files) {
        tableNumber += 1;
        await connection.run(`CREATE TEMP TABLE t${tableNumber} AS SELECT * FROM read_csv('${file.path}', header = true)`);
      }
    });
    console.log(`  CSV parse + validate (ours)     ${ms(parse)}  ${perSecond(rows, parse)}`);
    console.log(`    split only: scanner           ${ms(scanner)}  ${perSecond(rows, scanner)}`);
    console.log(`    split only: papaparse         ${ms(papa)}  ${perSecond(rows, papa)}`);
    console.log(`  DuckDB read_csv into a table    ${ms(duckRead)}  ${perSecond(rows, duckRead)}  (baseline)`);
    console.log(`  ratio ours / read_csv           ${(parse / duckRead).toFixed(2)}x the time`);

    // Building the store.
    let buildNumber = 0;
    const build = await time(3, async () => {
      buildNumber += 1;
      await buildShippedStore(join(tempDir, `build-${buildNumber}.duckdb`));
    });
    let baselineNumber = 0;
    const duckBuild = await time(3, async () => {
      baselineNumber += 1;
      const baseline = await DuckDBInstance.create(join(tempDir, `baseline-${baselineNumber}.duckdb`));
      const writer = await baseline.connect();
      await writer.run('CREATE TABLE observations (symbol VARCHAR, day INTEGER, close DOUBLE, adj_close DOUBLE, source_id INTEGER)');
      for (const [i, file] of SHIPPED_FILES.entries()) {
        const path = join(dir, file.file);
        const header = parseCsvText(readFileSync(path, 'utf8').split('\n', 1)[0] ?? '').header;
        const detected = detectLayout(header, file.adjustedOnly);
        if (!detected.ok) throw new Error(`${path}: ${detected.reason}`);
        const columns = detected.layout;
        const name = (index: number | null): string => (index === null ? 'NULL' : `"${header[index] ?? ''}"`);
        await writer.run(
          `INSERT INTO observations SELECT '${file.symbol}', CAST(${name(columns.dateColumn)} - DATE '1970-01-01' AS INTEGER), ${name(columns.closeColumn)}, ${name(columns.adjCloseColumn)}, ${i + 1} FROM read_csv('${path}', header = true)`,
        );
      }
      await writer.run('CHECKPOINT');
      writer.closeSync();
      baseline.closeSync();
    });
    console.log(`  store build, all shipped data   ${ms(build)}  (target < 2000 ms)`);
    console.log(`  DuckDB read_csv INSERT baseline ${ms(duckBuild)}  (no validation, no provenance)`);
    console.log(`  ratio ours / read_csv           ${(build / duckBuild).toFixed(2)}x the time`);

    // Loading the S&P 500.
    // As a command does it: open read-only, read the data version, then load.
    const store = await MarketStore.open(join(tempDir, 'build-1.duckdb'), { readOnly: true });
    await store.readMeta('shipped_data_version');
    const firstStart = performance.now();
    const spx = await store.loadSeries('SPX');
    const first = performance.now() - firstStart;
    const load = await time(15, () => store.loadSeries('SPX'));
    store.close();
    const reader = await DuckDBInstance.create(join(tempDir, 'build-1.duckdb'), { access_mode: 'READ_ONLY' });
    const readerConnection = await reader.connect();
    const duckLoad = await time(15, async () => {
      const result = await readerConnection.runAndReadAll("SELECT day, close, adj_close FROM observations WHERE symbol = 'SPX' ORDER BY day");
      return result.getColumns();
    });
    readerConnection.closeSync();
    reader.closeSync();
    console.log(`  SPX load into typed arrays      ${ms(load)} median, ${ms(first)} first in a fresh open  (${spx.days.length.toLocaleString('en-US')} rows, target < 20 ms)`);
    console.log(`  DuckDB runAndReadAll getColumns ${ms(duckLoad)}  (baseline: generic JS values)`);
    console.log(`  ratio ours / getColumns         ${(load / duckLoad).toFixed(2)}x the time`);

    // The path the read commands take: the series cache beside the store, no DuckDB engine.
    const storePath = join(tempDir, 'build-1.duckdb');
    const cacheStore = await MarketStore.open(storePath, { readOnly: true });
    const content = await readSeriesCacheContent(cacheStore);
    cacheStore.close();
    const cacheWrite = await time(3, () => writeSeriesCache(storePath, content));
    const cacheOpen = await time(15, async () => {
      const cache = openSeriesCache(storePath, BUILTIN_REGISTRY, SHIPPED_DATA_VERSION);
      if (cache === undefined) throw new Error('the series cache was not current');
      return cache.loadSeries('SPX');
    });
    console.log(`  series cache: open + SPX load   ${ms(cacheOpen)}  (every series read whole; written in ${ms(cacheWrite)} after each write)`);
    console.log(`  ratio cache / DuckDB load       ${(cacheOpen / load).toFixed(2)}x the time`);
    connection.closeSync();
    instance.closeSync();
  } finally {
    rmSync(tempDir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await run();
