/**
 * Benchmark of the article checker (npm run bench): a 1,000-word market story checked by the
 * whole command as a person runs it, `bin/marketfacts check FILE --db STORE` (which starts
 * from the start-up snapshot), process start included, beside the plain start
 * `node bin/marketfacts.js check ...`,
 * against a store built beforehand in a temporary directory. Side by side: a bare `node -e 0`,
 * the bare process start of the same program (`--version`), the same program opening the store and listing it
 * (`instruments`: start-up plus opening the store through its series cache), and the in-process time of extraction,
 * series loading and verdicts. The budget the issue names is 300 ms wall time.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractClaims, judgeClaims, symbolsNeeded } from '../src/claims/index.js';
import type { DailySeries } from '../src/core/series.js';
import { buildShippedStore } from '../src/data/build-store.js';
import { BUILTIN_INSTRUMENTS } from '../src/data/instruments.js';
import { MarketStore } from '../src/data/store.js';
import { findRepoRoot, loadAverageText, snapshotIsCurrent, timeBareNode, timeProcess } from './support.js';

const BUDGET_MS = 300;
const RUNS = 7;

const PARAGRAPHS = [
  'NEW YORK (AP) — Small-company stocks pushed to the edge of their all-time high on Monday, Nov. 25, 2024, as investors bet that lower interest rates and a growing economy will help smaller companies the most.',
  'The Russell 2000 index of smaller stocks rose 1.5% to 2,442.03, its sixth straight gain. It ended just 0.03% below its prior record close of 2,442.74 set Nov. 8, 2021. The index gained 35.36 points on the day.',
  "So far in November, the Russell 2000 is up 11.2%, on track for its best month since December 2023. For the year, small caps are up 20.5%, about 5 points lower than the S&P 500's 25.5%.",
  'The S&P 500 rose 0.3% to 5,987.37 and is 0.2% below its record close of 6,001.35 set Nov. 11, its 51st record close of the year. The Dow Jones Industrial Average rose 1% and the Nasdaq composite added 0.3%.',
  'The yield on the 10-year Treasury fell to 4.27% from 4.41% late Friday. The 14 basis point drop was the biggest one-day decline since Aug. 2. The two-year yield fell to 4.26%.',
  'History is on the side of small caps: December has averaged a gain of 2.8% for the Russell 2000 since 1987, and the index has risen in 81% of those Decembers.',
  "Vanguard's small-cap growth ETF (VBK) is up 24.8% this year. The iShares Russell 2000 Growth ETF (IWO) has climbed 25.3% in 2024, while bitcoin rose 2% and gold slipped 0.5%.",
  'Smaller companies tend to borrow more than big ones, so they feel the pinch of high rates more acutely, analysts said, and the prospect of cuts from the Federal Reserve has been a tailwind for them through the autumn, with traders watching every word from policymakers and every report on inflation and jobs for clues about what comes next.',
];

/** A story of at least `words` words, built from the paragraphs above in turn. */
export function buildArticle(words: number): string {
  const out: string[] = [];
  let count = 0;
  for (let k = 0; count < words; k++) {
    const paragraph = PARAGRAPHS[k % PARAGRAPHS.length] ?? '';
    out.push(paragraph);
    count += paragraph.split(/\s+/).length;
  }
  return `${out.join('\n\n')}\n`;
}

function stats(samples: readonly number[]): { median: number; min: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: sorted[sorted.length >> 1] ?? Number.NaN, min: sorted[0] ?? Number.NaN, max: sorted[sorted.length - 1] ?? Number.NaN };
}

const fmt = (ms: number): string => `${ms.toFixed(1)} ms`;

/** Runs the benchmark and prints its figures. */
export async function run(): Promise<void> {
  const root = findRepoRoot();
  const dir = mkdtempSync(join(tmpdir(), 'marketfacts-bench-check-'));
  try {
    const store = join(dir, 'market.duckdb');
    await buildShippedStore(store);
    const article = buildArticle(1000);
    const file = join(dir, 'story.txt');
    writeFileSync(file, article);
    const words = article.split(/\s+/).filter((w) => w.length > 0).length;
    timeProcess(root, ['check', file, '--db', store]);
    const check: number[] = [];
    const start: number[] = [];
    const storeOpen: number[] = [];
    const bare: number[] = [];
    const plain: number[] = [];
    const loadBefore = loadAverageText();
    for (let k = 0; k < RUNS; k++) {
      bare.push(timeBareNode());
      check.push(timeProcess(root, ['check', file, '--db', store, '--json']));
      start.push(timeProcess(root, ['--version']));
      storeOpen.push(timeProcess(root, ['instruments', '--db', store]));
      plain.push(timeProcess(root, ['check', file, '--db', store, '--json'], 'plain'));
    }
    const inProcess = await timeInProcess(article, store);
    const c = stats(check);
    const s = stats(start);
    const o = stats(storeOpen);
    const b = stats(bare);
    const p = stats(plain);
    console.log(`check: a ${words}-word article, ${inProcess.claims} claims, ${RUNS} whole-process runs against a pre-built store`);
    console.log(`  check wall time          median ${fmt(c.median)} (min ${fmt(c.min)}, max ${fmt(c.max)}; bin/marketfacts, ${snapshotIsCurrent(root) ? 'from the start-up snapshot' : 'NO current start-up snapshot: plain start'})`);
    console.log(`  baseline: plain start    median ${fmt(p.median)} (node bin/marketfacts.js check: no snapshot; snapshot / plain ${(c.median / p.median).toFixed(2)})`);
    console.log(`  baseline: bare node      median ${fmt(b.median)} (node -e 0)`);
    console.log(`  baseline: process start  median ${fmt(s.median)} (marketfacts --version: node, commander and the command line's core; no command's modules, no store)`);
    console.log(`  baseline: store opened   median ${fmt(o.median)} (marketfacts instruments: start + store opened through its series cache)`);
    console.log(`  check minus bare node ${fmt(c.median - b.median)}; check / process start ${(c.median / s.median).toFixed(2)}; check / store opened ${(c.median / o.median).toFixed(2)}; check minus store opened ${fmt(c.median - o.median)}`);
    console.log(`  budget ${BUDGET_MS} ms: median is ${(c.median / BUDGET_MS).toFixed(2)}x the budget (${c.median <= BUDGET_MS ? 'within' : 'OVER'})`);
    console.log(`  load average before the runs ${loadBefore}, after ${loadAverageText()} (2 cores; medians of interleaved runs)`);
    console.log(`  in the bench's own process (no snapshot, first run, cold): extract ${fmt(inProcess.extract)}, load series ${fmt(inProcess.load)}, judge ${fmt(inProcess.judge)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function timeInProcess(article: string, storePath: string): Promise<{ extract: number; load: number; judge: number; claims: number }> {
  const t0 = performance.now();
  const extraction = extractClaims(article, { instruments: BUILTIN_INSTRUMENTS });
  const t1 = performance.now();
  if (!extraction.ok || extraction.articleDay === null) throw new Error('the bench article has no date');
  const store = await MarketStore.open(storePath, { readOnly: true });
  const series = new Map<string, DailySeries>();
  try {
    for (const symbol of symbolsNeeded(extraction.claims)) series.set(symbol, await store.loadSeries(symbol));
  } finally {
    store.close();
  }
  const t2 = performance.now();
  judgeClaims(extraction.claims, series, extraction.articleDay);
  const t3 = performance.now();
  return { extract: t1 - t0, load: t2 - t1, judge: t3 - t2, claims: extraction.claims.length };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await run();
