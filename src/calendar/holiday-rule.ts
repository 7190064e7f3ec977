/**
 * A recurring holiday as a record: the years it was kept, the date it falls on in a year, and
 * how a weekend date is observed. Each market's calendar is a list of these plus its special
 * closures.
 */
import { dayFromCivil, type DayNumber } from '../core/date.js';
import { observedDay, type Observance } from './date-rules.js';
import type { Holiday } from './types.js';

/** `lastYear` of a rule still in force. */
export const FOREVER = Number.POSITIVE_INFINITY;

/** The rule date of a holiday on a fixed day of a month (July 4). */
export function fixedDate(month: number, day: number): (year: number) => DayNumber {
  return (year) => dayFromCivil(year, month, day);
}

/** One recurring holiday of a market over a span of years. */
export interface HolidayRule {
  readonly name: string;
  /** First and last year (inclusive) the rule applies; `lastYear` Infinity for a rule in force. */
  readonly firstYear: number;
  readonly lastYear: number;
  /** The holiday's own date in a year (before any weekend observance). */
  readonly dateIn: (year: number) => DayNumber;
  readonly observance: Observance;
  /** Years in the span the rule is not kept (the 1968-1980 Election Day every fourth year, say). */
  readonly keptIn?: (year: number) => boolean;
}

/**
 * The weekday closures the rules give in a year, named; an observed day other than the
 * holiday itself is named "NAME (observed)". Not sorted; a weekend holiday with no observed
 * weekday gives nothing.
 */
export function closuresByRule(rules: readonly HolidayRule[], year: number): Holiday[] {
  const closures: Holiday[] = [];
  for (const rule of rules) {
    if (year < rule.firstYear || year > rule.lastYear) continue;
    if (rule.keptIn !== undefined && !rule.keptIn(year)) continue;
    const date = rule.dateIn(year);
    const day = observedDay(date, rule.observance);
    if (day === null) continue;
    closures.push({ day, name: day === date ? rule.name : `${rule.name} (observed)` });
  }
  return closures;
}
