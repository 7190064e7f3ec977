/**
 * How a month or half ranks, said with a superlative: "its best November since 1928", "the
 * best first half of the year since 1998", "its strongest January to June performance in 15
 * years", "the S&P 500's best month in history", "the largest monthly gain ever in data going
 * back to 1990". "Best month since D" (any month) is read by `phrases.ts`; here are the same
 * calendar month or half, halves, and windows of years or the whole history.
 */
import { civilFromDay, dayFromCivil } from '../../../core/date.js';
import { claimBase } from './claim-base.js';
import { clauseOf, subjectAt, textWithoutNames, type ClaimDraft, type SentenceContext } from './context.js';
import { DOWN_WORDS, UP_WORDS } from './phrases.js';
import { countOfWord } from '../tokens/numbers.js';
import { yearRunClaims } from './almanac-years.js';
import type { PeriodBestClaim, StatedFlag } from '../../types-almanac.js';
import type { StatedDate } from '../../types.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAME = `(?:${MONTHS.join('|')})`;

/** The period words after the superlative: a half, a calendar month by name, or any month. */
const PERIOD_WORDS = `(first[\\s-]half|second[\\s-]half|first six months|last six months|january[\\s-]+(?:to|through)[\\s-]+june|july[\\s-]+(?:to|through)[\\s-]+december|${MONTH_NAME}|(?:(?:one|single)-)?month(?:ly)?)`;
/** Words that may stand between the period and its window ("of a year", "performance", "gain"). */
const FILLER = `((?:\\s+(?:of|a|the|year|performance|showing|stretch|start|finish|run|return|gain|advance|rise|rally|increase|jump|drop|decline|loss|fall|slide|percentage|for|stocks))*)`;
/** "since the index started tracking its companies in 1984", "since its inception in 1984", "since records began in 1928": the start of the index's history. */
const INCEPTION = `since\\s+(?:(?:(?:the\\s+(?:index|gauge|benchmark)|it)\\s+)?(?:started|began|was\\s+(?:created|launched|founded|introduced)|launched|debuted)\\b[^.;]{0,50}?\\s+in|(?:its|the\\s+(?:index|gauge)['’]s)\\s+(?:inception|launch|creation|debut|start)\\s+in|records\\s+began\\s+in)\\s+((?:19|20)\\d\\d)\\b`;
/** The window: since a year, in the past N years, in history, ever, on record. */
const WINDOW = `\\s+(?:since\\s+((?:19|20)\\d\\d)\\b|in\\s+(?:more than\\s+)?(?:the\\s+)?(?:past\\s+|last\\s+)?(\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty)\\s+years\\b|(in\\s+(?:its\\s+|the\\s+index's\\s+)?history|ever|on record|of all time)\\b|${INCEPTION})`;
const PERIOD_BEST_ALL = new RegExp(`\\b(best|strongest|biggest|largest|worst|weakest|sharpest|steepest)\\s+${PERIOD_WORDS}${FILLER}${WINDOW}`, 'gi');
/** "in data going back to 1990", "since records began in 1928": where the text says the history starts. */
const HORIZON = /^\s*(?:in (?:the )?data (?:going|dating) back to|since (?:records|data) (?:began|start(?:ed)?) in|going back to|since at least)\s+((?:19|20)\d\d)\b/i;

/** "Best" and "strongest" are up, "worst" and "weakest" down; "biggest" takes the words of the move. */
function directionOf(word: string, filler: string): 'up' | 'down' | null {
  if (UP_WORDS.test(filler)) return 'up';
  if (DOWN_WORDS.test(filler)) return 'down';
  if (/best|strongest/i.test(word)) return 'up';
  if (/worst|weakest/i.test(word)) return 'down';
  return null;
}

/** The named month most recent on or before the article's month (a month before the sentence's superlative: "November was the best month"). */
function monthBefore(name: string, articleYear: number, articleMonth: number): { year: number; number: number } {
  const month = MONTHS.indexOf(name.toLowerCase()) + 1;
  return { year: month <= articleMonth ? articleYear : articleYear - 1, number: month };
}

/** The period the words name, against the article date; and whether the comparison is with the same calendar period. */
function periodNamed(words: string, sentenceBefore: string, articleYear: number, articleMonth: number): { period: 'month' | 'half'; year: number; number: number; sameCalendar: boolean } {
  const w = words.toLowerCase().replace(/[\s-]+/g, ' ');
  if (/^(?:first half|first six months|january (?:to|through) june)$/.test(w)) return { period: 'half', year: articleYear, number: 1, sameCalendar: true };
  if (/^(?:second half|last six months|july (?:to|through) december)$/.test(w)) return { period: 'half', year: articleMonth >= 7 ? articleYear : articleYear - 1, number: 2, sameCalendar: true };
  if (MONTHS.includes(w)) return { period: 'month', ...monthBefore(w, articleYear, articleMonth), sameCalendar: true };
  // "Best month since April as the VIX ends its biggest monthly drop ever": a month that
  // follows "since" or "than" is another claim's comparison, not the period.
  const periods = sentenceBefore.replace(new RegExp(`\\b(?:since|than)\\s+${MONTH_NAME}\\b`, 'gi'), ' ');
  const named = new RegExp(`\\b(${MONTH_NAME})\\b(?!\\s+\\d)(?![^]*\\b${MONTH_NAME}\\b)`, 'i').exec(periods);
  const month = named === null ? { year: articleYear, number: articleMonth } : monthBefore(named[1] ?? '', articleYear, articleMonth);
  return { period: 'month', ...month, sameCalendar: false };
}

/** Period-best claims of a sentence. */
export function periodBestClaims(ctx: SentenceContext): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  const { year: articleYear, month: articleMonth } = civilFromDay(ctx.articleDay);
  // Names are blanked, so "the best first half for the S&P 500 since 1998" reads through the name.
  const text = textWithoutNames(ctx, ctx.sentence.start, ctx.sentence.end);
  for (const m of text.matchAll(PERIOD_BEST_ALL)) {
    const start = ctx.sentence.start + (m.index ?? 0);
    const end = start + m[0].length;
    const named = periodNamed(m[2] ?? '', ctx.text.slice(ctx.sentence.start, start), articleYear, articleMonth);
    // "Best month since 1987" is the month-since claim of phrases.ts; since the index began, it is read here.
    if (!named.sameCalendar && m[4] !== undefined) continue;
    const sinceYear = m[4] ?? m[7];
    const clause = clauseOf(ctx, start);
    const forName = ctx.mentions.find((mention) => mention.start > start && mention.start - end <= 12 && /\bfor\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(start, mention.start - 12), mention.start)));
    const subject = forName ?? subjectAt(ctx, Math.max(clause.start, start));
    const plain = claimBase(ctx, subject, start, end);
    const base = { ...plain, reading: { ...plain.reading, doubts: [...plain.reading.doubts, ...otherYearDoubts(ctx, start, end)] }, readWords: [m[0]], kind: 'period-best' as const, ...named, direction: directionOf(m[1] ?? '', m[3] ?? '') };
    if (sinceYear !== undefined) {
      const at = start + m[0].length - 4;
      const stated: StatedDate = { type: 'date', day: dayFromCivil(Number(sinceYear), 1, 1), precision: 'year', yearGiven: true, raw: sinceYear, start: at, end: at + 4 };
      if (!named.sameCalendar) claims.push({ ...claimBase(ctx, subject, start, end), kind: 'month-since', metric: 'month_biggest_since', direction: base.direction, stated });
      else claims.push({ ...base, metric: 'period_best_since', windowYears: null, horizonYear: null, stated } satisfies PeriodBestClaim);
      continue;
    }
    const flag: StatedFlag = { type: 'flag', value: true, raw: m[0].trim() };
    const years = m[5] === undefined ? null : countOfWord(m[5]) ?? wordCount(m[5]);
    if (years !== null) {
      claims.push({ ...base, metric: 'period_best_in_window', windowYears: years, horizonYear: null, stated: flag } satisfies PeriodBestClaim);
      continue;
    }
    const horizon = HORIZON.exec(ctx.text.slice(end, ctx.sentence.end));
    const spanEnd = horizon === null ? end : end + horizon[0].length;
    const claim: PeriodBestClaim = { ...base, metric: 'period_best_ever', windowYears: null, horizonYear: horizon === null ? null : Number(horizon[1]), stated: flag, end: spanEnd, text: ctx.text.slice(start, spanEnd) };
    claims.push(claim);
  }
  return claims;
}

const TENS: Readonly<Record<string, number>> = { fifteen: 15, twenty: 20, thirty: 30, fifty: 50 };

function wordCount(word: string): number | null {
  return TENS[word.toLowerCase()] ?? null;
}

/**
 * The sentence's claims with its period-best and year-run claims added; a claim of another frame on the
 * same words ("best November since 1928" read as a one-day "biggest since") is dropped.
 */
export function withPeriodBest(claims: readonly ClaimDraft[], ctx: SentenceContext): ClaimDraft[] {
  const best = [...periodBestClaims(ctx), ...yearRunClaims(ctx)];
  if (best.length === 0) return [...claims];
  const overlaps = (claim: ClaimDraft): boolean => claim.kind !== 'number' && claim.kind !== 'calendar' && best.some((b) => b.start < claim.end && b.end > claim.start);
  return [...claims.filter((claim) => !overlaps(claim)), ...best];
}

/** The doubts of a sentence less those in words an almanac frame read itself ("January to June", "1950 – 2007"). */
export function doubtsNotRead(claim: ClaimDraft, doubts: readonly string[]): string[] {
  if (!('readWords' in claim)) return [...doubts];
  const read = claim.readWords.map((w) => w.toLowerCase());
  return doubts.filter((doubt) => !read.some((words) => words.includes(doubt.toLowerCase())));
}

/** Statistics of the not-computed list that the almanac frames compute: their claims are judged, not set aside. */
const COMPUTED_HERE: ReadonlySet<string> = new Set(['election-cycle seasonality', 'half-year return', 'count of periods with a move of a given size']);

/** The statistic not computed that a claim's clause names, null when it is one an almanac claim computes. */
export function statisticNotRead(claim: ClaimDraft, statistic: string | null): string | null {
  return statistic !== null && 'readWords' in claim && COMPUTED_HERE.has(statistic) ? null : statistic;
}

/** Words of the first half that confirm the reading of a first-half superlative. */
const FIRST_HALF_SPAN = /\b(?:from\s+)?january\s+(?:through|to)\s+june\b|\bfirst[\s-]half\b|\bfirst six months\b/i;

/** Words of the whole year that confirm the reading of a December superlative. */
const FULL_YEAR = /\b(?:over|for|in) the (?:full|whole|entire) year\b/i;

const PLAIN_SUPERLATIVE = /\b(largest|biggest|best|strongest|sharpest|steepest|worst|weakest)\s+(gain|advance|rise|rally|performance|showing|decline|drop|loss|fall|slide)\s+in\s+(?:more than\s+)?(?:the\s+)?(?:past\s+|last\s+)?(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty)\s+years\b/gi;

/**
 * "Dow blue chips did even better, climbing 13.8%, their largest gain in the past 14 years": a
 * superlative with no period words of its own after a year-to-date figure compares first
 * halves at the end of June in a story of the first half, and years in December ("Over the
 * full year the Dow slumped almost 17%, its sharpest decline in 25 years").
 */
export function toDateSuperlatives(claims: readonly ClaimDraft[], ctx: SentenceContext, halfTalk: boolean): ClaimDraft[] {
  const { year, month } = civilFromDay(ctx.articleDay);
  const period = halfTalk && month === 6 ? 'half' : month === 12 ? 'year' : null;
  if (period === null) return [];
  const found: ClaimDraft[] = [];
  for (const m of ctx.sentence.text.matchAll(PLAIN_SUPERLATIVE)) {
    const start = ctx.sentence.start + (m.index ?? 0);
    const end = start + m[0].length;
    const figure = claims.filter((claim) => claim.kind === 'number' && claim.metric === 'ytd_pct' && claim.end <= start).at(-1);
    const years = countOfWord(m[3] ?? '') ?? wordCount(m[3] ?? '');
    if (figure === undefined || years === null || claims.some((claim) => claim.kind === 'period-best' && claim.start < end && claim.end > start)) continue;
    const flag: StatedFlag = { type: 'flag', value: true, raw: m[0] };
    const base = { ...figure, start, end, text: m[0], reading: { ...figure.reading, period: { from: 'earlier-clause' as const, text: period === 'half' ? 'the first half (a year-to-date figure at the end of June)' : 'the year (a year-to-date figure in December)' } } };
    const claim: PeriodBestClaim = { ...base, kind: 'period-best', metric: 'period_best_in_window', period, year, number: 1, sameCalendar: period === 'half', direction: directionOf(m[1] ?? '', m[2] ?? ''), windowYears: years, horizonYear: null, readWords: [m[0], ...((period === 'half' ? FIRST_HALF_SPAN : FULL_YEAR).exec(ctx.sentence.text) ?? [])], stated: flag };
    found.push(claim);
  }
  return found;
}

/**
 * A year the sentence names outside the claim's own words, other than the article's ("In 2008,
 * the index posted its worst November since 1931"): the claim may be about that year, so a
 * disagreement is in doubt. Returns the year as the doubt's words, or none.
 */
export function otherYearDoubts(ctx: SentenceContext, start: number, end: number): string[] {
  const articleYear = civilFromDay(ctx.articleDay).year;
  for (const m of ctx.sentence.text.matchAll(/\b(?:19|20)\d\d\b/g)) {
    const at = ctx.sentence.start + (m.index ?? 0);
    // A year after "since" is a comparison's anchor ("the first since 1939-1941"), not the claim's year.
    const sinceBefore = /\bsince\s+(?:(?:19|20)\d\d\s*[-–]\s*)?$/i.test(ctx.text.slice(Math.max(ctx.sentence.start, at - 16), at));
    if ((at >= start && at < end) || Number(m[0]) === articleYear || sinceBefore) continue;
    return [m[0]];
  }
  return [];
}
