/**
 * Rebuilding a store from what is kept outside it: the shipped data, then every write of its
 * ingest log (ingest-log.ts) replayed in order, each file read again only when it is still
 * there with the same sha256. The new store is made beside the old one and renamed into place;
 * the old file, damaged or not, is kept as `PATH.damaged-TIME`, never deleted.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { parseIsoDay } from '../core/date.js';
import { buildShippedStore } from './build-store.js';
import { readDataFile } from './data-file.js';
import { readIngestLog, type IngestLogEntry } from './ingest-log.js';
import type { InstrumentRegistry } from './registry.js';
import { removeSeriesCache } from './series-cache.js';
import { MarketStore } from './store.js';

/** What a rebuild replayed and what it could not. */
export interface RebuildReport {
  /** Log entries applied, in order. */
  readonly replayed: readonly IngestLogEntry[];
  /** Log entries left out, with why (`no such file`, `changed since it was ingested`, ...). */
  readonly skipped: readonly { readonly entry: IngestLogEntry; readonly reason: string }[];
  /** Where the old store file was moved, or null when there was none. */
  readonly oldStoreKeptAs: string | null;
}

/** Why a logged file cannot be read again, or null when it can. */
function replayProblem(entry: IngestLogEntry): string | null {
  if (entry.op !== 'ingest') return null;
  if (entry.path === null) return 'read from standard input, which cannot be read again';
  if (!existsSync(entry.path)) return 'no such file';
  const sha256 = createHash('sha256').update(readFileSync(entry.path)).digest('hex');
  return sha256 === entry.sha256 ? null : 'changed since it was ingested';
}

async function replay(store: MarketStore, entry: IngestLogEntry, registry: InstrumentRegistry): Promise<void> {
  if (entry.op === 'delete') {
    const from = entry.from === null ? null : parseIsoDay(entry.from);
    const to = entry.to === null ? null : parseIsoDay(entry.to);
    await store.deleteRows({ symbol: entry.symbol, from, to, deletedAt: new Date(entry.at) });
    return;
  }
  const kind = registry.find(entry.symbol)?.kind ?? 'other';
  const loaded = readDataFile(entry.path ?? '', { kind, adjustedOnly: entry.adjustedOnly, lenient: entry.lenient });
  const { days, close, adjClose, layout } = loaded.parsed;
  await store.ingest({ symbol: entry.symbol, days, close, adjClose, fileName: loaded.fileName, sha256: loaded.sha256, format: layout.format, ingestedAt: new Date(entry.at) });
}

/** Rebuilds the store at `path` (see the module comment). */
export async function rebuildStore(path: string, registry: InstrumentRegistry, now: Date = new Date()): Promise<RebuildReport> {
  const building = `${path}.rebuilding-${process.pid}`;
  const replayed: IngestLogEntry[] = [];
  const skipped: { entry: IngestLogEntry; reason: string }[] = [];
  try {
    await buildShippedStore(building, { registry });
    const store = await MarketStore.open(building, { registry });
    try {
      for (const entry of readIngestLog(path)) {
        const problem = replayProblem(entry);
        if (problem !== null) {
          skipped.push({ entry, reason: problem });
          continue;
        }
        try {
          await replay(store, entry, registry);
          replayed.push(entry);
        } catch (error: unknown) {
          skipped.push({ entry, reason: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error) });
        }
      }
      await store.checkpoint();
    } finally {
      store.close();
    }
    let oldStoreKeptAs: string | null = null;
    if (existsSync(path)) {
      oldStoreKeptAs = `${path}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`;
      renameSync(path, oldStoreKeptAs);
      if (existsSync(`${path}.wal`)) renameSync(`${path}.wal`, `${oldStoreKeptAs}.wal`);
    }
    removeSeriesCache(path);
    renameSync(building, path);
    return { replayed, skipped, oldStoreKeptAs };
  } finally {
    rmSync(building, { force: true });
    rmSync(`${building}.wal`, { force: true });
  }
}
