/**
 * Benchmark of the brief (npm run bench):
 * - whole-process `marketfacts brief` over the shipped instruments on a pre-built temp store,
 *   several runs, against a bare `node -e 0` and the bare process start (`marketfacts
 *   --version`) measured side by side; budget 500 ms;
 * - the fact pass (statistics gathering and every detector) and the writing of the brief over
 *   a synthetic universe of 5,000 instruments x 30 years of seeded random walks; budget 2 s.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIsoDay, isWeekend, parseIsoDay, type DayNumber } from '../src/core/date.js';
import { toSymbol, type Instrument } from '../src/core/instrument.js';
import type { DailySeries } from '../src/core/series.js';
import { findBuiltinInstrument } from '../src/data/instruments.js';
import { detectFacts, gatherFactInputs } from '../src/facts/index.js';
import { composeBrief } from '../src/narrative/index.js';
import { findRepoRoot, loadAverageText, median, seededRandom, snapshotIsCurrent, timeBareNode, timeProcess } from './support.js';

const INSTRUMENTS = 5000;
const YEARS = 30;
const SEED = 4_2024_1125;
const PROCESS_RUNS = 7;
const BUDGET_PROCESS_MS = 500;
const BUDGET_FACT_PASS_MS = 2000;

/**
 * INSTRUMENTS random walks on the weekdays of YEARS years ending 2024-11-29, a month end. They
 * are stocks (a 5,000-instrument universe is one), so the coming month's seasonality, stated
 * for indexes only, does not run for them; `kind` 'index' measures that path too.
 */
function makeUniverse(kind: Instrument['kind'] = 'stock', count = INSTRUMENTS): DailySeries[] {
  const spx = findBuiltinInstrument('SPX');
  if (spx === undefined) throw new Error('SPX is not registered');
  const end = parseIsoDay('2024-11-29') ?? 0;
  const list: number[] = [];
  for (let d = end - YEARS * 365; d <= end; d++) if (!isWeekend(d as DayNumber)) list.push(d);
  const days = Int32Array.from(list);
  const random = seededRandom(SEED);
  const universe: DailySeries[] = [];
  for (let k = 0; k < count; k++) {
    const close = new Float64Array(days.length);
    let level = 50 + random() * 200;
    for (let i = 0; i < days.length; i++) {
      level *= 1 + (random() + random() + random() - 1.5) * 0.024 + 0.0003;
      close[i] = level;
    }
    const instrument: Instrument = { ...spx, kind, symbol: toSymbol(`SYN${k}`), name: `Synthetic ${k}`, storyName: `synthetic ${kind} ${k}`, shortName: kind === 'index' ? 'the index' : 'the stock', aliases: [] };
    universe.push({ instrument, days, close, adjClose: null });
  }
  return universe;
}

/** Runs the benchmark and prints its figures. */
export async function run(): Promise<void> {
  const root = findRepoRoot();
  const dir = mkdtempSync(join(tmpdir(), 'marketfacts-bench-brief-'));
  const db = join(dir, 'market.duckdb');
  try {
    timeProcess(root, ['brief', '--db', db, '--date', '2024-11-25']); // builds the store once
    const startOnly: number[] = [];
    const brief: number[] = [];
    const briefDefault: number[] = [];
    const bare: number[] = [];
    const plain: number[] = [];
    const loadBefore = loadAverageText();
    for (let k = 0; k < PROCESS_RUNS; k++) {
      bare.push(timeBareNode());
      plain.push(timeProcess(root, ['brief', '--db', db, '--date', '2024-11-25'], 'plain'));
      startOnly.push(timeProcess(root, ['--version']));
      brief.push(timeProcess(root, ['brief', '--db', db, '--date', '2024-11-25']));
      briefDefault.push(timeProcess(root, ['brief', '--db', db]));
    }
    const m = median(brief);
    console.log(`brief: whole process, shipped instruments, pre-built store, median of ${PROCESS_RUNS} runs`);
    console.log(`  node -e 0 (bare node, baseline)                  ${median(bare).toFixed(0)} ms`);
    console.log(`  marketfacts --version (process start, baseline)  ${median(startOnly).toFixed(0)} ms`);
    console.log(`  marketfacts brief --date 2024-11-25                ${m.toFixed(0)} ms  (min ${Math.min(...brief).toFixed(0)}, max ${Math.max(...brief).toFixed(0)})`);
    console.log(`  marketfacts brief (latest date)                    ${median(briefDefault).toFixed(0)} ms`);
    console.log(`  node bin/marketfacts.js brief --date 2024-11-25 (plain start, no snapshot, baseline)  ${median(plain).toFixed(0)} ms; bin/marketfacts ${snapshotIsCurrent(root) ? 'started from the start-up snapshot' : 'had NO current start-up snapshot'}`);
    console.log(`  load average before the runs ${loadBefore}, after ${loadAverageText()} (2 cores; medians of interleaved runs)`);
    console.log(`  brief minus bare node ${(m - median(bare)).toFixed(0)} ms; brief / process start: ${(m / median(startOnly)).toFixed(2)}x; budget ${BUDGET_PROCESS_MS} ms: ${m <= BUDGET_PROCESS_MS ? 'met' : 'MISSED'} (${(m / BUDGET_PROCESS_MS).toFixed(2)} of it)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const universe = makeUniverse();
  const last = universe[0]?.days[(universe[0]?.days.length ?? 1) - 1] ?? 0;
  const date = last as DayNumber;
  const gatherMs: number[] = [];
  const detectMs: number[] = [];
  const writeMs: number[] = [];
  let factCount = 0;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    const inputs = gatherFactInputs(universe, { date, benchmark: 'SYN0' });
    const t1 = performance.now();
    const facts = detectFacts(inputs);
    const t2 = performance.now();
    composeBrief(facts, { date: formatIsoDay(date), requestedDate: formatIsoDay(date), instruments: universe.map((s) => s.instrument), datesUsed: new Map(), unbriefed: [], snapshots: new Map() });
    const t3 = performance.now();
    gatherMs.push(t1 - t0);
    detectMs.push(t2 - t1);
    writeMs.push(t3 - t2);
    factCount = facts.length;
  }
  const pass = median(gatherMs) + median(detectMs);
  const points = universe.reduce((sum, s) => sum + s.days.length, 0);
  console.log(`brief: fact pass over ${INSTRUMENTS} synthetic instruments x ${YEARS} years (${(points / 1e6).toFixed(1)} M closes), ${formatIsoDay(date)}, median of 3`);
  console.log(`  statistics (single-date snapshot, week)               ${median(gatherMs).toFixed(0)} ms`);
  console.log(`  detectors (${factCount} facts)                            ${median(detectMs).toFixed(0)} ms`);
  console.log(`  fact pass total                                         ${pass.toFixed(0)} ms; budget ${BUDGET_FACT_PASS_MS} ms: ${pass <= BUDGET_FACT_PASS_MS ? 'met' : 'MISSED'} (${(pass / BUDGET_FACT_PASS_MS).toFixed(2)} of it)`);
  console.log(`  writing the brief (all ${INSTRUMENTS} instruments)           ${median(writeMs).toFixed(0)} ms`);
  const SEASONAL = 500;
  const indexes = makeUniverse('index', SEASONAL);
  const t0 = performance.now();
  detectFacts(gatherFactInputs(indexes, { date, benchmark: 'SYN0' }));
  const seasonal = performance.now() - t0;
  console.log(`  the same pass for ${SEASONAL} indexes at a month end (adds the coming month's seasonality, from each series' month-end table): ${seasonal.toFixed(0)} ms, ${((seasonal / SEASONAL) * INSTRUMENTS).toFixed(0)} ms scaled to ${INSTRUMENTS}`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await run();
