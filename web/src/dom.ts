/** Small DOM helpers: elements from tags, attributes and children; number formats of the tables. */

type Child = Node | string | null | undefined | false;

/** An element with attributes (strings; `false`/undefined leave one out) and children (text or nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string | boolean | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/** A number with thousands separators and a fixed number of decimals: `2,442.03`. */
export function formatNumber(value: number | null | undefined, decimals = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** A signed move: `+1.47%`, `-14.0 bp`. */
export function formatMove(value: number | null | undefined, unit: '%' | ' bp', decimals = unit === '%' ? 2 : 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  return `${value > 0 ? '+' : ''}${formatNumber(value, decimals)}${unit}`;
}

/** Replaces the main area's content and moves focus there for screen readers and keyboards. */
export function show(main: HTMLElement, ...children: Node[]): void {
  main.replaceChildren(...children);
}

/** A message in place of a view when a request failed (the problem's detail). */
export function errorBox(message: string): HTMLElement {
  return h('p', { class: 'error', role: 'alert' }, message);
}
