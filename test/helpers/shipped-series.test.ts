import { describe, expect, it } from 'vitest';
import { formatIsoDay } from '../../src/core/date.js';
import { loadShippedSeries, readShippedRows, SHIPPED_SYMBOLS, shippedFileOf } from './shipped-series.js';

describe('shipped-series helper', () => {
  it('loads every shipped symbol with ascending days and matching lengths', () => {
    for (const symbol of SHIPPED_SYMBOLS) {
      const series = loadShippedSeries(symbol);
      expect(series.instrument.symbol).toBe(symbol);
      const values = series.close ?? series.adjClose;
      expect(values?.length).toBe(series.days.length);
      let ascending = true;
      for (let i = 1; i < series.days.length; i++) ascending &&= (series.days[i] ?? 0) > (series.days[i - 1] ?? 0);
      expect(ascending).toBe(true);
      expect(values?.every((v) => Number.isFinite(v))).toBe(true);
    }
  });

  it('reads the SOURCES.md checkpoints', () => {
    const rut = loadShippedSeries('RUT');
    const i = Array.from(rut.days).findIndex((d) => formatIsoDay(d as never) === '2024-11-25');
    expect(rut.close?.[i]).toBe(2442.030029296875);
    expect(rut.days.length).toBe(9686);
    expect(loadShippedSeries('SPX').days.length).toBe(24777);
    const iwo = loadShippedSeries('IWO');
    expect(iwo.close).toBeNull();
    expect(iwo.adjClose?.length).toBe(6541);
    const vbk = loadShippedSeries('VBK');
    expect(vbk.close).not.toBeNull();
    expect(vbk.adjClose).not.toBeNull();
    const dgs10 = readShippedRows(shippedFileOf('US10Y'));
    expect(dgs10.find((row) => row.date === '2024-11-25')?.close).toBe(4.27);
    expect(readShippedRows('VBK.yahoo.csv', 'AdjClose')[0]?.close).toBeCloseTo(45.960025787353516, 12);
  });
});
