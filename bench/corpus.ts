/**
 * The corpus score (npm run bench): `check` on the graded stories of `../shared/corpus`
 * (a sibling of the repository, absent on a fresh clone: then "corpus not found"), scored the
 * way `../shared/tools/score-check.mjs` scores it: an expected claim is met when a claim of
 * the same symbol, whose text or stated value contains the expected value, has one of the
 * accepted verdicts; a false alarm is a claim the data support called contradicted. Checked in
 * process against a store built from the shipped data; the time per story is printed beside
 * the whole-process budget of `check`.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkArticle, claimJson } from '../src/claims/index.js';
import { parseIsoDay } from '../src/core/date.js';
import type { DailySeries } from '../src/core/series.js';
import { buildShippedStore } from '../src/data/build-store.js';
import { BUILTIN_INSTRUMENTS } from '../src/data/instruments.js';
import { MarketStore } from '../src/data/store.js';
import { findRepoRoot } from './support.js';

interface Expectation {
  readonly symbol: string;
  readonly value: string | number;
  readonly ok: readonly string[];
}
interface Case {
  readonly file: string;
  readonly date: string;
  readonly expect: readonly Expectation[];
}

const BUDGET_MS = 300;

/** Runs the corpus score and prints it. */
export async function run(): Promise<void> {
  const casesFile = resolve(findRepoRoot(), '..', 'shared', 'corpus', 'cases.json');
  if (!existsSync(casesFile)) {
    console.log('corpus not found (../shared/corpus/cases.json): no corpus score');
    return;
  }
  const cases = JSON.parse(readFileSync(casesFile, 'utf8')) as Case[];
  const dir = mkdtempSync(join(tmpdir(), 'marketfacts-bench-corpus-'));
  try {
    const storePath = join(dir, 'market.duckdb');
    await buildShippedStore(storePath);
    const store = await MarketStore.open(storePath, { readOnly: true });
    const series = new Map<string, DailySeries>((await store.loadAllSeries()).map((one) => [one.instrument.symbol as string, one] as const));
    let hit = 0;
    let total = 0;
    let alarms = 0;
    let wrongCaught = 0;
    let wrongTotal = 0;
    let slowest = 0;
    let elapsed = 0;
    try {
      for (const c of cases) {
        const text = readFileSync(resolve(dirname(casesFile), c.file), 'utf8').replace(/^\uFEFF/, '');
        const date = parseIsoDay(c.date);
        const start = performance.now();
        const result = checkArticle(text, { instruments: BUILTIN_INSTRUMENTS, series, date });
        const took = performance.now() - start;
        elapsed += took;
        slowest = Math.max(slowest, took);
        const claims = result.ok ? result.report.checked.map(claimJson) : [];
        for (const e of c.expect) {
          total++;
          const value = String(e.value);
          const candidates = claims.filter((k) => (k.symbol ?? '').toUpperCase() === e.symbol && (String(k.stated).includes(value) || k.text.includes(value)));
          const met = candidates.some((k) => e.ok.includes(k.verdict));
          if (e.ok.length === 1 && e.ok[0] === 'contradicted') {
            wrongTotal++;
            if (met) wrongCaught++;
          }
          if (met) hit++;
          else if (e.ok.includes('supported') && !e.ok.includes('contradicted') && candidates.some((k) => k.verdict === 'contradicted')) alarms++;
        }
      }
    } finally {
      store.close();
    }
    console.log(`corpus: ${cases.length} stories, ${total} expected claims`);
    console.log(`  right verdicts ${hit}/${total} (${((100 * hit) / total).toFixed(1)}%); false alarms ${alarms}; wrong figures caught ${wrongCaught}/${wrongTotal}`);
    console.log(`  in process: ${(elapsed / cases.length).toFixed(1)} ms a story on average, slowest ${slowest.toFixed(1)} ms (whole-process budget of check: ${BUDGET_MS} ms)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await run();
