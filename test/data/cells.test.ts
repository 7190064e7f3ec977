import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDay, parseIsoDay, type DayNumber } from '../../src/core/date.js';
import { isNullCell, parseDateCell, parseNumberCell } from '../../src/data/cells.js';

describe('parseDateCell', () => {
  it('reads ISO dates, with a time after them, and Stooq YYYYMMDD', () => {
    expect(parseDateCell('2024-11-25', 'iso')).toBe(parseIsoDay('2024-11-25'));
    expect(parseDateCell('2024-11-25 00:00:00-05:00', 'iso')).toBe(parseIsoDay('2024-11-25'));
    expect(parseDateCell('2024-11-25T00:00:00', 'iso')).toBe(parseIsoDay('2024-11-25'));
    expect(parseDateCell(' 2024-11-25 ', 'iso')).toBe(parseIsoDay('2024-11-25'));
    expect(parseDateCell('20241125', 'compact')).toBe(parseIsoDay('2024-11-25'));
  });

  it('rejects dates that do not exist and other text', () => {
    for (const text of ['2023-02-29', '2024-13-01', '2024-11-31', '2024-11-2x', '24-11-25', '2024/11/25', '2024-11-25x', '', '11/25/2024']) {
      expect(parseDateCell(text, 'iso')).toBeNull();
    }
    expect(parseDateCell('20241131', 'compact')).toBeNull();
    expect(parseDateCell('2024-11-25', 'compact')).toBeNull();
  });

  it('agrees with the core ISO parser on every day 1900-2100 (property)', () => {
    const lo = parseIsoDay('1900-01-01') ?? 0;
    const hi = parseIsoDay('2100-12-31') ?? 0;
    fc.assert(
      fc.property(fc.integer({ min: lo, max: hi }), (day) => {
        const text = formatIsoDay(day as DayNumber);
        expect(parseDateCell(text, 'iso')).toBe(day);
        expect(parseDateCell(text.replace(/-/g, ''), 'compact')).toBe(day);
      }),
    );
  });
});

describe('parseNumberCell', () => {
  it('reads decimals and exponents', () => {
    expect(parseNumberCell('4.27')).toBe(4.27);
    expect(parseNumberCell('-0.5')).toBe(-0.5);
    expect(parseNumberCell('1e3')).toBe(1000);
    expect(parseNumberCell('+2')).toBe(2);
    expect(parseNumberCell(' 7 ')).toBe(7);
  });

  it('rejects hex, infinities, thousands separators, letters and blanks', () => {
    for (const text of ['0x10', 'Infinity', '1,000', '1O1', 'abc', '', '  ', '1.2.3', '--1']) expect(parseNumberCell(text)).toBeNaN();
  });

  it('round-trips any finite double (property)', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => Object.is(parseNumberCell(String(value)), value) || (value === 0 && parseNumberCell(String(value)) === 0)));
  });
});

describe('isNullCell', () => {
  it('knows FRED dots, blanks and NaN spellings', () => {
    for (const text of ['', '.', ' ', 'NaN', 'null', 'NA', 'N/A']) expect(isNullCell(text)).toBe(true);
    for (const text of ['0', '4.27', 'x']) expect(isNullCell(text)).toBe(false);
  });
});
