/** What every benchmark section shares: the repository root, medians and timers. */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
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

/**
 * How a whole-process figure starts the program: `bin`, the npm bin `bin/marketfacts` as a
 * person runs it (from the start-up snapshot when it is current); `plain`, `node
 * bin/marketfacts.js` (no snapshot).
 */
export type StartKind = 'bin' | 'plain';

/** Wall time in ms of one whole `marketfacts ARGS` process started as `start` says; throws when it fails. */
export function timeProcess(root: string, args: readonly string[], start: StartKind = 'bin'): number {
  const [command, ...first] = start === 'bin' ? [join(root, 'bin', 'marketfacts')] : [process.execPath, join(root, 'bin', 'marketfacts.js')];
  const begin = performance.now();
  const result = spawnSync(command ?? process.execPath, [...first, ...args], { cwd: root, encoding: 'utf8' });
  const elapsed = performance.now() - begin;
  if (result.status !== 0) throw new Error(`marketfacts ${args.join(' ')} exited ${String(result.status)}: ${result.stderr}`);
  return elapsed;
}

/** Whether bin/marketfacts would start from the snapshot: its blob exists and is newer than the program. */
export function snapshotIsCurrent(root: string): boolean {
  const blob = join(root, 'dist', 'startup', 'marketfacts.blob');
  return existsSync(blob) && statSync(blob).mtimeMs > statSync(join(root, 'dist', 'cli.js')).mtimeMs;
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
