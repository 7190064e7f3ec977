/**
 * Almanac figures: a calendar month's average over a span of years ("Over 1950-2007, the S&P
 * 500 lost an average of 0.5% in September"), in one phase of the presidential cycle ("years
 * that follow a presidential election ... averaged -1.2% in those Septembers"). An almanac
 * states an index's span once and quotes more figures over it, and names a phase in one
 * sentence and its figures in the next: {@link AlmanacState} carries both from sentence to
 * sentence. A figure already read by another frame is read again here, and replaces it.
 */
import { civilFromDay } from '../../../core/date.js';
import type { CyclePhase } from '../../../stats/index.js';
import { clauseOf, textWithoutNames, type ClaimDraft, type SentenceContext } from './context.js';
import { seasonalMonthIn } from './number-kinds.js';
import { FIRST_HALF_WORDS, withHalfAfter, type HalfCondition } from './almanac-halves.js';
import { toDateSuperlatives } from './almanac.js';
import type { AlmanacMeanClaim } from '../../types-almanac.js';
import type { StatedNumber } from '../../types.js';

/** A span of years, the last year null for "since 1950". */
export interface YearSpan {
  readonly fromYear: number;
  readonly toYear: number | null;
  /** The words that said it. */
  readonly words: string;
}

/**
 * What almanac sentences hand on: each index's span of years, the phase the last sentence
 * named, whether the story has spoken of a first half, and the first-half condition of the
 * last few sentences (with how many more sentences it holds for).
 */
export interface AlmanacState {
  readonly spans: ReadonlyMap<string, YearSpan>;
  readonly phase: { readonly phase: CyclePhase; readonly words: string } | null;
  readonly halfTalk: boolean;
  readonly half: HalfCondition | null;
  readonly halfLeft: number;
}

/** The state before the first sentence. */
export const NO_ALMANAC_STATE: AlmanacState = { spans: new Map(), phase: null, halfTalk: false, half: null, halfLeft: 0 };

/** Sentences a first-half condition holds for after the one that states it. */
const HALF_CONDITION_SENTENCES = 8;

/** The sentence's claims with its almanac figures read (month averages, second halves after first halves), and the state for the next sentence. */
export function withAlmanacFigures(claims: readonly ClaimDraft[], ctx: SentenceContext, state: AlmanacState): { claims: ClaimDraft[]; state: AlmanacState } {
  const means = withAlmanacMeans(claims, ctx, state);
  const active = state.halfLeft > 0 ? state.half : null;
  const halves = withHalfAfter([...means.claims, ...toDateSuperlatives(means.claims, ctx, state.halfTalk)], ctx, active, state.halfTalk);
  const renewed = halves.condition !== null && halves.condition !== active;
  const halfTalk = state.halfTalk || FIRST_HALF_WORDS.test(ctx.sentence.text);
  return { claims: halves.claims, state: { ...means.state, halfTalk, half: halves.condition, halfLeft: renewed ? HALF_CONDITION_SENTENCES : Math.max(0, state.halfLeft - 1) } };
}

const SPAN = /\b(?:over|from|between|in|during|for)?\s*((?:19|20)\d\d)\s*(?:[–—-]|to|through|and|until)\s*((?:19|20)\d\d)\b/i;
const SINCE_YEAR = /\bsince\s+((?:19|20)\d\d)\b(?!\s*[–—-])/i;
const PAST_YEARS = /\b(?:over|in|during) the (?:past|last) (\d{1,3}) years\b/i;

/** The span of years a sentence names, or null. */
export function spanIn(sentence: string, articleYear: number): YearSpan | null {
  const span = SPAN.exec(sentence);
  if (span !== null && Number(span[2]) >= Number(span[1])) return { fromYear: Number(span[1]), toYear: Number(span[2]), words: span[0].trim() };
  const since = SINCE_YEAR.exec(sentence);
  if (since !== null) return { fromYear: Number(since[1]), toYear: null, words: since[0] };
  const past = PAST_YEARS.exec(sentence);
  return past === null ? null : { fromYear: articleYear - Number(past[1]), toYear: null, words: past[0] };
}

const PHASES: readonly (readonly [RegExp, CyclePhase])[] = [
  [/\bpost-?election\b|\b(?:years?|septembers?|months?) (?:that |which )?follows? (?:a |the )?presidential elections?\b|\b(?:the )?years? after (?:a |the )?presidential elections?\b/i, 'post-election'],
  [/\bpre-?election\b|\b(?:the )?years? before (?:a |the )?presidential elections?\b/i, 'pre-election'],
  [/\bmid-?term(?: election)? years?\b/i, 'midterm'],
  [/\b(?:presidential[- ])?election years?\b/i, 'election'],
];

/** The cycle phase a sentence names, or null. */
function phaseIn(sentence: string): { phase: CyclePhase; words: string } | null {
  for (const [regex, phase] of PHASES) {
    const m = regex.exec(sentence);
    if (m !== null) return { phase, words: m[0] };
  }
  return null;
}

/** "in those Septembers", "in those years": the figures refer back to the phase of the sentence before. */
const THOSE = /\b(?:in|of|during) (?:those|these|such) (?:januarys|februarys|marches|aprils|mays|junes|julys|augusts|septembers|octobers|novembers|decembers|years|months)\b/i;

/** The sentence's claims with its month averages read over their span and phase, and the spans and phase for the next sentence. */
function withAlmanacMeans(claims: readonly ClaimDraft[], ctx: SentenceContext, state: AlmanacState): { claims: ClaimDraft[]; state: AlmanacState } {
  const sentence = textWithoutNames(ctx, ctx.sentence.start, ctx.sentence.end);
  const articleYear = civilFromDay(ctx.articleDay).year;
  const span = spanIn(sentence, articleYear);
  const ownPhase = phaseIn(sentence);
  const those = THOSE.exec(sentence);
  const phase = ownPhase ?? (those !== null ? state.phase : null);
  const month = seasonalMonthIn(sentence) ?? ctx.seasonalMonth;
  const spans = new Map(state.spans);
  const result: ClaimDraft[] = [];
  for (const claim of claims) {
    const mean = month === null ? null : meanOf(claim, ctx, month, span ?? (claim.symbol === null ? null : (state.spans.get(claim.symbol) ?? null)), phase, those?.[0] ?? null);
    if (mean !== null && claim.symbol !== null && span !== null) spans.set(claim.symbol, span);
    result.push(mean ?? claim);
  }
  // A phase said in a sentence of its own ("Years that follow a presidential election have been weaker") is carried to the next.
  return { claims: result, state: { ...state, spans, phase: ownPhase ?? (those !== null ? null : state.phase !== null && claims.length === 0 ? state.phase : null) } };
}

/** A month-average claim for a percent figure in an averaging sentence with a span or phase; null when the figure is none. */
function meanOf(claim: ClaimDraft, ctx: SentenceContext, month: number, span: YearSpan | null, phase: AlmanacState['phase'], thoseWords: string | null): AlmanacMeanClaim | null {
  if (claim.stated.type !== 'number' || claim.stated.unit !== 'percent' || (span === null && phase === null)) return null;
  if (claim.kind !== 'seasonal' && !(claim.kind === 'number' && claim.metric === 'change_1d_pct')) return null;
  // A seasonal mean the seasonal frame reads whole ("since 1987", "over the past 30 years") stays its claim.
  if (claim.kind === 'seasonal' && (claim.metric !== 'seasonal_mean' || (phase === null && span !== null && span.toYear === null && claim.fromYear !== null))) return null;
  const stated: StatedNumber = claim.stated;
  const upToFigure = ctx.text.slice(ctx.sentence.start, stated.start);
  const clause = clauseOf(ctx, stated.start);
  if (!/\baverag/i.test(upToFigure) || /\bof the time\b|\bhigher\b|\bup in\b/i.test(ctx.text.slice(clause.start, clause.end))) return null;
  const readWords = [span?.words, phase?.words, thoseWords].filter((w): w is string => w !== undefined && w !== null);
  const base = { ...claim, reading: { ...claim.reading, period: { from: 'period-words' as const, text: readWords.join(', ') || null } } };
  const fromYear = span?.fromYear ?? null;
  const withDoubt = fromYear === null ? { ...base.reading, doubts: [...base.reading.doubts, 'no span of years said'] } : base.reading;
  return {
    ...base,
    reading: withDoubt,
    kind: 'almanac-mean',
    metric: 'month_mean_in_years',
    month,
    fromYear,
    toYear: span?.toYear ?? null,
    phase: phase?.phase ?? null,
    readWords,
    stated,
  };
}
