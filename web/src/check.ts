/** Check: paste or drop an article, pick its date; each claim highlighted by verdict with its actual value, source and correction on hover; the corrected text to copy. */
import { checkArticle, correctArticle, type CheckJson, type ClaimJson } from './api.js';
import { errorBox, h, show } from './dom.js';
import { attachTip } from './tip.js';

function actualText(claim: ClaimJson): string {
  const actual = claim.actual as unknown;
  if (actual === null || actual === undefined) return 'n/a';
  // Shown rounded for reading; the report itself keeps the unrounded value.
  if (typeof actual === 'number') return actual.toLocaleString('en-US', { maximumFractionDigits: 4 });
  return typeof actual === 'object' ? JSON.stringify(actual) : String(actual);
}

/** The card of a claim: verdict, stated and actual values, the source and rule, the correction. */
function claimCard(claim: ClaimJson): Node {
  const p = claim.provenance;
  return h(
    'div',
    { class: 'inputs' },
    h('p', { class: `inputs-head verdict-${claim.verdict}` }, `${claim.verdict} · ${claim.metric}${claim.symbol === null ? '' : ` · ${claim.symbol}`}`),
    h('p', {}, `Stated: ${claim.stated_text} · Actual: ${actualText(claim)}`),
    h('p', {}, claim.note),
    claim.reason === null ? null : h('p', {}, `Why unverifiable: ${claim.reason}`),
    p === null ? null : h('p', { class: 'rule' }, `Source: ${p.source} (${p.basis}), as of ${p.as_of}; rule: ${p.rule}`),
    claim.corrected === null ? null : h('p', { class: 'corrected' }, `Correction: ${claim.corrected}`),
  );
}

/**
 * The article with each claim marked. Spans may nest ("rose 1.5% to 2,450.03" holds the
 * level's claim "to 2,450.03"): a mark ends where the next claim begins, so every claim whose
 * start differs gets its own mark; one starting where another does is listed in the table only.
 */
function markedArticle(text: string, report: CheckJson): HTMLElement {
  const article = h('div', { class: 'marked', 'aria-label': 'The article with its claims marked' });
  const claims = [...report.claims].sort((a, b) => a.start - b.start || b.end - a.end);
  let at = 0;
  claims.forEach((claim, i) => {
    if (claim.start < at) return;
    const next = claims.slice(i + 1).find((later) => later.start > claim.start);
    const end = next === undefined ? claim.end : Math.min(claim.end, next.start);
    article.append(text.slice(at, claim.start));
    const mark = h('mark', { class: `claim verdict-${claim.verdict}`, 'data-verdict': claim.verdict, 'data-claim': String(claim.id) }, text.slice(claim.start, end));
    attachTip(mark, () => claimCard(claim));
    article.append(mark);
    at = end;
  });
  article.append(text.slice(at));
  return article;
}

function claimsTable(report: CheckJson): HTMLElement {
  const rows = report.claims.map((c) =>
    h('tr', { class: `verdict-${c.verdict}` }, h('td', {}, c.verdict), h('td', {}, c.symbol ?? ''), h('td', {}, c.metric), h('td', {}, c.stated_text), h('td', {}, actualText(c)), h('td', {}, c.note)),
  );
  const head = ['Verdict', 'Symbol', 'Metric', 'Stated', 'Actual', 'Note'].map((t) => h('th', { scope: 'col' }, t));
  return h('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': 'Claims' }, h('table', {}, h('thead', {}, h('tr', {}, ...head)), h('tbody', {}, ...rows)));
}

/** The view; `date` (from the URL) fills the date field. */
export function renderCheck(main: HTMLElement, date: string | undefined, navigate: (url: string, options?: { keep?: boolean }) => void): void {
  const textarea = h('textarea', { id: 'article', name: 'article', rows: '12', placeholder: 'Paste the article here, or drop a text file on this box.' });
  const input = h('input', { type: 'date', id: 'date', name: 'date', value: date ?? '' });
  const result = h('section', { class: 'result', 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'check-form' },
    h('label', { for: 'article' }, 'Article'),
    textarea,
    h('div', { class: 'picker' }, h('label', { for: 'date' }, 'Article date '), input, h('span', { class: 'hint' }, ' (empty: read from the dateline) '), h('button', { type: 'submit' }, 'Check')),
  );
  textarea.addEventListener('dragover', (event) => event.preventDefault());
  textarea.addEventListener('drop', (event) => {
    const file = event.dataTransfer?.files[0];
    if (file === undefined) return;
    event.preventDefault();
    void file.text().then((text) => {
      textarea.value = text;
    });
  });
  input.addEventListener('change', () => navigate(input.value === '' ? '/check' : `/check?date=${input.value}`, { keep: true }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void runCheck(textarea.value.replace(/^\uFEFF/, ''), input.value, result);
  });
  show(main, h('h1', {}, 'Check an article'), form, result);
  document.title = 'Check · marketfacts';
}

async function runCheck(text: string, date: string, result: HTMLElement): Promise<void> {
  result.replaceChildren(h('p', { class: 'loading' }, 'Checking…'));
  try {
    const [report, corrected] = await Promise.all([checkArticle(text, date), correctArticle(text, date)]);
    const counts = report.counts;
    const output = h('textarea', { id: 'corrected', readonly: true, rows: '8', 'aria-label': 'Corrected text' });
    output.value = corrected;
    const copy = h('button', { type: 'button' }, 'Copy corrected text');
    copy.addEventListener('click', () => {
      output.select();
      void navigator.clipboard?.writeText(corrected).catch(() => undefined);
      copy.textContent = 'Copied';
    });
    result.replaceChildren(
      h('p', { class: 'counts' }, `${counts.supported} supported, ${counts.contradicted} contradicted, ${counts.unverifiable} unverifiable`, report.article_date === null ? '' : ` · as of ${report.article_date} (${report.date_source ?? ''})`),
      markedArticle(text, report),
      h('h2', {}, 'Claims'),
      claimsTable(report),
      h('h2', {}, 'Corrected text'),
      output,
      copy,
    );
  } catch (error: unknown) {
    result.replaceChildren(errorBox(error instanceof Error ? error.message : String(error)));
  }
}
