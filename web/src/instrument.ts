/** Instrument: the stats table of a date, the seasonality heatmap, record closes by year, drawdown episodes and the biggest days. */
import { fetchChart, fetchInstruments, fetchProfile, type InstrumentProfile } from './api.js';
import { renderChart } from './chart.js';
import { errorBox, formatMove, formatNumber, h, show } from './dom.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : formatNumber(value, 4);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Every field of the `stats --json` object, in its order, under its contract name. */
function statsTable(stats: InstrumentProfile['stats']): HTMLElement {
  const rows = Object.entries(stats).map(([field, value]) => h('tr', {}, h('th', { scope: 'row' }, field), h('td', { class: 'num-cell' }, cellText(value))));
  return h('table', { class: 'stats' }, h('caption', {}, `stats ${stats.symbol} --date ${stats.date} --json`), h('tbody', {}, ...rows));
}

/** Months by years, each cell shaded by its move: green up, red down, deeper for larger moves. */
function heatmap(profile: InstrumentProfile, unit: '%' | ' bp'): HTMLElement {
  const years = [...new Set(profile.months.map((m) => m.year))].reverse();
  const scale = Math.max(1e-9, ...profile.months.map((m) => Math.abs(m.move))) / 2;
  const byKey = new Map(profile.months.map((m) => [`${m.year}-${m.month}`, m.move]));
  const cell = (move: number | undefined): HTMLElement => {
    if (move === undefined) return h('td', { class: 'heat' }, '');
    const level = Math.min(3, Math.ceil((Math.abs(move) / scale) * 3));
    return h('td', { class: `heat ${move >= 0 ? 'up' : 'down'}${level}`, title: formatMove(move, unit) }, formatNumber(move, unit === '%' ? 1 : 0));
  };
  const summary = (label: string, value: (m: InstrumentProfile['seasonality'][number]) => string): HTMLElement =>
    h('tr', { class: 'summary' }, h('th', { scope: 'row' }, label), ...profile.seasonality.map((m) => h('td', { class: 'num-cell' }, m.n === 0 ? '' : value(m))));
  const mean = (m: InstrumentProfile['seasonality'][number]): string => formatNumber((m.mean_pct ?? m.mean_bp) as number | null, unit === '%' ? 2 : 1);
  return h(
    'div',
    { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': 'Seasonality heatmap' },
    h(
      'table',
      { class: 'heatmap' },
      h('caption', {}, `Monthly ${unit === '%' ? 'percent change' : 'change in basis points'}, complete months only`),
      h('thead', {}, h('tr', {}, h('th', {}, 'Year'), ...MONTHS.map((m) => h('th', { scope: 'col' }, m)))),
      h(
        'tbody',
        {},
        summary('Mean', mean),
        summary('Up', (m) => `${formatNumber((m.up_ratio ?? 0) * 100, 0)}%`),
        summary('Rank', (m) => String(m.rank ?? '')),
        ...years.map((year) => h('tr', {}, h('th', { scope: 'row' }, String(year)), ...MONTHS.map((_, k) => cell(byKey.get(`${year}-${k + 1}`))))),
      ),
    ),
  );
}

function recordsByYear(profile: InstrumentProfile): HTMLElement {
  const max = Math.max(1, ...profile.records_by_year.map((r) => r.count));
  const rows = profile.records_by_year.filter((r) => r.count > 0).reverse();
  if (rows.length === 0) return h('p', {}, 'No record closes (a yield has none; or the data never set one).');
  return h(
    'table',
    { class: 'bars' },
    h('caption', {}, 'Record closes by year'),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, h('th', { scope: 'row' }, String(r.year)), h('td', {}, h('meter', { min: '0', max: String(max), value: String(r.count), 'aria-label': `${r.count} records` })), h('td', { class: 'num-cell' }, String(r.count))))),
  );
}

function drawdownTable(profile: InstrumentProfile): HTMLElement {
  if (profile.drawdowns.length === 0) return h('p', {}, 'No correction or bear market in the data.');
  const rows = [...profile.drawdowns].reverse().map((d) =>
    h('tr', {}, h('td', {}, d.kind === 'bear' ? 'bear market' : 'correction'), h('td', {}, `${formatNumber(d.peak_close)} (${d.peak_date})`), h('td', {}, d.start_date), h('td', {}, `${formatNumber(d.trough_close)} (${d.trough_date})`), h('td', { class: 'num-cell' }, formatMove(d.depth_pct, '%')), h('td', {}, d.end_date ?? 'ongoing')),
  );
  const head = ['Kind', 'Peak', 'Began', 'Trough', 'Depth', 'Ended'].map((t) => h('th', { scope: 'col' }, t));
  return h('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': 'Drawdown episodes' }, h('table', {}, h('caption', {}, 'Corrections and bear markets'), h('thead', {}, h('tr', {}, ...head)), h('tbody', {}, ...rows)));
}

function biggestDays(profile: InstrumentProfile, unit: '%' | ' bp'): HTMLElement {
  const list = (title: string, days: InstrumentProfile['biggest_days']['gains']): HTMLElement =>
    h('table', {}, h('caption', {}, title), h('tbody', {}, ...days.map((d) => h('tr', {}, h('td', {}, d.date), h('td', { class: 'num-cell' }, formatMove(d.move, unit)), h('td', { class: 'num-cell' }, formatNumber(d.close))))));
  return h('div', { class: 'pair' }, list('Biggest gains', profile.biggest_days.gains), list('Biggest declines', profile.biggest_days.declines));
}

/** The view of `symbol` on `date` (the latest when undefined). */
export async function renderInstrument(main: HTMLElement, symbol: string, date: string | undefined, navigate: (url: string) => void): Promise<void> {
  show(main, h('p', { class: 'loading' }, `Loading ${symbol}…`));
  let profile: InstrumentProfile;
  let instruments: { symbol: string; name: string }[];
  try {
    [profile, instruments] = await Promise.all([fetchProfile(symbol, date), fetchInstruments()]);
  } catch (error: unknown) {
    show(main, errorBox(error instanceof Error ? error.message : String(error)));
    return;
  }
  const stats = profile.stats;
  const unit = stats.basis === 'level' ? ' bp' : '%';
  const select = h('select', { id: 'symbol', name: 'symbol' }, ...instruments.map((i) => h('option', { value: i.symbol, selected: i.symbol === stats.symbol }, `${i.symbol} · ${i.name}`)));
  const input = h('input', { type: 'date', id: 'date', name: 'date', value: stats.date });
  const form = h('form', { class: 'picker' }, h('label', { for: 'symbol' }, 'Instrument '), select, h('label', { for: 'date' }, ' Date '), input, h('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(`/instrument/${encodeURIComponent(select.value)}${input.value === '' ? '' : `?date=${input.value}`}`);
  });
  const name = instruments.find((i) => i.symbol === stats.symbol)?.name ?? stats.symbol;
  const chartSlot = h('div', { class: 'charts one' });
  show(
    main,
    form,
    h('h1', {}, `${name} (${stats.symbol}) on ${stats.date}`),
    chartSlot,
    h('div', { class: 'columns' }, h('section', {}, h('h2', {}, 'Statistics'), statsTable(stats)), h('section', {}, h('h2', {}, 'Records by year'), recordsByYear(profile), h('h2', {}, 'Biggest days'), biggestDays(profile, unit))),
    h('section', {}, h('h2', {}, 'Seasonality'), heatmap(profile, unit)),
    h('section', {}, h('h2', {}, 'Drawdown episodes'), drawdownTable(profile)),
  );
  document.title = `${stats.symbol} on ${stats.date} · marketfacts`;
  try {
    const chart = await fetchChart(stats.symbol, stats.date);
    chartSlot.append(renderChart(chart, `${name} (${stats.symbol})`));
  } catch (error: unknown) {
    chartSlot.append(errorBox(error instanceof Error ? error.message : String(error)));
  }
}
