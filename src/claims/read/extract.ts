/**
 * Claim extraction: article text in, claims out. Finds the article date (or takes it from
 * the caller), the instruments named (with references back carried across sentences), and
 * every figure, date and phrase that states something the data can check.
 */
import { type DayNumber, weekdayOf } from '../../core/date.js';
import type { Instrument, InstrumentKind } from '../../core/instrument.js';
import { absoluteBreaks, BENCHMARK_OF_KIND, MARKET_BENCHMARK, clauseOf, firstAtOrAfter, resolveMentions, timingOf, type ClaimDraft, type ResolvedMention, type SentenceContext } from './frames/context.js';
import { seasonalMonthIn } from './frames/number-kinds.js';
import { withGroups } from './frames/groups.js';
import { numberClaims } from './frames/numbers.js';
import { periodOfClaim, whenDateBefore } from './frames/figure-period.js';
import type { PeriodRef } from './frames/periods.js';
import { INTRADAY_WORDS } from './rules/when.js';
import { notComputedIn } from './rules/not-computed.js';
import { doubtsIn } from './rules/doubts.js';
import { periodPhraseClaims } from './frames/period-phrases.js';
import { shiftToDateOfLevel, shiftToDayBefore } from './frames/day-before.js';
import { directionClaims } from './frames/direction.js';
import { firstSinceClaims } from './frames/first-since.js';
import { recordRunClaims } from './frames/record-runs.js';
import { moveRankClaims } from './frames/move-ranks.js';
import { ledMarketClaims } from './frames/led-market.js';
import { fundTableClaims } from './frames/fund-table.js';
import { withoutOtherPeriodWindows } from './frames/move-window.js';
import { phraseClaims } from './frames/phrases.js';
import { spanSinceClaims } from './frames/span-since.js';
import { computesStatistic } from './frames/yield-talk.js';
import { doubtsNotRead, statisticNotRead, withPeriodBest } from './frames/almanac.js';
import { NO_ALMANAC_STATE, withAlmanacFigures } from './frames/almanac-figures.js';
import { buildNameTable, findMentions } from './mentions/mentions.js';
import { findSections, sectionAt } from './document/sections.js';
import { splitSentences } from './document/sentences.js';
import { weekdayIndexOf } from './rules/when.js';
import { findArticleDate, findDates, findTimes, type DateMention } from './tokens/dates.js';
import { findNumbers, type NumberToken } from './tokens/numbers.js';
import type { Claim } from '../types.js';
import { weekEverClaims } from './frames/week-ever.js';

/** Options of {@link extractClaims}. */
export interface ExtractOptions {
  /** The instruments to recognize (names and aliases), normally the registry. */
  readonly instruments: readonly Instrument[];
  /** The article date; when absent it is read from the text. */
  readonly date?: DayNumber | null;
}

/** The most claims read from one article; past it, extraction stops and says so (`truncated`). */
export const MAX_CLAIMS = 5000;

/** Where the article date came from. */
export type DateSource = 'option' | 'label' | 'weekday' | 'dateline';

/** The result of extraction: claims, or why there can be none. */
export type Extraction =
  | {
      readonly ok: true;
      readonly articleDay: DayNumber | null;
      readonly dateSource: DateSource | null;
      readonly claims: readonly Claim[];
      /** True when the text held more than {@link MAX_CLAIMS} claims and only the first were read. */
      readonly truncated: boolean;
    }
  | { readonly ok: false; readonly error: 'no-date'; readonly message: string };

/**
 * Extracts the claims of an article. Text without any claim is fine (no claims, and no date
 * needed). Text with claims but no date anywhere (and none given) is `no-date`.
 */
export function extractClaims(text: string, options: ExtractOptions): Extraction {
  const dates = findDates(text);
  const found = options.date ?? null;
  const article = found === null ? findArticleDate(text, dates) : null;
  const articleDay = found ?? article?.day ?? null;
  const { claims, truncated } = extractWithDate(text, options.instruments, articleDay ?? (0 as DayNumber), dates);
  if (articleDay === null) {
    if (claims.length === 0) return { ok: true, articleDay: null, dateSource: null, claims, truncated };
    return { ok: false, error: 'no-date', message: 'no article date found in the text (no dateline or "Monday, Nov. 25, 2024"); give one with --date YYYY-MM-DD' };
  }
  return { ok: true, articleDay, dateSource: found !== null ? 'option' : (article?.how ?? null), claims, truncated };
}

function extractWithDate(text: string, instruments: readonly Instrument[], articleDay: DayNumber, dates: ReturnType<typeof findDates>): { claims: Claim[]; truncated: boolean } {
  const mentions = findMentions(text, buildNameTable(instruments), instruments.find((i) => i.symbol === MARKET_BENCHMARK) ?? null);
  const times = findTimes(text);
  const masked = maskSpans(text, [...mentions, ...dates, ...times]);
  const numbers = findNumbers(masked).filter((token) => !isYearNumber(text, token));
  const sections = findSections(text);
  const lastByKind = new Map<InstrumentKind, Instrument>();
  const benchmarks = new Map<InstrumentKind, Instrument>();
  for (const [kind, symbol] of BENCHMARK_OF_KIND) {
    const found = instruments.find((i) => i.symbol === symbol);
    if (found !== undefined) benchmarks.set(kind, found);
  }
  let carried: ResolvedMention | null = null;
  let seasonalMonth: number | null = null;
  let previousDate: DateMention | null = null;
  let previousPeriod: PeriodRef | null = null;
  let recentNamed: Instrument[] = [];
  let almanac = NO_ALMANAC_STATE;
  const drafts: ClaimDraft[] = [];
  let truncated = false;
  for (const sentence of splitSentences(text)) {
    if (drafts.length >= MAX_CLAIMS) {
      truncated = true;
      break;
    }
    const inside = <T extends { start: number }>(items: readonly T[]): T[] => items.slice(firstAtOrAfter(items, sentence.start), firstAtOrAfter(items, sentence.end));
    const resolved = resolveMentions(text, inside(mentions), lastByKind, recentNamed, benchmarks);
    const sentenceTimes = inside(times);
    const ctx: SentenceContext = {
      text,
      sentence,
      articleDay,
      mentions: resolved,
      carried,
      dates: inside(dates),
      times: sentenceTimes,
      numbers: inside(numbers),
      breaks: absoluteBreaks(sentence),
      timing: timingOf(sentence.text, sentenceTimes),
      seasonalMonth,
      section: sectionAt(sections, sentence.start),
      previousDate,
      previousPeriod,
    };
    const almanacRead = withAlmanacFigures(withGroups(withoutOtherPeriodWindows(withoutSeasonalRankOverlaps(withPeriodBest([...numberClaims(ctx), ...phraseClaims(ctx), ...periodPhraseClaims(ctx), ...directionClaims(ctx), ...firstSinceClaims(ctx), ...recordRunClaims(ctx), ...moveRankClaims(ctx), ...spanSinceClaims(ctx), ...weekEverClaims(ctx), ...ledMarketClaims(ctx)], ctx))), ctx, instruments), ctx, almanac);
    almanac = almanacRead.state;
    const claims = almanacRead.claims;
    drafts.push(...claims.map((claim) => withSentenceDoubts(shiftToDateOfLevel(shiftToDayBefore(shiftToNamedWeekday(shiftToWhenDate(claim, ctx), ctx), ctx), ctx), ctx)));
    for (const mention of resolved) {
      if (mention.isObject || mention.resolved === null || mention.marketWords === true) continue;
      if (mention.refersToKind === null) lastByKind.set(mention.resolved.kind, mention.resolved);
      carried = mention;
    }
    previousDate = ctx.dates.filter((d) => d.day !== null).at(-1) ?? previousDate;
    previousPeriod = claims.map(periodOfClaim).filter((p): p is PeriodRef => p !== null).at(-1) ?? null;
    const namedHere = resolved.filter((m) => m.refersToKind === null && m.resolved !== null && !m.isObject && m.marketWords !== true).map((m) => m.resolved).filter((i): i is Instrument => i !== null);
    if (namedHere.length > 0) recentNamed = namedHere;
    const seasonal = claims.find((claim) => claim.kind === 'seasonal');
    seasonalMonth = seasonal?.kind === 'seasonal' ? seasonal.month : /\baverag/i.test(sentence.text) ? seasonalMonthIn(sentence.text) : null;
  }
  // A fund table's rows are read whole (fund-table.ts): no other reading of their figures.
  const table = fundTableClaims(text, instruments, dates, articleDay);
  const inRow = (claim: ClaimDraft): boolean => table.rows.some((row) => claim.start < row.end && claim.end > row.start);
  const claims = dedupe([...drafts.filter((claim) => !inRow(claim)), ...table.claims])
    .slice(0, MAX_CLAIMS)
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((claim, i) => ({ ...claim, id: i + 1 }));
  return { claims, truncated };
}

/**
 * A bare 1900-2099 integer not written as a close ("in 2024", "since 1987", "its 2021 record",
 * "data back to 1971", "ended 2024 up 23%") is a year.
 */
function isYearNumber(text: string, token: NumberToken): boolean {
  if (token.unit !== 'none' || token.dollars || token.decimals > 0 || token.raw.includes(',') || token.value < 1900 || token.value > 2099) return false;
  const before = text.slice(Math.max(0, token.start - 20), token.start);
  if (/\bback\s+to\s+$/i.test(before)) return true;
  // "The S&P 500 ended 2024 up 23.3%", "ends 2024 with": the year a period ends, not a close.
  if (/\b(?:end\w*|finish\w*|clos\w*)\s+$/i.test(before) && /^\s+(?:up|down|with|higher|lower|at|as|on a)\b/i.test(text.slice(token.end, token.end + 12))) return true;
  return !/\b(?:clos\w*|end\w*|finish\w*|settl\w*)\s+(?:at\s+)?$|\b(?:at|to)\s+$/i.test(before);
}

/** Replaces the characters of the spans with spaces, so numbers inside names and dates are not read. */
function maskSpans(text: string, spans: readonly { start: number; end: number }[]): string {
  const chars = text.split('');
  for (const span of spans) for (let i = span.start; i < span.end; i++) chars[i] = ' ';
  return chars.join('');
}

/** "its worst day since Feb. 8, a day when it shed 1,033 points": the figure is Feb. 8's. */
function shiftToWhenDate(claim: ClaimDraft, ctx: SentenceContext): ClaimDraft {
  if (!('start' in claim.stated) || claim.day !== ctx.articleDay) return claim;
  const when = whenDateBefore(ctx, claim.stated.start);
  if (when === null) return claim;
  // Only a day's figure is moved to the date; any other ("when it climbed for eight weeks") is a doubt.
  if (claim.kind !== 'number' || !WHEN_DATE_METRICS.has(claim.metric)) return withDoubt(claim, `${when.raw}, when`);
  return { ...claim, day: when.day, reading: { ...claim.reading, date: { from: 'date', text: when.raw } } };
}

/**
 * Doubts a sentence casts on its claims (read/rules/doubts.ts; and intraday words outside the
 * claim's own clause, "when it reached 23.12 during the session", leave the basis of the
 * others uncertain), and the statistic not computed that its clause names.
 */
/** Claim kinds that are the statistic a not-computed phrase would name ("the first time since", "the ninth time in history"). */
const COMPUTES_ITS_STATISTIC: ReadonlySet<string> = new Set(['first-since', 'record-run', 'move-rank', 'point-threshold']);

function withSentenceDoubts(claim: ClaimDraft, ctx: SentenceContext): ClaimDraft {
  const clause = clauseOf(ctx, 'start' in claim.stated ? claim.stated.start : claim.start);
  const clauseText = ctx.text.slice(clause.start, Math.max(clause.end, claim.end));
  const named = notComputedIn(clauseText, ctx.text.slice(ctx.sentence.start, claim.end));
  const statistic = statisticNotRead(claim, named !== null && (COMPUTES_ITS_STATISTIC.has(claim.kind) || computesStatistic(claim, named)) ? null : named);
  const intraday = ctx.timing.kind === 'intraday' ? null : INTRADAY_WORDS.exec(ctx.sentence.text);
  const doubts = doubtsNotRead(claim, [...doubtsIn(clauseText, ctx.sentence.text), ...(intraday === null ? [] : [intraday[0]]), ...recordBasisDoubt(claim, clauseText), ...peakNotRecordDoubt(claim, ctx)]);
  if (statistic === null && doubts.length === 0) return claim;
  return { ...claim, reading: { ...claim.reading, notComputed: statistic ?? claim.reading.notComputed, doubts: [...claim.reading.doubts, ...doubts] } };
}

/**
 * A record level said as a "peak" or "high" with no word of a close ("its prior peak of
 * 6,147.43"): it may be the intraday high. Said as a "record close" or "closing high", it is pinned.
 */
function recordBasisDoubt(claim: ClaimDraft, clause: string): string[] {
  if (claim.metric !== 'record_close' && claim.metric !== 'prior_record_close') return [];
  if (/\bclos\w*|\bfinish\w*|\bsettle\w*|\bended\b|\bend(?:ing)? (?:at|of)\b/i.test(clause)) return [];
  const word = /\b(?:peak|high|record|all-time high|top)\b/i.exec(clause);
  return [word === null ? 'record' : word[0]];
}

/** Metrics read against the record that a "peak" may name otherwise. */
const RECORD_METRICS: ReadonlySet<string> = new Set(['pct_from_record', 'record_close', 'prior_record_close', 'record_date', 'prior_record_date']);

/**
 * "39.2% below its peak close of 1,705.22 on Jan. 16": a peak said with no word of a record may
 * be the top of a later rally (the peak a bear market is measured from), not the record, so a
 * disagreement with the record is a doubt.
 */
function peakNotRecordDoubt(claim: ClaimDraft, ctx: SentenceContext): string[] {
  if (!RECORD_METRICS.has(claim.metric)) return [];
  // The word nearest the claim names what it is measured from: "... its peak close of 13,128.05 on Aug. 15 and 27.6% below its record close".
  const words = ctx.text.slice(Math.max(ctx.sentence.start, claim.start - 40), claim.end).match(/\b(?:peak|record|all-time)\b/gi) ?? [];
  return words.at(-1)?.toLowerCase() === 'peak' ? ['peak'] : [];
}

/** Day metrics: a weekday in their clause or a weekday heading moves them to that day. */
const DAY_METRICS: ReadonlySet<string> = new Set(['close', 'change_1d', 'change_1d_pct', 'change_1d_bp']);
/** A day's figures a "when" clause after a date moves to that date: its move, its close and the close before ("when it fell from 3.99% to 3.80%"). */
const WHEN_DATE_METRICS: ReadonlySet<string> = new Set([...DAY_METRICS, 'prev_close']);

/**
 * "On Friday, the index fell 1%" in a Monday story: the close and the day's move are Friday's.
 * So are the lines under an "On Friday:" heading.
 */
function shiftToNamedWeekday(claim: ClaimDraft, ctx: SentenceContext): ClaimDraft {
  if (!(claim.kind === 'direction' || claim.kind === 'milestone' || (claim.kind === 'number' && DAY_METRICS.has(claim.metric))) || claim.day !== ctx.articleDay) return claim;
  const nextIndex = firstAtOrAfter(ctx.numbers, claim.end);
  const next = ctx.numbers[nextIndex]?.start ?? ctx.sentence.end;
  const previousNumber = ctx.numbers[firstAtOrAfter(ctx.numbers, claim.start) - 1];
  const previous = previousNumber !== undefined && previousNumber.end <= claim.start ? previousNumber.end : ctx.sentence.start;
  const window = ctx.text.slice(Math.max(previous, claim.start - 60), Math.min(next, claim.end + 30));
  const named = /\b(?:on|late|early|last)?\s*(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b(?!,?\s*(?:the\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d)/i.exec(window);
  const heading = ctx.section?.weekday ?? null;
  const weekday = named !== null ? weekdayIndexOf(named[1] ?? '') : heading;
  if (weekday === null) return claim;
  const source = named !== null ? { from: 'weekday' as const, text: named[0].trim() } : { from: 'heading' as const, text: ctx.section?.heading ?? null };
  const articleWeekday = weekdayOf(ctx.articleDay);
  // A table headed "On Tuesday:" in a Monday story: the heading is the doubt, not the dateline.
  if (named === null && weekday !== articleWeekday) return withDoubt(claim, `${ctx.section?.heading ?? ''}:`);
  const back = (articleWeekday - weekday + 7) % 7;
  return { ...claim, day: (ctx.articleDay - back) as DayNumber, reading: { ...claim.reading, date: source } };
}

/** The claim with one more doubt about its reading (the words that make it uncertain). */
export function withDoubt(claim: ClaimDraft, words: string): ClaimDraft {
  return { ...claim, reading: { ...claim.reading, doubts: [...claim.reading.doubts, words] } };
}

/** "June has been the third-worst month for the S&P 500 since 1950" is a seasonal rank over years, not "worst month since 1950". */
function withoutSeasonalRankOverlaps(claims: readonly ClaimDraft[]): ClaimDraft[] {
  const ranks = claims.filter((claim) => claim.kind === 'seasonal-rank');
  if (ranks.length === 0) return [...claims];
  return claims.filter((claim) => claim.kind !== 'month-since' || !ranks.some((rank) => rank.start < claim.end && rank.end > claim.start));
}

/** Drops a claim that repeats another's span and metric. */
function dedupe(claims: readonly ClaimDraft[]): ClaimDraft[] {
  const seen = new Set<string>();
  return claims.filter((claim) => {
    const key = `${claim.start}:${claim.end}:${claim.metric}:${claim.symbol ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
