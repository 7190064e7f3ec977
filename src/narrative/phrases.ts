/**
 * Numbers and dates as a story writes them, for facts: levels (points, dollars, yields),
 * moves (percent, basis points), "since" dates and months. Rounding happens here and only
 * here; facts keep exact values.
 */
import { civilFromDay, parseIsoDay, type DayNumber } from '../core/date.js';
import type { Instrument } from '../core/instrument.js';
import type { MoveUnit } from '../facts/fact.js';
import { formatApDate, formatApMonth, formatBasisPoints, formatNumber, formatPercent, formatYield, roundHalfAway } from './ap-style.js';

/** A level as a story quotes it: `2,442.03`, `$301.65` for funds, `4.27%` for yields. */
export function levelText(instrument: Pick<Instrument, 'kind' | 'unit'>, value: number): string {
  if (instrument.kind === 'yield') return formatYield(value);
  if (instrument.unit === 'dollars') return `$${formatNumber(value, 2)}`;
  return formatNumber(value, 2);
}

/**
 * Magnitude of a percent move: one decimal (`1.5%`), two when one decimal would show less
 * than 0.1 (`0.03%`); a whole number drops its `.0` (`1%`, as AP writes it). Zero is `0%`.
 */
export function percentText(percent: number): string {
  const size = Math.abs(percent);
  if (size === 0) return '0%';
  if (roundHalfAway(size, 1) < 0.1) return formatPercent(size, 2);
  return formatPercent(size, 1).replace(/\.0%$/, '%');
}

/** Magnitude of a move in its unit: `1.5%` or `14 basis points`. */
export function moveText(move: number, unit: MoveUnit): string {
  return unit === 'bp' ? formatBasisPoints(move) : percentText(move);
}

/** True when a move rounds to nothing as a story prints it (0.0%, 0 basis points). */
export function isFlat(move: number, unit: MoveUnit): boolean {
  return unit === 'bp' ? roundHalfAway(Math.abs(move), 0) === 0 : roundHalfAway(Math.abs(move), 2) === 0;
}

/** `rose` / `fell` for a move. */
export function pastVerb(move: number): string {
  return move > 0 ? 'rose' : 'fell';
}

/** `up` / `down` for a move. */
export function direction(move: number): string {
  return move >= 0 ? 'up' : 'down';
}

/** The noun of a move's size: gain/drop for prices, rise/decline for yields. */
export function moveNoun(move: number, unit: MoveUnit): string {
  if (unit === 'bp') return move > 0 ? 'rise' : 'decline';
  return move > 0 ? 'gain' : 'drop';
}

/** Clause commas of `text` (", or", ", to", ", set" ...): the comma of a date's year ("Dec. 4, 2024") is not one. */
export function clauseCommas(text: string): number {
  return text.replace(/, \d{4}\b/g, '').split(', ').length - 1;
}

/** Day number of an ISO date; throws on a malformed date (facts always carry valid ones). */
export function dayOfIso(iso: string): DayNumber {
  const day = parseIsoDay(iso);
  if (day === null) throw new RangeError(`not an ISO date: ${iso}`);
  return day;
}

/** Year of an ISO date. */
export function yearOfIsoDate(iso: string): number {
  return civilFromDay(dayOfIso(iso)).year;
}

/** AP date of an ISO date, without the year when it is `storyYear`: `Aug. 2`, `Nov. 8, 2021`. */
export function dateText(iso: string, storyYear: number): string {
  return formatApDate(dayOfIso(iso), storyYear);
}

/** AP month of a `YYYY-MM` key: `December 2023`, `February` in the story's year. */
export function monthText(monthKey: string, storyYear: number): string {
  const [year = '0', month = '1'] = monthKey.split('-');
  return formatApMonth(Number(year), Number(month), storyYear);
}

/** The weekday name of an ISO date: `Monday`. */
export function weekdayText(iso: string): string {
  const names = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
  const day = dayOfIso(iso);
  return names[(((day + 4) % 7) + 7) % 7] ?? '';
}

/** Capitalizes the first letter: `the index` -> `The index`. */
export function capitalize(text: string): string {
  return text.length === 0 ? text : `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** Joins clauses as a list: `a`, `a and b`, `a, b and c` (AP: no serial comma). */
export function joinClauses(clauses: readonly string[]): string {
  if (clauses.length <= 1) return clauses[0] ?? '';
  return `${clauses.slice(0, -1).join(', ')} and ${clauses[clauses.length - 1] ?? ''}`;
}

/**
 * A move that prints as zero: `unchanged` when it is exactly 0, `little changed` when it only
 * rounds to 0 at the precision printed (0.00%, 0 basis points); null for a move that shows.
 */
export function flatWords(move: number, unit: MoveUnit): string | null {
  if (move === 0) return 'unchanged';
  return isFlat(move, unit) ? 'little changed' : null;
}

/** A move after "is" or "ended the year": `up 1.5%`, `down 14 basis points`, `unchanged`, `little changed`. */
export function presentMove(move: number, unit: MoveUnit): string {
  return flatWords(move, unit) ?? `${direction(move)} ${moveText(move, unit)}`;
}

/** A move as a past-tense verb phrase: `rose 1.5%`, `fell 14 basis points`, `was unchanged`, `was little changed`. */
export function pastMove(move: number, unit: MoveUnit): string {
  const flat = flatWords(move, unit);
  return flat === null ? `${pastVerb(move)} ${moveText(move, unit)}` : `was ${flat}`;
}

/** Less than this many days of data make "since at least 1987" read as more than it is. */
const SHORT_HISTORY_DAYS = 365;

/** How far a fact's data reach: their first date, the fact's date, and whether that first date is the instrument's first day (FactBase.wholeHistory). */
export interface DataReach {
  readonly dataStart: string;
  readonly date: string;
  readonly wholeHistory: boolean;
}

/**
 * Where a "largest in the data" reaches, said as the limit of the data it is, not as history:
 * `since at least 1992` (the data's first year: nothing as large since then, and the data cannot
 * say what came before), or, when the data began less than a year before the date,
 * `since the data begin on Sept. 10` (a record over six weeks is said as such). When the data
 * hold the instrument's whole history (the Nasdaq composite from its first day), it is `ever`.
 */
export function inDataText(reach: DataReach, storyYear: number): string {
  if (reach.wholeHistory) return 'ever';
  if (dayOfIso(reach.date) - dayOfIso(reach.dataStart) < SHORT_HISTORY_DAYS) return `since the data begin on ${dateText(reach.dataStart, storyYear)}`;
  return `since at least ${yearOfIsoDate(reach.dataStart)}`;
}

/** A "since" date this close to the data's start (days) is where the file begins, not history. */
const DATA_START_ARTIFACT_DAYS = 31;

/**
 * `since Aug. 2`, or, when the date falls in the data's first month (a "since" that only says
 * where the file begins), `since Sept. 14, 1987, weeks after the data begin`; the latter always
 * carries the year.
 */
export function sinceDateText(sinceDate: string, reach: DataReach, storyYear: number): string {
  if (!reach.wholeHistory && dayOfIso(sinceDate) - dayOfIso(reach.dataStart) <= DATA_START_ARTIFACT_DAYS) return `since ${dateText(sinceDate, Number.NaN)}, within a month of where the data begin`;
  return `since ${dateText(sinceDate, storyYear)}`;
}

/**
 * Index points as a story writes them: whole points from 100 up (`2,997 points`), two decimals
 * below (`35.36 points`); one point is `1 point`. Magnitude only.
 */
export function pointsText(points: number): string {
  const size = Math.abs(points);
  const text = size >= 100 ? formatNumber(roundHalfAway(size, 0), 0) : formatNumber(size, 2);
  return `${text} ${text === '1' || text === '1.00' ? 'point' : 'points'}`;
}

/** True when two moves are equal on the engine's grid (a tie: "matching", not "biggest since"). */
export function isTie(a: number, b: number | null): boolean {
  return b !== null && Math.abs(a - b) < 1e-6;
}

/**
 * The article before a number as it is read aloud: `an` before 8, 11 and 18 (and 80-89,
 * 800..., 11,000, 18.5: "an eighteen"), else `a`: `an 18.4% gain`, `a 23.3% gain`.
 */
export function articleFor(numberText: string): 'a' | 'an' {
  const whole = numberText.replace(/[^\d,.]/g, '').split('.')[0] ?? '';
  const lead = whole.split(',')[0] ?? '';
  if (lead.startsWith('8')) return 'an';
  return lead === '11' || lead === '18' ? 'an' : 'a';
}

/** Whole calendar months from `YYYY-MM` to the month of the ISO date `date` (0: the same month). */
export function monthsBetween(monthKey: string, date: string): number {
  return (Number(date.slice(0, 4)) - Number(monthKey.slice(0, 4))) * 12 + Number(date.slice(5, 7)) - Number(monthKey.slice(5, 7));
}
