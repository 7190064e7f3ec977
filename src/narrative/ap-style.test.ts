import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../core/date.js';
import {
  formatApDate,
  formatApMonth,
  formatApTime,
  formatBasisPoints,
  formatCount,
  formatNumber,
  formatOrdinal,
  formatPercent,
  formatYield,
  monthName,
  roundHalfAway,
  withDateCommas,
} from './ap-style.js';

describe('AP dates inside a sentence', () => {
  it('a full date that the sentence goes on after takes a comma after its year; month-and-year dates and clause ends do not', () => {
    expect(withDateCommas('its lowest close since Jan. 3, 2019 and its third straight loss.')).toBe('its lowest close since Jan. 3, 2019, and its third straight loss.');
    expect(withDateCommas('the best since March 5, 1986 when')).toBe('the best since March 5, 1986, when');
    expect(withDateCommas('since Sept. 9, 2001, snapping')).toBe('since Sept. 9, 2001, snapping');
    expect(withDateCommas('since Oct. 2, 2014.')).toBe('since Oct. 2, 2014.');
    expect(withDateCommas('since December 2023 and')).toBe('since December 2023 and');
    expect(withDateCommas('since Aug. 2 and')).toBe('since Aug. 2 and');
  });
  it('adds only commas, and is idempotent', () => {
    fc.assert(
      fc.property(fc.constantFrom('Jan.', 'May', 'Sept.', 'Dec.'), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1900, max: 2100 }), fc.constantFrom(' and more', '.', ', then', ' when'), (month, day, year, rest) => {
        const text = `since ${month} ${day}, ${year}${rest}`;
        const once = withDateCommas(text);
        expect(once.replace(/,/g, '')).toBe(text.replace(/,/g, ''));
        expect(withDateCommas(once)).toBe(once);
      }),
    );
  });
});

describe('AP numbers', () => {
  it('rounds half away from zero on the decimal a reader sees', () => {
    expect(roundHalfAway(1.005, 2)).toBe(1.01);
    expect(roundHalfAway(-1.005, 2)).toBe(-1.01);
    expect(roundHalfAway(2.25, 1)).toBe(2.3);
    expect(roundHalfAway(-14.000000001, 0)).toBe(-14);
    expect(roundHalfAway(0.049, 1)).toBe(0);
  });
  it('formats levels, percents, basis points and yields', () => {
    expect(formatNumber(2442.030029296875)).toBe('2,442.03');
    expect(formatNumber(44736.5703125)).toBe('44,736.57');
    expect(formatNumber(-1234567.891, 1)).toBe('-1,234,567.9');
    expect(formatNumber(999.995)).toBe('1,000.00');
    expect(formatNumber(-0.001)).toBe('0.00');
    expect(formatNumber(6000, 0)).toBe('6,000');
    expect(formatPercent(-1.469)).toBe('1.5%');
    expect(formatBasisPoints(-14.000000001)).toBe('14 basis points');
    expect(formatBasisPoints(0.6)).toBe('1 basis point');
    expect(formatYield(3.8)).toBe('3.80%');
  });
  it('ordinals and counts', () => {
    expect([1, 2, 3, 9, 10, 11, 12, 13, 21, 22, 23, 51, 101, 111, 112].map(formatOrdinal)).toEqual([
      'first', 'second', 'third', 'ninth', '10th', '11th', '12th', '13th', '21st', '22nd', '23rd', '51st', '101st', '111th', '112th',
    ]);
    expect([0, 6, 9, 10, 1234].map(formatCount)).toEqual(['zero', 'six', 'nine', '10', '1,234']);
  });
  it('formatNumber reads back as the value rounded', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (value) => {
        const text = formatNumber(value, 2);
        expect(text).toMatch(/^-?\d{1,3}(,\d{3})*\.\d{2}$/);
        expect(Math.abs(Number(text.replace(/,/g, '')) - value)).toBeLessThanOrEqual(0.005 + Math.abs(value) * 1e-12);
      }),
    );
  });
});

describe('AP dates and times', () => {
  it('abbreviates Jan., Feb., Aug., Sept., Oct., Nov., Dec. with a day only; never March-July', () => {
    expect(formatApDate(dayFromCivil(2021, 11, 8))).toBe('Nov. 8, 2021');
    expect(formatApDate(dayFromCivil(2024, 8, 2), 2024)).toBe('Aug. 2');
    expect(formatApDate(dayFromCivil(2024, 9, 18), 2024)).toBe('Sept. 18');
    expect(formatApDate(dayFromCivil(2024, 3, 13), 2024)).toBe('March 13');
    expect(formatApDate(dayFromCivil(2024, 7, 4))).toBe('July 4, 2024');
    expect(formatApMonth(2023, 12)).toBe('December 2023');
    expect(formatApMonth(2024, 2, 2024)).toBe('February');
    expect(monthName(9)).toBe('September');
  });
  it('times of day', () => {
    expect([900, 570, 720, 0, 960, 45].map(formatApTime)).toEqual(['3 p.m.', '9:30 a.m.', 'noon', 'midnight', '4 p.m.', '12:45 a.m.']);
  });
});
