/**
 * Points on real dates the stories quote (the Dow on Feb. 2, 2018 and Sept. 29, 2008; the S&P 500
 * on Sept. 29, 2022): expected values from plain scans of the CSV rows, then the published figure.
 */
import { describe, expect, it } from 'vitest';
import { buildStatsIndex, dayMoveRank, lastPointMoveBeyond, pointMoveDays, pointMoveStanding } from '../../src/stats/index.js';
import { isPlainOneDayMove } from '../helpers/one-day-scan.js';
import { loadShippedSeries, readShippedRows } from '../helpers/shipped-series.js';
import { day, pointMoves } from './extended-scan.js';

const djiRows = readShippedRows('DJI.yahoo.csv');
const dji = buildStatsIndex(loadShippedSeries('DJI'));
const djiMoves = pointMoves(djiRows);

describe('Dow point drops, Feb. 2, 2018', () => {
  const upTo = djiMoves.filter((m) => m.date <= '2018-02-02');
  const today = upTo[upTo.length - 1];

  it('counts drops of more than 600 points: in the data, since 2000 and in 2008', () => {
    const expected = upTo.filter((m) => m.points < -600);
    const counted = pointMoveDays(dji, { direction: 'drop', points: 600, strict: true, to: day('2018-02-02') });
    expect(counted.dates).toEqual(expected.map((m) => m.date));
    expect(counted.count).toBe(9);
    expect(pointMoveDays(dji, { direction: 'drop', points: 600, strict: true, from: day('2000-02-02'), to: day('2018-02-02') }).count).toBe(expected.filter((m) => m.date >= '2000-02-02').length);
    const in2008 = pointMoveDays(dji, { direction: 'drop', points: 600, strict: true, from: day('2008-01-01'), to: day('2008-12-31') });
    expect(in2008.count).toBe(djiMoves.filter((m) => m.date.startsWith('2008') && m.points < -600).length);
    expect(in2008.count).toBe(4);
  });

  it('the last earlier drop of more than 600 points and the rank of the day', () => {
    const earlier = upTo.slice(0, -1).filter((m) => m.points < -600);
    expect(lastPointMoveBeyond(dji, day('2018-02-02'), 600, 'drop')?.date).toBe(earlier[earlier.length - 1]?.date);
    expect(lastPointMoveBeyond(dji, day('2018-02-02'), 600, 'drop')?.date).toBe('2016-06-24');
    const standing = pointMoveStanding(dji, day('2018-02-02'));
    expect(standing.points).toBeCloseTo(today?.points ?? Number.NaN, 6);
    expect(standing.rank_from_bottom).toBe(upTo.filter((m) => m.points < (today?.points ?? 0) - 1e-6).length + 1);
    expect(standing.rank_from_bottom).toBe(6);
  });

  it('Sept. 29, 2008: the biggest point drop in the data', () => {
    const standing = pointMoveStanding(dji, day('2008-09-29'));
    const before = djiMoves.filter((m) => m.date < '2008-09-29');
    expect(before.every((m) => m.points > (standing.points ?? 0))).toBe(true);
    expect(standing.since).toBeNull();
    expect(standing.rank_from_bottom).toBe(1);
  });
});

describe('S&P 500 point drop, Sept. 29, 2022', () => {
  it('the biggest point drop since Sept. 13, 2022', () => {
    const moves = pointMoves(readShippedRows('GSPC.yahoo.csv'));
    const k = moves.findIndex((m) => m.date === '2022-09-29');
    const move = moves[k]?.points ?? 0;
    let since: string | null = null;
    for (let j = k - 1; j >= 0 && since === null; j--) if ((moves[j]?.points ?? 0) <= move + 1e-9) since = moves[j]?.date ?? null;
    const standing = pointMoveStanding(buildStatsIndex(loadShippedSeries('SPX')), day('2022-09-29'));
    expect(standing.since).toBe(since);
    expect(standing.since).toBe('2022-09-13');
  });
});

describe('rank of a day within a window', () => {
  it('S&P 500, April 9, 2025: its third-best day since 1940 (percent)', () => {
    const rows = readShippedRows('GSPC.yahoo.csv');
    // One-day moves only: before June 1952 a Friday-to-Monday move across a Saturday session the file lacks is two sessions.
    const moves = rows.slice(1).flatMap((row, k) => (isPlainOneDayMove(rows[k]?.date ?? '', row.date, 'nyse') ? [{ date: row.date, pct: (row.close / (rows[k]?.close ?? Number.NaN) - 1) * 100 }] : []));
    const today = moves.find((m) => m.date === '2025-04-09')?.pct ?? 0;
    const window = moves.filter((m) => m.date >= '1940-01-01' && m.date <= '2025-04-09');
    const rank = dayMoveRank(buildStatsIndex(loadShippedSeries('SPX')), day('2025-04-09'), day('1940-01-01'));
    expect(rank.rank).toBe(window.filter((m) => m.pct > today + 1e-9).length + 1);
    expect(rank.count).toBe(window.length);
    expect(rank.rank).toBe(3);
  });
});
