/**
 * A check report for people: the article text with each claim marked (`[3 ok]`, `[4 WRONG]`,
 * `[5 ?]`) and a list of verdicts; or an HTML page with the claims highlighted and each
 * verdict's numbers and sources on hover. All article text is escaped in HTML.
 */
import { formatIsoDay } from '../../core/date.js';
import type { CheckReport } from '../check.js';
import { claimJson, statedJson } from './json.js';
import type { CheckedClaim, Verdict } from '../types.js';

const MARKS: Readonly<Record<Verdict['verdict'], string>> = { supported: 'ok', contradicted: 'WRONG', unverifiable: '?' };

function actualText(verdict: Verdict): string {
  const actual = verdict.actual;
  if (actual === null) return 'none';
  return typeof actual === 'number' ? String(Number(actual.toFixed(4))) : String(actual);
}

function summary(report: CheckReport): string {
  const { supported, contradicted, unverifiable } = report.counts;
  const total = report.checked.length;
  const cut = report.truncated ? ' (the article holds more claims than are read: only the first were checked)' : '';
  return `${total} claim${total === 1 ? '' : 's'}: ${supported} supported, ${contradicted} contradicted, ${unverifiable} unverifiable${cut}`;
}

function dateLine(report: CheckReport): string {
  if (report.articleDay === null) return 'Article date: none found (no claims to check)';
  const sources: Record<string, string> = { option: '--date', label: 'a date label in the text', weekday: 'a date after a weekday in the text', dateline: 'the dateline' };
  const source = sources[report.dateSource ?? ''] ?? 'the text';
  return `Article date: ${formatIsoDay(report.articleDay)} (from ${source})`;
}

/** Where a claim's mark goes: right after its figure when it has one, else after its span. */
function markAt(claim: CheckedClaim['claim']): number {
  return 'end' in claim.stated ? claim.stated.end : claim.end;
}

/** Inserts `[id mark]` after each claim's figure (or span), in order of position. */
export function markText(text: string, checked: readonly CheckedClaim[]): string {
  const byEnd = [...checked].sort((a, b) => markAt(a.claim) - markAt(b.claim) || a.claim.id - b.claim.id);
  let out = '';
  let cursor = 0;
  for (const { claim, verdict } of byEnd) {
    const at = markAt(claim);
    out += text.slice(cursor, at);
    out += ` [${claim.id} ${MARKS[verdict.verdict]}]`;
    cursor = at;
  }
  return out + text.slice(cursor);
}

/** The plain-text report: date, marked article, then one entry per claim. */
export function renderText(text: string, report: CheckReport): string {
  const lines = [dateLine(report), summary(report), '', markText(text, report.checked).trimEnd(), '', 'Claims:'];
  for (const checked of report.checked) {
    const { claim, verdict } = checked;
    const stated = statedJson(claim);
    lines.push(`[${claim.id}] ${verdict.verdict.toUpperCase()}  ${claim.symbol ?? claim.instrumentText ?? '?'}  ${claim.metric}  "${claim.text}"  stated ${stated.text}, actual ${actualText(verdict)}`);
    lines.push(`    ${verdict.note}`);
    if (verdict.verdict === 'contradicted') lines.push(`    corrected: ${verdict.corrected}`);
    if (verdict.verdict === 'unverifiable') lines.push(`    reason: ${verdict.reason}`);
    if (verdict.provenance !== null) lines.push(`    source: ${verdict.provenance.source}, ${verdict.provenance.basis} basis, as of ${verdict.provenance.asOf}; ${verdict.provenance.rule}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

function tooltip(checked: CheckedClaim): string {
  const json = claimJson(checked);
  const parts = [
    `${json.verdict}: ${json.symbol ?? json.instrument_text} ${json.metric}`,
    `stated ${json.stated_text}; actual ${actualText(checked.verdict)}`,
    json.note,
    ...(json.corrected === null ? [] : [`corrected: ${json.corrected}`]),
    ...(json.provenance === null ? [] : [`source: ${json.provenance.source} (${json.provenance.basis}), as of ${json.provenance.as_of}: ${json.provenance.rule}`]),
    ...(json.provenance?.inputs ?? []).map((input) => `  ${input.role}: ${input.symbol} ${input.date} = ${input.value}`),
  ];
  return parts.join('\n');
}

const STYLE = `body{font:16px/1.6 Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em;color:#222}
.article{white-space:pre-wrap}
mark{padding:0 .1em;border-radius:3px;position:relative;cursor:help}
mark.supported{background:#d8f0d8}mark.contradicted{background:#f8d0d0}mark.unverifiable{background:#eee;border-bottom:1px dashed #888}
mark sup{font:11px sans-serif;color:#555;margin-left:.15em}
mark .tip{display:none;position:absolute;left:0;top:1.6em;z-index:2;width:30em;white-space:pre-wrap;font:12px/1.4 sans-serif;background:#fff;border:1px solid #999;padding:.5em;box-shadow:0 2px 6px rgba(0,0,0,.2)}
mark:hover .tip,mark:focus .tip{display:block}
table{border-collapse:collapse;font:13px/1.4 sans-serif;margin-top:2em}td,th{border-top:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}
td.supported{color:#161}td.contradicted{color:#a11}td.unverifiable{color:#555}`;

/** The HTML page: article with highlighted claims (hover for numbers and sources) and a table of verdicts. */
export function renderHtml(text: string, report: CheckReport, title: string): string {
  const sorted = [...report.checked].sort((a, b) => a.claim.start - b.claim.start || b.claim.end - a.claim.end);
  let body = '';
  let cursor = 0;
  for (const checked of sorted) {
    const { claim, verdict } = checked;
    const tip = escapeHtml(tooltip(checked));
    if (claim.start < cursor) {
      body += `<mark class="${verdict.verdict}" tabindex="0" title="${tip}"><sup>${claim.id}</sup><span class="tip">${tip}</span></mark>`;
      continue;
    }
    body += escapeHtml(text.slice(cursor, claim.start));
    body += `<mark class="${verdict.verdict}" tabindex="0" title="${tip}">${escapeHtml(text.slice(claim.start, claim.end))}<sup>${claim.id}</sup><span class="tip">${tip}</span></mark>`;
    cursor = claim.end;
  }
  body += escapeHtml(text.slice(cursor));
  const rows = report.checked.map((checked) => {
    const json = claimJson(checked);
    const detail = escapeHtml(json.note) + (json.corrected === null ? '' : `<br>corrected: ${escapeHtml(json.corrected)}`);
    return `<tr><td>${json.id}</td><td class="${json.verdict}">${json.verdict}</td><td>${escapeHtml(json.symbol ?? json.instrument_text)}</td><td>${escapeHtml(json.metric)}</td><td>${escapeHtml(json.stated_text)}</td><td>${escapeHtml(actualText(checked.verdict))}</td><td>${detail}</td></tr>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(dateLine(report))}. ${escapeHtml(summary(report))}.</p>
<div class="article">${body}</div>
<table><thead><tr><th>#</th><th>verdict</th><th>instrument</th><th>metric</th><th>stated</th><th>actual</th><th>note</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
</body></html>
`;
}
