/** Checking an article end to end when the series are already at hand. */
import type { DayNumber } from '../core/date.js';
import type { Instrument } from '../core/instrument.js';
import { extractClaims, type DateSource } from './read/extract.js';
import { judgeClaims } from './judge/judge.js';
import type { SeriesBySymbol } from './judge/support.js';
import type { CheckedClaim } from './types.js';

/** The outcome of a check: the article date used and every claim with its verdict. */
export interface CheckReport {
  /** Null only when the text holds no claim and no date. */
  readonly articleDay: DayNumber | null;
  readonly dateSource: DateSource | null;
  readonly checked: readonly CheckedClaim[];
  /** True when the article held more claims than are read (see MAX_CLAIMS). */
  readonly truncated: boolean;
  readonly counts: { readonly supported: number; readonly contradicted: number; readonly unverifiable: number };
}

/** The result of {@link checkArticle}: a report, or why none can be made (no article date). */
export type CheckResult = { readonly ok: true; readonly report: CheckReport } | { readonly ok: false; readonly error: 'no-date'; readonly message: string };

/** Counts verdicts by kind. */
export function countVerdicts(checked: readonly CheckedClaim[]): CheckReport['counts'] {
  const count = (v: string): number => checked.filter((c) => c.verdict.verdict === v).length;
  return { supported: count('supported'), contradicted: count('contradicted'), unverifiable: count('unverifiable') };
}

/**
 * Extracts and judges the claims of `text` against `series` (by canonical symbol). `date`
 * overrides the article date found in the text.
 */
export function checkArticle(text: string, options: { instruments: readonly Instrument[]; series: SeriesBySymbol; date?: DayNumber | null }): CheckResult {
  const extraction = extractClaims(text, { instruments: options.instruments, date: options.date ?? null });
  if (!extraction.ok) return extraction;
  const checked = extraction.articleDay === null ? [] : judgeClaims(extraction.claims, options.series, extraction.articleDay);
  return { ok: true, report: { articleDay: extraction.articleDay, dateSource: extraction.dateSource, checked, truncated: extraction.truncated, counts: countVerdicts(checked) } };
}
