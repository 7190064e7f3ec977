/**
 * Phrases about weeks, months, the 52-week range, seasonal ranks and level milestones:
 * "closed at a 52-week high", "its highest close in a year", "third straight weekly gain",
 * "fifth monthly advance in a row", "December has been the best month for the Russell 2000",
 * "closed above 6,000 for the first time", "its highest close in more than two years", and more ways of writing "the nth record close
 * of the year" ("for the 51st time this year").
 */
import { civilFromDay, type DayNumber } from '../../../core/date.js';
import { WHEN_WINDOW_WORDS, windowOf } from './when-window.js';
import { claimBase } from './claim-base.js';
import { clauseOf, mentionAfter, subjectAt, type ClaimDraft, type SentenceContext } from './context.js';
import { directionAround } from './figure-direction.js';
import { DOWN_WORDS, matches, UP_WORDS } from './phrases.js';
import { MONTH_WORD, monthOfWord, resolveMentionDay } from '../tokens/dates.js';
import { CARDINAL_WORDS, COUNT_WORD, countOfWord } from '../tokens/numbers.js';
import type { StatedNumber } from '../../types.js';
import { streakEnded } from '../rules/streaks.js';
import { moveWindowClaims, roundedWindowStart, windowStart } from './move-window.js';
import { sessionCountClaims } from './session-count.js';

/** All week, month, 52-week, seasonal-rank, milestone and extra record-count claims of a sentence. */
export function periodPhraseClaims(ctx: SentenceContext): ClaimDraft[] {
  const text = ctx.sentence.text;
  const claims: ClaimDraft[] = [];
  // Cheap word tests first: most sentences hold none of these phrases.
  if (/\b(?:highs?|lows?|highest|lowest)\b/i.test(text)) claims.push(...rangeFlagClaims(ctx));
  if (/\b(?:week|month)/i.test(text)) claims.push(...periodStreakClaims(ctx));
  if (/\bmonth\b/i.test(text) && /\b(?:best|worst|strongest|weakest)\b/i.test(text)) claims.push(...seasonalRankClaims(ctx));
  if (/\bfirst\b/i.test(text)) claims.push(...milestoneClaims(ctx));
  if (/\btimes?\b/i.test(text)) claims.push(...moreRecordCountClaims(ctx));
  if (/\b(?:ever|record|history|years?|months?|weeks?)\b/i.test(text)) claims.push(...moveWindowClaims(ctx));
  if (/\bof the (?:past|last|previous)\b/i.test(text)) claims.push(...sessionCountClaims(ctx));
  return claims;
}

const NEGATED = /\b(?:not|n't|never|failed to|fail to|short of|shy of|below|off|from|near|nearing|approach\w*|within|away from|missed|above)\b[^,;]*$/i;
const WEEK_RANGE = /\b(?:a\s+|an\s+|its\s+|the\s+|another\s+)?(?:new\s+|fresh\s+)?(?:52|fifty-two|one|1|12|twelve)[\s-](?:week|year|month)\s+(high|low)s?\b/i;
const AT_VERB = /\b(?:(?:clos|end|finish|settl)\w*\s+at|hit|hits|set|sets|notch\w*|post\w*|reach\w*|mark\w*|log\w*|touch\w*|scor\w*|record\w*|to|at)\s*$/i;
const IN_A_YEAR = /\b(highest|lowest)\s+(?:(?:close|closing level|level|finish|closing high|closing low|mark|point)\s+)?(?:in|of)\s+(?:the\s+(?:past|last)\s+)?(?:52\s+weeks|fifty-two\s+weeks|a\s+year|one\s+year|12\s+months|twelve\s+months|a\s+52-week\s+period)\b/i;

/** "closed at a 52-week high", "hit a 12-month low", "its highest close in a year". */
function rangeFlagClaims(ctx: SentenceContext): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  const push = (word: string, raw: string, start: number, end: number): void => {
    const metric = word.toLowerCase().startsWith('high') ? 'is_52w_high' : 'is_52w_low';
    claims.push({ ...claimBase(ctx, subjectAt(ctx, start), start, end), kind: 'range-flag', metric, stated: { type: 'flag', value: true, raw } });
  };
  for (const { m, start, end } of matches(WEEK_RANGE, ctx)) {
    const before = ctx.text.slice(clauseOf(ctx, start).start, start);
    // A data-talk item that is the phrase alone ("--A new 52-week low") says the close set it.
    const item = /^\W*$/.test(before) && /^\s*an?\s+(?:new|fresh)\b/i.test(m[0]) && /^\W*$/.test(ctx.text.slice(end, ctx.sentence.end));
    if ((!AT_VERB.test(before) && !item) || NEGATED.test(before) || /\bsince\b/i.test(ctx.text.slice(end, end + 8))) continue;
    push(m[1] ?? 'high', m[0].trim(), start, end);
  }
  for (const { m, start, end } of matches(IN_A_YEAR, ctx)) {
    if (NEGATED.test(ctx.text.slice(clauseOf(ctx, start).start, start))) continue;
    push(m[1] === undefined || /^high/i.test(m[1]) ? 'high' : 'low', m[0], start, end);
  }
  for (const { m, start, end } of matches(IN_WINDOW, ctx)) {
    const count = m[3] === undefined || /^an?$/i.test(m[3]) ? 1 : countOfWord(m[3]);
    const unit = (m[4] ?? '').toLowerCase().replace(/s$/, '');
    const exactYear = m[2] === undefined && count !== null && ((unit === 'year' && count === 1) || (unit === 'month' && count === 12) || (unit === 'week' && count === 52));
    if (count === null || count < 1 || exactYear || claims.some((c) => c.start < end && c.end > start) || NEGATED.test(ctx.text.slice(clauseOf(ctx, start).start, start))) continue;
    const from = windowStart(ctx.articleDay, count, unit);
    const metric = /^high/i.test(m[1] ?? '') ? 'highest_in_window' : 'lowest_in_window';
    const window = m[0].slice(m[0].toLowerCase().indexOf(' in ') + 4);
    claims.push({ ...claimBase(ctx, subjectAt(ctx, start), start, end), kind: 'extreme-window', metric, from, window, stated: { type: 'flag', value: true, raw: m[0] } });
  }
  for (const { m, start, end } of matches(SPAN_EXTREME, ctx)) {
    const count = countOfWord(m[2] ?? '');
    const unit = (m[3] ?? '').toLowerCase();
    const before = ctx.text.slice(clauseOf(ctx, start).start, start);
    if (count === null || count < 2 || (unit === 'month' && count === 12) || (unit === 'week' && count === 52)) continue;
    if (!AT_VERB.test(before) || NEGATED.test(before) || claims.some((c) => c.start < end && c.end > start)) continue;
    // "a nearly six-year high" says less than the span, not how much less: left unread.
    if (m[1] !== undefined) continue;
    const metric = /^high/i.test(m[4] ?? '') ? 'highest_in_window' : 'lowest_in_window';
    const window = `${count} ${unit}s (a ${m[2] ?? ''}-${unit} ${m[4] ?? ''}, rounded)`;
    const on = onDateOfSentence(ctx);
    const base = claimBase(ctx, subjectAt(ctx, start), start, end, on?.day ?? ctx.articleDay);
    const reading = on === null ? base.reading : { ...base.reading, date: { from: 'date' as const, text: on.raw } };
    claims.push({ ...base, reading, kind: 'extreme-window', metric, from: roundedWindowStart(base.day, count, unit, false), window, stated: { type: 'flag', value: true, raw: m[0].trim() } });
  }
  return claims;
}

/** The one day a sentence names after "on" ("hit multiyear lows on October 9, ..."), or null when none or two. */
function onDateOfSentence(ctx: SentenceContext): { day: DayNumber; raw: string } | null {
  const named = ctx.dates.filter((d) => d.start >= ctx.sentence.start && d.end <= ctx.sentence.end && d.day !== null && /\bon\s+$/i.test(ctx.text.slice(Math.max(0, d.start - 4), d.start)));
  const only = named.length === 1 ? named[0] : undefined;
  const day = only === undefined ? null : resolveMentionDay(only, ctx.articleDay, false);
  return only === undefined || day === null ? null : { day, raw: `on ${only.raw}` };
}

/** "sank to a six-year low", "touched five-year lows", "a nearly six-year high": the highest (lowest) close in a span said as a rounded count. */
const SPAN_EXTREME = new RegExp(`\\b(?:an?\\s+|its\\s+|their\\s+|the\\s+|new\\s+|fresh\\s+)*(nearly\\s+|almost\\s+)?(\\d{1,2}|${CARDINAL_WORDS})[\\s-](year|month|week)\\s+(high|low)s?\\b`, 'i');

const IN_WINDOW = new RegExp(
  `\\b(highest|lowest)\\s+(?:(?:close|closing level|level|finish|closing high|closing low|mark|point)\\s+)?in\\s+(more\\s+than\\s+|over\\s+)?(?:the\\s+(?:past|last)\\s+)?(an?|\\d{1,3}|${CARDINAL_WORDS})\\s+(years?|months?|weeks?)\\b`,
  'i',
);

const MOVE_NOUN = '(gains?|advances?|increases?|rises?|rall(?:y|ies)|loss(?:es)?|declines?|drops?|falls?|decreases?|retreats?)';
const STREAK_PATTERNS: readonly { regex: RegExp; count: number; unit: number; word: number }[] = [
  { regex: new RegExp(`\\b${COUNT_WORD}[\\s-]+(?:straight|consecutive|successive)\\s+(week|month)(?:ly|s)?(?:\\s+(?:(?:winning|losing|up|down)\\s+)?${MOVE_NOUN})?(?:\\s+of\\s+${MOVE_NOUN})?`, 'i'), count: 1, unit: 2, word: 3 },
  { regex: new RegExp(`\\b${COUNT_WORD}\\s+(week|month)ly\\s+${MOVE_NOUN}\\s+in\\s+a\\s+row`, 'i'), count: 1, unit: 2, word: 3 },
  { regex: new RegExp(`\\b${COUNT_WORD}\\s+(?:straight\\s+)?(week|month)s?\\s+in\\s+a\\s+row`, 'i'), count: 1, unit: 2, word: 0 },
  { regex: new RegExp(`\\b${COUNT_WORD}[\\s-]+(week|month)\\s+(winning|losing|win|lose)\\s+streak`, 'i'), count: 1, unit: 2, word: 3 },
  { regex: new RegExp(`\\b(week|month)ly\\s+(winning|losing)\\s+streak\\s+to\\s+${COUNT_WORD}`, 'i'), count: 3, unit: 1, word: 2 },
  { regex: new RegExp(`\\b(?:run|string|streak)\\s+of\\s+(week|month)ly\\s+${MOVE_NOUN}\\s+to\\s+${COUNT_WORD}`, 'i'), count: 3, unit: 1, word: 2 },
];

/** "third straight weekly gain", "fifth monthly advance in a row", "four-week winning streak". */
function periodStreakClaims(ctx: SentenceContext): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  for (const pattern of STREAK_PATTERNS) {
    for (const { m, start, end } of matches(pattern.regex, ctx)) {
      const countText = m[pattern.count] ?? '';
      const count = countOfWord(countText);
      if (count === null || count < 1 || claims.some((c) => c.start < end && c.end > start)) continue;
      const ended = streakEnded(ctx.text.slice(Math.max(ctx.sentence.start, start - 30), start), ctx.text.slice(end, Math.min(ctx.sentence.end, end + 40)));
      const word = `${pattern.word === 0 ? '' : (m[pattern.word] ?? '')} ${pattern.word === 3 && pattern.count === 1 ? (m[4] ?? '') : ''}`;
      let sign = /win/i.test(word) || UP_WORDS.test(word) ? 1 : /los/i.test(word) || DOWN_WORDS.test(word) ? -1 : 0;
      if (sign === 0) sign = directionAround(ctx.text.slice(clauseOf(ctx, start).start, start), '');
      const countStart = start + m[0].indexOf(countText);
      const stated: StatedNumber = { type: 'number', value: sign < 0 ? -count : count, decimals: 0, unit: 'count', hedge: 'exact', signed: sign !== 0, raw: countText, start: countStart, end: countStart + countText.length };
      const metric = /^month/i.test(m[pattern.unit] ?? '') ? 'streak_months' : 'streak_weeks';
      claims.push({ ...claimBase(ctx, subjectAt(ctx, start), start, end), kind: 'period-streak', metric, ended, stated });
    }
  }
  return claims;
}

const SEASONAL_RANK = new RegExp(
  `\\b${MONTH_WORD}\\s+(?:has\\s+(?:historically\\s+|typically\\s+|traditionally\\s+|usually\\s+)?been|is\\s+(?:historically\\s+|typically\\s+|traditionally\\s+|usually\\s+)?|tends\\s+to\\s+be|has\\s+ranked\\s+as|ranks\\s+as)\\s*(?:the\\s+)?(?:${COUNT_WORD}[\\s-]+)?(best|worst|strongest|weakest)(?:[\\s-]performing)?\\s+month\\b`,
  'i',
);

/** "December has been the best month for the Russell 2000", "November is the third-best month". */
function seasonalRankClaims(ctx: SentenceContext): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  const articleYear = civilFromDay(ctx.articleDay).year;
  for (const { m, start, end } of matches(SEASONAL_RANK, ctx)) {
    const month = monthOfWord(m[1] ?? '');
    const ordinal = m[2] === undefined ? 1 : countOfWord(m[2]);
    const after = ctx.text.slice(end, Math.min(ctx.sentence.end, end + 40));
    if (month === null || ordinal === null || ordinal < 1 || ordinal > 12 || /^\s*since\b/i.test(after)) continue;
    const forName = /^\s*(?:of\s+the\s+year\s+)?(?:historically\s+)?(?:for|in)\s+/i.test(after) ? mentionAfter(ctx, end, 40) : null;
    const since = /\bsince\s+((?:19|20)\d\d)\b/i.exec(ctx.sentence.text);
    const past = /\bover\s+the\s+(?:past|last)\s+(\d{1,3})\s+years\b/i.exec(ctx.sentence.text);
    const fromYear = since !== null ? Number(since[1]) : past !== null ? articleYear - Number(past[1]) : null;
    const rankText = m[2] ?? m[3] ?? '';
    const rankStart = start + m[0].toLowerCase().lastIndexOf(rankText.toLowerCase());
    const stated: StatedNumber = { type: 'number', value: ordinal, decimals: 0, unit: 'count', hedge: 'exact', signed: false, raw: rankText, start: rankStart, end: rankStart + rankText.length };
    const fromWorst = /worst|weakest/i.test(m[3] ?? '');
    claims.push({ ...claimBase(ctx, forName ?? subjectAt(ctx, start), start, end), kind: 'seasonal-rank', metric: 'seasonal_rank', month, fromYear, fromWorst, stated });
  }
  return claims;
}

const LEVEL = '(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)';
const LEVEL_TAIL = '(?:\\s?(?:%|percent\\b))?(?:[\\s-](?:mark|level|points?|threshold|milestone))?';
const MILESTONES: readonly RegExp[] = [
  new RegExp(`\\b(?:closed|ended|finished|settled)\\s+(?:the\\s+(?:day|session)\\s+)?above\\s+(?:the\\s+)?${LEVEL}${LEVEL_TAIL}\\s+for\\s+the\\s+first\\s+time`, 'i'),
  new RegExp(`(?:\\b(?:its|a|the)|['’]s)\\s+first[\\s-]+(?:ever\\s+)?(?:close|closing level|finish|settlement)\\s+(?:ever\\s+)?above\\s+(?:the\\s+)?${LEVEL}`, 'i'),
  new RegExp(`\\b(?:topped|crossed|breached|broke\\s+above|surpassed|cleared)\\s+(?:the\\s+)?${LEVEL}${LEVEL_TAIL}\\s+(?:at\\s+the\\s+close\\s+)?for\\s+the\\s+first\\s+time`, 'i'),
];

/** A "when" phrase right after a milestone: "for the first time last week", "... earlier this month". */
const WHEN_AFTER = new RegExp(`^\\s+${WHEN_WINDOW_WORDS}`, 'i');

/** "closed above 6,000 for the first time", "its first close above 6,000", "... for the first time last week". */
function milestoneClaims(ctx: SentenceContext): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  MILESTONES.forEach((regex, p) => {
    for (const { m, start, end } of matches(regex, ctx)) {
      const raw = m[1] ?? '';
      // "topped 30,000 for the first time" with no word of a close may be the day's high: read as the close, a disagreement only a doubt.
      const intradayMaybe = p === 2 && !/\b(?:clos|ended|finish|settl)/i.test(ctx.sentence.text);
      // Said of the trading day ("in morning trading", "during the session"), it is the day's high: no milestone.
      if (intradayMaybe && (ctx.timing.kind !== 'close' || /\b(?:morning|afternoon|midday|trading|session|intraday|during)\b/i.test(ctx.sentence.text))) continue;
      if (claims.some((c) => c.start < end && c.end > start)) continue;
      const numberStart = start + m[0].indexOf(raw);
      const decimals = raw.includes('.') ? (raw.split('.')[1] ?? '').length : 0;
      const stated: StatedNumber = { type: 'number', value: Number(raw.replace(/,/g, '')), decimals, unit: 'level', hedge: 'exact', signed: false, raw, start: numberStart, end: numberStart + raw.length };
      // "for the first time last week": when the first close came.
      const when = WHEN_AFTER.exec(ctx.text.slice(end, ctx.sentence.end));
      const window = when === null ? null : windowOf((when[1] ?? '').replace(/\s+/g, ' '), ctx.articleDay);
      const spanEnd = window === null || when === null ? end : end + when[0].length;
      const base = claimBase(ctx, subjectAt(ctx, start), start, spanEnd);
      const reading = intradayMaybe ? { ...base.reading, doubts: [...base.reading.doubts, `${m[0].split(/\s/)[0] ?? ''} (the close or the day's high)`] } : base.reading;
      claims.push({ ...base, reading, kind: 'milestone', metric: 'first_close_above', stated, window: window === null || when === null ? null : { ...window, text: (when[1] ?? '').trim() } });
    }
  });
  return claims;
}

const YEAR_TAIL = '(?:this\\s+year|so\\s+far\\s+this\\s+year|(?:so\\s+far\\s+)?in\\s+((?:19|20)\\d\\d))';
const MORE_RECORD_COUNTS: readonly RegExp[] = [
  new RegExp(`\\bfor\\s+the\\s+${COUNT_WORD}\\s+time\\s+${YEAR_TAIL}`, 'i'),
  new RegExp(`\\b(?:closed\\s+at|ended\\s+at|finished\\s+at|set|notched|posted|hit)\\s+(?:a\\s+)?(?:new\\s+)?records?(?:\\s+highs?|\\s+closes?)?\\s+${COUNT_WORD}\\s+times\\s+${YEAR_TAIL}`, 'i'),
];

/** "a record, for the 51st time this year", "has closed at a record 51 times this year". */
function moreRecordCountClaims(ctx: SentenceContext): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  const articleYear = civilFromDay(ctx.articleDay).year;
  MORE_RECORD_COUNTS.forEach((regex, p) => {
    for (const { m, start, end } of matches(regex, ctx)) {
      const raw = m[1] ?? '';
      const count = countOfWord(raw);
      if (count === null || (m[2] !== undefined && Number(m[2]) !== articleYear)) continue;
      if (p === 0 && !/\brecord|\ball-time high/i.test(ctx.text.slice(clauseOf(ctx, start).start, end))) continue;
      const rawStart = start + m[0].indexOf(raw);
      const stated: StatedNumber = { type: 'number', value: count, decimals: 0, unit: 'count', hedge: 'exact', signed: false, raw, start: rawStart, end: rawStart + raw.length };
      claims.push({ ...claimBase(ctx, subjectAt(ctx, start), start, end), kind: 'number', metric: 'record_count_ytd', stated });
    }
  });
  return claims;
}
