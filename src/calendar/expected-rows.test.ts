import { describe, expect, it } from 'vitest';
import { formatIsoDay, parseIsoDay, type DayNumber } from '../core/date.js';
import { calendarOf } from './calendars.js';
import { closingTimeOn, hasClosedBy, sessionsWithoutRows } from './expected-rows.js';

function day(date: string): DayNumber {
  const parsed = parseIsoDay(date);
  if (parsed === null) throw new Error(date);
  return parsed;
}

const nyse = calendarOf('nyse');

describe('closing times', () => {
  it('the regular close, an early close, or none', () => {
    expect(closingTimeOn(nyse, day('2024-11-27'))).toBe('16:00');
    expect(closingTimeOn(nyse, day('2024-11-29'))).toBe('13:00');
    expect(closingTimeOn(nyse, day('2024-11-28'))).toBeNull();
    expect(closingTimeOn(calendarOf('bonds'), day('2024-11-29'))).toBe('14:00');
  });
  it('a session has closed at or after its closing time', () => {
    expect(hasClosedBy(nyse, day('2024-11-27'), '15:59')).toBe(false);
    expect(hasClosedBy(nyse, day('2024-11-27'), '16:00')).toBe(true);
    expect(hasClosedBy(nyse, day('2024-11-29'), '13:30')).toBe(true);
    expect(hasClosedBy(nyse, day('2024-11-28'), '17:00')).toBe(false);
    expect(hasClosedBy(nyse, day('2024-11-27'), 'late')).toBe(false);
  });
});

describe('sessionsWithoutRows', () => {
  it('names the sessions a series lacks, not its weekends or holidays', () => {
    const days = Int32Array.from(['2024-11-25', '2024-11-26', '2024-11-29'].map(day));
    expect(sessionsWithoutRows(nyse, days, day('2024-11-25'), day('2024-12-02')).map(formatIsoDay)).toEqual(['2024-11-27', '2024-12-02']);
  });
});
