/**
 * Numbers, dates and ordinals written as the Associated Press writes them. Every function
 * is pure; rounding is half away from zero on the decimal value a reader sees.
 */
import { civilFromDay, type DayNumber } from '../core/date.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const MONTHS_WITH_DAY = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'] as const;
const SPELLED_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'] as const;
const SPELLED_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const;

/** Rounds half away from zero to `decimals` places, correcting binary error (1.005 -> 1.01). */
export function roundHalfAway(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  const rounded = Math.round(Number(scaled.toPrecision(12)));
  return (Math.sign(value) * rounded) / factor;
}

/** `2442.03` -> `2,442.03`: thousands separators, fixed decimals (default 2), sign kept. */
export function formatNumber(value: number, decimals = 2): string {
  const rounded = roundHalfAway(value, decimals);
  const [whole = '0', fraction] = Math.abs(rounded).toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = rounded < 0 ? '-' : '';
  return fraction === undefined ? `${sign}${grouped}` : `${sign}${grouped}.${fraction}`;
}

/** Magnitude of a percent as a story writes it: `1.469` -> `1.5%` (one decimal by default). */
export function formatPercent(percent: number, decimals = 1): string {
  return `${formatNumber(Math.abs(percent), decimals)}%`;
}

/** Magnitude of a basis-point move: `-14.000000001` -> `14 basis points`; 1 -> `1 basis point`. */
export function formatBasisPoints(bp: number): string {
  const rounded = Math.abs(roundHalfAway(bp, 0));
  return `${formatNumber(rounded, 0)} ${rounded === 1 ? 'basis point' : 'basis points'}`;
}

/** A yield level: `4.27` -> `4.27%` (two decimals, as Treasury yields are quoted). */
export function formatYield(level: number): string {
  return `${formatNumber(level, 2)}%`;
}

/** AP ordinal: first to ninth spelled out, then `10th`, `21st`, `51st`, `112th`. */
export function formatOrdinal(n: number): string {
  const spelled = SPELLED_ORDINALS[n - 1];
  if (spelled !== undefined) return spelled;
  const lastTwo = n % 100;
  const last = n % 10;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/** AP counts: one to nine spelled out, 10 and up in figures. */
export function formatCount(n: number): string {
  return SPELLED_NUMBERS[n] ?? formatNumber(n, 0);
}

/** Full month name of a month number 1-12: `December`. */
export function monthName(month: number): string {
  return MONTHS[month - 1] ?? `month ${month}`;
}

/**
 * AP date: `Nov. 8, 2021`; without the year (`Aug. 2`) when `omitYearIn` is the date's
 * year, as stories do for dates in the current year. March to July are never abbreviated.
 */
export function formatApDate(day: DayNumber, omitYearIn?: number): string {
  const { year, month, day: dom } = civilFromDay(day);
  const text = `${MONTHS_WITH_DAY[month - 1] ?? ''} ${dom}`;
  return omitYearIn === year ? text : `${text}, ${year}`;
}

/** A full date (`Feb. 16, 1996`) followed by more of the sentence, whose year takes no comma yet. */
const DATE_WITHOUT_CLOSING_COMMA = new RegExp(`\\b((?:${MONTHS_WITH_DAY.map((m) => m.replace('.', '\\.')).join('|')}) \\d{1,2}, \\d{4})(?= [a-z])`, 'g');

/**
 * AP sets a full date off with a comma after the year when the sentence goes on: "its lowest
 * level since Feb. 16, 1996, and its sixth straight decline". A date that ends a clause already
 * followed by a comma or a period is left as it is.
 */
export function withDateCommas(text: string): string {
  return text.replace(DATE_WITHOUT_CLOSING_COMMA, '$1,');
}

/** AP month and year: `December 2023` (no comma, never abbreviated); `December` alone in `omitYearIn`. */
export function formatApMonth(year: number, month: number, omitYearIn?: number): string {
  return omitYearIn === year ? monthName(month) : `${monthName(month)} ${year}`;
}

/** AP time of day from minutes after midnight: 900 -> `3 p.m.`, 570 -> `9:30 a.m.`, 720 -> `noon`. */
export function formatApTime(minutes: number): string {
  if (minutes === 720) return 'noon';
  if (minutes === 0) return 'midnight';
  const hour24 = Math.floor(minutes / 60);
  const minute = minutes % 60;
  const hour12 = hour24 % 12 === 0 ? 12 : hour24 % 12;
  const suffix = hour24 < 12 ? 'a.m.' : 'p.m.';
  return minute === 0 ? `${hour12} ${suffix}` : `${hour12}:${String(minute).padStart(2, '0')} ${suffix}`;
}

/** "a" or "an" before a written number ("an eight-day", "an 11-day", "a four-day"). */
export function indefiniteArticle(word: string): 'a' | 'an' {
  return /^(?:eight|eleven|eighteen|8|11|18|8\d)\b/i.test(word) ? 'an' : 'a';
}
