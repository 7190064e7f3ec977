/** The web app: three views, each a URL (`/?date=`, `/instrument/RUT?date=`, `/check?date=`), switched without reloading. */
import { renderCheck } from './check.js';
import { renderInstrument } from './instrument.js';
import { renderToday } from './today.js';
import './style.css';

const main = document.getElementById('main');
if (main === null) throw new Error('index.html has no #main');
const root: HTMLElement = main;

/** Goes to a URL of the app; with `keep`, only the address changes (the view stays as it is). */
function navigate(url: string, options: { keep?: boolean } = {}): void {
  history.pushState(null, '', url);
  if (options.keep !== true) void route();
}

async function route(): Promise<void> {
  const { pathname, searchParams } = new URL(location.href);
  const date = searchParams.get('date') ?? undefined;
  const instrument = /^\/instrument\/([^/]+)$/.exec(pathname);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('nav a')) {
    const active = (link.dataset['view'] === 'today' && pathname === '/') || (link.dataset['view'] === 'check' && pathname === '/check') || (link.dataset['view'] === 'instrument' && instrument !== null);
    if (active) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
    // The views share the date: switching view keeps the day in the address.
    const base = link.getAttribute('href')?.split('?')[0] ?? '/';
    link.setAttribute('href', date === undefined ? base : `${base}?date=${date}`);
  }
  if (instrument !== null) await renderInstrument(root, decodeURIComponent(instrument[1] ?? ''), date, navigate);
  else if (pathname === '/check') renderCheck(root, date, navigate);
  else await renderToday(root, date, navigate);
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest('a');
  if (link === null || link === undefined || link.origin !== location.origin || event.metaKey || event.ctrlKey || event.shiftKey || link.target !== '') return;
  if (link.hash !== '' && link.pathname === location.pathname) return;
  event.preventDefault();
  navigate(link.pathname + link.search);
});
window.addEventListener('popstate', () => void route());
void route();
