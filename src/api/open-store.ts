/**
 * `openStore()`: the library. One object over the store whose methods return the JSON objects
 * the commands print (`stats --json`, `seasonality --json`, `series --json`, `brief --json`,
 * `check --json`). The store is read into memory once; with `watch`, a changed store file
 * (an `ingest`, or an `update` that swaps a new file in) is read again in the background and
 * replaces the old content in one step, so no call ever sees half of each.
 */
import type { DailySeries } from '../core/series.js';
import { reportJson, type CheckJson, type CheckReport } from '../claims/index.js';
import type { InstrumentRegistry } from '../data/registry.js';
import type { StoreReader } from '../data/store-reader.js';
import { briefJson, renderHtml, renderMarkdown, renderText, type Brief, type BriefFormat } from '../narrative/index.js';
import { buildStatsIndex, shareStatsIndexes, type MonthSeasonality } from '../stats/index.js';
import { composeBriefOf, type BriefRequest } from './brief.js';
import { checkText, correctedArticle, loadStoredSeries } from './check.js';
import { instrumentChart, instrumentProfile, type ChartRequest, type InstrumentChart, type InstrumentProfile } from './instrument-view.js';
import { instrumentsJson, listStoredInstruments, type InstrumentJson } from './instruments.js';
import { loadStoreIntoMemory } from './memory-reader.js';
import { computeSeasonality, type SeasonalityRequest } from './seasonality.js';
import { parseDayRange, seriesJson, sliceSeries, type SeriesJson } from './series.js';
import { computeStats, type StatsOptions, type StatsOutput } from './stats.js';
import { StoreFollower, type LoadedVersion, type ReloadEvent } from './store-follower.js';
import { checkStoreLocation, loadRegistry, resolveStoreLocation, type StartProgress } from './store-file.js';

/** Options of {@link openStore}. */
export interface OpenStoreOptions {
  /** The store file; default $MARKETFACTS_DB, else `market.duckdb` in the user's data directory. Built from the shipped data when missing. */
  readonly db?: string;
  /** Read the store again when its file changes (checked at most every `watchIntervalMs`, default 500 ms). Default false. */
  readonly watch?: boolean;
  readonly watchIntervalMs?: number;
  /** Write the series cache beside the store after reading DuckDB, for faster starts (default true). */
  readonly writeCache?: boolean;
  /** Reports the progress of a first build (default: silent). */
  readonly startProgress?: StartProgress;
  /**
   * Told of every reload with `watch` or {@link Store.refresh}: a new version loaded, or a
   * changed file that could not be loaded (damaged, missing, locked), once per version of the
   * file; the old content is served meanwhile (default: nothing is told).
   */
  readonly onReload?: (event: ReloadEvent) => void;
}

/** A range of dates, `YYYY-MM-DD`, inclusive; either end open. */
export interface DateRange {
  readonly from?: string;
  readonly to?: string;
}

/** The `brief --json` object (fields in docs/facts.md). */
export interface BriefJson {
  readonly date: string;
  readonly requested_date: string;
  readonly headline: string;
  readonly paragraphs: readonly unknown[];
  readonly facts: readonly unknown[];
  readonly [field: string]: unknown;
}

/** What {@link Store.brief} returns: the `brief --json` object plus the story as plain text. */
export interface BriefResult extends BriefJson {
  readonly text: string;
}

/** Which version of the store is loaded. */
export interface StoreInfo {
  readonly path: string;
  /** ISO 8601 time the content was read. */
  readonly loaded_at: string;
  /** The store file's modification time then, ISO 8601 (null when unknown). */
  readonly file_modified_at: string | null;
  /** `ok`, or `degraded` when the file changed and could not be loaded: the content loaded at `loaded_at` is still served. */
  readonly status: 'ok' | 'degraded';
  /** The last failed reload's reason, one line (the old content is still served), or null. */
  readonly reload_error: string | null;
}

/** The store as a library sees it. Every method throws InputError (an ArgumentError naming the CLI flag) for bad input. */
export interface Store {
  readonly path: string;
  /** `instruments --json`; with `all`, also registered instruments without data. */
  instruments(options?: { all?: boolean }): Promise<InstrumentJson[]>;
  /** `series SYMBOL --json` between two dates (unadjusted closes; `adjusted` for total return). */
  series(symbol: string, range?: DateRange & { adjusted?: boolean }): Promise<SeriesJson>;
  /** `stats SYMBOL --date D --json`; `date` defaults to the latest. */
  stats(symbol: string, date?: string, options?: Omit<StatsOptions, 'date'>): Promise<StatsOutput>;
  /** `seasonality SYMBOL --json` over years `from`-`to` (`YYYY`, inclusive). */
  seasonality(symbol: string, range?: SeasonalityRequest): Promise<MonthSeasonality[]>;
  /** The day's story: `brief --json` plus `text`. `date` defaults to the latest. */
  brief(date?: string, options?: Omit<BriefRequest, 'date'>): Promise<BriefResult>;
  /** The brief exactly as `brief --format FORMAT` prints it. */
  renderBrief(format: BriefFormat, request?: BriefRequest): Promise<string>;
  /** `check --json` of an article's text; `date` (`YYYY-MM-DD`) overrides the date found in the text; `input` names it in the report (default `text`). */
  check(text: string, options?: { date?: string; input?: string }): Promise<CheckJson>;
  /** The article's text with every contradicted figure corrected (see correctedArticle). */
  correct(text: string, options?: { date?: string }): Promise<string>;
  /** One instrument's closes for a chart, with record closes, the 52-week band and drawdown spans. */
  chart(symbol: string, request?: ChartRequest): Promise<InstrumentChart>;
  /** One instrument's page: stats of a date, month-by-year moves, seasonality, records by year, drawdown episodes, biggest days. */
  profile(symbol: string, date?: string): Promise<InstrumentProfile>;
  /** Which version of the store is loaded. */
  info(): StoreInfo;
  /**
   * A number that grows by one each time new content is loaded, for caches built on this
   * store; with `watch`, first looks whether the file changed (as every call does).
   */
  version(): number;
  /**
   * Looks at the store file now and, when it changed, reads it again before returning; true
   * when new content was loaded. A changed file that cannot be read (damaged, missing) is not
   * an error: false, the old content stays, and {@link info} says why.
   */
  refresh(): Promise<boolean>;
  close(): void;
}

/** One loaded version of the store with the series read from it so far (each with its statistics indexes, shareStatsIndexes). */
interface Generation extends LoadedVersion {
  readonly reader: StoreReader;
  readonly series: Map<string, Promise<DailySeries>>;
  all: Promise<DailySeries[]> | null;
}

/**
 * Opens the store (building it from the shipped data on first use, as the command line does)
 * and reads it into memory. Throws InputError for a store path that cannot be right or a file
 * that is not a marketfacts store, and StoreDamagedError (an InputError) naming the
 * file, what is wrong and how to recover when the file is damaged: it is never replaced or
 * repaired on its own, and its last good copy is never used in its place (the same rule as
 * the command line). With `watch`, a changed file is read again; one that cannot be read
 * leaves the old content in place (see {@link Store.info}).
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const location = resolveStoreLocation(options.db === undefined ? {} : { db: options.db });
  checkStoreLocation(location);
  const registry = loadRegistry();
  const load = async (build: boolean): Promise<Generation> => {
    const { reader, identity } = await loadStoreIntoMemory(location.path, registry, {
      build,
      writeCache: options.writeCache !== false,
      ...(options.startProgress === undefined ? {} : { startProgress: options.startProgress }),
    });
    return { reader, identity, loadedAt: new Date(), series: new Map(), all: null };
  };
  // Built when missing at the start only: a file that goes missing later is a failed reload, not a reason to write a new store.
  const follower = new StoreFollower(location.path, await load(true), () => load(false), options.watch === true ? (options.watchIntervalMs ?? 500) : null, options.onReload);
  return new MemoryStore(location.path, registry, follower);
}

class MemoryStore implements Store {
  constructor(
    readonly path: string,
    private readonly registry: InstrumentRegistry,
    private readonly follower: StoreFollower<Generation>,
  ) {}

  async instruments(options: { all?: boolean } = {}): Promise<InstrumentJson[]> {
    const { summaries, empty } = await listStoredInstruments(this.current().reader, options.all === true);
    return instrumentsJson(summaries, empty);
  }

  async series(symbol: string, range: DateRange & { adjusted?: boolean } = {}): Promise<SeriesJson> {
    const { from, to } = parseDayRange(range.from, range.to);
    const series = await this.seriesOf(this.current(), symbol);
    return seriesJson(series, sliceSeries(series, from, to, range.adjusted === true));
  }

  async stats(symbol: string, date?: string, options: Omit<StatsOptions, 'date'> = {}): Promise<StatsOutput> {
    const generation = this.current();
    const series = await this.seriesOf(generation, symbol);
    return computeStats(series, { ...options, ...(date === undefined ? {} : { date }) });
  }

  async seasonality(symbol: string, range: SeasonalityRequest = {}): Promise<MonthSeasonality[]> {
    const generation = this.current();
    const series = await this.seriesOf(generation, symbol);
    return computeSeasonality(series, range).table;
  }

  async brief(date?: string, options: Omit<BriefRequest, 'date'> = {}): Promise<BriefResult> {
    const brief = await this.composeBrief({ ...options, ...(date === undefined ? {} : { date }) });
    return { text: renderText(brief, false), ...(briefJson(brief) as BriefJson) };
  }

  async renderBrief(format: BriefFormat, request: BriefRequest = {}): Promise<string> {
    const brief = await this.composeBrief(request);
    if (format === 'json') return `${JSON.stringify(briefJson(brief), null, 2)}\n`;
    if (format === 'markdown') return renderMarkdown(brief, false);
    if (format === 'html') return renderHtml(brief, false);
    return renderText(brief, false);
  }

  async check(text: string, options: { date?: string; input?: string } = {}): Promise<CheckJson> {
    return reportJson(await this.checkReport(text, options.date), options.input ?? 'text');
  }

  async correct(text: string, options: { date?: string } = {}): Promise<string> {
    return correctedArticle(text, await this.checkReport(text, options.date));
  }

  private checkReport(text: string, date: string | undefined): Promise<CheckReport> {
    const generation = this.current();
    // Through the generation's series, so each keeps the indexes built for it (shareStatsIndexes).
    const reader = { loadSeries: (symbol: string) => this.seriesOf(generation, symbol) };
    return checkText(text, date, this.registry.instruments, (symbols) => loadStoredSeries(reader, symbols));
  }

  async chart(symbol: string, request: ChartRequest = {}): Promise<InstrumentChart> {
    const generation = this.current();
    const series = await this.seriesOf(generation, symbol);
    return instrumentChart(buildStatsIndex(series), request);
  }

  async profile(symbol: string, date?: string): Promise<InstrumentProfile> {
    const generation = this.current();
    const series = await this.seriesOf(generation, symbol);
    return instrumentProfile(series, date, buildStatsIndex);
  }

  version(): number {
    return this.follower.version();
  }

  info(): StoreInfo {
    const { loadedAt, identity } = this.follower.current();
    const health = this.follower.health();
    return {
      path: this.path,
      loaded_at: loadedAt.toISOString(),
      file_modified_at: identity === null ? null : new Date(identity.mtimeMs).toISOString(),
      status: health.status,
      reload_error: health.reason,
    };
  }

  refresh(): Promise<boolean> {
    return this.follower.refresh();
  }

  close(): void {
    this.follower.close();
  }

  /** The loaded generation (see StoreFollower.current). */
  private current(): Generation {
    return this.follower.current();
  }

  private async composeBrief(request: BriefRequest): Promise<Brief> {
    const generation = this.current();
    generation.all ??= generation.reader.loadAllSeries();
    return composeBriefOf(await generation.all, request, this.path);
  }

  private seriesOf(generation: Generation, symbol: string): Promise<DailySeries> {
    const key = symbol.trim().toUpperCase();
    let series = generation.series.get(key);
    if (series === undefined) {
      series = generation.reader.loadSeries(symbol).then((loaded) => {
        // Held unchanged while the generation lives: its statistics indexes are built once.
        shareStatsIndexes(loaded);
        return loaded;
      });
      // A failed look-up (unknown symbol) is not kept: the map holds only what loaded.
      series.catch(() => generation.series.delete(key));
      generation.series.set(key, series);
    }
    return series;
  }

}
