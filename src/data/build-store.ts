/**
 * Building the default store from the shipped data: done once, on first use. The store is
 * written to a temporary file beside the target and renamed into place when complete, so an
 * interrupted build leaves nothing half-made and two processes starting at once cannot see a
 * partial store.
 */
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { readDataFile } from './data-file.js';
import type { InstrumentRegistry } from './registry.js';
import { SHIPPED_DATA_VERSION, SHIPPED_FILES, shippedDataDir } from './shipped.js';
import type { IngestReport } from './store-ingest.js';
import { MarketStore } from './store.js';

/** Progress of a build: files done out of total, and the file just finished. */
export interface BuildProgress {
  readonly done: number;
  readonly total: number;
  readonly file: string;
}

/** Options of a build. */
export interface BuildOptions {
  readonly registry?: InstrumentRegistry;
  /** Called after each file; also once with done = 0 before the first. */
  readonly onProgress?: (progress: BuildProgress) => void;
}

/**
 * Builds a store at `path` from the shipped data/ files (all in one transaction) and returns
 * what each file added. Overwrites nothing until complete; then replaces `path`.
 */
export async function buildShippedStore(path: string, options: BuildOptions = {}): Promise<IngestReport[]> {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.building-${process.pid}-${Date.now()}`;
  try {
    const store = await MarketStore.open(temporary, options.registry ? { registry: options.registry } : {});
    let reports: IngestReport[];
    try {
      reports = await ingestShippedFiles(store, options.onProgress);
      await store.checkpoint();
    } finally {
      store.close();
    }
    renameSync(temporary, path);
    return reports;
  } finally {
    rmSync(temporary, { force: true });
    rmSync(`${temporary}.wal`, { force: true });
  }
}

/**
 * Ingests every shipped file into an open, writable store in one transaction and records
 * {@link SHIPPED_DATA_VERSION}. On an existing store this is the update path: a file whose
 * sha256 is already recorded is skipped (so rows a user revised since are not put back), and
 * for the others unchanged rows stay as they are and the reports count what was added and
 * revised, as for any ingest.
 */
export async function ingestShippedFiles(store: MarketStore, onProgress?: (progress: BuildProgress) => void): Promise<IngestReport[]> {
  const dir = shippedDataDir();
  const total = SHIPPED_FILES.length;
  const ingestedAt = new Date();
  onProgress?.({ done: 0, total, file: '' });
  const known = await store.sourceHashes();
  const reports = await store.transaction(async (ingest) => {
    const done: IngestReport[] = [];
    let filesDone = 0;
    for (const shipped of SHIPPED_FILES) {
      filesDone += 1;
      const instrument = store.findInstrument(shipped.symbol);
      const loaded = readDataFile(`${dir}${shipped.file}`, { kind: instrument?.kind ?? 'other', adjustedOnly: shipped.adjustedOnly });
      if (known.has(loaded.sha256)) {
        onProgress?.({ done: filesDone, total, file: shipped.file });
        continue;
      }
      const { days, close, adjClose, layout } = loaded.parsed;
      done.push(
        await ingest({ symbol: shipped.symbol, days, close, adjClose, fileName: loaded.fileName, sha256: loaded.sha256, format: layout.format, ingestedAt }),
      );
      onProgress?.({ done: filesDone, total, file: shipped.file });
    }
    return done;
  });
  await store.writeMeta('shipped_data_version', SHIPPED_DATA_VERSION);
  return reports;
}

/** True when the store was built from the current shipped data (one key look-up). */
export async function isShippedDataCurrent(store: MarketStore): Promise<boolean> {
  return (await store.readMeta('shipped_data_version')) === SHIPPED_DATA_VERSION;
}
