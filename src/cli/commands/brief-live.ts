/**
 * `brief --live`: each instrument's current price from its connector (Yahoo's
 * `regularMarketPrice` and `regularMarketTime`), used as the snapshot `--snapshot` states by
 * hand: compared with the prior close, marked preliminary with its time, never stored.
 * Instruments whose source gives no live price (FRED, Stooq), or whose close of the day is
 * already stored, keep their stored closes; each is named in a note.
 */
import { addDays, formatIsoDay, type DayNumber } from '../../core/date.js';
import type { DailySeries } from '../../core/series.js';
import { ConnectorError, fetchDaily, formatSourceSpec, sourceSpecOf, type ConnectorContext } from '../../data/connectors/index.js';
import { exchangeClockOf, exchangeDayOf } from '../../data/connectors/zone-date.js';
import type { SnapshotLevel } from '../../facts/index.js';

/** The live levels found, the exchange day they belong to, and notes on the instruments left as stored. */
export interface LiveLevels {
  readonly levels: readonly SnapshotLevel[];
  /** The latest exchange day of a live price, or null when none was found. */
  readonly day: DayNumber | null;
  readonly notes: readonly string[];
}

/** Days of bars asked for with the quote (the price and its time come with any window). */
const QUOTE_WINDOW_DAYS = 5;

/** Fetches the live price of every Yahoo-sourced series in `series` (concurrently). Never throws for a fetch that fails: it becomes a note. */
export async function fetchLiveLevels(series: readonly DailySeries[], context: ConnectorContext): Promise<LiveLevels> {
  const now = (context.http.now ?? (() => new Date()))();
  const today = exchangeDayOf(Math.floor(now.getTime() / 1000), 'UTC', 0) ?? (0 as DayNumber);
  const found = await Promise.all(
    series.map(async (one): Promise<{ level?: SnapshotLevel & { day: DayNumber }; note?: string }> => {
      const symbol = one.instrument.symbol;
      const spec = sourceSpecOf(one.instrument);
      if (spec === undefined || spec.connector !== 'yahoo') return { note: `${symbol}: no live price from ${spec === undefined ? 'its source' : spec.connector}; its last stored close is used` };
      try {
        const fetched = await fetchDaily({ spec, kind: one.instrument.kind, columns: 'close', from: addDays(today, -QUOTE_WINDOW_DAYS) }, context);
        const quote = fetched.quote;
        if (quote === null) return { note: `${symbol}: ${formatSourceSpec(spec)} gave no current price` };
        const day = exchangeDayOf(Math.floor(quote.time.getTime() / 1000), quote.timeZone, undefined) ?? today;
        const lastStored = one.days[one.days.length - 1];
        if (lastStored !== undefined && lastStored >= day) return { note: `${symbol}: the close of ${formatIsoDay(day)} is stored; no live price needed` };
        const clock = exchangeClockOf(quote.time, quote.timeZone);
        return { level: { symbol, value: quote.price, minutes: clock.hours * 60 + clock.minutes, day } };
      } catch (error: unknown) {
        const reason = error instanceof ConnectorError ? error.reason : error instanceof Error ? error.message : String(error);
        return { note: `${symbol}: no live price (${formatSourceSpec(spec)}: ${reason})` };
      }
    }),
  );
  const withLevel = found.flatMap((entry) => (entry.level === undefined ? [] : [entry.level]));
  const day = withLevel.length === 0 ? null : (Math.max(...withLevel.map((level) => level.day)) as DayNumber);
  const notes = found.flatMap((entry) => (entry.note === undefined ? [] : [entry.note]));
  const levels: SnapshotLevel[] = [];
  for (const level of withLevel) {
    if (level.day === day) levels.push({ symbol: level.symbol, value: level.value, minutes: level.minutes });
    else notes.push(`${level.symbol}: its latest price is from ${formatIsoDay(level.day)}, not ${formatIsoDay(day ?? level.day)}; left out of the live levels`);
  }
  return { levels, day, notes };
}
