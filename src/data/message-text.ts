/** Text from a file quoted in a message: short, printable, on one line. */

/** The most characters of file text a message quotes (a header, a cell). */
export const MAX_QUOTED_CHARS = 60;

/**
 * `text` made safe to quote in a one-line message: control characters (line breaks, escape
 * codes, NUL) become `?`, and text longer than `max` characters is cut to `max` characters
 * followed by `...`. Empty text stays empty.
 */
export function clipForMessage(text: string, max = MAX_QUOTED_CHARS): string {
  // eslint-disable-next-line no-control-regex
  const printable = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufffd]/g, '?');
  const chars = Array.from(printable);
  return chars.length > max ? `${chars.slice(0, max).join('')}...` : printable;
}
