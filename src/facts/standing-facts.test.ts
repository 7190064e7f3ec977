/**
 * Facts of review items: VIX record closes, extreme-since replacing the 52-week extreme, record
 * counts in the data's first year, standing in a bear market or correction, total returns of
 * adjusted-only data. Expected values from plain scans of the shipped CSV rows.
 */
import { describe, expect, it } from 'vitest';
import { loadShippedSeries, readShippedRows, shippedFileOf, type ShippedSymbol } from '../../test/helpers/shipped-series.js';
import { isoDay } from '../../test/helpers/synthetic-series.js';
import { detectFacts } from './detect.js';
import type { Fact, FactKind, FactOf } from './fact.js';
import { gatherFactInputs } from './gather.js';

/** Every fact about `symbol` on `date` (the brief's fact pass over that instrument alone). */
function factsOn(symbol: ShippedSymbol, date: string): Fact[] {
  return detectFacts(gatherFactInputs([loadShippedSeries(symbol)], { date: isoDay(date), benchmark: null }));
}

/** The facts of one kind. */
function ofKind<K extends FactKind>(facts: readonly Fact[], kind: K): FactOf<K>[] {
  return facts.filter((fact): fact is FactOf<K> => fact.kind === kind);
}

/** Plain rows of a symbol (adjusted closes for IWO, whose file holds only those). */
function rowsOf(symbol: ShippedSymbol): { date: string; close: number }[] {
  return readShippedRows(shippedFileOf(symbol));
}

/** Position of `date` in rows; throws when absent. */
function positionOf(rows: readonly { date: string }[], date: string): number {
  const i = rows.findIndex((row) => row.date === date);
  if (i < 0) throw new Error(`no row ${date}`);
  return i;
}

/** True when row i's close is above every earlier close. */
function isRecordRow(rows: readonly { close: number }[], i: number): boolean {
  const close = rows[i]?.close ?? Number.NaN;
  for (let j = 0; j < i; j++) if ((rows[j]?.close ?? Number.NaN) >= close) return false;
  return i > 0;
}

describe('record closes of a volatility index (item 6)', () => {
  const rows = rowsOf('VIX');
  for (const date of ['2020-03-16', '2008-10-10']) {
    it(`VIX ${date}: a record close when the CSV says so, never also a 52-week high`, () => {
      const facts = factsOn('VIX', date);
      const records = ofKind(facts, 'record-close');
      expect(records.length).toBe(isRecordRow(rows, positionOf(rows, date)) ? 1 : 0);
      expect(records.length).toBe(1);
      expect(records[0]?.close).toBe(rows[positionOf(rows, date)]?.close);
      expect(records[0]?.dataStart).toBe(rows[0]?.date);
      expect(ofKind(facts, 'fifty-two-week').filter((fact) => fact.side === 'high')).toEqual([]);
    });
  }

  it('a yield level is never a record close', () => {
    const rows10 = rowsOf('US10Y');
    const best = rows10.reduce((top, row, i) => ((row.close > (rows10[top]?.close ?? 0)) ? i : top), 0);
    const date = rows10[best]?.date ?? '';
    expect(ofKind(factsOn('US10Y', date), 'record-close')).toEqual([]);
  });
});

describe('extreme-since replaces the 52-week extreme (item 21)', () => {
  it('RUT 2024-11-25: the highest close since the last date with a close at least as high, not "in 52 weeks"', () => {
    const rows = rowsOf('RUT');
    const i = positionOf(rows, '2024-11-25');
    const close = rows[i]?.close ?? Number.NaN;
    let since = -1;
    for (let j = i - 1; j >= 0 && since < 0; j--) if ((rows[j]?.close ?? Number.NaN) >= close) since = j;
    const facts = factsOn('RUT', '2024-11-25');
    expect(ofKind(facts, 'extreme-since').map((fact) => [fact.side, fact.sinceDate, fact.sinceIsRecord])).toEqual([['high', rows[since]?.date ?? null, true]]);
    expect(ofKind(facts, 'fifty-two-week')).toEqual([]);
  });

  it('never both facts of one side, on dates across the data of every instrument', () => {
    for (const symbol of ['SPX', 'RUT', 'VIX', 'US10Y', 'VBK'] as const) {
      const rows = rowsOf(symbol);
      for (let i = 300; i < rows.length; i += 397) {
        const facts = factsOn(symbol, rows[i]?.date ?? '');
        for (const side of ['high', 'low'] as const) {
          const both = ofKind(facts, 'extreme-since').some((fact) => fact.side === side) && ofKind(facts, 'fifty-two-week').some((fact) => fact.side === side);
          expect(both, `${symbol} ${rows[i]?.date ?? ''} ${side}`).toBe(false);
        }
      }
    }
  });
});

describe('record counts in the data\'s first year (item 22)', () => {
  const rows = rowsOf('RUT');
  const firstYear = (rows[0]?.date ?? '').slice(0, 4);
  const recordDates = rows.filter((_, i) => isRecordRow(rows, i)).map((row) => row.date);
  const firstYearRecord = recordDates.filter((date) => date.startsWith(firstYear)).at(-1) ?? '';
  const laterRecord = recordDates.find((date) => date.slice(0, 4) > firstYear) ?? '';

  it('a record in the first year counts from the data start', () => {
    const record = ofKind(factsOn('RUT', firstYearRecord), 'record-close')[0];
    expect(record?.countSinceDataBegin).toBe(true);
    expect(record?.countYtd).toBe(recordDates.filter((date) => date <= firstYearRecord).length);
    expect(record?.dataStart).toBe(rows[0]?.date);
  });

  it('the latest record on a later day of the first year (RUT 1987-10-19) too', () => {
    const latest = ofKind(factsOn('RUT', '1987-10-19'), 'latest-record')[0];
    expect(latest?.recordDate).toBe(recordDates.filter((date) => date <= '1987-10-19').at(-1));
    expect(latest?.countSinceDataBegin).toBe(true);
    expect(latest?.dataStart).toBe(rows[0]?.date);
  });

  it('a month a few weeks after the data begin is not "the biggest monthly move in the data" (RUT 1987-10-05)', () => {
    const facts = factsOn('RUT', '1987-10-05');
    expect(ofKind(facts, 'month-on-track')).toEqual([]);
    expect(ofKind(facts, 'record-close').length).toBe(isRecordRow(rows, positionOf(rows, '1987-10-05')) ? 1 : 0);
  });

  it('a record in a later year counts in its calendar year', () => {
    const record = ofKind(factsOn('RUT', laterRecord), 'record-close')[0];
    expect(record?.countSinceDataBegin).toBe(false);
    expect(record?.countYtd).toBe(recordDates.filter((date) => date.startsWith(laterRecord.slice(0, 4)) && date <= laterRecord).length);
  });
});

describe('standing in a bear market or correction (item 7)', () => {
  it('SPX 2020-03-18: in a bear market, depth below the record close of the scan, since the last close that took it 20% below', () => {
    const rows = rowsOf('SPX');
    const i = positionOf(rows, '2020-03-18');
    let peak = 0;
    for (let j = 1; j <= i; j++) if ((rows[j]?.close ?? 0) > (rows[peak]?.close ?? 0)) peak = j;
    const close = rows[i]?.close ?? Number.NaN;
    const peakClose = rows[peak]?.close ?? Number.NaN;
    let start = i;
    while (start > peak + 1 && (rows[start - 1]?.close ?? Number.NaN) <= peakClose * 0.8) start--;
    const standing = ofKind(factsOn('SPX', '2020-03-18'), 'drawdown-standing');
    expect(standing.map((fact) => [fact.state, fact.peakDate, fact.peakClose, fact.peakIsRecord, fact.sinceDate])).toEqual([['bear', rows[peak]?.date, peakClose, true, rows[start]?.date]]);
    expect(standing[0]?.drawdownPct).toBeCloseTo((1 - close / peakClose) * 100, 9);
    // The bear market began earlier (the first close 20% below): the stay is a return to it.
    expect((standing[0]?.stateSinceDate ?? '') < (standing[0]?.sinceDate ?? '')).toBe(true);
    expect(standing[0]?.isReentry).toBe(true);
  });

  it('RUT and IXIC on 2022-06-13 are in bear markets entered earlier', () => {
    for (const symbol of ['RUT', 'IXIC'] as const) {
      const standing = ofKind(factsOn(symbol, '2022-06-13'), 'drawdown-standing')[0];
      expect(standing?.state).toBe('bear');
      expect((standing?.sinceDate ?? '9999') < '2022-06-13').toBe(true);
    }
  });

  it('never on the day a state is entered, never for a yield or the VIX; scored below the day of entering', () => {
    const rows = rowsOf('SPX').filter((row) => row.date >= '2020-02-20' && row.date <= '2020-04-30');
    let standingDays = 0;
    for (const row of rows) {
      const facts = factsOn('SPX', row.date);
      const change = ofKind(facts, 'drawdown-change');
      const standing = ofKind(facts, 'drawdown-standing');
      expect(change.length > 0 && standing.length > 0).toBe(false);
      for (const fact of standing) expect(fact.score).toBeLessThan(80);
      standingDays += standing.length;
    }
    expect(standingDays).toBeGreaterThan(10);
    expect(ofKind(factsOn('US10Y', '2020-03-16'), 'drawdown-standing')).toEqual([]);
    expect(ofKind(factsOn('VIX', '2020-03-16'), 'drawdown-standing')).toEqual([]);
  });
});

describe('adjusted-only data: total returns, no level (item 5)', () => {
  const rows = rowsOf('IWO');
  const levelKinds: readonly FactKind[] = ['day-move', 'record-close', 'latest-record', 'near-record', 'fifty-two-week', 'extreme-since', 'milestone', 'drawdown-change', 'drawdown-standing'];

  for (const date of ['2024-11-25', '2020-03-16']) {
    it(`IWO ${date}: the day's move is a total return from the adjusted closes, with no level fact`, () => {
      const i = positionOf(rows, date);
      const facts = factsOn('IWO', date);
      expect(facts.filter((fact) => levelKinds.includes(fact.kind))).toEqual([]);
      expect(ofKind(facts, 'biggest-move')).toEqual([]);
      const move = ofKind(facts, 'total-return-move');
      expect(move.length).toBe(1);
      expect(move[0]?.basis).toBe('total');
      expect(move[0]?.move).toBeCloseTo(((rows[i]?.close ?? 0) / (rows[i - 1]?.close ?? 1) - 1) * 100, 10);
      expect(move[0]?.prevDate).toBe(rows[i - 1]?.date);
    });
  }

  it('a fund with unadjusted closes keeps its day-move and has no total-return-move', () => {
    const facts = factsOn('VBK', '2024-11-25');
    expect(ofKind(facts, 'day-move').length).toBe(1);
    expect(ofKind(facts, 'total-return-move')).toEqual([]);
  });
});
