/**
 * The period a move is said over: the day, week/month/quarter/year to date ("so far in
 * November", "this year", "year-to-date"), or a completed calendar month or year ("in
 * December 2023", "in 2023", "last month").
 */
import { civilFromDay, type DayNumber } from '../../../core/date.js';
import { shiftMonths } from '../../../series/calendar.js';
import { MONTH_WORD, monthOfWord } from '../tokens/dates.js';
import { globalVersion } from '../tokens/global-pattern.js';
import { ALMANAC_PERIOD_PATTERNS } from './almanac-periods.js';
import type { Hedge, ToDatePeriod } from '../../types.js';

/** The period of a move. */
export type PeriodRef =
  | { readonly kind: 'day' }
  | { readonly kind: 'to-date'; readonly period: ToDatePeriod }
  | { readonly kind: 'month'; readonly year: number; readonly month: number }
  | { readonly kind: 'year'; readonly year: number }
  | { readonly kind: 'range'; readonly from: DayNumber; readonly window: string; readonly sessions?: number; readonly inSessions?: boolean };

const QUARTER_WORDS = ['first', 'second', 'third', 'fourth'];

const PERIOD_PATTERNS: readonly { regex: RegExp; read: (m: RegExpExecArray, year: number, month: number) => PeriodRef | null }[] = [
  { regex: /\b(?:year[\s-]to[\s-]date|ytd|(?:so far )?this year|for the year|since the (?:start|beginning) of the year|so far in the year|(?:ended|closed|finished|wrapped up|ending|closing|finishing) the year)\b/i, read: () => ({ kind: 'to-date', period: 'ytd' }) },
  { regex: /\b(?:month[\s-]to[\s-]date|mtd|(?:so far )?this month|for the month|since the (?:start|beginning) of the month|(?:ended|closed|finished|wrapped up|ending|closing|finishing) the month)\b/i, read: () => ({ kind: 'to-date', period: 'mtd' }) },
  { regex: /\b(?:week[\s-]to[\s-]date|wtd|(?:so far )?this week|(?:for|over|on) the (?:(?:holiday-)?shortened |holiday |short |four-day |three-day )?week|(?:ended|closed|finished|wrapped up|ending|closing|finishing) the week)\b(?!\s+ended)/i, read: () => ({ kind: 'to-date', period: 'wtd' }) },
  { regex: /\b(?:quarter[\s-]to[\s-]date|qtd|(?:so far )?this quarter|for the quarter|(?:ended|closed|finished|wrapped up|ending|closing|finishing) the quarter)\b/i, read: () => ({ kind: 'to-date', period: 'qtd' }) },
  {
    regex: /\b(?:in|during|for) the (first|second|third|fourth) quarter\b/i,
    read: (m, _year, month) => (QUARTER_WORDS.indexOf((m[1] ?? '').toLowerCase()) === Math.floor((month - 1) / 3) ? { kind: 'to-date', period: 'qtd' } : null),
  },
  {
    // "in the first half of 2013" in a June story: the year to date (the half is not over).
    regex: /\b(?:in|for|during|over|through)\s+the\s+first\s+(?:half|six\s+months)(?:\s+of\s+(?:the\s+year|((?:19|20)\d\d)))?\b/i,
    read: (m, year, month) => (month <= 6 && (m[1] === undefined || Number(m[1]) === year) ? { kind: 'to-date', period: 'ytd' } : null),
  },
  {
    // "from January through June" in a June story: the year to date.
    regex: new RegExp(`\\bfrom\\s+january\\s+(?:through|to|until)\\s+${MONTH_WORD}\\b`, 'i'),
    read: (m, _year, month) => (monthOfWord(m[1] ?? '') === month ? { kind: 'to-date', period: 'ytd' } : null),
  },
  { regex: /\blast month\b/i, read: (_m, year, month) => (month === 1 ? { kind: 'month', year: year - 1, month: 12 } : { kind: 'month', year, month: month - 1 }) },
  { regex: /\blast year\b/i, read: (_m, year) => ({ kind: 'year', year: year - 1 }) },
  {
    regex: new RegExp(`(?<!since\\s)(?<!since the end of\\s)\\b(?:so far in|in|during|for|over|through|ending|ended|closed|finished|wrapped up)\\s+(?:the month of\\s+)?${MONTH_WORD}(?:\\s+((?:19|20)\\d\\d))?(?!\\s*\\d{1,2}\\b)`, 'i'),
    read: (m, year, month) => {
      const named = monthOfWord(m[1] ?? '');
      if (named === null) return null;
      const namedYear = m[2] === undefined ? (named <= month ? year : year - 1) : Number(m[2]);
      if (namedYear === year && named === month) return { kind: 'to-date', period: 'mtd' };
      return namedYear * 12 + named < year * 12 + month ? { kind: 'month', year: namedYear, month: named } : null;
    },
  },
  {
    // "in 2023", "ended 2024 up 23.3%" (a year ended: the year to date on its last day).
    regex: /(?<!since\s)\b(?:so far in|in|during|for|over|through|ends|ended|closes|closed|finishes|finished|wrapped up|ending|closing|finishing)\s+((?:19|20)\d\d)\b(?!\s*(?:record|high|peak|,\s+at|\s+at))/i,
    read: (m, year) => {
      const named = Number(m[1]);
      if (named === year) return { kind: 'to-date', period: 'ytd' };
      return named < year ? { kind: 'year', year: named } : null;
    },
  },
  { regex: /\b(?:on the day|today|on (?:mon|tues|wednes|thurs|fri)day|for the (?:day|session)|in the session)\b/i, read: () => ({ kind: 'day' }) },
  ...ALMANAC_PERIOD_PATTERNS,
];

/** Sessions in a month and a year by the desk convention for trailing windows (63 for three months). */
const SESSIONS_PER_MONTH = 21;
const SESSIONS_PER_YEAR = 252;

const COUNT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const ROLLING = /\b(?:over|in|during|for)\s+the\s+(?:past|last|previous|prior|trailing)\s+(?:(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?(days?|weeks?|months?|years?)\b/i;

const AGO = /\b(?:from|than|since|versus|vs\.?|compared with)\s+(52 weeks|a year|one year|12 months)\s+(?:ago|earlier|before)\b/i;
const IN_SESSIONS = /\b(?:over|in|during|across|for)\s+(?:the|those|these)\s+(?:(?:past|last|previous|prior)\s+)?(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:trading\s+days|sessions)\b/i;

/**
 * "2.431 percentage points higher than 52 weeks ago", "up 8% from a year ago": the close 52
 * weeks (364 days) or a year before the article date is the base.
 */
export function findAgoWindow(snippet: string, articleDay: DayNumber): PeriodRef | null {
  const m = AGO.exec(snippet);
  if (m === null) return null;
  const from = /52 weeks/i.test(m[1] ?? '') ? articleDay - 364 : shiftMonths(articleDay, -12);
  return { kind: 'range', from: from as DayNumber, window: m[0] };
}

/**
 * "over the last two trading days", "across those 11 sessions": a window counted in sessions,
 * the base that many sessions before the article date's close.
 */
export function findSessionWindow(snippet: string, articleDay: DayNumber): PeriodRef | null {
  const m = IN_SESSIONS.exec(snippet);
  if (m === null) return null;
  const text = (m[1] ?? '').toLowerCase();
  const count = /^\d+$/.test(text) ? Number(text) : COUNT_WORDS.indexOf(text) + 1;
  if (count < 1) return null;
  return { kind: 'range', from: (articleDay - 3 * count - 14) as DayNumber, window: m[0], sessions: count, inSessions: true };
}

/**
 * A rolling window ("over the past 12 months", "in the past year", "over the last 52 weeks"):
 * the base date that many calendar days, weeks, months or years before the article date, and
 * for weeks, months and years the same window in sessions (5, 21, 252 per unit).
 */
export function findRollingWindow(snippet: string, articleDay: DayNumber): PeriodRef | null {
  const m = ROLLING.exec(snippet);
  if (m === null) return null;
  const countText = (m[1] ?? 'one').toLowerCase();
  const count = /^\d+$/.test(countText) ? Number(countText) : COUNT_WORDS.indexOf(countText) + 1;
  const unit = (m[2] ?? '').toLowerCase().replace(/s$/, '');
  if (count < 1) return null;
  const from =
    unit === 'day' ? articleDay - count : unit === 'week' ? articleDay - 7 * count : shiftMonths(articleDay, -(unit === 'year' ? 12 * count : count));
  const sessions = unit === 'week' ? 5 * count : unit === 'month' ? SESSIONS_PER_MONTH * count : unit === 'year' ? SESSIONS_PER_YEAR * count : undefined;
  return sessions === undefined ? { kind: 'range', from: from as DayNumber, window: m[0] } : { kind: 'range', from: from as DayNumber, window: m[0], sessions };
}

/**
 * The first period phrase in `snippet` (or, with `nearest` = 'last', the last: the one
 * nearest a figure after the snippet), read against the article date; null when the snippet
 * names none (the caller then falls back: the day's move). A month or year after the article
 * date is no period here.
 */
export function findPeriod(snippet: string, articleDay: DayNumber, nearest: 'first' | 'last' = 'first'): PeriodRef | null {
  const { year, month } = civilFromDay(articleDay);
  let best: { at: number; ref: PeriodRef } | null = null;
  for (const { regex, read } of PERIOD_PATTERNS) {
    const m = nearest === 'first' ? regex.exec(snippet) : lastMatch(regex, snippet);
    if (m === null) continue;
    const ref = read(m, year, month);
    if (ref !== null && (best === null || (nearest === 'first' ? m.index < best.at : m.index > best.at))) best = { at: m.index, ref };
  }
  return best?.ref ?? null;
}

/** The last match of a (non-global) pattern in a text. */
function lastMatch(regex: RegExp, text: string): RegExpExecArray | null {
  const global = globalVersion(regex);
  let last: RegExpExecArray | null = null;
  for (let m = global.exec(text); m !== null; m = global.exec(text)) {
    last = m;
    if (m[0].length === 0) global.lastIndex++;
  }
  return last;
}

const HEDGES: readonly (readonly [RegExp, Hedge])[] = [
  [/\b(?:just|slightly|a little|a bit|a touch)\s+(?:over|more than|above|higher than)\s*$/i, 'just-over'],
  [/\b(?:nearly|almost|just under|just shy of|a shade under|not quite|close to|approaching|near|just below|roughly just under)\s*$/i, 'nearly'],
  [/\b(?:about|around|roughly|approximately|some|an estimated|circa|approx\.?)\s*$|~\s*$/i, 'about'],
  [/\b(?:more than|over|above|upwards of|at least|north of|in excess of|better than)\s*$/i, 'more-than'],
  [/\b(?:less than|under|below|fewer than|at most|no more than)\s*$/i, 'less-than'],
  [/\bwithin\s*$/i, 'within'],
];

/** The hedge word right before a figure ("about 5 points", "nearly 2%"), or `exact`. */
export function hedgeBefore(before: string): Hedge {
  const trimmed = before.replace(/(?:^|\s)(?:a|an)\s*$/i, ' ');
  for (const [regex, hedge] of HEDGES) if (regex.test(trimmed)) return hedge;
  return 'exact';
}
