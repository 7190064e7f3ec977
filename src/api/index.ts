/**
 * The library: `import { openStore } from 'marketfacts'`. The command line and the HTTP server
 * are shells over these same functions, so every object here is, field for field, the JSON the
 * commands print.
 */
export { openStore, type BriefJson, type BriefResult, type DateRange, type OpenStoreOptions, type Store, type StoreInfo } from './open-store.js';
export type { InstrumentJson } from './instruments.js';
export type { SeriesJson, SeriesObservation } from './series.js';
export type { StatsOptions, StatsOutput } from './stats.js';
export type { SeasonalityRequest } from './seasonality.js';
export type { BriefRequest } from './brief.js';
export type { ChartPoint, ChartRequest, DayMove, InstrumentChart, InstrumentProfile } from './instrument-view.js';
export type { CheckJson, ClaimJson, ProvenanceJson } from '../claims/index.js';
export type { MonthSeasonality, MonthMove, DrawdownEpisode, StatsSnapshot } from '../stats/index.js';
export type { SnapshotLevel } from '../facts/index.js';
export type { BriefFormat } from '../narrative/index.js';
export { BriefFormats } from '../narrative/index.js';
export { MAX_ARTICLE_BYTES } from '../claims/index.js';
export type { StartProgress, Progress } from './store-file.js';
export { InputError, ArgumentError, DataFileError, isInputError } from '../core/errors.js';
export { StoreDamagedError, lastGoodCopyPath } from '../data/store-health.js';
export type { ReloadEvent } from './store-follower.js';
