/**
 * Words of time, as data: weekday names, and the words around a weekday that make it the day
 * of a clause ("on Thursday", "late Thursday", "Thursday's session").
 */

/** Weekday names, index = weekday (0 = Sunday, as `weekdayOf`). */
export const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** The weekday a phrase names ("On Friday" -> 5), or null. */
export function weekdayIndexOf(phrase: string): number | null {
  const m = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i.exec(phrase);
  if (m === null) return null;
  const index = WEEKDAY_NAMES.indexOf((m[1] ?? '').toLowerCase() as (typeof WEEKDAY_NAMES)[number]);
  return index < 0 ? null : index;
}

/**
 * Words that make a figure intraday rather than a close. Those in a claim's own sentence make
 * the claim intraday (see `timingOf`); the weaker ones here, anywhere in the sentence, are a
 * doubt on every other figure of it.
 */
export const INTRADAY_WORDS = /\bduring the (?:session|day)\b|\bintraday\b|\bat one point\b|\bsession (?:high|low)\b|\bat (?:its|the) (?:high|low|peak) of the (?:day|session)\b|\bearlier in the (?:day|session)\b/i;

/**
 * Words that put a figure at the close before the article's session: "had started the day
 * nearly 19% below its record", "came into the session up 3% for the week", "heading into
 * Wednesday". The figure is as of the prior session's close.
 */
export const DAY_BEFORE_WORDS = /\b(?:start(?:ed|ing|s)?|beg(?:an|un|inning|ins)|enter(?:ed|ing|s)?|(?:came|comes|coming|come|headed|heading|going|went) into)\s+(?:the|that|this|today's|(?:mon|tues|wednes|thurs|fri)day's)\s+(?:trading\s+)?(?:day|session)\b/i;
