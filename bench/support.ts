/** What every benchmark section shares: the repository root, medians and timers. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export { seededRandom } from '../test/helpers/synthetic-series.js';

/** The repository root: the nearest parent of this module holding bin/marketfacts.js. */
export function findRepoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'bin', 'marketfacts.js'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find bin/marketfacts.js above the bench');
    dir = parent;
  }
  return dir;
}

/** The median of samples (the upper one of an even count); NaN for none. */
export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? Number.NaN;
}

/** Median milliseconds of `repeat` synchronous runs of `run`. */
export function timeMs(repeat: number, run: () => unknown): number {
  const samples: number[] = [];
  for (let k = 0; k < repeat; k++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** Wall time in ms of one whole `node bin/marketfacts.js ARGS` process; throws when it fails. */
export function timeProcess(root: string, args: readonly string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, [join(root, 'bin', 'marketfacts.js'), ...args], { cwd: root, encoding: 'utf8' });
  const elapsed = performance.now() - start;
  if (result.status !== 0) throw new Error(`marketfacts ${args.join(' ')} exited ${String(result.status)}: ${result.stderr}`);
  return elapsed;
}

/** Wall time in ms of a bare `node -e 0`: the floor under every whole-process figure. */
export function timeBareNode(): number {
  const start = performance.now();
  spawnSync(process.execPath, ['-e', '0']);
  return performance.now() - start;
}

/** The load average (1, 5, 15 minutes) as text: the figures of a shared machine mean little without it. */
export function loadAverageText(): string {
  return loadavg()
    .map((load) => load.toFixed(1))
    .join(', ');
}
