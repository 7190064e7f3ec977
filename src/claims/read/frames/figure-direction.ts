/**
 * The direction the words around a figure give it: "rose 1.2%", "fell 0.9%", "off 0.9%", "a 2%
 * gain". The last direction word before the figure wins; with none (or an article right
 * before it), the noun after it ("2% gain").
 */

const UP = /\b(?:rose|rise[sn]?|rising|gain(?:ed|s|ing)?|add(?:ed|s|ing)|climb(?:ed|s|ing)?|jump(?:ed|s|ing)?|rall(?:ied|ies|y|ying)|advanc(?:ed|es|ing)|surg(?:ed|es|ing)|soar(?:ed|s|ing)?|increas(?:ed|es|ing)|up|higher|rebound(?:ed|s|ing)?|pushed up|grew|grow(?:s|ing|n)?|improv(?:ed|es|ing)|ticked up|edged up|gaining|went up|moved higher|ascend(?:ed|s|ing)?|tack(?:ed|s|ing)? on|pick(?:ed|s|ing)? up|notch(?:ed|es|ing)?|spik(?:ed|es|ing)|leap(?:ed|t|s|ing)?|skyrocket(?:ed|s|ing)?|zoom(?:ed|s|ing)?|vault(?:ed|s|ing)?)\b(?<!\b(?:gave|give|gives|giving|given) up)/gi;
const DOWN = /\b(?:fell|falls?|falling|fallen|drop(?:ped|s|ping)?|declin(?:ed|es|ing)|slid(?:es|ing)?|slip(?:ped|s|ping)?|lost|los(?:es|ing)|sank|sinks?|sinking|tumbl(?:ed|es|ing)|retreat(?:ed|s|ing)?|down|lower|decreas(?:ed|es|ing)|eas(?:ed|es|ing)|shed(?:s|ding)?|plung(?:ed|es|ing)|dipp(?:ed|ing)|dips?|slump(?:ed|s|ing)?|ticked down|edged down|edged lower|descend(?:ed|s|ing)?|went down|moved lower|gave up|gives up|giving up|given up|give up|gave back|gives back|giving back|given back|give back|skid(?:ded|s|ding)?|sagg(?:ed|ing)|sags?|tank(?:ed|s|ing)?|crater(?:ed|s|ing)?|dove|div(?:ed|es|ing))\b/gi;
const UP_AFTER = /^\s*(?:gains?|rises?|advances?|jumps?|increases?|rall(?:y|ies)|climbs?|surges?|higher|up|rebounds?)\b/i;
const DOWN_AFTER = /^\s*(?:drops?|declines?|loss(?:es)?|falls?|slides?|slumps?|lower|down|decreases?|retreats?|selloff|sell-off|plunges?|tumbles?|routs?)\b/i;

/** The direction the words around a figure give it: +1, -1, or 0 for none. */
export function directionAround(before: string, after: string): number {
  // "The Dow, off 0.9% at 29,638": "off" right before the figure is a fall.
  if (/\boff\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+)?$/i.test(before)) return -1;
  const lastUp = lastMatchAt(UP, before);
  const lastDown = lastMatchAt(DOWN, before);
  if (/\b(?:a|an|its|their|the)\s*$/i.test(before) || (lastUp < 0 && lastDown < 0)) {
    if (UP_AFTER.test(after)) return 1;
    if (DOWN_AFTER.test(after)) return -1;
  }
  if (lastUp < 0 && lastDown < 0) return 0;
  return lastUp > lastDown ? 1 : -1;
}

function lastMatchAt(regex: RegExp, text: string): number {
  regex.lastIndex = 0;
  let at = -1;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) at = m.index;
  return at;
}
