/**
 * Sentences of the standing facts (review items 5, 6, 7, 21, 22): a VIX record close, ongoing
 * bear markets, the highest close since a date beyond 52 weeks, record counts in the data's
 * first year, and total returns of adjusted-only data with no dollar level. Expected numbers
 * from plain scans of the shipped CSV rows, in story words written here.
 */
import { describe, expect, it } from 'vitest';
import { renderText, writeBrief } from '../../src/narrative/index.js';
import { loadShippedSeries, readShippedRows, shippedFileOf, type ShippedSymbol } from '../helpers/shipped-series.js';
import { isoDay } from '../helpers/synthetic-series.js';
import { at, row, storyLevel, storyPct } from './scan.js';
import { apDate } from './words.js';

/** The brief's text for `symbols` on `date`. */
function briefText(symbols: readonly ShippedSymbol[], date: string): string {
  return renderText(writeBrief(symbols.map((symbol) => loadShippedSeries(symbol)), { date: isoDay(date), benchmark: null }));
}

/** The highest close up to row i and its date. */
function recordUpTo(rows: readonly { date: string; close: number }[], i: number): { date: string; close: number } {
  let best = row(rows, 0);
  for (let j = 1; j <= i; j++) if (row(rows, j).close > best.close) best = row(rows, j);
  return best;
}

describe('a VIX record close is said as a record (item 6)', () => {
  const vix = readShippedRows(shippedFileOf('VIX'));
  for (const date of ['2020-03-16', '2008-10-10']) {
    it(`VIX ${date}`, () => {
      const i = at(vix, date);
      expect(recordUpTo(vix, i - 1).close).toBeLessThan(row(vix, i).close);
      const text = briefText(['VIX'], date);
      expect(text).toContain(`a record ${storyLevel(row(vix, i).close)}`);
      expect(text).not.toMatch(/in 52 weeks/);
    });
  }
});

describe('ongoing bear markets are said (item 7)', () => {
  const cases = [
    ['SPX', '2020-03-16'],
    ['SPX', '2008-10-10'],
    ['RUT', '2022-06-13'],
    ['IXIC', '2022-06-13'],
  ] as const;
  for (const [symbol, date] of cases) {
    it(`${symbol} ${date}: in a bear market, the depth below its record close`, () => {
      const rows = readShippedRows(shippedFileOf(symbol));
      const i = at(rows, date);
      const record = recordUpTo(rows, i);
      const depth = (1 - row(rows, i).close / record.close) * 100;
      expect(depth).toBeGreaterThanOrEqual(20);
      const text = briefText([symbol], date);
      expect(text).toMatch(/in(to)? a bear market/);
      expect(text).toContain(`${storyPct(depth)} below its record close of ${storyLevel(record.close)}, set ${apDate(record.date, Number(date.slice(0, 4)))}`);
    });
  }

  it('a yield is never in a bear market', () => {
    expect(briefText(['US10Y'], '2020-03-16')).not.toMatch(/bear market|correction/);
  });
});

describe('highest close beyond 52 weeks (item 21)', () => {
  it('RUT 2024-11-25 is not "its highest level in 52 weeks"; the date of the record is named', () => {
    const rut = readShippedRows(shippedFileOf('RUT'));
    const i = at(rut, '2024-11-25');
    const record = recordUpTo(rut, i);
    const text = briefText(['RUT'], '2024-11-25');
    expect(text).not.toMatch(/in 52 weeks/);
    expect(text).toContain(apDate(record.date, 2024));
  });
});

describe('record counts in the data\'s first year (item 22)', () => {
  it('RUT 1987-10-05: "its fifth record close since the data begin on Sept. 10, 1987"', () => {
    const rut = readShippedRows(shippedFileOf('RUT'));
    const i = at(rut, '1987-10-05');
    let count = 0;
    for (let j = 1; j <= i; j++) if (row(rut, j).close > recordUpTo(rut, j - 1).close) count++;
    const ordinals = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
    const text = briefText(['RUT'], '1987-10-05');
    expect(text).toContain(`its ${ordinals[count - 1] ?? ''} record close since the data begin on ${apDate(row(rut, 0).date, 0)}`);
    expect(text).not.toMatch(/record close of 1987/);
  });
});

describe('adjusted-only data: total returns, no dollar level (item 5)', () => {
  const iwo = readShippedRows(shippedFileOf('IWO'));
  for (const date of ['2020-03-16', '2024-11-25']) {
    it(`IWO ${date}`, () => {
      const text = briefText(['IWO'], date);
      const about = text.split('\n').filter((line) => line.includes('Russell 2000 Growth ETF'));
      expect(about.length).toBeGreaterThan(0);
      for (const line of about) expect(line).not.toMatch(/\$\d/);
      expect(text).toMatch(/total return/);
      const i = at(iwo, date);
      const day = (row(iwo, i).close / row(iwo, i - 1).close - 1) * 100;
      const said = /(?:fell|rose) ([\d.]+%) as a total return/.exec(text);
      if (said !== null) expect(said[1]).toBe(storyPct(day));
      // March 16, 2020 was the fund's biggest one-day loss in the data: the move is said.
      if (date === '2020-03-16') expect(said).not.toBeNull();
    });
  }
});
