/**
 * Words that leave a claim's reading uncertain, as data. A claim whose clause (or sentence,
 * by the rule's scope) holds one of them is read as usual, but a disagreement with the data is
 * `unclear` (naming the words), not contradicted: certainty before verdict.
 */

/** Where a doubt is looked for: the claim's clause, or its whole sentence. */
export type DoubtScope = 'clause' | 'sentence';

/** Doubt patterns and their scope. Adding a phrasing is one line. */
export const DOUBTS: readonly (readonly [RegExp, DoubtScope])[] = [
  // A period that refers back: "in those Septembers", "over the same stretch".
  [/\b(?:in|of|across|over|during) (?:those|these|that|the same) (?:\w+ )?(?:januarys|februarys|marches|aprils|mays|junes|julys|augusts|septembers|octobers|novembers|decembers|years|months|weeks|days|sessions|stretch|period|span|time)\b|\bsame stretch\b|\bsame period\b/i, 'sentence'],
  // A span of years the checker reads only from its start: "Over 1950 – 2007", "from 1971 to 2007".
  [/\b(?:19|20)\d\d\s*[–—-]\s*(?:19|20)?\d\d\b|\bfrom (?:19|20)\d\d (?:to|through|until) (?:19|20)\d\d\b|\bbetween (?:19|20)\d\d and (?:19|20)\d\d\b/i, 'sentence'],
  // A span of months: "from January through June", "From July through December".
  [/\b(?:from )?(?:january|february|march|april|may|june|july|august|september|october|november|december) (?:through|to|until) (?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\bjanuary to june\b/i, 'sentence'],
  // Periods the period reader does not take: "over the full year", "in 25 years", "decade".
  [/\b(?:over|for|in) the (?:full|whole|entire|calendar) (?:year|month|quarter)\b|\bdecade\b|\bannual(?:ly)?\b|\bper year\b|\ba year\b(?![\s-]+(?:to[\s-]+date|over[\s-]+year))/i, 'clause'],
  // The past perfect and "coming into the week" speak of an earlier close than the article's
  // ("coming into the day" is read as the prior session: frames/day-before.ts).
  [/\bhad (?:been|brought|fallen|tumbled|lost|risen|gained|dropped|climbed|slumped|surged|plunged|sunk|ended|closed|finished)\b|\b(?:came|coming|headed|heading|going) into (?:the|that|this) week\b/i, 'sentence'],
  // A move "in a week" inside a longer period names no week: "in May 2010, when it rose 86% in a week".
  [/\bin (?:a|one|a single) (?:week|day|session|month)\b/i, 'clause'],
  // A definition or a rule of thumb, not a figure of the day: "the label professionals use when a drop of 10% deepens".
  [/\b(?:known as|the label|by (?:common |the usual |one |most )?definitions?|defined as|is defined|are defined|what is called|rule of thumb)\b/i, 'sentence'],
  // A concession about an interim move: "despite the index's losses of over 3% during June".
  [/\b(?:despite|in spite of|notwithstanding)\s+(?:the\s+|its\s+|their\s+|[\w&-]+['’]s\s+){0,2}(?:losses|gains|declines|drops|slide|slump|rally|selloff|sell-off|surge|swoon|retreat)\b/i, 'clause'],
  // A move from a loose stretch of days, not a period: "up 3% from early last month".
  [/\bfrom (?:early|mid|late)[\s-]+(?:last|this|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b/i, 'clause'],
  // Foreign-language copy rendered word by word often loses its structure.
  [/\b(?:respectively|each other)\b/i, 'sentence'],
];

/**
 * Words of a period in a clause whose figure took no period (read as the day's move): "Over the
 * full year the Dow slumped almost 17%", "since then". Matched only when the period defaulted.
 */
export const UNREAD_PERIOD = /\b(?:since then|since|year|years|month|months|quarter|week|weeks|half|stretch|decade|(?:19|20)\d\d|january|february|march|april|june|july|august|september|october|november|december|averaged?|average)\b/i;

/** The doubt words a claim's clause and sentence hold, in order. */
export function doubtsIn(clause: string, sentence: string): string[] {
  const found: string[] = [];
  for (const [regex, scope] of DOUBTS) {
    const m = regex.exec(scope === 'clause' ? clause : sentence);
    if (m !== null) found.push(m[0]);
  }
  return found;
}
