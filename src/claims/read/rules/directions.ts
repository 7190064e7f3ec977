/**
 * Words of a direction said with no figure, as data: "Treasury yields rose", "the three major
 * indexes collectively rose", "yields were flat to lower", "pushing yields higher". Each
 * phrasing is one entry: its pattern (matched right after the subject) and the direction it
 * states. Adding a phrasing is one line.
 */
import type { StatedDirection } from '../../types-periods.js';

/** Adverbs that may stand between a subject and its verb ("also", "collectively"). */
export const DIRECTION_ADVERBS = '(?:(?:also|again|collectively|broadly|both|all|each|sharply|slightly|modestly|mostly|generally|on (?:monday|tuesday|wednesday|thursday|friday))\\s+)*';

/** Predicates right after a subject, and the direction each states. */
export const DIRECTION_PREDICATES: readonly (readonly [RegExp, StatedDirection])[] = [
  [/^(?:were|was|are|is|ended|closed|finished|traded|held)\s+flat\s+to\s+(?:lower|down)\b/i, 'flat-or-down'],
  [/^(?:were|was|are|is|ended|closed|finished|traded|held)\s+flat\s+to\s+(?:higher|up)\b/i, 'flat-or-up'],
  [/^(?:were|was|are|is|ended|closed|finished|held)\s+(?:flat|little changed|unchanged|steady)\b/i, 'flat'],
  [/^(?:rose|rise|rises|climbed|climbs|gained|gains|advanced|advances|jumped|jumps|surged|surges|rallied|rallies|increased|rebounded|went up(?:\s+collectively)?|moved (?:higher|up)|edged (?:higher|up)|ticked (?:higher|up)|(?:were|was|are|is|ended|closed|finished|traded) (?:higher|up))\b/i, 'up'],
  [/^(?:fell|falls|dropped|drops|declined|declines|slid|slides|slipped|slips|sank|sinks|tumbled|tumbles|retreated|retreats|eased|eases|decreased|went down(?:\s+collectively)?|moved (?:lower|down)|edged (?:lower|down)|ticked (?:lower|down)|(?:were|was|are|is|ended|closed|finished|traded) (?:lower|down))\b/i, 'down'],
];

/** "pushing yields higher", "sent yields lower": a verb of cause before the subject and the direction after it. */
export const CAUSED_BEFORE = /\b(?:push(?:ing|ed|es)?|send(?:ing|s)?|sent|driv(?:ing|es)|drove|lift(?:ing|ed|s)?|pull(?:ing|ed|s)?|knock(?:ing|ed|s)?|nudg(?:ing|ed|es))\s+$/i;
export const CAUSED_AFTER: readonly (readonly [RegExp, StatedDirection])[] = [
  [/^\s+(?:higher|up)\b/i, 'up'],
  [/^\s+(?:lower|down)\b/i, 'down'],
];

/**
 * Words after the predicate that make it about more than the day ("fell for a fourth
 * consecutive week", "rose this year", "hit a record"): the direction is then no claim of
 * its own (the period, streak or record claim says it).
 */
export const BEYOND_THE_DAY = /\b(?:week|weeks|weekly|month|months|monthly|quarter|year|years|annual|straight|consecutive|in a row|streak|since|record|high|highs|low|lows|so far|to date|ytd|first time|correction|bear|bull|territory|out of (?:a |the |its )?(?:correction|bear|slump|rut|hole))\b/i;
