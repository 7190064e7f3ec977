/**
 * What second halves did after strong first halves, as a first-half story tells it over
 * several sentences: the condition ("Over the 68 years starting in 1946, the S&P 500 has
 * gained 10 percent or more 23 times"), then counts "in those years" ("the second half rose 19
 * times", "Eleven of those years brought a second-half gain of at least 10 percent"), the
 * best and worst second half among them ("The strongest second half came in 1954"), and the
 * second halves' average after a band of first halves ("between 10 and 15 percent ... 9.4
 * percent on average"). The condition holds for the sentences after it; "stocks" in them is
 * the index of the condition.
 */
import { civilFromDay, dayFromCivil } from '../../../core/date.js';
import { claimBase } from './claim-base.js';
import { textWithoutNames, subjectAt, type ClaimDraft, type ResolvedMention, type SentenceContext } from './context.js';
import { hedgeBefore } from './periods.js';
import { COUNT_WORD, countOfWord } from '../tokens/numbers.js';
import type { HalfAfterClaim } from '../../types-almanac.js';
import type { StatedDate, StatedNumber } from '../../types.js';

/** The first-half condition sentences after it refer to. */
export interface HalfCondition {
  readonly subject: ResolvedMention;
  readonly min: number;
  readonly fromYear: number | null;
  readonly toYear: number | null;
  /** The words of the condition (they cast no doubt on the claims read from it). */
  readonly words: string;
}

/** Words of a first half: a story that says them counts its threshold gains in first halves. */
export const FIRST_HALF_WORDS = /\bfirst[\s-]half\b|\bfirst six months\b|\bjanuary (?:through|to) june\b/i;

const N = COUNT_WORD;
const CONDITION = new RegExp(`\\b(?:gained|risen|rose|climbed|advanced|jumped|rallied)\\s+(\\d+(?:\\.\\d+)?)\\s*(?:%|percent)\\s+or\\s+more\\s+(?:in\\s+the\\s+first\\s+half\\s+)?${N}\\s+times\\b`, 'i');
const YEARS_FROM = /\b(?:over|in|during)\s+the\s+(\d{1,3})\s+years\s+(?:starting|beginning)\s+in\s+((?:19|20)\d\d)\b/i;
const SPAN = /\b(?:from|between)?\s*((?:19|20)\d\d)\s*(?:[–—-]|to|through|and)\s*((?:19|20)\d\d)\b|\bsince\s+((?:19|20)\d\d)\b/i;
const UP_COUNT = new RegExp(`\\b(?:rise|rose|risen|gain|gained|advance|advanced|climb|climbed|go up|went up)\\s+in\\s+the\\s+second\\s+half\\s+${N}\\s+times\\b|\\bthe\\s+second\\s+half\\s+(?:rose|gained|advanced|was\\s+up)\\s+${N}\\s+times\\b`, 'i');
const AT_LEAST_COUNT = new RegExp(`\\b${N}\\s+of\\s+(?:those|these|them|the)\\b(?:\\s+years)?[^.]*?\\bsecond[\\s-]half\\s+(?:gain|rise|advance)\\s+of\\s+at\\s+least\\s+(\\d+(?:\\.\\d+)?)\\s*(?:%|percent)`, 'i');
const BEST_WORST = /\b(strongest|best|weakest|worst)\b(?:\s+second[\s-]half)?\s+(?:came|was|occurred)\s+in\s+((?:19|20)\d\d)\b/i;
const BAND_MEAN = /\bbetween\s+(\d+(?:\.\d+)?)\s*(?:%|percent)?\s+and\s+(\d+(?:\.\d+)?)\s*(?:%|percent)\b[^.]*?\bsecond\s+half\s+has\s+(?:added|gained|risen|returned|averaged)\s+(?:an?\s+)?(?:average\s+of\s+)?((?:about|around|nearly|roughly)\s+)?(\d+(?:\.\d+)?)\s*(?:%|percent)/i;

/** The condition a sentence states, or null. */
function conditionIn(ctx: SentenceContext, text: string, articleYear: number, halfTalk: boolean): { condition: HalfCondition; claim: HalfAfterClaim } | null {
  const m = CONDITION.exec(text);
  if (m === null || !(halfTalk || FIRST_HALF_WORDS.test(text))) return null;
  const start = ctx.sentence.start + m.index;
  const subject = subjectAt(ctx, start);
  if (subject === null || subject.resolved === null) return null;
  const years = YEARS_FROM.exec(text);
  const span = years === null ? SPAN.exec(text) : null;
  const fromYear = years !== null ? Number(years[2]) : span === null ? null : Number(span[1] ?? span[3]);
  const toYear = years !== null ? Number(years[2]) + Number(years[1]) - 1 : span === null ? null : span[2] !== undefined ? Number(span[2]) : articleYear;
  const countAt = start + m[0].search(new RegExp(`${N}\\s+times\\b$`, 'i'));
  const condition: HalfCondition = { subject, min: Number(m[1]), fromYear, toYear, words: `${years?.[0] ?? span?.[0] ?? ''} ${m[0]}` };
  return { condition, claim: countClaim(ctx, condition, 'h1_years_at_least', countAt, m[2] ?? '', start + m[0].length) };
}

/** A count claim at the count word, its span running to `end`. */
function countClaim(ctx: SentenceContext, condition: HalfCondition, metric: HalfAfterClaim['metric'], at: number, word: string, end: number, secondAtLeast: number | null = null): HalfAfterClaim {
  const count = countOfWord(word) ?? 0;
  const stated: StatedNumber = { type: 'number', value: count, decimals: 0, unit: 'count', hedge: 'exact', signed: false, raw: word, start: at, end: at + word.length };
  return claimOf(ctx, condition, metric, at, end, stated, secondAtLeast, null);
}

function claimOf(ctx: SentenceContext, condition: HalfCondition, metric: HalfAfterClaim['metric'], start: number, end: number, stated: StatedNumber | StatedDate, secondAtLeast: number | null, max: number | null, min = condition.min): HalfAfterClaim {
  const base = claimBase(ctx, condition.subject, start, end);
  const doubts = condition.fromYear === null ? ['no span of years said'] : [];
  return {
    ...base,
    reading: { ...base.reading, subject: { from: 'earlier-clause', text: condition.subject.text }, doubts: [...base.reading.doubts, ...doubts] },
    kind: 'half-after',
    metric,
    min,
    max,
    fromYear: condition.fromYear,
    toYear: condition.toYear,
    secondAtLeast,
    readWords: [condition.words, ctx.sentence.text],
    stated,
  };
}

/** Claims "in those years" of a condition stated before. */
function followingClaims(ctx: SentenceContext, text: string, condition: HalfCondition): HalfAfterClaim[] {
  const claims: HalfAfterClaim[] = [];
  const s = ctx.sentence.start;
  const up = UP_COUNT.exec(text);
  if (up !== null) {
    const word = up[1] ?? up[2] ?? '';
    const at = s + up.index + up[0].search(new RegExp(`${N}\\s+times\\b$`, 'i'));
    claims.push(countClaim(ctx, condition, 'h2_up_after_h1', at, word, s + up.index + up[0].length));
  }
  const atLeast = AT_LEAST_COUNT.exec(text);
  if (atLeast !== null) claims.push(countClaim(ctx, condition, 'h2_at_least_after_h1', s + atLeast.index, atLeast[1] ?? '', s + atLeast.index + atLeast[0].length, Number(atLeast[2])));
  const pick = BEST_WORST.exec(text);
  if (pick !== null) {
    const year = pick[2] ?? '';
    const at = s + pick.index + pick[0].length - 4;
    const stated: StatedDate = { type: 'date', day: dayFromCivil(Number(year), 1, 1), precision: 'year', yearGiven: true, raw: year, start: at, end: at + 4 };
    const metric = /strongest|best/i.test(pick[1] ?? '') ? 'h2_best_after_h1' : 'h2_worst_after_h1';
    claims.push(claimOf(ctx, condition, metric, s + pick.index, at + 4, stated, null, null));
  }
  const band = BAND_MEAN.exec(text);
  if (band !== null) {
    const figure = band[4] ?? '';
    const at = s + band.index + band[0].lastIndexOf(figure);
    const decimals = figure.includes('.') ? (figure.split('.')[1] ?? '').length : 0;
    const stated: StatedNumber = { type: 'number', value: Number(figure), decimals, unit: 'percent', hedge: band[3] === undefined ? 'exact' : hedgeBefore(band[3]), signed: false, raw: figure, start: at, end: at + figure.length };
    claims.push(claimOf(ctx, condition, 'h2_mean_after_h1', at, s + band.index + band[0].length, stated, null, Number(band[2]), Number(band[1])));
  }
  return claims;
}

/** The sentence's claims with its second-half claims (replacing other frames' claims on the same figures), and the condition for the sentences after. */
export function withHalfAfter(claims: readonly ClaimDraft[], ctx: SentenceContext, condition: HalfCondition | null, halfTalk: boolean): { claims: ClaimDraft[]; condition: HalfCondition | null } {
  const text = textWithoutNames(ctx, ctx.sentence.start, ctx.sentence.end);
  const own = conditionIn(ctx, text, civilFromDay(ctx.articleDay).year, halfTalk);
  const active = own?.condition ?? condition;
  const found = [...(own === null ? [] : [own.claim]), ...(active === null || own !== null ? [] : followingClaims(ctx, text, active))];
  if (found.length === 0) return { claims: [...claims], condition: active };
  const replaced = claims.filter((claim) => !found.some((f) => 'start' in claim.stated && 'start' in f.stated && claim.stated.start === f.stated.start));
  return { claims: [...replaced, ...found], condition: active };
}
