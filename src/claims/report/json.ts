/**
 * The `check --json` contract (DESIGN.md): each claim with `text`, `symbol`, `metric`,
 * `stated`, `actual`, `verdict` and `note`, plus character offsets, the reason of an
 * unverifiable verdict, the corrected sentence of a contradicted one, and provenance.
 */
import { civilFromDay, formatIsoDay } from '../../core/date.js';
import type { CheckReport } from '../check.js';
import type { ActualValue, CheckedClaim, Claim, VerdictProvenance } from '../types.js';

/** One claim in the JSON output. Offsets are UTF-16 code units into the input text (BOM removed), end exclusive. */
export interface ClaimJson {
  readonly id: number;
  readonly text: string;
  readonly symbol: string | null;
  readonly instrument_text: string;
  readonly metric: string;
  /** The figure as a number in the stated unit (signed), a date `YYYY-MM-DD` / `YYYY-MM` / `YYYY`, a state or a flag. */
  readonly stated: number | string | boolean;
  readonly stated_text: string;
  readonly stated_unit: string | null;
  readonly actual: ActualValue;
  readonly verdict: 'supported' | 'contradicted' | 'unverifiable';
  readonly note: string;
  readonly reason: string | null;
  readonly corrected: string | null;
  readonly start: number;
  readonly end: number;
  /** The trading date the claim is about (before "as of" resolution). */
  readonly date: string;
  /** For a move over a window ("since Aug. 5", "over the past 12 months"): the base date asked for; for a seasonal statistic "since 1987": the first year (`YYYY`); else null. */
  readonly from: string | null;
  readonly timing: string;
  readonly basis: string;
  readonly provenance: ProvenanceJson | null;
  /** Where the subject, date and period were read from, and the words that left the reading uncertain. */
  readonly read_as: ReadingJson;
}

/** One part of a claim's reading: where it came from (`sentence`, `heading`, `weekday`, ...) and the words. */
export interface ReadingSourceJson {
  readonly from: string;
  readonly text: string | null;
}

/** How a claim was read: subject, date and period with their sources; `doubts`: the words that make it uncertain. */
export interface ReadingJson {
  readonly subject: ReadingSourceJson;
  readonly date: ReadingSourceJson;
  readonly period: ReadingSourceJson;
  readonly doubts: readonly string[];
}

/** Provenance in the JSON output: the source, the closes used (price or total), the date read as of, the rule and its inputs. */
export interface ProvenanceJson {
  readonly source: string;
  readonly basis: string;
  readonly as_of: string;
  readonly rule: string;
  readonly inputs: VerdictProvenance['inputs'];
}

function provenanceJson(provenance: VerdictProvenance | null): ProvenanceJson | null {
  return provenance === null ? null : { source: provenance.source, basis: provenance.basis, as_of: provenance.asOf, rule: provenance.rule, inputs: provenance.inputs };
}

/** The whole JSON report. */
export interface CheckJson {
  readonly input: string;
  readonly article_date: string | null;
  readonly date_source: string | null;
  readonly counts: CheckReport['counts'];
  /** True when the article held more claims than are read. */
  readonly truncated: boolean;
  readonly claims: readonly ClaimJson[];
}

/** The stated value of a claim as JSON. */
export function statedJson(claim: Claim): { value: number | string | boolean; text: string; unit: string | null } {
  const stated = claim.stated;
  switch (stated.type) {
    case 'number':
      return { value: stated.value, text: stated.raw, unit: stated.unit };
    case 'date': {
      const { year, month } = civilFromDay(stated.day);
      const iso = formatIsoDay(stated.day);
      const value = stated.precision === 'day' ? iso : stated.precision === 'month' ? `${year}-${String(month).padStart(2, '0')}` : String(year);
      return { value, text: stated.raw, unit: null };
    }
    case 'state':
    case 'flag':
    case 'direction':
      return { value: stated.value, text: stated.raw, unit: null };
  }
}

function timingText(claim: Claim): string {
  if (claim.timing.kind !== 'time-of-day') return claim.timing.kind;
  return claim.timing.minutes === null ? 'time-of-day' : `time-of-day ${String(Math.floor(claim.timing.minutes / 60)).padStart(2, '0')}:${String(claim.timing.minutes % 60).padStart(2, '0')}`;
}

/** One checked claim as JSON. */
export function claimJson({ claim, verdict }: CheckedClaim): ClaimJson {
  const stated = statedJson(claim);
  return {
    id: claim.id,
    text: claim.text,
    symbol: claim.symbol,
    instrument_text: claim.instrumentText,
    metric: claim.metric,
    stated: stated.value,
    stated_text: stated.text,
    stated_unit: stated.unit,
    actual: verdict.actual,
    verdict: verdict.verdict,
    note: verdict.note,
    reason: verdict.verdict === 'unverifiable' ? verdict.reason : null,
    corrected: verdict.verdict === 'contradicted' ? verdict.corrected : null,
    start: claim.start,
    end: claim.end,
    date: formatIsoDay(claim.day),
    from: fromOf(claim),
    timing: timingText(claim),
    basis: claim.basis,
    provenance: provenanceJson(verdict.provenance),
    read_as: { subject: claim.reading.subject, date: claim.reading.date, period: claim.reading.period, doubts: claim.reading.doubts },
  };
}

/** The report as the JSON object `check --json` prints. */
export function reportJson(report: CheckReport, input: string): CheckJson {
  return {
    input,
    article_date: report.articleDay === null ? null : formatIsoDay(report.articleDay),
    date_source: report.dateSource,
    counts: report.counts,
    truncated: report.truncated,
    claims: report.checked.map(claimJson),
  };
}

/** The start of a claim's window: the base date of a window claim, or the first year of a seasonal statistic ("since 1987"); else null. */
function fromOf(claim: Claim): string | null {
  if (claim.kind === 'range' || claim.kind === 'extreme-window') return formatIsoDay(claim.from);
  if ((claim.kind === 'seasonal' || claim.kind === 'seasonal-rank') && claim.fromYear !== null) return String(claim.fromYear);
  return null;
}
