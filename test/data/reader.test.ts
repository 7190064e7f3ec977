import { describe, expect, it } from 'vitest';
import { formatIsoDay, type DayNumber } from '../../src/core/date.js';
import { DataFileError } from '../../src/core/errors.js';
import type { InstrumentKind } from '../../src/core/instrument.js';
import { readSeriesText, type ParsedSeries } from '../../src/data/reader.js';
import { fixtureText } from './fixtures.js';

function read(name: string, kind: InstrumentKind = 'index', extra: { adjustedOnly?: boolean; lenient?: boolean } = {}): ParsedSeries {
  return readSeriesText(fixtureText(name), { fileName: name, kind, ...extra });
}

function dates(parsed: ParsedSeries): string[] {
  return Array.from(parsed.days, (day) => formatIsoDay(day as DayNumber));
}

/** The DataFileError a strict read throws. */
function failure(name: string, kind: InstrumentKind = 'index'): DataFileError {
  try {
    read(name, kind);
  } catch (error: unknown) {
    if (error instanceof DataFileError) return error;
    throw error;
  }
  throw new Error(`${name} was read without an error`);
}

describe('formats, detected from the header', () => {
  it('yfinance with Adj Close, Dividends and Stock Splits keeps both closes', () => {
    const parsed = read('yahoo-adjclose-dividends.csv', 'etf');
    expect(parsed.layout.format).toBe('yahoo');
    expect(dates(parsed)).toEqual(['2024-11-21', '2024-11-22', '2024-11-25']);
    expect(Array.from(parsed.close ?? [])).toEqual([10.5, 10.8, 11.0]);
    expect(Array.from(parsed.adjClose ?? [])).toEqual([10.2, 10.6, 10.9]);
  });

  it('yfinance with Close first, CRLF and trailing blank lines', () => {
    const parsed = read('yahoo-close-first-crlf-trailing-blank.csv');
    expect(parsed.layout.format).toBe('yahoo');
    expect(Array.from(parsed.close ?? [])).toEqual([2364.02, 2406.67, 2442.03]);
    expect(parsed.adjClose).toBeNull();
    expect(parsed.rowsRead).toBe(3);
  });

  it('a byte order mark and lower-case headers', () => {
    const parsed = read('bom-lowercase.csv');
    expect(dates(parsed)).toEqual(['2024-11-22', '2024-11-25']);
    expect(Array.from(parsed.close ?? [])).toEqual([5969.34, 5987.37]);
  });

  it('FRED DATE,DGS10 with "." for a holiday: the row is dropped and counted', () => {
    const parsed = read('fred-dgs10-dot.csv', 'yield');
    expect(parsed.layout.format).toBe('fred');
    expect(parsed.nullRowsDropped).toBe(1);
    expect(dates(parsed)).toEqual(['2024-11-21', '2024-11-22', '2024-11-25', '2024-11-29']);
  });

  it('FRED observation_date,DGS2 and date,value', () => {
    expect(Array.from(read('fred-observation-date.csv', 'yield').close ?? [])).toEqual([4.37, 4.21]);
    const parsed = read('fred-date-value.csv', 'yield');
    expect(parsed.layout.format).toBe('fred');
    expect(Array.from(parsed.close ?? [])).toEqual([4.41, 4.27]);
  });

  it('adjusted-only Date,Close when told: stored as adjusted, no price', () => {
    const parsed = read('adjusted-only.csv', 'etf', { adjustedOnly: true });
    expect(parsed.layout.format).toBe('adjusted-only');
    expect(parsed.close).toBeNull();
    expect(Array.from(parsed.adjClose ?? [])).toEqual([309.1, 311.15]);
  });

  it('the same file untold is a plain close: the header cannot say', () => {
    const parsed = read('adjusted-only.csv', 'etf');
    expect(parsed.layout.format).toBe('close-only');
    expect(parsed.adjClose).toBeNull();
  });

  it('Stooq: plain header and the <DATE> ASCII export with YYYYMMDD dates', () => {
    expect(Array.from(read('stooq-plain.csv').close ?? [])).toEqual([100.5, 101.75]);
    const ascii = read('stooq-ascii.csv');
    expect(ascii.layout.format).toBe('stooq');
    expect(dates(ascii)).toEqual(['2024-11-22', '2024-11-25']);
    expect(Array.from(ascii.close ?? [])).toEqual([5969.34, 5987.37]);
  });

  it('generic date,close and a quoted file', () => {
    expect(read('generic-date-close.csv').layout.format).toBe('close-only');
    const quoted = read('quoted.csv');
    expect(Array.from(quoted.close ?? [])).toEqual([100.5, 101]);
    expect(dates(quoted)).toEqual(['2024-11-22', '2024-11-25']);
  });
});

describe('validation, strict: FILE:LINE: reason', () => {
  const cases: [string, number, RegExp, InstrumentKind?][] = [
    ['bad-date.csv', 3, /unparseable date "2024-11-2x"/],
    ['bad-number.csv', 3, /unparseable number "1O1" in column close/],
    ['missing-close-column.csv', 1, /missing column/],
    ['non-positive-price.csv', 3, /non-positive price "0"/],
    ['duplicate-different.csv', 4, /duplicate date with different values \(first at line 3\)/],
    ['partly-null.csv', 3, /partly null row: no value in High/],
    ['wrong-cell-count.csv', 3, /expected 2 cells, found 3/],
    ['header-only.csv', 1, /no data rows/],
    ['empty.csv', 1, /empty file/],
    ['fails-at-end.csv', 6, /unparseable number "abc"/],
  ];
  for (const [name, line, reason, kind] of cases) {
    it(`${name}: line ${line}`, () => {
      const error = failure(name, kind);
      expect(error.file).toBe(name);
      expect(error.line).toBe(line);
      expect(error.message).toMatch(new RegExp(`^${name.replace('.', '\\.')}:${line}: `));
      expect(error.message).toMatch(reason);
      expect(error.message).not.toContain('\n');
    });
  }

  it('yields may be zero or negative', () => {
    const parsed = read('yield-zero-negative.csv', 'yield');
    expect(Array.from(parsed.close ?? [])).toEqual([0.52, -0.01, 0]);
  });

  it('the same zero is rejected for a price', () => {
    expect(failure('yield-zero-negative.csv', 'index').line).toBe(3);
  });

  it('all-null rows are dropped and counted, not an error', () => {
    const parsed = read('all-null-row.csv');
    expect(parsed.nullRowsDropped).toBe(1);
    expect(dates(parsed)).toEqual(['2024-11-21', '2024-11-25']);
  });

  it('exact duplicate rows are dropped and counted', () => {
    const parsed = read('duplicate-same.csv');
    expect(parsed.duplicateRowsDropped).toBe(1);
    expect(dates(parsed)).toEqual(['2024-11-21', '2024-11-22', '2024-11-25']);
  });
});

describe('warnings', () => {
  it('unsorted rows are sorted with a warning', () => {
    const parsed = read('unsorted.csv');
    expect(dates(parsed)).toEqual(['2024-11-21', '2024-11-22', '2024-11-25']);
    expect(Array.from(parsed.close ?? [])).toEqual([100, 101, 102]);
    expect(parsed.warnings.join('\n')).toMatch(/not in date order; sorted/);
  });

  it('weekend dates are warned about with the first one and its line', () => {
    expect(read('weekend.csv').warnings.join('\n')).toMatch(/1 weekend date, first 2024-11-23 \(line 3\)/);
  });

  it('a one-day jump beyond the bound for the kind is warned about', () => {
    expect(read('implausible-jump.csv').warnings.join('\n')).toMatch(/implausible one-day move on 2024-11-22 \(line 3\): 100 to 1000/);
    expect(read('generic-date-close.csv').warnings).toEqual([]);
  });

  it('a 1.5-point move in a yield is implausible, a 0.14-point move is not', () => {
    const text = 'date,value\n2024-11-21,4.41\n2024-11-22,4.27\n2024-11-25,5.77\n';
    const warnings = readSeriesText(text, { fileName: 'y.csv', kind: 'yield' }).warnings;
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/2024-11-25/);
  });
});

describe('lenient mode drops bad rows and says how many and why', () => {
  it('counts each reason', () => {
    const text = 'date,close\n2024-11-18,100\n2024-11-19,x\n2024-13-01,5\n2024-11-20,0\n2024-11-21,101,3\n2024-11-22,102\n2024-11-22,103\n';
    const parsed = readSeriesText(text, { fileName: 'mixed.csv', kind: 'index', lenient: true });
    expect(dates(parsed)).toEqual(['2024-11-18', '2024-11-22']);
    expect(Array.from(parsed.close ?? [])).toEqual([100, 102]);
    expect(Object.fromEntries(parsed.rejected)).toEqual({
      'unparseable number in column close': 1,
      'unparseable date': 1,
      'non-positive price in column close': 1,
      'expected 2 cells, found 3': 1,
      'duplicate date with different values': 1,
    });
  });

  it('a file with no good rows gives an empty series, not an error', () => {
    const parsed = readSeriesText('date,close\n2024-11-19,x\n', { fileName: 'x.csv', kind: 'index', lenient: true });
    expect(parsed.days.length).toBe(0);
  });
});
