/**
 * One instrument's chart with lightweight-charts: the closes, record closes marked, the 52-week
 * high and low as a band of two dashed lines, and correction and bear-market spans shaded (a
 * full-height histogram on its own hidden scale).
 */
import { createChart, createSeriesMarkers, HistogramSeries, LineSeries, LineStyle, type SeriesMarker, type Time } from 'lightweight-charts';
import type { InstrumentChart } from './api.js';
import { h } from './dom.js';

const COLORS = { close: '#1f4e8c', band: '#8a94a6', record: '#b8860b', correction: 'rgba(230, 150, 0, 0.16)', bear: 'rgba(200, 30, 30, 0.18)' } as const;

/** The span state of a date: the deepest drawdown episode it falls in. */
function spanOf(date: string, chart: InstrumentChart): 'correction' | 'bear' | null {
  let state: 'correction' | 'bear' | null = null;
  for (const episode of chart.drawdowns) {
    if (date < episode.start_date || (episode.end_date !== null && date >= episode.end_date)) continue;
    const bear = episode.bear_start_date !== null && date >= episode.bear_start_date;
    if (bear) return 'bear';
    state = 'correction';
  }
  return state;
}

/** A figure with the chart and a caption naming what is drawn; the chart sizes itself to the figure. */
export function renderChart(data: InstrumentChart, title: string): HTMLElement {
  const canvas = h('div', { class: 'chart-canvas', role: 'img', 'aria-label': `${title}: closes from ${data.points[0]?.date ?? ''} to ${data.points[data.points.length - 1]?.date ?? ''}` });
  const records = data.points.filter((p) => p.is_record).length;
  const spans = data.drawdowns.map((d) => `${d.kind === 'bear' ? 'bear market' : 'correction'} from ${d.start_date}${d.end_date === null ? ' (ongoing)' : ` to ${d.end_date}`}`);
  const caption = h(
    'figcaption',
    {},
    h('strong', {}, title),
    ` — closes, 52-week high and low (dashed)${records > 0 ? `, ${records} record close${records === 1 ? '' : 's'} marked` : ''}${spans.length > 0 ? `; shaded: ${spans.join('; ')}` : ''}`,
  );
  const figure = h('figure', { class: 'chart', 'data-symbol': data.symbol }, caption, canvas);
  // Drawn once the figure is in the page, so the chart can measure it.
  requestAnimationFrame(() => draw(canvas, data));
  return figure;
}

function draw(container: HTMLElement, data: InstrumentChart): void {
  const chart = createChart(container, {
    autoSize: true,
    // The library's own logo needs an inline <style>, which the content security policy refuses;
    // the page footer carries the attribution instead (index.html).
    layout: { background: { color: '#ffffff' }, textColor: '#333', fontSize: 11, attributionLogo: false },
    grid: { vertLines: { visible: false }, horzLines: { color: '#eef0f3' } },
    rightPriceScale: { borderVisible: false },
    timeScale: { borderVisible: false },
    handleScroll: false,
    handleScale: false,
  });
  const spans = chart.addSeries(HistogramSeries, { priceScaleId: 'spans', lastValueVisible: false, priceLineVisible: false });
  chart.priceScale('spans').applyOptions({ visible: false, scaleMargins: { top: 0, bottom: 0 } });
  spans.setData(
    data.points.map((p) => {
      const state = spanOf(p.date, data);
      return state === null ? { time: p.date as Time } : { time: p.date as Time, value: 1, color: COLORS[state] };
    }),
  );
  const band = { color: COLORS.band, lineWidth: 1, lineStyle: LineStyle.Dashed, lastValueVisible: false, priceLineVisible: false, crosshairMarkerVisible: false } as const;
  chart.addSeries(LineSeries, band).setData(data.points.map((p) => ({ time: p.date as Time, value: p.high_52w })));
  chart.addSeries(LineSeries, band).setData(data.points.map((p) => ({ time: p.date as Time, value: p.low_52w })));
  const closes = chart.addSeries(LineSeries, { color: COLORS.close, lineWidth: 2, priceLineVisible: false });
  closes.setData(data.points.map((p) => ({ time: p.date as Time, value: p.close })));
  const markers: SeriesMarker<Time>[] = data.points.filter((p) => p.is_record).map((p) => ({ time: p.date as Time, position: 'aboveBar', shape: 'circle', color: COLORS.record, size: 0.6 }));
  createSeriesMarkers(closes, markers);
  chart.timeScale().fitContent();
}
