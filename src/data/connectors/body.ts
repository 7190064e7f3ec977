/**
 * First checks on a response body, common to every source: empty, not UTF-8, an HTML page
 * (a login wall, a rate-limit or error page served with status 200), a cut JSON document.
 */
import { decodeDataFileBytes } from '../data-file.js';
import { clipForMessage } from '../message-text.js';
import type { FetchedBody } from './http.js';

/** The body as text, or the reason it cannot be data. */
export type BodyText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/** The text of a body that should hold `expected` (`JSON`, `CSV`), or why it does not. */
export function bodyText(body: FetchedBody, expected: 'JSON' | 'CSV'): BodyText {
  if (body.bytes.length === 0) return { ok: false, reason: `empty response (expected ${expected})` };
  const decoded = decodeDataFileBytes(body.bytes);
  if (!decoded.ok) return { ok: false, reason: `response is ${decoded.reason.startsWith('binary') ? 'binary data' : 'not UTF-8 text'} (expected ${expected})` };
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (text.trim().length === 0) return { ok: false, reason: `empty response (expected ${expected})` };
  if (isHtml(text, body.contentType)) return { ok: false, reason: `the server sent an HTML page${pageTitle(text)}, not ${expected}` };
  return { ok: true, text };
}

/** Parses JSON text; a cut or malformed document is a reason, not an exception. */
export function parseJsonBody(text: string): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error: unknown) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `truncated or malformed JSON (${text.length} characters): ${clipForMessage(detail)}` };
  }
}

function isHtml(text: string, contentType: string): boolean {
  if (contentType.includes('text/html')) return true;
  const start = text.trimStart().slice(0, 200).toLowerCase();
  return start.startsWith('<!doctype html') || start.startsWith('<html') || start.startsWith('<head') || start.startsWith('<body');
}

function pageTitle(text: string): string {
  const match = /<title[^>]*>([^<]*)<\/title>/i.exec(text);
  const title = match?.[1]?.trim().replace(/\s+/g, ' ') ?? '';
  return title.length > 0 ? ` "${clipForMessage(title)}"` : '';
}
