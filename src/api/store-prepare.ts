/**
 * Opening the store file for a command or the library: built from the shipped data when it
 * does not exist, brought up to the shipped data's version when it is behind. Apart from
 * store-file.ts (where the store is), as it loads the DuckDB store code, which a run answered
 * from the series cache never needs.
 */
import { existsSync } from 'node:fs';
import { buildShippedStore, ingestShippedFiles, isShippedDataCurrent } from '../data/build-store.js';
import type { InstrumentRegistry } from '../data/registry.js';
import { MarketStore } from '../data/store.js';
import { registrySource, type StartProgress } from './store-file.js';

const SILENT: StartProgress = () => ({ update: () => undefined, stop: () => undefined });

/**
 * Opens the store, first building it when missing or bringing the shipped data up to date
 * when it was built from an older version. The usual path is one open and one key look-up.
 * `waitMs` bounds the wait for another process's lock (MarketStore.open's default otherwise).
 */
export async function openPreparedStore(path: string, registry: InstrumentRegistry, readOnly: boolean, startProgress: StartProgress = SILENT, waitMs?: number): Promise<MarketStore> {
  const opening = { registry, registrySource: registrySource(), ...(waitMs === undefined ? {} : { waitMs }) };
  if (!existsSync(path)) {
    const bar = startProgress(`building the store ${path} from the shipped data`);
    try {
      await buildShippedStore(path, { registry, onProgress: bar.update });
    } finally {
      bar.stop();
    }
  }
  const store = await MarketStore.open(path, { ...opening, readOnly });
  try {
    const version = await store.readMeta('shipped_data_version');
    // A store that was never built from the shipped data (no version) is left as it is.
    if (version === undefined || (await isShippedDataCurrent(store))) return store;
  } catch (error: unknown) {
    store.close();
    throw error;
  }
  store.close();
  const writer = await MarketStore.open(path, opening);
  const bar = startProgress(`updating the shipped data in ${path}`);
  try {
    await ingestShippedFiles(writer, bar.update);
    await writer.checkpoint();
  } finally {
    bar.stop();
    writer.close();
  }
  return MarketStore.open(path, { ...opening, readOnly });
}
