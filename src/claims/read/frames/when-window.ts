/**
 * The window of days a "when" phrase names, relative to the article's day: "last week",
 * "earlier this month", "in early January", "in November", "on Aug. 31", "less than two
 * months ago". Shared by the record said with when it was set and the first close above a
 * level said with when it came.
 */
import { civilFromDay, dayFromCivil, daysInMonth, weekdayOf, type DayNumber } from '../../../core/date.js';
import { shiftMonths } from '../../../series/calendar.js';
import { MONTH_WORD, monthOfWord } from '../tokens/dates.js';
import { CARDINAL_WORDS, countOfWord } from '../tokens/numbers.js';

/** The "when" phrases {@link windowOf} reads, as a pattern source (one group: the phrase). */
export const WHEN_WINDOW_WORDS = `(last\\s+(?:week|month)|earlier\\s+(?:this|in\\s+the)\\s+(?:week|month)|in\\s+(early|mid|late)[\\s-]${MONTH_WORD}|in\\s+${MONTH_WORD}(?!\\s+\\d)|on\\s+${MONTH_WORD}\\s+\\d{1,2}\\b(?!,?\\s+(?:19|20)\\d\\d)|less\\s+than\\s+(an?|\\d{1,2}|${CARDINAL_WORDS})\\s+(weeks?|months?)\\s+ago)`;

/** The latest `month` on or before the month of `day` (the same month counts), as [first, last]. */
export function latestMonth(day: DayNumber, month: number): { year: number; first: DayNumber; last: DayNumber } {
  const { year: y, month: m } = civilFromDay(day);
  const year = month <= m ? y : y - 1;
  return { year, first: dayFromCivil(year, month, 1), last: (dayFromCivil(year, month, 1) + daysInMonth(year, month) - 1) as DayNumber };
}

/** The window [from, to] a "when" phrase names, relative to `day` (`vague` when its edges are words: "early", "less than"); null when it names none. */
export function windowOf(words: string, day: DayNumber): { from: DayNumber; to: DayNumber; vague: boolean } | null {
  const { year, month } = civilFromDay(day);
  const yesterday = (day - 1) as DayNumber;
  if (/^last\s+month/i.test(words)) {
    const last = latestMonth((dayFromCivil(year, month, 1) - 1) as DayNumber, month === 1 ? 12 : month - 1);
    return { from: last.first, to: last.last, vague: false };
  }
  if (/^last\s+week/i.test(words)) {
    const monday = day - weekdayOf(day) + 1;
    return { from: (monday - 7) as DayNumber, to: (monday - 1) as DayNumber, vague: false };
  }
  if (/^earlier\s+(?:this|in\s+the)\s+week/i.test(words)) return { from: (day - weekdayOf(day) + 1) as DayNumber, to: yesterday, vague: false };
  if (/^earlier\s+(?:this|in\s+the)\s+month/i.test(words)) return { from: dayFromCivil(year, month, 1), to: yesterday, vague: false };
  const part = /^in\s+(early|mid|late)[\s-](\S+)/i.exec(words);
  if (part !== null) {
    const named = monthOfWord(part[2] ?? '');
    if (named === null) return null;
    const { first, last } = latestMonth(day, named);
    const edge = /early/i.test(part[1] ?? '') ? [0, 10] : /mid/i.test(part[1] ?? '') ? [10, 20] : [20, 31];
    return { from: (first + (edge[0] ?? 0)) as DayNumber, to: Math.min(last, first + (edge[1] ?? 31) - 1) as DayNumber, vague: true };
  }
  const onDay = /^on\s+(\S+)\s+(\d{1,2})$/i.exec(words);
  if (onDay !== null) {
    const named = monthOfWord(onDay[1] ?? '');
    if (named === null) return null;
    const { year: y } = latestMonth(day, named);
    const exact = dayFromCivil(y, named, Number(onDay[2]));
    return { from: exact, to: exact, vague: false };
  }
  const inMonth = /^in\s+(\S+)/i.exec(words);
  if (inMonth !== null) {
    const named = monthOfWord(inMonth[1] ?? '');
    if (named === null) return null;
    const { first, last } = latestMonth(day, named);
    return { from: first, to: last, vague: false };
  }
  const ago = /^less\s+than\s+(\S+)\s+(week|month)/i.exec(words);
  if (ago !== null) {
    const count = /^an?$/i.test(ago[1] ?? '') ? 1 : countOfWord(ago[1] ?? '');
    if (count === null) return null;
    const from = /week/i.test(ago[2] ?? '') ? day - 7 * count : shiftMonths(day, -count);
    return { from: from as DayNumber, to: yesterday, vague: true };
  }
  return null;
}
