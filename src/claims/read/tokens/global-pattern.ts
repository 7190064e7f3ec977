/** Global versions of the reading's patterns, compiled once per pattern (every sentence scans with them). */

const GLOBAL_VERSIONS = new Map<RegExp, RegExp>();

/** A copy of `regex` with the `g` flag, compiled once, its `lastIndex` reset to 0. */
export function globalVersion(regex: RegExp): RegExp {
  let global = GLOBAL_VERSIONS.get(regex);
  if (global === undefined) {
    // A copy even of a global pattern: its own `lastIndex` is never the caller's.
    global = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : `${regex.flags}g`);
    GLOBAL_VERSIONS.set(regex, global);
  }
  global.lastIndex = 0;
  return global;
}
