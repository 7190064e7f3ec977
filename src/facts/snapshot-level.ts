/**
 * Snapshot levels: a level stated before the daily close exists (`US10Y=4.27@15:00`). The
 * series is cut before the snapshot's date and the level appended as that date's close, so
 * every statistic is computed against the prior close; facts from it are marked preliminary.
 */
import { formatIsoDay, type DayNumber } from '../core/date.js';
import { ArgumentError } from '../core/errors.js';
import type { InstrumentKind } from '../core/instrument.js';
import type { DailySeries } from '../core/series.js';
import { indexBefore, indexOnOrBefore } from '../series/lookup.js';
import type { SnapshotMark } from './inputs.js';

const SNAPSHOT_PATTERN = /^([A-Za-z0-9^._-]+)=(-?\d+(?:\.\d+)?)(?:@(\d{1,2}):(\d{2}))?$/;

/** A parsed `SYMBOL=VALUE[@HH:MM]`: upper-case symbol, value, minutes after midnight or null. */
export interface SnapshotLevel extends SnapshotMark {
  readonly symbol: string;
}

/**
 * Parses `SYMBOL=VALUE[@HH:MM]` (24-hour time, exchange time zone). The value is a level: index
 * points, dollars, or a yield in percent (4.27). Throws ArgumentError('--snapshot') naming the
 * text when it does not parse, the value is not positive, or the time is not a clock time.
 */
export function parseSnapshotLevel(text: string, argument = '--snapshot'): SnapshotLevel {
  const match = SNAPSHOT_PATTERN.exec(text.trim());
  if (match === null) throw new ArgumentError(argument, `"${text}" is not SYMBOL=VALUE or SYMBOL=VALUE@HH:MM (e.g. US10Y=4.27@15:00)`);
  const value = Number(match[2]);
  if (!(value > 0)) throw new ArgumentError(argument, `"${text}": the level must be positive`);
  let minutes: number | null = null;
  if (match[3] !== undefined && match[4] !== undefined) {
    const hour = Number(match[3]);
    const minute = Number(match[4]);
    if (hour > 23 || minute > 59) throw new ArgumentError(argument, `"${text}": ${match[3]}:${match[4]} is not a time of day`);
    minutes = hour * 60 + minute;
  }
  return { symbol: (match[1] ?? '').toUpperCase(), value, minutes };
}

/**
 * Parses a small CSV of snapshots: one `SYMBOL=VALUE[@HH:MM]` or `SYMBOL,VALUE[,HH:MM]` a line;
 * blank lines, `#` comments and a `symbol,value,...` header are skipped. Errors name `file:line`.
 */
export function parseSnapshotFile(text: string, file: string): SnapshotLevel[] {
  const levels: SnapshotLevel[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || /^symbol\s*,/i.test(line)) return;
    const cells = line.split(',').map((cell) => cell.trim());
    const spelled = cells.length === 1 ? line : `${cells[0] ?? ''}=${cells[1] ?? ''}${cells[2] ? `@${cells[2]}` : ''}`;
    levels.push(parseSnapshotLevel(spelled, `${file}:${i + 1}`));
  });
  return levels;
}

/**
 * The largest plausible move of a snapshot level from the prior close, by instrument kind: a
 * yield 1 percentage point (`points`), a volatility index 200%, anything else 25% (`pct`).
 */
export function snapshotMoveBound(kind: InstrumentKind): { readonly limit: number; readonly unit: 'points' | 'pct' } {
  if (kind === 'yield') return { limit: 1, unit: 'points' };
  return { limit: kind === 'volatility' ? 200 : 25, unit: 'pct' };
}

/**
 * Refuses a snapshot level that is not a level "not yet in the daily data", or implausible:
 * ArgumentError('--snapshot') when the series already has a close on `day` (naming it), or when
 * the move from `prior` (the prior close) exceeds {@link snapshotMoveBound}.
 */
export function checkSnapshotLevel(series: DailySeries, day: DayNumber, level: number, prior: number): void {
  const symbol = series.instrument.symbol;
  const values = series.close ?? series.adjClose;
  const at = indexOnOrBefore(series.days, day);
  if (at >= 0 && series.days[at] === day && values !== null) {
    const stored = values[at] ?? Number.NaN;
    throw new ArgumentError('--snapshot', `${symbol} already has a close of ${stored.toFixed(2)} on ${formatIsoDay(day)} in the store; snapshots are for levels not yet in the daily data`);
  }
  const bound = snapshotMoveBound(series.instrument.kind);
  const move = bound.unit === 'points' ? Math.abs(level - prior) : Math.abs((level / prior - 1) * 100);
  if (move > bound.limit) {
    const size = bound.unit === 'points' ? `${move.toFixed(2)} percentage points` : `${move.toFixed(1)}%`;
    const limit = bound.unit === 'points' ? `${bound.limit} percentage point` : `${bound.limit}%`;
    throw new ArgumentError('--snapshot', `${symbol}=${level} is ${size} from the prior close of ${prior.toFixed(2)}, beyond the plausible ${limit}`);
  }
}

/**
 * The series with `level` as the close of `day`: observations before `day` are kept, then
 * (day, level) appended. An adjusted series gets the level scaled by the last observation's
 * adjusted/unadjusted ratio. Throws ArgumentError('--snapshot') when the series has no
 * observation before `day` (no prior close), holds only adjusted closes (a traded level cannot
 * be compared with adjusted closes without guessing the adjustment), already has a close on
 * `day`, or the level is implausibly far from the prior close (see {@link checkSnapshotLevel}).
 */
export function withSnapshotLevel(series: DailySeries, day: DayNumber, level: number): DailySeries {
  const last = indexBefore(series.days, day);
  if (last < 0) throw new ArgumentError('--snapshot', `${series.instrument.symbol}: no close before the snapshot's date to compare with`);
  if (series.close === null) {
    throw new ArgumentError('--snapshot', `${series.instrument.symbol}: the data hold only adjusted closes; a stated level cannot be compared with them`);
  }
  checkSnapshotLevel(series, day, level, series.close[last] ?? Number.NaN);
  const n = last + 1;
  const days = new Int32Array(n + 1);
  days.set(series.days.subarray(0, n));
  days[n] = day;
  const extend = (values: Float64Array | null, value: number): Float64Array | null => {
    if (values === null) return null;
    const out = new Float64Array(n + 1);
    out.set(values.subarray(0, n));
    out[n] = value;
    return out;
  };
  const lastClose = series.close?.[last];
  const lastAdj = series.adjClose?.[last];
  const adjLevel = lastClose !== undefined && lastAdj !== undefined ? (level * lastAdj) / lastClose : Number.NaN;
  return { instrument: series.instrument, days, close: extend(series.close, level), adjClose: extend(series.adjClose, adjLevel) };
}
