/**
 * A subject that is not an instrument: in "The Russell 2000 rose 1.5%, and Nvidia gained 4%"
 * or "Inflation rose 2.6% in October", the 4% and the 2.6% are not the index's. A figure
 * whose clause names such a subject after the last instrument named is not pinned on that
 * instrument; it becomes a claim about an unknown instrument (unverifiable).
 */

const ALLOWED_CAPS = new Set([
  'it', 'its', 'the', 'a', 'an', 'for', 'so', 'on', 'in', 'at', 'by', 'that', 'this', 'these', 'those', 'as', 'with', 'after',
  'since', 'but', 'and', 'still', 'meanwhile', 'overall', 'year', 'through', 'over', 'during', 'from', 'last', 'earlier', 'later',
  'today', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'ap', 'new', 'york', 'et', 'u.s', 'us', 'all', 'both', 'together', 'combined', 'history',
  'they', 'their', 'which', 'when', 'while', 'both', 'also', 'up', 'down', 'year-to-date', 'ytd', 'so-far', 'wall', 'street',
  // Words opening a sentence that name nobody ("Only one year has produced more: ...").
  'only', 'just', 'no', 'not', 'even', 'there', 'here', 'now', 'yet', 'what', 'how', 'one',
  // A condition opening a sentence ("Should it end the month here, ...", "Were it to close there", "If it holds").
  'should', 'would', 'could', 'were', 'had', 'if', 'unless', 'once', 'will', 'might',
  // The tail of an index's full name ("the Standard & Poor's 500 Index", "the Nasdaq Composite Index").
  'index', 'composite', 'average', 'industrial', 'industrials',
  // Words opening a by-the-numbers line ("--Off 5.49% versus...", "--Sits 24.10% from its record").
  'off', 'sits', 'sat', 'stands', 'stood', 'lowest', 'highest', 'biggest', 'largest', 'worst', 'best', 'versus', 'vs', 'close', 'closing', 'figures',
  // Data-talk items: "Across those 11 weeks it has gained", "Ends a two-trading-day losing streak", "Longest run of weekly gains".
  'across', 'ends', 'longest',
]);

const SUBJECT_BEFORE_VERB =
  /^\W*(?:(?:and|but|while|as|meanwhile|elsewhere|whereas)\s+)?(?:the\s+)?((?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)\s+(?:(?:has|have|had|is|are|was|were|also|just)\s+)*(?:rose|fell|gained|lost|climbed|jumped|dropped|declined|slid|slipped|advanced|added|tumbled|surged|rallied|sank|increased|decreased|grew|eased|edged|ticked|soared|plunged|up|down)\b/i;

const ALLOWED_SUBJECTS = new Set(['it', 'they', 'which', 'that', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'and', 'but', 'also', 'just', 'then', 'now', 'still', 'so', 'far', 'index', 'gauge', 'benchmark', 'fund', 'etf', 'yield', 'yields', 'average', 'measure', 'note']);

/**
 * "Stocks", "Wall Street", "the market" as the subject of a verb name no instrument: "as
 * stocks fell for a fourth straight session" is not the VIX's streak.
 */
const GENERIC_SUBJECT =
  /\b(?:as|while|when|and|but|with|after|because|since)\s+((?:u\.s\.\s+)?(?:stocks|shares|equities|wall street|the (?:broader |stock |overall )?market|markets|investors|traders))\s+(?:(?:have|has|had|were|was|also|again|broadly)\s+)*(?:rose|fell|gained|lost|climbed|jumped|dropped|declined|slid|slipped|advanced|tumbled|surged|rallied|sank|retreated|rebounded|extended|were|was)\b/i;

const PRONOUNS = new Set(['it', 'they', 'which']);

/** A first word that makes the words before the verb a predicate ("ended the month", "closed the week"). */
const PREDICATE_START = /^(?:ended|closed|finished|wrapped|ending|closing|finishing|remained|stayed|stood|held|kept|turned|went|came|moved|traded|opened|started|began|was|were|is|are|has|have|had|\w+ed)\b/i;

/** True for a line in title case: at least four words of four letters or more, nearly all capitalized. */
export function isTitleCase(line: string): boolean {
  if (line === lastTitleCase.line) return lastTitleCase.value;
  const value = titleCaseOf(line);
  lastTitleCase = { line, value };
  return value;
}

/** The last line asked about (a sentence is asked about once per figure): its answer. */
let lastTitleCase: { line: string; value: boolean } = { line: '', value: false };

function titleCaseOf(line: string): boolean {
  const words = line.match(/\b[A-Za-z][a-z]{3,}\b/g) ?? [];
  return words.length >= 4 && words.filter((w) => /^[A-Z]/.test(w)).length >= 0.8 * words.length;
}

/**
 * The non-instrument subject named in `tail` (the text of the figure's clause after the last
 * instrument named), or null. `clauseInitial` says the tail starts its clause, where a
 * lower-case subject before the verb ("while inflation rose") also counts; in a `titleCase`
 * headline only the lower-case cues count.
 */
export function foreignSubject(tail: string, clauseInitial: boolean, titleCase = false): string | null {
  const generic = GENERIC_SUBJECT.exec(tail);
  if (generic !== null) return generic[1] ?? null;
  // In a headline in title case ("Dow Jones Soars to Highest in 87 Years") a capital names nobody.
  if (titleCase) return null;
  // A named day ("the Election Day close", "Inauguration Day") is a date, not a subject.
  // A parenthesis is an aside ("(IWM - Free Report)", "(as of Sept. 25)"), not a subject.
  const withoutDays = tail.replace(/\b(?:[A-Z][a-z]+\s+)+Day\b|\([^()]*\)|^[^()]*\)/g, (m) => ' '.repeat(m.length));
  for (const m of withoutDays.matchAll(/\b[A-Z][A-Za-z&.'’-]*/g)) {
    const word = m[0].replace(/['’]s$|[.'’]+$/, '');
    if (!ALLOWED_CAPS.has(word.toLowerCase())) return word;
  }
  if (!clauseInitial) return null;
  const subject = SUBJECT_BEFORE_VERB.exec(tail)?.[1];
  // "and ended the month up 11%": words that open with a verb are a predicate, not a subject.
  if (subject === undefined || PREDICATE_START.test(subject)) return null;
  const words = subject.toLowerCase().split(/\s+/);
  // "when it gave up 3.8%": a pronoun among the words is the subject, and it refers back.
  if (words.some((w) => PRONOUNS.has(w))) return null;
  return ALLOWED_SUBJECTS.has(words.at(-1) ?? '') ? null : subject;
}
