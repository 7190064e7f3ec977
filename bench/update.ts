/**
 * Benchmark of `update` (npm run bench): every shipped instrument brought up to date from a
 * local server on 127.0.0.1 answering in the sources' own formats (Yahoo chart JSON built on
 * the recorded template, FRED graph CSV), 20 rows each, 10 of them new: the whole command
 * in-process (fetch over HTTP, validation, one transaction per symbol, series cache), target
 * under 1 s. Each run starts from a copy of the store whose series cache is current, as it is
 * after any command. Baseline in the same run: ingesting the same rows from CSV files (the
 * shipped files' own format) into an identical store through the ingest path.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runUpdate } from '../src/cli/commands/update.js';
import { withStore, withWritableStore } from '../src/cli/context.js';
import { defaultConnectorContext, fetchDaily, sourceSpecOf } from '../src/data/connectors/index.js';
import { readDataFile } from '../src/data/data-file.js';
import { findBuiltinInstrument } from '../src/data/instruments.js';
import { SHIPPED_FILES, shippedDataDir } from '../src/data/shipped.js';
import { MarketStore } from '../src/data/store.js';
import { chartBody, type ChartRow } from './chart-body.js';
import { startRecordedServer, type RecordedAnswer } from './recorded-server.js';
import { median } from './support.js';

/** Rows per response, and how many of them the store lacks. */
const SERVED_ROWS = 20;
const NEW_ROWS = 10;
const RUNS = 3;

interface Prepared {
  readonly answers: Map<string, RecordedAnswer>;
  readonly csvFiles: { readonly symbol: string; readonly path: string; readonly adjustedOnly: boolean }[];
}

/** A store of the shipped data minus each file's last NEW_ROWS rows, the responses and the CSV files of the last SERVED_ROWS rows. */
async function prepare(dir: string, storePath: string): Promise<Prepared> {
  const answers = new Map<string, RecordedAnswer>();
  const csvFiles: Prepared['csvFiles'] = [];
  const store = await MarketStore.open(storePath);
  try {
    for (const shipped of SHIPPED_FILES) {
      const instrument = findBuiltinInstrument(shipped.symbol);
      const spec = instrument === undefined ? undefined : sourceSpecOf(instrument);
      if (instrument === undefined || spec === undefined) continue;
      const path = join(shippedDataDir(), shipped.file);
      const loaded = readDataFile(path, { kind: instrument.kind, adjustedOnly: shipped.adjustedOnly });
      const { days, close, adjClose } = loaded.parsed;
      const keep = days.length - NEW_ROWS;
      await store.ingest({
        symbol: shipped.symbol,
        days: days.subarray(0, keep),
        close: close?.subarray(0, keep) ?? null,
        adjClose: adjClose?.subarray(0, keep) ?? null,
        fileName: shipped.file,
        sha256: loaded.sha256,
        format: loaded.parsed.layout.format,
        ingestedAt: new Date(),
      });
      const lines = readFileSync(path, 'utf8').split(/\r?\n/).filter((line) => line.length > 0);
      const csvPath = join(dir, `${shipped.symbol}.tail.csv`);
      writeFileSync(csvPath, `${[lines[0], ...lines.slice(-SERVED_ROWS)].join('\n')}\n`);
      csvFiles.push({ symbol: shipped.symbol, path: csvPath, adjustedOnly: shipped.adjustedOnly });
      const from = days.length - SERVED_ROWS;
      const date = (i: number): string => new Date((days[i] ?? 0) * 86_400_000).toISOString().slice(0, 10);
      if (spec.connector === 'fred') {
        const body = ['observation_date,' + spec.ticker, ...Array.from({ length: SERVED_ROWS }, (_, k) => `${date(from + k)},${close?.[from + k] ?? ''}`)].join('\n');
        answers.set(`/graph/fredgraph.csv?id=${spec.ticker}`, { contentType: 'text/csv', body: `${body}\n` });
      } else {
        const rows: ChartRow[] = Array.from({ length: SERVED_ROWS }, (_, k) => {
          const i = from + k;
          const value = close?.[i] ?? adjClose?.[i] ?? 0;
          return adjClose === null ? { date: date(i), close: value } : { date: date(i), close: value, adjclose: adjClose[i] ?? 0 };
        });
        answers.set(`/v8/finance/chart/${encodeURIComponent(spec.ticker)}`, { body: chartBody({ symbol: spec.ticker, rows }) });
      }
    }
    await store.checkpoint();
  } finally {
    store.close();
  }
  return { answers, csvFiles };
}

/** Runs `work` with stdout collected instead of printed and stderr (the progress notice) muted; returns what stdout got. */
async function quietly(work: () => Promise<unknown>): Promise<string> {
  const write = process.stdout.write.bind(process.stdout);
  const writeError = process.stderr.write.bind(process.stderr);
  let text = '';
  process.stdout.write = ((chunk: string | Uint8Array): boolean => {
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((): boolean => true) as typeof process.stderr.write;
  try {
    await work();
  } finally {
    process.stdout.write = write;
    process.stderr.write = writeError;
  }
  return text;
}

/** Runs the update benchmark and prints its figures. */
export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'marketfacts-bench-update-'));
  const savedInstruments = process.env['MARKETFACTS_INSTRUMENTS'];
  // The built-in instruments only: an empty config (a named config must exist).
  const config = join(dir, 'instruments.json');
  writeFileSync(config, '{"instruments": []}\n');
  process.env['MARKETFACTS_INSTRUMENTS'] = config;
  const base = join(dir, 'base.duckdb');
  const prepared = await prepare(dir, base);
  const server = await startRecordedServer((url) => prepared.answers.get(url.pathname) ?? prepared.answers.get(`${url.pathname}?id=${url.searchParams.get('id') ?? ''}`));
  const urls = { MARKETFACTS_YAHOO_URL: server.baseUrl, MARKETFACTS_FRED_URL: server.baseUrl, MARKETFACTS_STOOQ_URL: server.baseUrl };
  try {
    const updateMs: number[] = [];
    const ingestMs: number[] = [];
    let added = 0;
    let failed = 0;
    for (let k = 0; k <= RUNS; k += 1) {
      const db = join(dir, `update-${k}.duckdb`);
      copyFileSync(base, db);
      await withStore({ db }, async () => undefined);
      const start = performance.now();
      let failures = 0;
      const out = await quietly(async () => {
        failures = await runUpdate({ db, names: [], context: defaultConnectorContext({}, urls) });
      });
      if (k > 0) updateMs.push(performance.now() - start);
      added = [...out.matchAll(/: (\d+) added/g)].reduce((sum, match) => sum + Number(match[1]), 0);
      failed = failures;

      const csvDb = join(dir, `ingest-${k}.duckdb`);
      copyFileSync(base, csvDb);
      await withStore({ db: csvDb }, async () => undefined);
      const csvStart = performance.now();
      await withWritableStore({ db: csvDb }, (store) =>
        store.transaction(async (ingest) => {
          const at = new Date();
          for (const file of prepared.csvFiles) {
            const kind = findBuiltinInstrument(file.symbol)?.kind ?? 'other';
            const loaded = readDataFile(file.path, { kind, adjustedOnly: file.adjustedOnly });
            const { days, close, adjClose, layout } = loaded.parsed;
            await ingest({ symbol: file.symbol, days, close, adjClose, fileName: loaded.fileName, sha256: loaded.sha256, format: layout.format, ingestedAt: at });
          }
        }),
      );
      if (k > 0) ingestMs.push(performance.now() - csvStart);
    }
    // The connectors' own part: the eleven fetches over HTTP and their validation, no store.
    const context = defaultConnectorContext({}, urls);
    const fetchMs: number[] = [];
    for (let k = 0; k <= RUNS; k += 1) {
      const start = performance.now();
      await Promise.all(
        prepared.csvFiles.map((file) => {
          const instrument = findBuiltinInstrument(file.symbol);
          const spec = instrument === undefined ? undefined : sourceSpecOf(instrument);
          if (instrument === undefined || spec === undefined) return Promise.resolve();
          const columns = spec.connector !== 'yahoo' ? 'close' : file.adjustedOnly ? 'adjusted' : instrument.kind === 'etf' ? 'both' : 'close';
          return fetchDaily({ spec, kind: instrument.kind, columns, from: null }, context);
        }),
      );
      if (k > 0) fetchMs.push(performance.now() - start);
    }
    const instruments = prepared.csvFiles.length;
    const u = median(updateMs);
    const b = median(ingestMs);
    console.log(`update of the ${instruments} shipped instruments from a 127.0.0.1 server, ${SERVED_ROWS} rows each (${added} added, ${failed} failed): ${u.toFixed(0)} ms (target < 1,000 ms)`);
    console.log(`baseline: ingest of the same rows from ${instruments} CSV files into the same store: ${b.toFixed(0)} ms; update / ingest = ${(u / b).toFixed(2)}`);
    console.log(`of which the connectors' part (${instruments} fetches over HTTP and their validation, no store): ${median(fetchMs).toFixed(0)} ms`);
  } finally {
    await server.close();
    if (savedInstruments === undefined) delete process.env['MARKETFACTS_INSTRUMENTS'];
    else process.env['MARKETFACTS_INSTRUMENTS'] = savedInstruments;
    rmSync(dir, { recursive: true, force: true });
  }
}
