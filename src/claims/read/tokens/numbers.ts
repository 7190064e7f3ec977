/**
 * Numbers as people write them: "2,442.03" or "2442.03", "11.2%", "11.2 percent", "1,5 %"
 * (a decimal comma), "14 bp", "14 basis points", "0.14 percentage point", "35.36 points",
 * "$301.65", signs "+1.5%" and "−0.3%"; and counts in words ("sixth", "six").
 */

/** The unit written after a number. */
export type NumberUnit = 'percent' | 'bp' | 'pp' | 'points' | 'none';

/** A number found in text. */
export interface NumberToken {
  readonly start: number;
  readonly end: number;
  readonly raw: string;
  /** Magnitude. */
  readonly value: number;
  /** +1 or -1 when the text wrote a sign, else 0. */
  readonly sign: number;
  /** Decimal places written. */
  readonly decimals: number;
  readonly unit: NumberUnit;
  readonly dollars: boolean;
  /** Where the digits end (before the unit). */
  readonly digitsEnd: number;
}

const NUMBER =
  /(^|[^\w.,\-−–])([+\-−–]\s?)?(\$\s?)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?:,(\d{1,2})(?=\s*(?:%|percent|per\s?cent)))?(?:(\s*(?:%|percentage[\s-]points?\b|percent(?:age)?\b|per\s?cent\b|pct\b|basis[\s-]points?\b|bps?\b|points?\b|pts?\b))|(?![\w-]|\.\d|,\d))/gi;

/** Classifies a unit word. */
function unitOf(word: string | undefined): NumberUnit {
  if (word === undefined) return 'none';
  const w = word.trim().toLowerCase();
  if (w.startsWith('percentage')) return w.includes('point') ? 'pp' : 'percent';
  if (w === '%' || w.startsWith('per') || w === 'pct') return 'percent';
  if (w.startsWith('basis') || w.startsWith('bp')) return 'bp';
  return 'points';
}

/**
 * Every number in `text`, in order. Digits glued to letters or hyphens ("10-year",
 * "Russell 2000s", "1st") are not numbers here; callers mask dates and names first.
 */
export function findNumbers(text: string): NumberToken[] {
  const found: NumberToken[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m !== null; m = NUMBER.exec(text)) {
    const lead = m[1] ?? '';
    const signText = m[2] ?? '';
    const digits = m[4] ?? '';
    const decimalComma = m[5];
    const start = m.index + lead.length;
    const digitsEnd = start + signText.length + (m[3] ?? '').length + digits.length + (decimalComma === undefined ? 0 : decimalComma.length + 1);
    const plain = digits.replace(/,/g, '');
    const value = decimalComma === undefined ? Number(plain) : Number(`${plain}.${decimalComma}`);
    const decimals = decimalComma !== undefined ? decimalComma.length : plain.includes('.') ? (plain.split('.')[1] ?? '').length : 0;
    const signChar = signText.trim();
    found.push({
      start,
      end: m.index + m[0].length,
      raw: text.slice(start, m.index + m[0].length),
      value,
      sign: signChar === '' ? 0 : signChar === '+' ? 1 : -1,
      decimals,
      unit: unitOf(m[6]),
      dollars: m[3] !== undefined,
      digitsEnd,
    });
    // A number may start right where the previous match ended (a unit glued to a word boundary).
    if (m[0].length === 0) NUMBER.lastIndex++;
  }
  return found;
}

const CARDINALS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];

/** Cardinal count words ("one" to "twenty") as a regex alternation, no group. */
export const CARDINAL_WORDS = CARDINALS.join('|');

/** Regular-expression source matching a count (one group): digits, "6th", "six", "sixth". */
export const COUNT_WORD = `(\\d{1,4}(?:st|nd|rd|th)?|${[...ORDINALS, ...CARDINALS].join('|')})`;

/** The value of a count word ("sixth" -> 6, "51st" -> 51, "six" -> 6), or null. */
export function countOfWord(word: string): number | null {
  const w = word.toLowerCase();
  const digits = /^(\d{1,4})(?:st|nd|rd|th)?$/.exec(w);
  if (digits) return Number(digits[1]);
  const ordinal = ORDINALS.indexOf(w);
  if (ordinal >= 0) return ordinal + 1;
  const cardinal = CARDINALS.indexOf(w);
  return cardinal >= 0 ? cardinal + 1 : null;
}
