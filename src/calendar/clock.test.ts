import { describe, expect, it } from 'vitest';
import { clockMinutes, nowInNewYork, todayInNewYork } from './clock.js';

describe('clock helpers', () => {
  it('reads HH:MM as minutes after midnight, NaN otherwise', () => {
    expect(clockMinutes('13:00')).toBe(780);
    expect(clockMinutes('09:30')).toBe(570);
    expect(clockMinutes('1 p.m.')).toBeNaN();
  });
  it("gives New York's date whatever the machine's zone (the tests run at UTC+14)", () => {
    expect(todayInNewYork(new Date('2026-01-01T03:00:00Z'))).toBe('2025-12-31');
    expect(todayInNewYork(new Date('2026-07-01T03:59:00Z'))).toBe('2026-06-30');
    expect(todayInNewYork(new Date('2026-07-01T04:00:00Z'))).toBe('2026-07-01');
  });
  it('gives the time in New York, 24-hour, across daylight saving time', () => {
    expect(nowInNewYork(new Date('2026-01-15T18:05:00Z'))).toEqual({ date: '2026-01-15', time: '13:05' });
    expect(nowInNewYork(new Date('2026-07-15T20:00:00Z'))).toEqual({ date: '2026-07-15', time: '16:00' });
    expect(nowInNewYork(new Date('2026-07-16T04:30:00Z'))).toEqual({ date: '2026-07-16', time: '00:30' });
  });
});
