/** Today: the brief of a date with every number explained on hover, and a chart per instrument. */
import { fetchBrief, fetchChart, type BriefJson } from './api.js';
import { renderChart } from './chart.js';
import { errorBox, h, show } from './dom.js';
import { factsBehind, inputsCard, NUMBER_IN_TEXT, type FactJson } from './inputs.js';
import { attachTip } from './tip.js';

interface Sentence {
  readonly text: string;
  readonly facts: readonly number[];
}
interface Paragraph {
  readonly symbols: readonly string[];
  readonly sentences: readonly Sentence[];
}

/** A sentence with each number as a focusable span whose card shows its inputs. */
function sentenceElement(sentence: Sentence, facts: readonly FactJson[]): HTMLElement {
  const own = sentence.facts.map((i) => facts[i]).filter((f): f is FactJson => f !== undefined);
  const element = h('span', { class: 'sentence' });
  let at = 0;
  for (const match of sentence.text.matchAll(NUMBER_IN_TEXT)) {
    const start = match.index;
    const token = match[0];
    if (isPartOfName(sentence.text, start, token)) continue;
    element.append(sentence.text.slice(at, start));
    const behind = factsBehind(token, own);
    const number = h('span', { class: behind.length > 0 ? 'num' : 'num loose', 'data-number': token }, token);
    attachTip(number, () => inputsCard(token, behind, own));
    element.append(number);
    at = start + token.length;
  }
  element.append(sentence.text.slice(at), ' ');
  return element;
}

/** A figure that belongs to a name, not a number of the story: `Russell 2000`, `S&P 500`, `10-year`. */
function isPartOfName(text: string, start: number, token: string): boolean {
  return /(?:Russell|S&P)\s$/.test(text.slice(Math.max(0, start - 8), start)) || /^-[a-z]/.test(text.slice(start + token.length, start + token.length + 2));
}

/** The view for `date` (the latest when undefined). */
export async function renderToday(main: HTMLElement, date: string | undefined, navigate: (url: string) => void): Promise<void> {
  show(main, h('p', { class: 'loading' }, 'Loading the brief…'));
  let brief: BriefJson;
  try {
    brief = await fetchBrief(date);
  } catch (error: unknown) {
    show(main, pickerOf(date, navigate), errorBox(error instanceof Error ? error.message : String(error)));
    return;
  }
  const facts = brief.facts as FactJson[];
  const paragraphs = brief.paragraphs as Paragraph[];
  const story = h('article', { class: 'brief', 'aria-label': 'The brief' }, h('h1', {}, brief.headline));
  for (const note of [brief['date_note'], ...((brief['notes'] as string[] | undefined) ?? [])]) if (typeof note === 'string') story.append(h('p', { class: 'note' }, note));
  for (const paragraph of paragraphs) story.append(h('p', {}, ...paragraph.sentences.map((s) => sentenceElement(s, facts))));
  const symbols = [...new Set(paragraphs.flatMap((p) => p.symbols))];
  const charts = h('section', { class: 'charts', 'aria-label': 'Charts' });
  show(main, pickerOf(brief.date, navigate), story, h('h2', {}, 'The last 52 weeks'), charts);
  document.title = `${brief.headline} · marketfacts`;
  const loaded = await Promise.allSettled(symbols.map((symbol) => fetchChart(symbol, brief.date)));
  loaded.forEach((result, i) => {
    if (result.status === 'fulfilled') charts.append(renderChart(result.value, `${result.value.name} (${result.value.symbol})`));
    else charts.append(errorBox(`${symbols[i] ?? ''}: ${String(result.reason)}`));
  });
}

/** The date picker: choosing a day opens its brief (a URL of its own). */
function pickerOf(date: string | undefined, navigate: (url: string) => void): HTMLElement {
  const input = h('input', { type: 'date', id: 'date', name: 'date', value: date ?? '' });
  const form = h('form', { class: 'picker' }, h('label', { for: 'date' }, 'Date '), input, h('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(input.value === '' ? '/' : `/?date=${input.value}`);
  });
  return form;
}
