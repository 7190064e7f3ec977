/**
 * Statistics stories quote that the engine does not compute, as data: a phrase in a claim's
 * clause and the statistic it names. A figure read in such a clause is unverifiable
 * (`not-computed`, naming the statistic), never judged as the nearest statistic the engine has.
 * Adding a phrasing is one line here.
 */

/** Phrases (matched in the claim's clause) and the statistic each names. */
export const NOT_COMPUTED: readonly (readonly [RegExp, string])[] = [
  [/\bof the time\b/i, 'share of periods up'],
  [/\b\d{1,3}-day (?:simple |exponential )?moving average\b/i, 'moving average'],
  [/\b(?:its|the note's|the bond's|the)\s+price\b/i, 'bond price'],
  [/\b(?:(?:19|20)\d\d|year-to-date|the year's) closing (?:high|low)\b|\byear-to-date (?:high|low)\b|\bclosing (?:high|low) of (?:the year|(?:19|20)\d\d)\b/i, "the year's closing high or low"],
  [/\b(?:across|over|in) those (?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:weeks|months)\b/i, 'move over the N weeks of a streak'],
  [/\b(?:two|three|four|five|\d)-(?:day|session|week) (?:drop|gain|decline|rise|advance|fall|jump|climb)\b/i, 'biggest move over N sessions or weeks'],
  [/\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) of the (?:past|last|previous) (?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty) (?:weeks|months|years|quarters)\b/i, 'count of up or down periods'],
  [/\bsecond half\b|\blast six months\b|\bH[12]\b/, 'half-year return'],
  [/\b(?:pre|post|mid)-?election\b|\belection years?\b|\bmidterm years?\b/i, 'election-cycle seasonality'],
  [/\bfirst trading day of\b|\btrading days? of the month\b/i, 'seasonality of trading days'],
  [/\bintraday (?:high|low|record)\b|\ball-time intraday\b/i, 'intraday high or low'],
  [/\bgrowth of (?:a )?\$1,?000\b|\b\$1,?000 invested\b|\b\$10,?000 invested\b/i, 'growth of an investment'],
  [/\bmaximum drawdown\b|\bmax(?:imum)? drawdown\b/i, 'maximum drawdown'],
  [/\bbull[- ]market run\b|\bbull market (?:that|which) (?:began|started)\b/i, 'length of a bull market'],
  [/\b(?:fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) (?:time|occasion)s? (?:ever|in history|on record)\b/i, 'count of such moves in history'],
  // A rank among moves since a date: "the third-best day since 1940" (not "the best day since").
  [/\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))[- ](?:best|worst|biggest|largest|strongest|weakest|sharpest|steepest)\s+(?:week|month|quarter|year|weekly|monthly|quarterly|annual)\w*(?:\s+\w+)?\s+since\b/i, 'rank of the move among moves since a date'],
  // A rank among moves in history: "the sixth-worst decline ever measured in points".
  [/\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))[- ](?:best|worst|biggest|largest|strongest|weakest|sharpest|steepest)\s+(?:week|month|quarter|year|weekly|monthly|quarterly|annual)\w*(?:\s+\w+)?\s+(?:ever|on record|in history)\b/i, 'rank of the move in history'],
  // A threshold counted over periods: "gained 10 percent or more 23 times".
  [/\d(?:\.\d+)?\s*(?:%|percent)\s+or\s+(?:more|better|worse|less|greater|higher|lower)\b/i, 'count of periods with a move of a given size'],
];

/**
 * Phrases that set the scope of a whole sentence (matched in the sentence up to the figure):
 * "On the first trading day of the month the S&P, Dow, and Nasdaq have closed higher 67%, 57%,
 * and 62% of the time".
 */
export const NOT_COMPUTED_SENTENCE: readonly (readonly [RegExp, string])[] = [
  [/\bfirst trading day of\b|\btrading days? of the month\b/i, 'seasonality of trading days'],
  [/\b(?:pre|post|mid)-?election\b|\bfollow a presidential election\b|\belection years?\b/i, 'election-cycle seasonality'],
  [/\bsecond half\b|\bsecond-half\b/i, 'half-year return'],
  // A run of periods within a bound, not of gains or losses: "had not moved by 1%, up or down, for six straight weeks".
  [/\bup or down\b|\b(?:not|n't|never|without) (?:\w+ ){0,3}(?:by|of) (?:at least |more than )?\d+(?:\.\d+)?%/i, 'run of periods without a move of a given size'],
];

/** The statistic a clause (or the sentence up to the figure) names that the engine does not compute, or null. */
export function notComputedIn(clause: string, sentenceToFigure: string): string | null {
  for (const [regex, statistic] of NOT_COMPUTED) if (regex.test(clause)) return statistic;
  for (const [regex, statistic] of NOT_COMPUTED_SENTENCE) if (regex.test(sentenceToFigure)) return statistic;
  return null;
}
