/** Invariants of the reader and of ingest, over random files and random stores. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDay, type DayNumber } from '../../src/core/date.js';
import { readSeriesText } from '../../src/data/reader.js';
import { MarketStore } from '../../src/data/store.js';

/** Distinct days in 1990-2025 (none in the future: those are refused) with positive closes of at most two decimals. */
const rowsArbitrary = fc.uniqueArray(fc.record({ day: fc.integer({ min: 7305, max: 20453 }), cents: fc.integer({ min: 1, max: 10_000_000 }) }), {
  minLength: 1,
  maxLength: 60,
  selector: (row) => row.day,
});

function toCsv(rows: readonly { day: number; cents: number }[], newline: string, bom: boolean, trailingBlank: boolean): string {
  const lines = ['Date,Close', ...rows.map((row) => `${formatIsoDay(row.day as DayNumber)},${row.cents / 100}`)];
  return `${bom ? '\uFEFF' : ''}${lines.join(newline)}${newline}${trailingBlank ? newline : ''}`;
}

describe('reader invariants', () => {
  it('any order, line ending, BOM or trailing blank: the same sorted days and values', () => {
    fc.assert(
      fc.property(rowsArbitrary, fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.boolean(), (rows, newline, bom, blank) => {
        const parsed = readSeriesText(toCsv(rows, newline, bom, blank), { fileName: 'p.csv', kind: 'other' });
        const sorted = [...rows].sort((a, b) => a.day - b.day);
        expect(Array.from(parsed.days)).toEqual(sorted.map((row) => row.day));
        expect(Array.from(parsed.close ?? [])).toEqual(sorted.map((row) => row.cents / 100));
        const isSorted = rows.every((row, i) => i === 0 || (rows[i - 1]?.day ?? 0) < row.day);
        expect(parsed.warnings.some((warning) => warning.includes('not in date order'))).toBe(!isSorted);
      }),
    );
  });
});

describe('ingest invariants', () => {
  it('after ingesting files in turn, the store holds each day\'s latest value, and the counts add up', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rowsArbitrary, { minLength: 1, maxLength: 3 }), async (files) => {
        const store = await MarketStore.open(':memory:');
        try {
          const model = new Map<number, number>();
          for (const [i, rows] of files.entries()) {
            const parsed = readSeriesText(toCsv(rows, '\n', false, false), { fileName: `f${i}.csv`, kind: 'other' });
            const report = await store.ingest({ symbol: 'SPX', days: parsed.days, close: parsed.close, adjClose: null, fileName: `f${i}.csv`, sha256: String(i), format: 'close-only', ingestedAt: new Date() });
            const added = rows.filter((row) => !model.has(row.day)).length;
            const revised = rows.filter((row) => model.has(row.day) && model.get(row.day) !== row.cents / 100).length;
            expect([report.added, report.revised, report.unchanged]).toEqual([added, revised, rows.length - added - revised]);
            for (const row of rows) model.set(row.day, row.cents / 100);
          }
          const series = await store.loadSeries('SPX');
          const expected = [...model.entries()].sort((a, b) => a[0] - b[0]);
          expect(Array.from(series.days)).toEqual(expected.map(([day]) => day));
          expect(Array.from(series.close ?? [])).toEqual(expected.map(([, value]) => value));
          expect(series.adjClose).toBeNull();
        } finally {
          store.close();
        }
      }),
      { numRuns: 25 },
    );
  });
});
