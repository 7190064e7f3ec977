/**
 * Dates as people write them: "Nov. 8, 2021", "November 8th", "8 November 2021", "Aug. 2",
 * "December 2023", "2024-11-25", "11/25/2024"; times of day ("as of 3 p.m."); and the
 * article's own date (a dateline, "on Monday, Nov. 25, 2024").
 */
import { civilFromDay, dayFromCivil, daysInMonth, type DayNumber } from '../../../core/date.js';

/** A date found in text. `day` is null for "December 2023"; `year` null for "Aug. 2". */
export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly raw: string;
  readonly year: number | null;
  /** 1-12. */
  readonly month: number;
  readonly day: number | null;
  /** True when a weekday name stands right before it ("Monday, Nov. 25, 2024"). */
  readonly hasWeekday: boolean;
}

const MONTH_PATTERN =
  '(jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?\\.?|july?\\.?|aug(?:ust|\\.)?|sep(?:t(?:ember|\\.)?|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)(?![a-z])';
const MONTH_STARTS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAY_BEFORE = /(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*(?:the\s+)?$/i;

/** Month number (1-12) of a month word ("Sept.", "december"), or null. */
export function monthOfWord(word: string): number | null {
  const index = MONTH_STARTS.indexOf(word.slice(0, 3).toLowerCase());
  return index < 0 ? null : index + 1;
}

/** The regular-expression source of a month word (one capture group). */
export const MONTH_WORD = MONTH_PATTERN;

const PATTERNS: readonly { regex: RegExp; read: (m: RegExpExecArray) => { year: number | null; month: number | null; day: number | null } }[] = [
  { regex: /\b(\d{4})-(\d{2})-(\d{2})\b/g, read: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }) },
  { regex: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g, read: (m) => ({ year: Number(m[3]), month: Number(m[1]), day: Number(m[2]) }) },
  {
    regex: new RegExp(`\\b${MONTH_PATTERN}\\s*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:(?:,\\s*|\\s+)(\\d{4})(?!\\d))?`, 'gi'),
    read: (m) => ({ year: m[3] === undefined ? null : Number(m[3]), month: monthOfWord(m[1] ?? ''), day: Number(m[2]) }),
  },
  {
    regex: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_PATTERN}(?:,?\\s+(\\d{4})(?!\\d))?`, 'gi'),
    read: (m) => ({ year: m[3] === undefined ? null : Number(m[3]), month: monthOfWord(m[2] ?? ''), day: Number(m[1]) }),
  },
  {
    regex: new RegExp(`\\b${MONTH_PATTERN}\\s*(?:of\\s+)?(\\d{4})(?!\\d)`, 'gi'),
    read: (m) => ({ year: Number(m[2]), month: monthOfWord(m[1] ?? ''), day: null }),
  },
];

/**
 * Every date in the text, earliest first; overlapping matches keep the earlier pattern's
 * (full dates win over month-and-year). Impossible dates (Feb. 30) are skipped.
 */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  const occupied = new Uint8Array(text.length + 1);
  const taken = (start: number, end: number): boolean => occupied.subarray(start, end).some((x) => x === 1);
  for (const { regex, read } of PATTERNS) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const { year, month, day } = read(m);
      if (month === null || month < 1 || month > 12 || taken(start, end)) continue;
      if (day !== null && (day < 1 || day > (year === null ? daysInMonth(2024, month) : daysInMonth(year, month)))) continue;
      const hasWeekday = WEEKDAY_BEFORE.test(text.slice(Math.max(0, start - 14), start));
      found.push({ start, end, raw: m[0], year, month, day, hasWeekday });
      occupied.fill(1, start, end);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The day a mention names. A missing year is inferred: the latest such date before
 * `reference` (strictly before when `strictlyBefore`, else on or before). A month without a
 * day gives its first day. Null when the date is impossible (Feb. 29 of a common year).
 */
export function resolveMentionDay(mention: Pick<DateMention, 'year' | 'month' | 'day'>, reference: DayNumber, strictlyBefore: boolean): DayNumber | null {
  const dayOfMonth = mention.day ?? 1;
  if (mention.year !== null) {
    return dayOfMonth <= daysInMonth(mention.year, mention.month) ? dayFromCivil(mention.year, mention.month, dayOfMonth) : null;
  }
  const refYear = civilFromDay(reference).year;
  for (let year = refYear; year > refYear - 8; year--) {
    if (dayOfMonth > daysInMonth(year, mention.month)) continue;
    const candidate = dayFromCivil(year, mention.month, dayOfMonth);
    if (strictlyBefore ? candidate < reference : candidate <= reference) return candidate;
  }
  return null;
}

/** Where the article date came from. */
export interface ArticleDate {
  readonly day: DayNumber;
  readonly mention: DateMention;
  /** "dateline", "weekday", "label". */
  readonly how: 'dateline' | 'weekday' | 'label';
}

const LABEL_BEFORE = /(?:date|dated|published|posted|updated)\s*[:\-–—]?\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$/i;

/**
 * The article's date from its text: a full date (with year) after a "Date:"/"Published"
 * label, or right after a weekday name ("on Monday, Nov. 25, 2024"), or in the first line
 * (a dateline). Null when none is found: the caller asks for --date.
 */
export function findArticleDate(text: string, dates: readonly DateMention[] = findDates(text)): ArticleDate | null {
  const full = dates.filter((d) => d.year !== null && d.day !== null);
  const firstLineEnd = text.search(/\n\s*\n|(?<=[a-z)]\.)\s+[A-Z]/);
  const dayOf = (d: DateMention): DayNumber => dayFromCivil(d.year ?? 0, d.month, d.day ?? 1);
  for (const d of full) {
    if (LABEL_BEFORE.test(text.slice(Math.max(0, d.start - 40), d.start))) return { day: dayOf(d), mention: d, how: 'label' };
  }
  const weekday = full.find((d) => d.hasWeekday);
  if (weekday) return { day: dayOf(weekday), mention: weekday, how: 'weekday' };
  const limit = firstLineEnd < 0 ? Math.min(text.length, 200) : Math.min(firstLineEnd, 200);
  const dateline = full.find((d) => d.start < limit && isDatelineDate(text, d));
  return dateline ? { day: dayOf(dateline), mention: dateline, how: 'dateline' } : null;
}

const DATELINE_BEFORE = /(?:^|\n)[ \t]*(?:[A-Z][\w .,'’()&]*?\s*(?:—|–|--|-|:|,)\s*)?$/;
const DATELINE_AFTER = /^\s*(?:—|–|--|-|:|\n|$|\(|,?\s*\d{1,2}:\d\d)/;

/** A date standing as a dateline: at the start of a line, or after "CITY (AP) —", and followed by a dash, colon or line end. */
function isDatelineDate(text: string, date: DateMention): boolean {
  const before = text.slice(Math.max(0, date.start - 80), date.start);
  return DATELINE_BEFORE.test(before) && DATELINE_AFTER.test(text.slice(date.end, date.end + 20));
}

/** A time of day found in text: minutes after midnight, or null for "in late trading". */
export interface TimeMention {
  readonly start: number;
  readonly end: number;
  readonly minutes: number | null;
}

const CLOCK = /\b(?:as of|at|by|around|about|near|until)\s+(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s*m\b\.?(?:\s*(?:ET|EST|EDT|local time|New York time))?/gi;
const VAGUE_TIME = /\b(?:in|during)\s+(?:late|early|midday|afternoon|morning|mid-day|late-afternoon)\s+trading\b|\bat midday\b|\bas of (?:noon|midday)\b/gi;

/** Times of day ("as of 3 p.m.", "in afternoon trading"): figures said of a moment before the close. */
export function findTimes(text: string): TimeMention[] {
  const found: TimeMention[] = [];
  CLOCK.lastIndex = 0;
  for (let m = CLOCK.exec(text); m !== null; m = CLOCK.exec(text)) {
    const hour = Number(m[1]) % 12;
    const minutes = (m[3]?.toLowerCase() === 'p' ? hour + 12 : hour) * 60 + Number(m[2] ?? 0);
    found.push({ start: m.index, end: m.index + m[0].length, minutes });
  }
  VAGUE_TIME.lastIndex = 0;
  for (let m = VAGUE_TIME.exec(text); m !== null; m = VAGUE_TIME.exec(text)) {
    found.push({ start: m.index, end: m.index + m[0].length, minutes: /noon|midday/i.test(m[0]) ? 720 : null });
  }
  return found.sort((a, b) => a.start - b.start);
}
