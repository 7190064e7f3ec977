/**
 * Hover cards: an element that explains itself when the pointer rests on it or it has the
 * keyboard focus (Tab to it; Escape hides the card). One card for the page, described to
 * assistive technology by aria-describedby.
 */

const card = (): HTMLElement => {
  const element = document.getElementById('tip');
  if (element === null) throw new Error('index.html has no #tip');
  return element;
};

function place(target: HTMLElement, tip: HTMLElement): void {
  const box = target.getBoundingClientRect();
  const width = Math.min(420, window.innerWidth - 16);
  tip.style.maxWidth = `${width}px`;
  const left = Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + window.innerWidth - width - 8));
  tip.style.left = `${left}px`;
  tip.style.top = `${box.bottom + window.scrollY + 6}px`;
}

function open(target: HTMLElement, content: () => Node): void {
  const tip = card();
  tip.replaceChildren(content());
  tip.hidden = false;
  target.setAttribute('aria-describedby', 'tip');
  place(target, tip);
}

function close(target: HTMLElement): void {
  const tip = card();
  tip.hidden = true;
  target.removeAttribute('aria-describedby');
}

/** Makes `target` focusable and shows `content()` in the card on hover and focus. */
export function attachTip(target: HTMLElement, content: () => Node): void {
  if (!target.hasAttribute('tabindex')) target.tabIndex = 0;
  target.addEventListener('mouseenter', () => open(target, content));
  target.addEventListener('focus', () => open(target, content));
  target.addEventListener('mouseleave', () => close(target));
  target.addEventListener('blur', () => close(target));
  target.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close(target);
  });
}
