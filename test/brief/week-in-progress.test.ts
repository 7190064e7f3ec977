/**
 * A week in progress that is mostly the day is the day's story, over every panel day against
 * plain scans of the shipped CSVs: when the day's move goes the week's way and is at least half
 * of it, no "this week, on pace for" is said of that instrument; a week in progress that is more
 * than the day keeps it.
 */
import { describe, expect, it } from 'vitest';
import type { Brief } from '../../src/narrative/index.js';
import { writeBrief } from '../../src/narrative/index.js';
import { loadShippedSeries, readShippedRows, SHIPPED_SYMBOLS, type ShippedRow } from '../helpers/shipped-series.js';
import { isoDay } from '../helpers/synthetic-series.js';
import { PANEL } from './panel.js';
import { lastBefore, move, row } from './scan.js';

const series = SHIPPED_SYMBOLS.map((symbol) => loadShippedSeries(symbol));
const FILES = { SPX: 'GSPC.yahoo.csv', DJI: 'DJI.yahoo.csv', IXIC: 'IXIC.yahoo.csv', RUT: 'RUT.yahoo.csv', US10Y: 'DGS10.fred.csv', VIX: 'VIX.yahoo.csv' } as const;
const rows = Object.fromEntries(Object.entries(FILES).map(([symbol, file]) => [symbol, readShippedRows(file, symbol === 'US10Y' ? 'value' : undefined)])) as Record<keyof typeof FILES, ShippedRow[]>;
const briefs = PANEL.map((day) => ({ day, brief: writeBrief(series, { date: isoDay(day.date) }) as Brief }));

/** Monday of the ISO date's week. */
function mondayOf(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/** The day's and the week-to-date moves of `data` on `date` (percent; basis points for the yield), and whether the week is over; null without the date. */
function weekOf(data: readonly ShippedRow[], date: string, isYield: boolean): { day: number; week: number; over: boolean } | null {
  const i = data.findIndex((r) => r.date === date);
  if (i < 1) return null;
  const base = lastBefore(data, mondayOf(date));
  const next = data[i + 1];
  return { day: move(row(data, i - 1).close, row(data, i).close, isYield), week: move(base.close, row(data, i).close, isYield), over: next === undefined || mondayOf(next.date) !== mondayOf(date) };
}

describe('a week in progress', () => {
  it('every panel day: no "on pace" for a week that is mostly the day; one that is more than the day keeps its place', () => {
    let mostly = 0;
    let kept = 0;
    for (const { day, brief } of briefs) {
      for (const symbol of Object.keys(FILES) as (keyof typeof FILES)[]) {
        const w = weekOf(rows[symbol], day.date, symbol === 'US10Y');
        if (w === null || w.over) continue;
        const onPace = brief.paragraphs.flatMap((p) => p.sentences).filter((s) => s.facts.some((f) => f.kind === 'biggest-move' && f.period === 'week' && f.symbol === symbol));
        const isMostly = Math.sign(w.day) === Math.sign(w.week) && Math.abs(w.day) >= 0.5 * Math.abs(w.week);
        if (isMostly) {
          mostly++;
          expect(onPace.map((s) => s.text), `${day.date} ${symbol}`).toEqual([]);
        } else if (onPace.length > 0) kept++;
      }
    }
    expect(mostly).toBeGreaterThan(20);
    expect(kept).toBeGreaterThan(0);
  });
});
