/** From series to brief in one call: gather statistics, detect facts, write sentences. */
import type { DayNumber } from '../core/date.js';
import type { DailySeries } from '../core/series.js';
import { detectFacts } from '../facts/detect.js';
import { gatherFactInputs } from '../facts/gather.js';
import type { SnapshotMark } from '../facts/inputs.js';
import { composeBrief, type Brief } from './brief.js';
import { newerDataNote } from './default-date.js';
import { NO_PERIOD_ENDS, periodEndsAt } from './period-ends.js';
import { dayOfIso } from './phrases.js';

/** Options of {@link writeBrief}. */
export interface WriteBriefOptions {
  /** The date asked for. */
  readonly date: DayNumber;
  /** Stated levels for the date, by upper-case symbol. */
  readonly snapshots?: ReadonlyMap<string, SnapshotMark>;
  /** Benchmark for relative performance; default `SPX`. */
  readonly benchmark?: string | null;
  /** True when `date` is the default (defaultBriefDay), not asked for: a note names the instruments with newer data. */
  readonly isDefaultDate?: boolean;
}

/**
 * The brief of `series` as of `options.date`. Series whose data do not reach the date are named
 * in the notes and left out. The brief's date is the latest date any briefed instrument uses
 * (the requested date itself unless it is a holiday or weekend for all of them). Each
 * instrument's tense comes from its own observation days (periodEndsAt); a preliminary level
 * closes no period.
 */
export function writeBrief(series: readonly DailySeries[], options: WriteBriefOptions): Brief {
  const snapshots = options.snapshots ?? new Map<string, SnapshotMark>();
  const inputs = gatherFactInputs(series, { date: options.date, snapshots, ...(options.benchmark === undefined ? {} : { benchmark: options.benchmark }) });
  const facts = detectFacts(inputs);
  const datesUsed = new Map<string, string>(inputs.instruments.map((i) => [i.instrument.symbol, i.snapshot.date]));
  const date = [...datesUsed.values()].reduce((latest, d) => (d > latest ? d : latest), '');
  const periodEnds = new Map(
    inputs.instruments.map((i) => [i.instrument.symbol as string, i.preliminary === null ? periodEndsAt(i.series.days, dayOfIso(i.snapshot.date)) : NO_PERIOD_ENDS]),
  );
  const brief = composeBrief(facts, {
    periodEnds,
    benchmark: inputs.benchmark,
    date: date === '' ? inputs.requestedDate : date,
    requestedDate: inputs.requestedDate,
    instruments: inputs.instruments.map((i) => i.instrument),
    datesUsed,
    unbriefed: inputs.unbriefed,
    snapshots: new Map(
      inputs.instruments
        .filter((i) => i.preliminary !== null)
        .map((i) => [i.instrument.symbol, { value: i.snapshot.close, minutes: i.preliminary?.minutes ?? null, priorClose: i.snapshot.prev_close, priorDate: i.snapshot.prev_date }]),
    ),
  });
  const newer = options.isDefaultDate === true ? newerDataNote(series, options.date) : null;
  return newer === null ? brief : { ...brief, notes: [...brief.notes, newer] };
}
