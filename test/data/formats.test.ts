import { describe, expect, it } from 'vitest';
import { detectLayout, type FileLayout } from '../../src/data/formats.js';

function layoutOf(header: string, adjustedOnly = false): FileLayout {
  const result = detectLayout(header.split(','), adjustedOnly);
  if (!result.ok) throw new Error(result.reason);
  return result.layout;
}

function reasonOf(header: string, adjustedOnly = false): string {
  const result = detectLayout(header.split(','), adjustedOnly);
  return result.ok ? '' : result.reason;
}

describe('detectLayout', () => {
  it('finds the columns of each format', () => {
    expect(layoutOf('Date,Open,High,Low,Close,AdjClose,Volume,Dividends')).toMatchObject({ format: 'yahoo', dateColumn: 0, closeColumn: 4, adjCloseColumn: 5, width: 8 });
    expect(layoutOf('Date,Open,High,Low,Close,Adj Close,Volume')).toMatchObject({ format: 'yahoo', closeColumn: 4, adjCloseColumn: 5 });
    expect(layoutOf('Date,Close,High,Low,Open,Volume')).toMatchObject({ format: 'yahoo', closeColumn: 1, adjCloseColumn: null });
    expect(layoutOf('date,open,high,low,close,volume')).toMatchObject({ format: 'ohlc', closeColumn: 4 });
    expect(layoutOf('Date,Open,High,Low,Close,Volume')).toMatchObject({ format: 'ohlc', closeColumn: 4 });
    expect(layoutOf('DATE,DGS10')).toMatchObject({ format: 'fred', closeColumn: 1 });
    expect(layoutOf('observation_date,DGS2')).toMatchObject({ format: 'fred', closeColumn: 1 });
    expect(layoutOf('date,value')).toMatchObject({ format: 'fred', closeColumn: 1 });
    expect(layoutOf('<TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<VOL>,<OPENINT>')).toMatchObject({ format: 'stooq', dateColumn: 2, closeColumn: 7, dateStyle: 'compact' });
    expect(layoutOf('date,close')).toMatchObject({ format: 'close-only', closeColumn: 1 });
    expect(layoutOf('Date,Close', true)).toMatchObject({ format: 'adjusted-only', closeColumn: null, adjCloseColumn: 1 });
    expect(layoutOf('Date,Adj Close', true)).toMatchObject({ format: 'adjusted-only', adjCloseColumn: 1 });
  });

  it('says what is missing', () => {
    expect(reasonOf('Day,Close')).toMatch(/^missing column: no date column/);
    expect(reasonOf('Date,Open,High,Low,Volume')).toMatch(/^missing column: no close column/);
    expect(reasonOf('Date,Open,High,Low,Close,Volume', true)).toMatch(/^missing column: an adjusted-only file has two columns/);
    expect(reasonOf('<TICKER>,<DATE>,<OPEN>')).toMatch(/no <CLOSE> column/);
  });
});
