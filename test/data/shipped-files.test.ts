import { describe, expect, it } from 'vitest';
import { formatIsoDay, type DayNumber } from '../../src/core/date.js';
import { readDataFile } from '../../src/data/data-file.js';
import { findBuiltinInstrument } from '../../src/data/instruments.js';
import { SHIPPED_FILES, shippedDataDir } from '../../src/data/shipped.js';
import { loadShippedSeries, type ShippedSymbol } from '../helpers/shipped-series.js';
import { firstDifference } from './fixtures.js';

/** Rows, first and last date of each shipped file, as data/SOURCES.md states them. */
const SOURCES_MD: Record<string, { rows: number; first: string; last: string }> = {
  'RUT.yahoo.csv': { rows: 9686, first: '1987-09-10', last: '2026-02-23' },
  'GSPC.yahoo.csv': { rows: 24777, first: '1927-12-30', last: '2026-08-21' },
  'DGS10.fred.csv': { rows: 16144, first: '1962-01-02', last: '2026-08-20' },
  'VBK.yahoo.csv': { rows: 5366, first: '2005-01-03', last: '2026-05-01' },
  'VBK.adjclose.yahoo.csv': { rows: 5662, first: '2004-01-30', last: '2026-08-03' },
  'IWO.adjclose.yahoo.csv': { rows: 6541, first: '2000-07-28', last: '2026-08-03' },
  'DJI.yahoo.csv': { rows: 8596, first: '1992-01-02', last: '2026-02-23' },
  'IXIC.yahoo.csv': { rows: 14003, first: '1971-02-05', last: '2026-08-21' },
  'VIX.yahoo.csv': { rows: 9230, first: '1990-01-02', last: '2026-08-21' },
  'DGS2.fred.csv': { rows: 12552, first: '1976-06-01', last: '2026-08-20' },
  'SPY.yahoo.csv': { rows: 5366, first: '2005-01-03', last: '2026-05-01' },
  'IWM.yahoo.csv': { rows: 5366, first: '2005-01-03', last: '2026-05-01' },
};

const day = (value: number | undefined): string => formatIsoDay((value ?? 0) as DayNumber);

describe('every shipped file through the readers', () => {
  it('the manifest covers every shipped file but VBK.adjclose', () => {
    expect(SHIPPED_FILES.map((file) => file.file).sort()).toEqual(Object.keys(SOURCES_MD).filter((name) => name !== 'VBK.adjclose.yahoo.csv').sort());
  });

  for (const [file, expected] of Object.entries(SOURCES_MD)) {
    it(`${file}: ${expected.rows} rows, ${expected.first} to ${expected.last}, no warnings`, () => {
      const shipped = SHIPPED_FILES.find((entry) => entry.file === file);
      const adjustedOnly = file.includes('adjclose');
      const kind = findBuiltinInstrument(shipped?.symbol ?? 'VBK')?.kind ?? 'other';
      const { parsed } = readDataFile(`${shippedDataDir()}${file}`, { kind, adjustedOnly });
      expect(parsed.days.length).toBe(expected.rows);
      expect(parsed.rowsRead).toBe(expected.rows);
      expect(day(parsed.days[0])).toBe(expected.first);
      expect(day(parsed.days[parsed.days.length - 1])).toBe(expected.last);
      expect(parsed.nullRowsDropped + parsed.duplicateRowsDropped).toBe(0);
      expect(parsed.warnings).toEqual([]);
      if (adjustedOnly) {
        expect(parsed.close).toBeNull();
        expect(parsed.adjClose?.length).toBe(expected.rows);
      } else {
        expect(parsed.close?.length).toBe(expected.rows);
      }
    });
  }

  it('values equal an independent plain parse of each file', () => {
    for (const shipped of SHIPPED_FILES) {
      const reference = loadShippedSeries(shipped.symbol as ShippedSymbol);
      const kind = reference.instrument.kind;
      const { parsed } = readDataFile(`${shippedDataDir()}${shipped.file}`, { kind, adjustedOnly: shipped.adjustedOnly });
      expect(firstDifference(parsed.days, reference.days)).toBe(-1);
      expect(parsed.close === null).toBe(reference.close === null);
      expect(parsed.adjClose === null).toBe(reference.adjClose === null);
      expect(firstDifference(parsed.close, reference.close)).toBe(-1);
      expect(firstDifference(parsed.adjClose, reference.adjClose)).toBe(-1);
    }
  });
});
