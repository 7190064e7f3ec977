/**
 * How often a follower tries a changed store file again: a damaged one only when it changes
 * again (or after FAILED_FILE_RETRY_MS), a busy one at every look. The loads are counted; the
 * file is a real file whose identity (inode, size, time) the follower reads.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fileIdentity } from '../../src/api/memory-reader.js';
import { FAILED_FILE_RETRY_MS, StoreFollower, type LoadedVersion, type ReloadEvent } from '../../src/api/store-follower.js';
import { StoreBusyError, StoreDamagedError } from '../../src/data/store-health.js';
import { temporaryDirectory } from '../data/fixtures.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A follower of a file in a fresh directory whose loads run `outcome` (a version, or a throw) and are counted. */
function followerOf(outcome: (path: string) => LoadedVersion): { follower: StoreFollower<LoadedVersion>; path: string; loads: () => number; events: ReloadEvent[] } {
  const { dir, remove } = temporaryDirectory();
  cleanups.push(remove);
  const path = join(dir, 'market.duckdb');
  writeFileSync(path, 'first');
  let count = 0;
  const events: ReloadEvent[] = [];
  const first: LoadedVersion = { identity: fileIdentity(path), loadedAt: new Date(), reader: { close: () => undefined } };
  const follower = new StoreFollower(path, first, async () => {
    count += 1;
    return outcome(path);
  }, 0, (event) => events.push(event));
  return { follower, path, loads: () => count, events };
}

/** Lets a background reload finish. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));

describe('StoreFollower', () => {
  it('a damaged file is loaded once, then left alone until it changes, the retry time has passed or a refresh asks', async () => {
    const { follower, path, loads, events } = followerOf((file) => {
      throw new StoreDamagedError(file, 'not a DuckDB database file');
    });
    writeFileSync(path, 'a damaged second file');
    for (let k = 0; k < 5; k++) {
      follower.current();
      await settle();
    }
    expect(loads()).toBe(1);
    expect(follower.health().status).toBe('degraded');
    expect(events).toHaveLength(1);
    writeFileSync(path, 'a damaged third file, longer');
    follower.current();
    await settle();
    expect(loads()).toBe(2);
    expect(events).toHaveLength(2);
    const now = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(now + FAILED_FILE_RETRY_MS + 1);
    follower.current();
    await settle();
    expect(loads()).toBe(3);
    // The same file failing the same way again is not reported again.
    expect(events).toHaveLength(2);
    // Asked for, a file that failed lately is tried again at once.
    expect(await follower.refresh()).toBe(false);
    expect(loads()).toBe(4);
  });

  it('a busy file is tried again at every look, reported once', async () => {
    const { follower, path, loads, events } = followerOf((file) => {
      throw new StoreBusyError(`--db: the store ${file} is in use by process 1 (node)`);
    });
    writeFileSync(path, 'a second file a writer holds');
    for (let k = 0; k < 4; k++) {
      follower.current();
      await settle();
    }
    expect(loads()).toBe(4);
    expect(events).toHaveLength(1);
    expect(follower.health()).toEqual({ status: 'degraded', reason: `--db: the store ${path} is in use by process 1 (node)` });
  });

  it('a good file after a failure is loaded and reported as a recovery', async () => {
    let fail = true;
    const { follower, path, events } = followerOf((file) => {
      if (fail) throw new StoreDamagedError(file, 'not a DuckDB database file');
      return { identity: fileIdentity(file), loadedAt: new Date(), reader: { close: () => undefined } };
    });
    writeFileSync(path, 'damaged');
    expect(await follower.refresh()).toBe(false);
    fail = false;
    writeFileSync(path, 'a good file at last');
    expect(await follower.refresh()).toBe(true);
    expect(follower.health()).toEqual({ status: 'ok', reason: null });
    expect(follower.version()).toBe(2);
    expect(events.map((event) => event.loaded)).toEqual([false, true]);
    expect(events[1]).toEqual({ loaded: true, path, recovered: true });
  });
});
