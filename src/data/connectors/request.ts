/** What the connectors are asked for, and what they need to ask. */
import type { DayNumber } from '../../core/date.js';
import type { InstrumentKind } from '../../core/instrument.js';
import type { CloseColumns } from './fetched-series.js';
import type { HttpOptions } from './http.js';
import type { ConnectorSettings } from './settings.js';
import type { SourceSpec } from './source-spec.js';

/** One instrument's daily closes from a day on. */
export interface DailyRequest {
  readonly spec: SourceSpec;
  /** The instrument's kind: prices must be positive unless it is a yield; jump warnings differ. */
  readonly kind: InstrumentKind;
  /** Which closes to keep when the source has both (Yahoo). */
  readonly columns: CloseColumns;
  /** The first day wanted, or null for the whole history. */
  readonly from: DayNumber | null;
}

/** The HTTP policy and the settings every connector uses. */
export interface ConnectorContext {
  readonly http: HttpOptions;
  readonly settings: ConnectorSettings;
}

/** Seconds since 1970 of the start of a day number (UTC midnight). */
export function epochSecondsOfDay(day: DayNumber): number {
  return day * 86_400;
}

/** The earliest instant Yahoo is asked for when the whole history is wanted (1900-01-01). */
export const YAHOO_HISTORY_START_SECONDS = -2_208_988_800;
