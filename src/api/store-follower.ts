/**
 * Following a store file that changes under a reader: the loaded version is kept until a new
 * file has been read whole, then replaced in one step. A new file that cannot be read (damaged,
 * missing, not a store, locked by a writer) never replaces what is loaded: the old content is
 * served, the failure is reported once per version of the file, and the follower says it is
 * degraded until a good file is loaded or the loaded one is back in place.
 */
import { firstLineOf, StoreBusyError } from '../data/store-health.js';
import { fileIdentity, sameIdentity, type FileIdentity } from './memory-reader.js';

/** One loaded version of a store file. */
export interface LoadedVersion {
  /** The identity of the file it was read from (null when unknown). */
  readonly identity: FileIdentity | null;
  /** When it was read. */
  readonly loadedAt: Date;
  readonly reader: { close(): void };
}

/** Whether what is served is what the store file holds. */
export interface FollowerHealth {
  /** `ok`: the loaded content is the file's; `degraded`: the file changed and could not be loaded, the older content is served. */
  readonly status: 'ok' | 'degraded';
  /** Why it is degraded, one line (the error's message), or null when ok. */
  readonly reason: string | null;
}

/** What a reload did: a new version loaded (`recovered` when the follower was degraded before), or a failure with its error. */
export type ReloadEvent =
  | { readonly loaded: true; readonly path: string; readonly recovered: boolean }
  | { readonly loaded: false; readonly path: string; readonly error: Error; readonly servingSince: Date };

/** How long a file version that failed to load is left alone before it is tried again (a permission fixed in place changes no identity), ms. */
export const FAILED_FILE_RETRY_MS = 30_000;

/** The same file version, a missing file counting as one version. */
function sameVersion(a: FileIdentity | null, b: FileIdentity | null): boolean {
  return a === null ? b === null : sameIdentity(a, b);
}

/**
 * Keeps the loaded version of a store file and loads a changed file in the background. A file
 * that failed to load (damaged, missing, not a store) is tried again when it changes once
 * more, else only every {@link FAILED_FILE_RETRY_MS}; another process's lock is tried again
 * at the next look.
 */
export class StoreFollower<V extends LoadedVersion> {
  private loadedCount = 1;
  private reloading: Promise<boolean> | null = null;
  private lastLook = Date.now();
  private failure: Error | null = null;
  /** The file version the last failure was met on. */
  private failureVersion: FileIdentity | null = null;
  /** The file version left alone until it changes or {@link FAILED_FILE_RETRY_MS} have passed since `failedAt` (undefined: none). */
  private failedVersion: FileIdentity | null | undefined = undefined;
  private failedAt = 0;
  private closed = false;

  constructor(
    readonly path: string,
    private loadedVersion: V,
    private readonly load: () => Promise<V>,
    /** Look at the file at most this often, ms; null: only on {@link refresh}. */
    private readonly lookIntervalMs: number | null,
    private readonly onReload: (event: ReloadEvent) => void = () => undefined,
  ) {}

  /** The loaded version; when watching, first looks whether the file changed and starts a background reload (the old version serves meanwhile). */
  current(): V {
    if (this.closed) throw new Error('the store is closed');
    if (this.lookIntervalMs !== null && this.reloading === null) {
      const now = Date.now();
      if (now - this.lastLook >= this.lookIntervalMs) {
        this.lastLook = now;
        const identity = fileIdentity(this.path);
        if (!this.isLoadedFile(identity) && !this.failedLately(identity)) void this.startReload(identity);
      }
    }
    return this.loadedVersion;
  }

  /** Grows by one each time a new version is loaded. */
  version(): number {
    this.current();
    return this.loadedCount;
  }

  /** Whether the loaded content is the file's (see {@link FollowerHealth}). */
  health(): FollowerHealth {
    return this.failure === null ? { status: 'ok', reason: null } : { status: 'degraded', reason: firstLineOf(this.failure) };
  }

  /** Looks at the file now and, when it changed, loads it before returning; true when a new version was loaded. Never throws for a bad file: {@link health} says why. */
  async refresh(): Promise<boolean> {
    if (this.reloading !== null) return this.reloading;
    const identity = fileIdentity(this.path);
    // Asked for, a file that failed lately is tried again.
    if (this.isLoadedFile(identity)) return false;
    return this.startReload(identity);
  }

  close(): void {
    this.closed = true;
    this.loadedVersion.reader.close();
  }

  /** True when `identity` is the loaded file's; a failure then no longer holds (what is served is the file's again). */
  private isLoadedFile(identity: FileIdentity | null): boolean {
    if (!sameIdentity(identity, this.loadedVersion.identity)) return false;
    this.failure = null;
    this.failedVersion = undefined;
    return true;
  }

  /** True when the file at `identity` failed to load less than {@link FAILED_FILE_RETRY_MS} ago and has not changed since. */
  private failedLately(identity: FileIdentity | null): boolean {
    return this.failedVersion !== undefined && sameVersion(identity, this.failedVersion) && Date.now() - this.failedAt < FAILED_FILE_RETRY_MS;
  }

  private startReload(identity: FileIdentity | null): Promise<boolean> {
    const reload = this.load().then(
      (loaded) => {
        if (this.closed) {
          loaded.reader.close();
          return false;
        }
        const recovered = this.failure !== null;
        this.loadedVersion.reader.close();
        this.loadedVersion = loaded;
        this.loadedCount += 1;
        this.failure = null;
        this.failedVersion = undefined;
        this.onReload({ loaded: true, path: this.path, recovered });
        return true;
      },
      (error: unknown) => {
        const failure = error instanceof Error ? error : new Error(String(error));
        // Reported once per version of the file and reason: a writer's lock is retried at every look, quietly.
        const repeated = this.failure !== null && this.failure.message === failure.message && sameVersion(identity, this.failureVersion);
        this.failure = failure;
        this.failureVersion = identity;
        this.failedVersion = failure instanceof StoreBusyError ? undefined : identity;
        this.failedAt = Date.now();
        if (!repeated && !this.closed) this.onReload({ loaded: false, path: this.path, error: failure, servingSince: this.loadedVersion.loadedAt });
        return false;
      },
    );
    this.reloading = reload.finally(() => {
      this.reloading = null;
      this.lastLook = Date.now();
    });
    return this.reloading;
  }
}
