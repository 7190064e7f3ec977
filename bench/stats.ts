/**
 * Benchmark of the statistics engine (npm run bench):
 * - the index pass and every `stats` field for one date on the S&P 500 (24,800 days);
 * - every `stats` field for one date across a synthetic universe of 5,000 instruments x 30
 *   years of seeded random walks, with the single-date path;
 * - the same statistics in idiomatic vectorised pandas (bench/stats_pandas.py) on the same
 *   data, side by side, and the ratio;
 * - records this year, YTD, streak and biggest-since for the universe as DuckDB SQL window
 *   queries over one table of all closes (bench/stats_duckdb.ts), and the ratio;
 * - the extended statistics (computed on demand, off the contract path) beside the contract path.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIsoDay, isWeekend, parseIsoDay, type DayNumber } from '../src/core/date.js';
import type { DailySeries } from '../src/core/series.js';
import { findBuiltinInstrument } from '../src/data/instruments.js';
import { buildStatsIndex, extendedStatsOn, statsOn, statsOnSeries } from '../src/stats/index.js';
import { duckDbUniverse, type UniverseAgreement } from './stats_duckdb.js';
import { findRepoRoot, seededRandom, timeMs } from './support.js';

const INSTRUMENTS = 5000;
const YEARS = 30;
const SEED = 20241125;

function loadSpx(root: string): DailySeries {
  const lines = readFileSync(join(root, 'data', 'GSPC.yahoo.csv'), 'utf8').trim().split('\n').slice(1);
  const days = new Int32Array(lines.length);
  const close = new Float64Array(lines.length);
  lines.forEach((line, i) => {
    const cells = line.split(',');
    days[i] = parseIsoDay(cells[0] ?? '') ?? 0;
    close[i] = Number(cells[4]);
  });
  const instrument = findBuiltinInstrument('SPX');
  if (!instrument) throw new Error('SPX is not registered');
  return { instrument, days, close, adjClose: null };
}

/** Weekdays for YEARS years from 1995-01-02, and INSTRUMENTS random walks of closes on them. */
function makeUniverse(): { days: Int32Array; closes: Float64Array } {
  const first = parseIsoDay('1995-01-02') ?? 0;
  const last = parseIsoDay(`${1995 + YEARS - 1}-12-31`) ?? 0;
  const dayList: number[] = [];
  for (let day = first; day <= last; day++) if (!isWeekend(day as DayNumber)) dayList.push(day);
  const days = Int32Array.from(dayList);
  const n = days.length;
  const closes = new Float64Array(INSTRUMENTS * n);
  const random = seededRandom(SEED);
  for (let k = 0; k < INSTRUMENTS; k++) {
    let level = 100;
    for (let i = 0; i < n; i++) {
      // Daily log return: mean 0.03%, roughly 1.2% standard deviation (sum of uniforms), 2 decimals.
      const shock = (random() + random() + random() - 1.5) * 0.024 + 0.0003;
      level *= Math.exp(shock);
      closes[k * n + i] = Math.round(level * 100) / 100;
    }
  }
  return { days, closes };
}

function runPandas(root: string, args: string[]): Record<string, unknown> | null {
  const python = '/usr/bin/python3';
  if (spawnSync(python, ['-c', 'import pandas'], { stdio: 'ignore' }).status !== 0) {
    console.log('python3-pandas is missing: installing it with apt-get');
    try {
      execFileSync('sh', ['-c', 'apt-get update && apt-get install -y python3-pandas'], { stdio: 'inherit' });
    } catch {
      console.log('could not install python3-pandas: no baseline');
      return null;
    }
  }
  const out = execFileSync(python, [join(root, 'bench', 'stats_pandas.py'), ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const lastLine = out.trim().split('\n').pop() ?? '{}';
  return JSON.parse(lastLine) as Record<string, unknown>;
}

/** The sums the DuckDB baseline computes, from marketfacts' snapshots of every series on `date` (untimed). */
function universeAgreement(series: readonly DailySeries[], date: DayNumber): UniverseAgreement {
  const result: UniverseAgreement = { records_ytd_sum: 0, streak_sum: 0, ytd_pct_sum: 0, biggest_since_idx_sum: 0, biggest_since_none: 0 };
  const positions = new Map<string, number>();
  const days = series[0]?.days ?? new Int32Array(0);
  days.forEach((day, i) => positions.set(formatIsoDay(day as DayNumber), i));
  for (const one of series) {
    const snapshot = statsOnSeries(one, date);
    result.records_ytd_sum += snapshot.record_count_ytd;
    result.streak_sum += snapshot.streak_days;
    result.ytd_pct_sum += snapshot.ytd_pct ?? 0;
    if (snapshot.biggest_1d_since === null) result.biggest_since_none++;
    else result.biggest_since_idx_sum += positions.get(snapshot.biggest_1d_since) ?? 0;
  }
  result.ytd_pct_sum = Math.round(result.ytd_pct_sum * 1e6) / 1e6;
  return result;
}

/** Runs the benchmark and prints its figures. */
export async function run(): Promise<void> {
  const root = findRepoRoot();
  const spx = loadSpx(root);
  const dates = Array.from({ length: 1000 }, (_, k) => (spx.days[spx.days.length - 1 - ((k * 37) % 20000)] ?? 0) as DayNumber);
  for (let k = 0; k < 20; k++) buildStatsIndex(spx);
  const indexMs = timeMs(50, () => buildStatsIndex(spx));
  const index = buildStatsIndex(spx);
  for (const date of dates) statsOn(index, date);
  const statsMs = timeMs(5, () => {
    for (const date of dates) statsOn(index, date);
  }) / dates.length;
  const lastDay = (spx.days[spx.days.length - 1] ?? 0) as DayNumber;
  const singleMs = timeMs(50, () => statsOnSeries(spx, lastDay));
  console.log(`stats on SPX (${spx.days.length} days): index pass ${indexMs.toFixed(2)} ms (target < 5), all stats for one date after the index ${(statsMs * 1000).toFixed(1)} µs (target < 1 ms), single-date path without index ${singleMs.toFixed(2)} ms`);
  const extendedDates = dates.slice(0, 50);
  for (const date of extendedDates) extendedStatsOn(index, date);
  const extendedMs = timeMs(3, () => {
    for (const date of extendedDates) extendedStatsOn(index, date);
  }) / extendedDates.length;
  const contractPathMs = indexMs + statsMs;
  console.log(
    `extended statistics on demand (not on the contract path): ${extendedMs.toFixed(2)} ms per date on SPX; contract path (index + stats for one date) ${contractPathMs.toFixed(2)} ms, with the extended statistics ${(contractPathMs + extendedMs).toFixed(2)} ms; the contract path's code is unchanged (the universe below runs it alone)`,
  );

  const universe = makeUniverse();
  const n = universe.days.length;
  const dir = mkdtempSync(join(tmpdir(), 'marketfacts-bench-'));
  try {
    const daysFile = join(dir, 'days.i32');
    const closesFile = join(dir, 'closes.f64');
    writeFileSync(daysFile, new Uint8Array(universe.days.buffer));
    writeFileSync(closesFile, new Uint8Array(universe.closes.buffer));
    const instrument = findBuiltinInstrument('SPX');
    if (!instrument) throw new Error('SPX is not registered');
    const series: DailySeries[] = Array.from({ length: INSTRUMENTS }, (_, k) => ({
      instrument,
      days: universe.days,
      close: universe.closes.subarray(k * n, (k + 1) * n),
      adjClose: null,
    }));
    const date = (universe.days[n - 1] ?? 0) as DayNumber;
    const agreement = { records_ytd_sum: 0, states: [0, 0, 0], streak_sum: 0 };
    const universeRun = (): void => {
      agreement.records_ytd_sum = 0;
      agreement.states = [0, 0, 0];
      agreement.streak_sum = 0;
      for (const one of series) {
        const snapshot = statsOnSeries(one, date);
        agreement.records_ytd_sum += snapshot.record_count_ytd;
        agreement.streak_sum += snapshot.streak_days;
        const code = ['none', 'correction', 'bear'].indexOf(snapshot.drawdown_state ?? 'none');
        agreement.states[code] = (agreement.states[code] ?? 0) + 1;
      }
    };
    universeRun();
    const universeMs = timeMs(3, universeRun);
    console.log(`stats across ${INSTRUMENTS} instruments x ${YEARS} years (${n} days each) for ${formatIsoDay(date)}: ${universeMs.toFixed(0)} ms (target < 1000)`);

    const sqlAgreement = universeAgreement(series, date);
    const yearStartIdx = universe.days.findIndex((day) => formatIsoDay(day as DayNumber).slice(0, 4) === formatIsoDay(date).slice(0, 4));
    const duck = await duckDbUniverse(universe.closes, INSTRUMENTS, n, n - 1, yearStartIdx, 1);
    const sameSql = JSON.stringify(duck.agreement) === JSON.stringify(sqlAgreement);
    console.log(`DuckDB ${duck.version} SQL window queries over one table of ${(INSTRUMENTS * n).toLocaleString('en-US')} closes (records this year, YTD, streak, biggest since; load ${(duck.loadMs / 1000).toFixed(1)} s, not timed): ${duck.ms.toFixed(0)} ms`);
    console.log(`same answers as DuckDB: ${sameSql ? 'yes' : `NO: marketfacts ${JSON.stringify(sqlAgreement)}, DuckDB ${JSON.stringify(duck.agreement)}`}`);
    console.log(`ratio (DuckDB / marketfacts): universe ${(duck.ms / universeMs).toFixed(1)}x (target >= 2x)`);

    const pandas = runPandas(root, [daysFile, closesFile, String(INSTRUMENTS), join(root, 'data', 'GSPC.yahoo.csv')]);
    if (pandas) {
      const pandasUniverse = Number(pandas['universe_ms']);
      const pandasSpx = Number(pandas['spx_ms']);
      const same = JSON.stringify(pandas['agreement']) === JSON.stringify(agreement);
      console.log(`same answers (record counts, drawdown states, streaks): ${same ? 'yes' : `NO: marketfacts ${JSON.stringify(agreement)}, pandas ${JSON.stringify(pandas['agreement'])}`}`);
      console.log(`pandas ${String(pandas['pandas_version'])}: SPX all stats for one date ${pandasSpx.toFixed(1)} ms; universe ${pandasUniverse.toFixed(0)} ms`);
      console.log(`ratio (pandas / marketfacts): universe ${(pandasUniverse / universeMs).toFixed(1)}x (target >= 10x); SPX one date ${(pandasSpx / singleMs).toFixed(1)}x without index, ${(pandasSpx / statsMs).toFixed(0)}x with the index`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await run();
