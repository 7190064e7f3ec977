/** Checking an article's numbers against the store: the report behind `check --json` ({@link reportJson} of it). */
import type { DayNumber } from '../core/date.js';
import { ArgumentError } from '../core/errors.js';
import type { Instrument } from '../core/instrument.js';
import type { DailySeries } from '../core/series.js';
import { countVerdicts, extractClaims, judgeClaims, symbolsNeeded, type CheckReport } from '../claims/index.js';
import type { StoreReader } from '../data/store-reader.js';
import { parseOptionalDay } from './series.js';
import { resolveSessionDate } from './session-date.js';

/** Loads the series of the symbols an article's claims name (a store is opened only when there are claims). */
export type LoadClaimSeries = (symbols: readonly string[]) => Promise<Map<string, DailySeries>>;

/**
 * The series of `symbols` the store holds. A symbol the store does not hold is left out: its
 * claims are then unverifiable ("not in the store"), which is not an error of the check.
 */
export async function loadStoredSeries(store: Pick<StoreReader, 'loadSeries'>, symbols: readonly string[]): Promise<Map<string, DailySeries>> {
  const loadIfStored = async (symbol: string): Promise<[string, DailySeries] | null> => {
    try {
      return [symbol, await store.loadSeries(symbol)];
    } catch (error: unknown) {
      if (error instanceof ArgumentError) return null;
      throw error;
    }
  };
  const loaded = await Promise.all(symbols.map(loadIfStored));
  return new Map(loaded.filter((entry): entry is [string, DailySeries] => entry !== null));
}

/**
 * Extracts the claims of `text` and judges them. `date` (`YYYY-MM-DD`) overrides the article
 * date found in the text. Throws ArgumentError('--date') for a malformed date, or when the
 * text holds claims but no date to read them as of. `onNote` hears the note of a date
 * without a session (resolveSessionDate).
 */
export async function checkText(text: string, date: string | undefined, instruments: readonly Instrument[], load: LoadClaimSeries, onNote?: (note: string) => void): Promise<CheckReport> {
  const day: DayNumber | null = parseOptionalDay(date, '--date');
  const extraction = extractClaims(text, { instruments, date: day });
  if (!extraction.ok) throw new ArgumentError('--date', extraction.message);
  const report: CheckReport = { articleDay: extraction.articleDay, dateSource: extraction.dateSource, checked: [], truncated: extraction.truncated, counts: countVerdicts([]) };
  const articleDay = extraction.articleDay;
  if (articleDay === null || extraction.claims.length === 0) return report;
  const series = await load(symbolsNeeded(extraction.claims));
  // A date without a session: the rule brief, stats and series follow (session-date.ts), said
  // so; after the data end the claims are read as of the last session.
  const session = resolveSessionDate([...series.values()], articleDay);
  if (session.note !== null) onNote?.(session.note);
  const asOfLast = session.afterEnd ? extractClaims(text, { instruments, date: session.day }) : extraction;
  const claims = asOfLast.ok ? asOfLast.claims : extraction.claims;
  const checked = judgeClaims(claims, series, session.afterEnd ? session.day : articleDay);
  return { ...report, checked, counts: countVerdicts(checked) };
}

/**
 * The article with every contradicted figure replaced by what the data say: each corrected
 * sentence is compared with the article's own sentence, and only the part between their
 * common beginning and common end is replaced. Replacements that overlap an earlier one
 * (two claims rewriting the same words) are left out, so the text is never garbled.
 */
export function correctedArticle(text: string, report: CheckReport): string {
  const edits: { start: number; end: number; replacement: string }[] = [];
  for (const { claim, verdict } of report.checked) {
    if (verdict.verdict !== 'contradicted') continue;
    const original = claim.sentence;
    const corrected = verdict.corrected;
    let prefix = 0;
    while (prefix < original.length && prefix < corrected.length && original[prefix] === corrected[prefix]) prefix++;
    let suffix = 0;
    while (suffix < original.length - prefix && suffix < corrected.length - prefix && original[original.length - 1 - suffix] === corrected[corrected.length - 1 - suffix]) suffix++;
    if (prefix === original.length && prefix === corrected.length) continue;
    edits.push({ start: claim.sentenceStart + prefix, end: claim.sentenceStart + original.length - suffix, replacement: corrected.slice(prefix, corrected.length - suffix) });
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  let result = '';
  let at = 0;
  for (const edit of edits) {
    if (edit.start < at) continue;
    result += text.slice(at, edit.start) + edit.replacement;
    at = edit.end;
  }
  return result + text.slice(at);
}
