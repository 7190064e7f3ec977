/** Reading single cells of a data file: dates, numbers and the ways a file writes "no value". */
import { dayFromCivil, daysInMonth, type DayNumber } from '../core/date.js';

/** Cell texts that mean "no value": empty, FRED's `.`, and the spellings pandas and R write. */
const NULL_TOKENS = new Set(['', '.', 'null', 'NULL', 'NaN', 'nan', 'NA', 'N/A', 'n/a', '#N/A', 'None']);

/** True when a cell holds no value (see the tokens above); surrounding spaces are ignored. */
export function isNullCell(cell: string): boolean {
  const first = cell.charCodeAt(0);
  if ((first >= 48 && first <= 57) || first === 45 || first === 43) return false; // a digit or sign: a value
  return NULL_TOKENS.has(cell) || NULL_TOKENS.has(cell.trim());
}

function digitAt(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i += 1) {
    const digit = digitAt(text, i);
    if (digit < 0) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function validDay(year: number, month: number, day: number): DayNumber | null {
  if (year < 0 || month < 1 || month > 12 || day < 1) return null;
  if (day > 28 && day > daysInMonth(year, month)) return null;
  return dayFromCivil(year, month, day);
}

/**
 * Parses a date cell into a day number, or null when it is not a real calendar date.
 * `iso`: `YYYY-MM-DD`, optionally followed by a space or `T` and a time, which is ignored
 * (yfinance writes `2024-11-25 00:00:00-05:00`: the date is the exchange's trading date).
 * `compact`: Stooq's `YYYYMMDD`. Surrounding spaces are allowed.
 */
export function parseDateCell(cell: string, style: 'iso' | 'compact'): DayNumber | null {
  const text = cell.length > 0 && (cell.charCodeAt(0) === 32 || cell.charCodeAt(cell.length - 1) === 32) ? cell.trim() : cell;
  if (style === 'compact') {
    if (text.length !== 8) return null;
    return validDay(digitsAt(text, 0, 4), digitsAt(text, 4, 2), digitsAt(text, 6, 2));
  }
  if (text.length < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  if (text.length > 10) {
    const next = text.charCodeAt(10);
    if (next !== 32 && next !== 84) return null;
  }
  return validDay(digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2));
}

/**
 * Parses a decimal number cell (`4.27`, `-0.5`, `1e3`, `+2`), or NaN when it is not one.
 * Hexadecimal, `Infinity` and thousands separators are rejected.
 */
export function parseNumberCell(cell: string): number {
  for (let i = 0; i < cell.length; i += 1) {
    const code = cell.charCodeAt(i);
    // digits, '.', '-', '+', 'e', 'E', space
    const allowed = (code >= 48 && code <= 57) || code === 46 || code === 45 || code === 43 || code === 101 || code === 69 || code === 32;
    if (!allowed) return Number.NaN;
  }
  if (cell.trim().length === 0) return Number.NaN;
  return Number(cell);
}
