/**
 * Words that speak of a streak as over, as data: "snapped a six-day winning streak", "since a
 * three-week losing streak came to an end". Such a streak is the run before the current one,
 * judged as that (never as the current run). Adding a phrasing is one line.
 */

/** Words just before the streak's count (up to 30 characters). */
export const STREAK_ENDED_BEFORE: readonly RegExp[] = [
  /\b(?:snap|snapped|snapping|end|ended|ending|broke|break|breaking|broken|halt|halted|halting|stop|stopped|stopping|after|following|since)\w*\s+(?:a|an|its|the|their)?\s*$/i,
];

/** Words just after the streak phrase (up to 40 characters). */
export const STREAK_ENDED_AFTER: readonly RegExp[] = [
  /^\s*(?:came|come|comes|coming) to an end\b/i,
  /^\s*(?:that |which )?(?:ended|was snapped|was broken|was halted|is over|was over|ended on|finished)\b/i,
];

/** True when the words before [the count] and after [the phrase] speak of the streak as over. */
export function streakEnded(before: string, after: string): boolean {
  return STREAK_ENDED_BEFORE.some((r) => r.test(before)) || STREAK_ENDED_AFTER.some((r) => r.test(after));
}
