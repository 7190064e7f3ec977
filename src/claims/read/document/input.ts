/**
 * Article bytes to text: UTF-8 only (a leading byte-order mark removed), no NUL bytes, at
 * most {@link MAX_ARTICLE_BYTES}. Anything else is refused with a reason, not guessed at.
 */

/** The largest article accepted: 1 MB. A wire story is a few kilobytes. */
export const MAX_ARTICLE_BYTES = 1_000_000;

/** Decoded text, or why the bytes are not an article. */
export type DecodedArticle = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/** Decodes article bytes: refuses binary (NUL bytes), invalid UTF-8 and anything over the size limit. */
export function decodeArticle(bytes: Uint8Array): DecodedArticle {
  if (bytes.length > MAX_ARTICLE_BYTES) return { ok: false, reason: `${bytes.length} bytes is over the ${MAX_ARTICLE_BYTES}-byte limit for an article` };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, reason: `binary data (a NUL byte at offset ${nul}), not text` };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
  } catch {
    return { ok: false, reason: 'not UTF-8 text' };
  }
}
