import { describe, expect, it } from 'vitest';
import type { DayNumber } from '../../core/date.js';
import { isPlainOneDayMove, longestSessionGap } from '../../../test/helpers/one-day-scan.js';
import { loadShippedSeries, readShippedRows } from '../../../test/helpers/shipped-series.js';
import { isoDay, makeSeries } from '../../../test/helpers/synthetic-series.js';
import { dayMoveRank } from '../rankings/rankings.js';
import { pointMoveStanding } from '../points/point-moves.js';
import { sessionsUpDown } from '../returns/windows.js';
import { statsOnSeries } from '../snapshot/single-date.js';
import { statsOn } from '../snapshot/snapshot.js';
import { buildStatsIndex } from '../stats-index.js';
import { longestStreakSince, longestStreakSinceAt } from '../streaks/streak-since.js';
import { LONGEST_CLOSURE_DAYS, maxOneDayGapDays, ONE_DAY_GAP_SLACK_DAYS, oneDayMoveCodes, oneDayMoveStatusAt } from './one-day-moves.js';

describe('one-day moves', () => {
  it('the longest closures are the calendars\' own, by a scan of their sessions', () => {
    expect(LONGEST_CLOSURE_DAYS.nyse).toBe(longestSessionGap('nyse'));
    expect(LONGEST_CLOSURE_DAYS.bonds).toBe(longestSessionGap('bonds'));
    expect(maxOneDayGapDays('index')).toBe(longestSessionGap('nyse') + ONE_DAY_GAP_SLACK_DAYS);
    expect(maxOneDayGapDays('yield')).toBe(longestSessionGap('bonds') + ONE_DAY_GAP_SLACK_DAYS);
  });

  it('yields follow the bond calendar, stocks the NYSE: a 10-day gap is a day for one, not the other', () => {
    const days = Int32Array.from(['2024-06-03', '2024-06-13'], isoDay);
    expect(oneDayMoveStatusAt(oneDayMoveCodes(days, 'index'), 1)).toBe('one-day');
    expect(oneDayMoveStatusAt(oneDayMoveCodes(days, 'yield'), 1)).toBe('prior-too-far');
    expect(oneDayMoveStatusAt(oneDayMoveCodes(days, 'yield'), 0)).toBe('first-day');
  });

  // A 73-year gap (a row dated far from the rest): the move across it is no day's move.
  const dates = ['2024-01-02', '2024-01-03', '2024-01-04', '2097-01-02', '2097-01-03', '2097-01-04', '2097-01-07'];
  const closes = [100, 101, 102, 400, 404, 402, 405];
  const series = makeSeries(closes, { dates });
  const index = buildStatsIndex(series);

  it('a move across a gap far longer than any closure has no change and is compared with nothing', () => {
    const gap = statsOn(index, isoDay('2097-01-02'));
    expect(gap.change_1d_status).toBe('prior-too-far');
    expect(gap.change_1d).toBeNull();
    expect(gap.change_1d_pct).toBeNull();
    expect(gap.prev_date).toBe('2024-01-04');
    expect(gap.prev_gap_days).toBe(isoDay('2097-01-02') - isoDay('2024-01-04'));
    expect(gap.max_1d_gap_days).toBe(maxOneDayGapDays('index'));
    expect(gap.biggest_1d_since).toBeNull();
    expect(gap.streak_days).toBe(0);
    // Period returns stay close to close.
    expect(gap.ytd_pct).toBeCloseTo((400 / 102 - 1) * 100, 9);
    // The next day's 1% gain is the biggest in the data: the gap's 292% is not a day's move.
    const after = statsOn(index, isoDay('2097-01-03'));
    expect(after.change_1d_status).toBe('one-day');
    expect(after.biggest_1d_since).toBe('2024-01-03');
    expect(statsOn(index, isoDay('2097-01-07')).biggest_1d_since).toBe('2097-01-03');
    expect(after.streak_days).toBe(1);
    expect(dayMoveRank(index, isoDay('2097-01-07')).count).toBe(5);
    expect(pointMoveStanding(index, isoDay('2097-01-02')).points).toBeNull();
    expect(pointMoveStanding(index, isoDay('2097-01-03')).since).toBeNull();
    // "Up in N of the last three sessions": the pair across the gap is no session's move.
    expect(sessionsUpDown(index, isoDay('2097-01-03'), 3)).toMatchObject({ sessions: 2, up: 2, down: 0 });
  });

  it('the single-date path agrees with the index at every observation', () => {
    for (const day of index.days) expect(statsOnSeries(series, day as DayNumber)).toEqual(statsOn(index, day as DayNumber));
    const spx = loadShippedSeries('SPX');
    const spxIndex = buildStatsIndex(spx);
    for (const iso of ['1927-12-30', '1933-03-15', '1939-09-05', '1952-05-26', '1987-10-21', '2001-09-17', '2008-10-13']) {
      expect(statsOnSeries(spx, isoDay(iso))).toEqual(statsOn(spxIndex, isoDay(iso)));
    }
    for (let i = 0; i < index.days.length; i++) expect(longestStreakSinceAt(index.days, index.values, i, 'index')).toEqual(longestStreakSince(index, (index.days[i] ?? 0) as DayNumber));
  });

  it('S&P 500: every pair is classified as an independent reading of the calendar says', () => {
    const rows = readShippedRows('GSPC.yahoo.csv');
    const codes = oneDayMoveCodes(buildStatsIndex(loadShippedSeries('SPX')).days, 'index');
    let saturdays = 0;
    for (let k = 1; k < rows.length; k++) {
      const plain = isPlainOneDayMove(rows[k - 1]?.date ?? '', rows[k]?.date ?? '', 'nyse');
      const status = oneDayMoveStatusAt(codes, k);
      expect(status === 'one-day', rows[k]?.date).toBe(plain);
      if (status === 'spans-saturday') saturdays++;
    }
    // Every pre-June 1952 weekend outside the summer closures of 1945-1951, and no later one.
    expect(saturdays).toBeGreaterThan(1000);
    expect(oneDayMoveStatusAt(codes, rows.findIndex((row) => row.date === '1952-05-26'))).toBe('spans-saturday');
    expect(oneDayMoveStatusAt(codes, rows.findIndex((row) => row.date === '1952-06-02'))).toBe('one-day');
    // The day after the bank holiday of 1933 (Saturdays March 4 and 11 closed too) and after Sept. 11, 2001.
    expect(oneDayMoveStatusAt(codes, rows.findIndex((row) => row.date === '1933-03-15'))).toBe('one-day');
    expect(oneDayMoveStatusAt(codes, rows.findIndex((row) => row.date === '2001-09-17'))).toBe('one-day');
  });

  /** The most recent earlier one-day move at least as large, same direction, by a plain scan of the file. */
  function plainBiggestSince(date: string): string | null {
    const rows = readShippedRows('GSPC.yahoo.csv');
    const k = rows.findIndex((row) => row.date === date);
    const pct = (j: number): number => ((rows[j]?.close ?? 0) / (rows[j - 1]?.close ?? 1) - 1) * 100;
    const move = pct(k);
    for (let j = k - 1; j > 0; j--) {
      if (!isPlainOneDayMove(rows[j - 1]?.date ?? '', rows[j]?.date ?? '', 'nyse')) continue;
      if (Math.sign(move) * pct(j) >= Math.abs(move) - 1e-9) return rows[j]?.date ?? null;
    }
    return null;
  }

  it('the S&P 500 gains of Oct. 21, 1987 and Oct. 13, 2008 are the biggest since a true one-day move', () => {
    const spx = buildStatsIndex(loadShippedSeries('SPX'));
    for (const date of ['1987-10-21', '2008-10-13']) {
      const since = statsOn(spx, isoDay(date)).biggest_1d_since;
      expect(since).toBe(plainBiggestSince(date));
      // Not Tuesday, Sept. 5, 1939: its move from Friday's close spans Saturday, Sept. 2.
      expect(since).not.toBe('1939-09-05');
      const sinceIdx = spx.days.indexOf(isoDay(since ?? '1900-01-01'));
      expect(oneDayMoveStatusAt(spx.oneDay, sinceIdx)).toBe('one-day');
    }
    expect(statsOn(spx, isoDay('2008-10-13')).biggest_1d_since).toBe('1933-03-15');
    const monday = statsOn(spx, isoDay('1939-09-05'));
    expect(monday.change_1d_status).toBe('spans-saturday');
    expect(monday.change_1d_pct).not.toBeNull();
    expect(monday.biggest_1d_since).toBeNull();
    expect(dayMoveRank(spx, isoDay('1939-09-05')).rank).toBeNull();
  });
});
