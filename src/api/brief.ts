/** The day's story: which series to brief, its date, and the brief itself (`brief --json` is {@link briefJson} of it). */
import { formatIsoDay, parseIsoDay, type DayNumber } from '../core/date.js';
import { ArgumentError, InputError } from '../core/errors.js';
import type { DailySeries } from '../core/series.js';
import type { SnapshotLevel, SnapshotMark } from '../facts/index.js';
import { defaultBriefDay, writeBrief, type Brief } from '../narrative/index.js';
import { resolveSessionDate } from './session-date.js';

/**
 * Chooses the series to brief: all of them, or the `--symbols` list (comma-separated, any case).
 * Throws InputError when the store is empty (saying how to ingest) and ArgumentError for a
 * symbol the store does not hold.
 */
export function selectSeries(all: readonly DailySeries[], symbols: string | undefined, storePath: string): DailySeries[] {
  if (all.length === 0) {
    throw new InputError(`the store ${storePath} holds no data; load a file with "marketfacts ingest <file> --symbol <symbol>"`);
  }
  if (symbols === undefined) return [...all];
  const wanted = symbols.split(',').map((s) => s.trim().toUpperCase()).filter((s) => s.length > 0);
  if (wanted.length === 0) throw new ArgumentError('--symbols', 'no symbol given');
  const bySymbol = new Map(all.map((series) => [series.instrument.symbol as string, series]));
  return wanted.map((symbol) => {
    const series = bySymbol.get(symbol);
    if (series === undefined) throw new ArgumentError('--symbols', `unknown symbol "${symbol}"; the store holds ${[...bySymbol.keys()].join(', ')}`);
    return series;
  });
}

/** The brief's date: `--date`, or the latest session the major indexes share (defaultBriefDay). */
export function briefDate(series: readonly DailySeries[], text: string | undefined): DayNumber {
  if (text !== undefined) {
    const day = parseIsoDay(text.trim());
    if (day === null) throw new ArgumentError('--date', `"${text}" is not a calendar date (YYYY-MM-DD)`);
    return day;
  }
  return defaultBriefDay(series);
}

/** What to brief: the date (`YYYY-MM-DD`, default the latest), a symbol list (`RUT,SPX`) and levels not yet in the daily data. */
export interface BriefRequest {
  readonly date?: string;
  readonly symbols?: string;
  readonly snapshots?: readonly SnapshotLevel[];
  /** The day of live prices taken as snapshots (`brief --live`): the date when none is asked for. */
  readonly liveDay?: DayNumber;
}

/**
 * The brief of `all` for a request. Throws ArgumentError (`--date`, `--symbols`, `--snapshot`)
 * for a bad date or symbol, a snapshot of an instrument not briefed, or a date with no data.
 */
export function composeBriefOf(all: readonly DailySeries[], request: BriefRequest, storePath: string, onNote?: (note: string) => void): Brief {
  const series = selectSeries(all, request.symbols, storePath);
  const asked = request.date === undefined && request.liveDay !== undefined ? request.liveDay : briefDate(series, request.date);
  // After the data end: the last session, said so (a weekend inside the data the brief says
  // itself); with snapshot levels the date is the day they are for.
  const session = resolveSessionDate(series, asked);
  const date = session.afterEnd && request.date !== undefined && (request.snapshots ?? []).length === 0 ? session.day : asked;
  if (date !== asked && session.note !== null) onNote?.(session.note);
  const snapshots = new Map<string, SnapshotMark>();
  const held = new Set(series.map((s) => s.instrument.symbol as string));
  for (const level of request.snapshots ?? []) {
    if (!held.has(level.symbol)) throw new ArgumentError('--snapshot', `unknown symbol "${level.symbol}" (not in this brief)`);
    snapshots.set(level.symbol, { value: level.value, minutes: level.minutes });
  }
  const brief = writeBrief(series, { date, snapshots, isDefaultDate: request.date === undefined && request.liveDay === undefined });
  if (brief.paragraphs.length === 0 && brief.facts.length === 0) throw noDataError(series, date);
  return brief;
}

/** The one-line error for a date no chosen instrument has data for: before them all, or a gap. */
function noDataError(series: readonly DailySeries[], date: DayNumber): ArgumentError {
  const starts = series.map((s) => ({ symbol: s.instrument.symbol, first: s.days[0] ?? Number.POSITIVE_INFINITY }));
  const earliest = starts.reduce((best, one) => (one.first < best.first ? one : best));
  if (date < earliest.first) {
    return new ArgumentError('--date', `${formatIsoDay(date)} is before the data begin (earliest: ${earliest.symbol} from ${formatIsoDay(earliest.first as DayNumber)})`);
  }
  const latest = Math.max(...series.map((s) => s.days[s.days.length - 1] ?? Number.NEGATIVE_INFINITY));
  return new ArgumentError('--date', `no instrument has data for ${formatIsoDay(date)} (the latest data end on ${formatIsoDay(latest as DayNumber)})`);
}
