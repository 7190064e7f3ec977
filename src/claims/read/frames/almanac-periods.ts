/**
 * Period phrases of almanac and month stories: "last September" (the latest September before
 * the article's month) and "the 91 percent rise of September 2008" (a named month's move
 * said as a noun "of" the month). Read by `findPeriod` with the other period patterns.
 */
import { MONTH_WORD, monthOfWord } from '../tokens/dates.js';
import type { PeriodRef } from './periods.js';

/** A period pattern: the regex and how a match reads against the article's year and month (1-12). */
export interface PeriodPattern {
  readonly regex: RegExp;
  readonly read: (m: RegExpExecArray, year: number, month: number) => PeriodRef | null;
}

/** "Last September" in an August 2009 story is September 2008; in an October 2009 story, September 2009. */
function lastNamedMonth(m: RegExpExecArray, year: number, month: number): PeriodRef | null {
  const named = monthOfWord(m[1] ?? '');
  if (named === null) return null;
  return { kind: 'month', year: named < month ? year : year - 1, month: named };
}

/** "rise of September 2008", "gain of March 2020": the move of a named past month. */
function nounOfMonth(m: RegExpExecArray, year: number, month: number): PeriodRef | null {
  const named = monthOfWord(m[1] ?? '');
  const namedYear = Number(m[2]);
  if (named === null || namedYear * 12 + named >= year * 12 + month) return null;
  return { kind: 'month', year: namedYear, month: named };
}

/** A full month name ("May", never "may" as a verb: the match is case-sensitive on its first letter). */
const FULL_MONTH = '((?:J|j)anuary|(?:F|f)ebruary|(?:M|m)arch|(?:A|a)pril|May|(?:J|j)une|(?:J|j)uly|(?:A|a)ugust|(?:S|s)eptember|(?:O|o)ctober|(?:N|n)ovember|(?:D|d)ecember)';

/** The almanac period patterns, appended to the period patterns of `periods.ts`. */
export const ALMANAC_PERIOD_PATTERNS: readonly PeriodPattern[] = [
  // "Over the full year the Dow slumped almost 17%" in a December story: the year to date.
  { regex: /\b(?:over|for|in) the (?:full|whole|entire) year\b/i, read: (_m, _year, month) => (month === 12 ? { kind: 'to-date', period: 'ytd' } : null) },
  { regex: new RegExp(`\\b[Ll]ast\\s+${FULL_MONTH}\\b(?!\\s*\\d{1,2}\\b)`), read: lastNamedMonth },
  {
    regex: new RegExp(`\\b(?:rise|gain|jump|advance|increase|surge|rally|climb|drop|decline|fall|loss|slide|plunge|slump)\\s+(?:in|of)\\s+${MONTH_WORD}\\s+((?:19|20)\\d\\d)\\b`, 'i'),
    read: nounOfMonth,
  },
];

/** "Last September the S&P fell almost 9%": a named month opening the sentence with no comma after it. */
export const OPENING_LAST_MONTH = new RegExp(`^\\W*[Ll]ast\\s+${FULL_MONTH}\\b(?!\\s*\\d{1,2}\\b)`);

const MONTHLY_NOUN = /^\s*(?:monthly|one-month|single-month)\s+(?:gain|advance|rise|increase|improvement|rally|jump|climb|drop|decline|loss|fall|slide|retreat)\b/i;

/**
 * "matched that 11.8% monthly improvement": a move noun of the month right after the figure
 * makes it the month to date. Read only on the words right after a figure (never on the words
 * before the next one, which they also are).
 */
export function monthlyNounAfter(ownAfter: string): PeriodRef | null {
  return MONTHLY_NOUN.test(ownAfter) ? { kind: 'to-date', period: 'mtd' } : null;
}
