/**
 * The bar for data a desk can trust, fuzzed (fast-check, bounded): thousands of generated
 * files, valid and hostile, go through the ingest code in process against one real DuckDB
 * file, and a handful through the command line. For every file: it is taken (0) or refused
 * (2) with one line; a refused file leaves the store exactly as it was; every stored value is
 * finite; and what the store reads back equals an independent model kept by the test from the
 * files it accepted (a plain `date,close` grammar the test parses itself).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DayNumber } from '../../src/core/date.js';
import { InputError } from '../../src/core/errors.js';
import { decodeDataFileBytes } from '../../src/data/data-file.js';
import { readSeriesText } from '../../src/data/reader.js';
import { MarketStore } from '../../src/data/store.js';
import { temporaryDirectory } from './fixtures.js';
import { emptyInstrumentConfig, runInProcess } from './store-helpers.js';

const SYMBOL = 'SPX';
/** Days 2000-01-03 .. about 2000-07 (a small window so files overlap and revise each other). */
const FIRST_DAY = 10_959;
const DAYS = 200;
const LATEST = 20_000 as DayNumber;

let temp: { dir: string; remove: () => void };
let store: MarketStore;
let path: string;
/** The model: day -> close, from the accepted files only. */
const model = new Map<number, number>();

beforeAll(async () => {
  temp = temporaryDirectory();
  path = join(temp.dir, 'fuzz.duckdb');
  store = await MarketStore.open(path);
});
afterAll(() => {
  store.close();
  temp.remove();
});

/** A cheap digest of everything stored: equal digests, equal stores (for this test's purposes). */
async function digest(): Promise<string> {
  const reader = await store['connection'].runAndReadAll(
    'SELECT count(*), sum(day), sum(close), sum(coalesce(adj_close, 0)), max(source_id), (SELECT count(*) FROM sources), (SELECT count(*) FROM instruments) FROM observations',
  );
  return JSON.stringify(reader.getRowsJson());
}

/** What one file did: 0 taken, 2 refused with its one-line message. */
interface Outcome {
  readonly code: 0 | 2;
  readonly message: string;
}

let fileCount = 0;

/** The ingest of `bytes` as the command does it, in process: decode, read strictly, merge with the guard. */
async function ingestBytes(bytes: Uint8Array): Promise<Outcome> {
  fileCount += 1;
  try {
    const decoded = decodeDataFileBytes(bytes);
    if (!decoded.ok) throw new InputError(`f${fileCount}.csv: ${decoded.reason}`);
    const parsed = readSeriesText(decoded.text, { fileName: `f${fileCount}.csv`, kind: 'index', latestDay: LATEST });
    await store.transaction(async (ingest) =>
      ingest({
        symbol: SYMBOL,
        days: parsed.days,
        close: parsed.close,
        adjClose: parsed.adjClose,
        fileName: `f${fileCount}.csv`,
        sha256: String(fileCount),
        format: parsed.layout.format,
        ingestedAt: new Date(),
        kind: 'index',
        guard: { implausibleRevisions: true, olderFile: true },
      }),
    );
    return { code: 0, message: '' };
  } catch (error: unknown) {
    if (error instanceof InputError) return { code: 2, message: error.message };
    throw error;
  }
}

/** The independent reading of a plain `date,close` file: rows by day, or null when the file is not one. */
function scanPlainFile(text: string): Map<number, number> | null {
  const lines = text.split('\n').filter((line) => line.length > 0);
  if (lines[0] !== 'date,close' || lines.length < 2) return null;
  const rows = new Map<number, number>();
  for (const line of lines.slice(1)) {
    const match = /^(\d{4})-(\d{2})-(\d{2}),(\d+\.\d{2})$/.exec(line);
    if (match === null) return null;
    const day = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000;
    const value = Number(match[4]);
    if (rows.has(day) || value <= 0) return null;
    rows.set(day, value);
  }
  return rows;
}

function isoOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** A valid file: distinct days in the window, prices around 1,000 with two decimals. */
const validRows = fc.uniqueArray(fc.record({ day: fc.integer({ min: FIRST_DAY, max: FIRST_DAY + DAYS }), cents: fc.integer({ min: 90_000, max: 110_000 }) }), {
  minLength: 1,
  maxLength: 30,
  selector: (row) => row.day,
});

function render(rows: readonly { day: number; cents: number }[]): string {
  return `date,close\n${rows.map((row) => `${isoOf(row.day)},${(row.cents / 100).toFixed(2)}`).join('\n')}\n`;
}

/** Ways to break a valid file that the rules say must be refused. */
const breakages: readonly ((text: string) => string)[] = [
  (text) => text.replace(/,(\d+\.\d{2})\n/, ',1e999\n'),
  (text) => text.replace(/,(\d+\.\d{2})\n/, `,${'9'.repeat(400)}\n`),
  (text) => `${text}2099-12-31,1000.00\n`,
  (text) => `${text}9999-12-31,1000.00\n`,
  (text) => `${text}0000-01-01,1000.00\n`,
  (text) => `${text}2000-02-30,1000.00\n`,
  (text) => `${text}2000-03-01,1000.00,7\n`,
  (text) => text.replace(/,(\d+\.\d{2})\n/, ',-5\n'),
  (text) => text.replace(/,(\d+\.\d{2})\n/, ',Infinity\n'),
  (text) => text.replace(/,(\d+\.\d{2})\n/, ',0x10\n'),
  (text) => text.replace('date,close', 'when,what'),
  (text) => text.replace(/\n/, '\u0000\n'),
  () => '',
  () => 'date,close\n',
];

async function expectTaken(outcome: Outcome, rows: Map<number, number> | null): Promise<void> {
  if (outcome.code === 0) {
    expect(rows, 'a file taken is one the independent reading accepts').not.toBeNull();
    for (const [day, value] of rows ?? []) model.set(day, value);
  }
}

async function expectStoreMatchesModel(): Promise<void> {
  const finite = await store['connection'].runAndReadAll('SELECT count(*) FROM observations WHERE NOT isfinite(close) OR NOT isfinite(coalesce(adj_close, 0))');
  expect(Number(finite.getRows()[0]?.[0])).toBe(0);
  if (model.size === 0) return;
  const series = await store.loadSeries(SYMBOL);
  const expected = [...model.entries()].sort((a, b) => a[0] - b[0]);
  expect(Array.from(series.days)).toEqual(expected.map(([day]) => day));
  expect(Array.from(series.close ?? [])).toEqual(expected.map(([, value]) => value));
}

describe('fuzz: ingest never takes a bad file, never half-takes one, and reads agree with the model', () => {
  it('valid, broken and random files, in process', async () => {
    let taken = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(
        validRows,
        fc.integer({ min: -1, max: breakages.length - 1 }),
        fc.oneof(fc.constant(null), fc.string({ maxLength: 80 }), fc.uint8Array({ maxLength: 64 })),
        async (rows, breakage, noise) => {
          const clean = render(rows);
          const text = breakage === -1 ? clean : (breakages[breakage] ?? ((t: string) => t))(clean);
          const before = await digest();
          const outcome = await ingestBytes(Buffer.from(text));
          if (outcome.code === 2) {
            refused += 1;
            expect(outcome.message).not.toMatch(/\n/);
            expect(outcome.message.length).toBeLessThan(400);
            expect(await digest()).toBe(before);
          } else taken += 1;
          if (breakage !== -1) expect(outcome.code, `${text.slice(0, 200)}`).toBe(2);
          await expectTaken(outcome, scanPlainFile(text));
          if (noise !== null) {
            const bytes = typeof noise === 'string' ? Buffer.from(noise) : noise;
            const noiseBefore = await digest();
            const noisy = await ingestBytes(bytes);
            if (noisy.code === 2) expect(await digest()).toBe(noiseBefore);
            await expectTaken(noisy, scanPlainFile(Buffer.from(bytes).toString('utf8')));
          }
        },
      ),
      { numRuns: 1200, seed: 20261201 },
    );
    await expectStoreMatchesModel();
    // Both outcomes happened many times: the property saw accepted and refused files alike.
    expect(taken).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(500);
  });

  it('texts of every shape through the line reader alone: a result or one FILE:LINE line, never anything else', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('Date', 'Close', 'Adj Close', 'Price', 'Ticker', '<TICKER>', 'value', '.', '', '1e999', '2024-11-25', '"', '\r'), fc.string({ maxLength: 12 })), { maxLength: 40 }), fc.constantFrom(',', '\n', ',\n'), (parts, joiner) => {
        try {
          const parsed = readSeriesText(parts.join(joiner), { fileName: 'x.csv', kind: 'index', latestDay: LATEST });
          for (const values of [parsed.close, parsed.adjClose]) if (values !== null) expect(values.every(Number.isFinite)).toBe(true);
        } catch (error: unknown) {
          expect(error).toBeInstanceOf(InputError);
          expect((error as Error).message).toMatch(/^x\.csv:\d+: [^\n]+$/);
        }
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('a handful through the command line: exit 0 or 2, one line on stderr for 2', async () => {
    store.close();
    const config = emptyInstrumentConfig(temp.dir);
    const samples = fc.sample(fc.tuple(validRows, fc.integer({ min: -1, max: breakages.length - 1 })), { numRuns: 6, seed: 3 });
    for (const [i, [rows, breakage]] of samples.entries()) {
      const text = breakage === -1 ? render(rows) : (breakages[breakage] ?? ((t: string) => t))(render(rows));
      const file = join(temp.dir, `cli${i}.csv`);
      writeFileSync(file, text);
      const result = await runInProcess(['ingest', file, '--symbol', SYMBOL, '--db', path], { MARKETFACTS_INSTRUMENTS: config, MARKETFACTS_DB: undefined });
      expect([0, 2]).toContain(result.code);
      if (result.code === 2) expect(result.stderr).toMatch(/^marketfacts: [^\n]+\n$/);
    }
    store = await MarketStore.open(path);
  });
});
