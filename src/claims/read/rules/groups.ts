/**
 * Group names, as data: words that name several instruments at once ("all three major
 * indexes", "the major U.S. indexes"), with their members, and the words that make one figure
 * hold for each member ("each", "both", "all"). Adding a group is one line here.
 */

/** Phrases naming a group, and the canonical symbols of its members. */
export const GROUP_NAMES: readonly (readonly [RegExp, readonly string[]])[] = [
  [/\b(?:all three|the three) (?:major |main |big |key )?(?:u\.s\. |us |american |wall street )?(?:stock )?(?:indexes|indices|benchmarks|averages|gauges)\b/i, ['SPX', 'DJI', 'IXIC']],
  [/\bthe (?:major|main|big|key) (?:u\.s\. |us |american |wall street )?(?:stock )?(?:indexes|indices|benchmarks|averages)\b/i, ['SPX', 'DJI', 'IXIC']],
];

/** Words in a clause that make one figure said of a group hold for each member. */
export const EACH_WORDS = /\b(?:each|both|all|collectively|together|alike|apiece)\b/i;

/** What may stand between two names of a list: "the S&P 500, the Dow and the Nasdaq", "the S&P 500 Index and the Dow". */
export const LIST_JOINER = /^\s*(?:(?:index|composite|average)\s*)?(?:,\s*(?:and\s+)?|,?\s*(?:and|&)\s+)(?:the\s+)?$/i;

/** What may stand between two figures of a list: "-1.2%, -1.1%, and -1.6%". */
export const FIGURE_JOINER = /^\s*(?:%|percent|points?)?\s*(?:,\s*(?:and\s+)?|,?\s+and\s+)$/i;
