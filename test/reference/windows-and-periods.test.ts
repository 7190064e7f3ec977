/**
 * Windows and calendar periods on dates the stories quote: the 10-year yield's 2- and 11-week
 * moves of October 2022, the 2-year's 5-week rise of February 2023, up and down sessions, the
 * S&P 500's and the Dow's first halves of 2013, the best November since 1928, the S&P 500's three
 * down years to 2002 and the 63-session move of September 2025. Expected values from plain scans.
 */
import { describe, expect, it } from 'vitest';
import { buildStatsIndex, nDayMoveBiggestSince, nWeekMoveBiggestSince, pastMonthMoves, periodRanking, sessionsUpDown, trailingReturn, yearRun } from '../../src/stats/index.js';
import { loadShippedSeries, readShippedRows, type ShippedRow } from '../helpers/shipped-series.js';
import { day, halfKey, pctChange, periodEnds } from './extended-scan.js';

const levels = (file: string): ShippedRow[] => readShippedRows(file).filter((row) => !Number.isNaN(row.close));
const us10Rows = levels('DGS10.fred.csv');
const us10 = buildStatsIndex(loadShippedSeries('US10Y'));
const bp = (from: number, to: number): number => Math.round((to - from) * 100 * 1e6) / 1e6;

/** Last rows of Monday-Sunday weeks, by a plain week number from 1970-01-05 (a Monday). */
function weekEnds(rows: readonly ShippedRow[]): ShippedRow[] {
  return periodEnds(rows, (date) => String(Math.floor((Date.parse(`${date}T00:00:00Z`) / 86_400_000 - 4) / 7))).map((end) => ({ date: end.date, close: end.close }));
}

/** The run of years that count ending with the last, and the last year of the most recent earlier run at least as long (null: none). */
function runOfYears(moves: readonly { year: number; counts: boolean }[]): { run: number; since: number | null } {
  let run = 0;
  while (moves[moves.length - 1 - run]?.counts) run++;
  for (let k = moves.length - 1 - run; k >= 0; k--) {
    let earlierRun = 0;
    while (moves[k - earlierRun]?.counts) earlierRun++;
    if (earlierRun >= run) return { run, since: moves[k]?.year ?? null };
  }
  return { run, since: null };
}

describe('moves over N sessions and N weeks', () => {
  it('10-year yield, Oct. 14, 2022: 2-session and 11-week rises and their biggest since', () => {
    const i = us10Rows.findIndex((row) => row.date === '2022-10-14');
    const at = (k: number): number => us10Rows[k]?.close ?? Number.NaN;
    const move = bp(at(i - 2), at(i));
    let since: string | null = null;
    for (let j = i - 1; j >= 2 && since === null; j--) if (bp(at(j - 2), at(j)) >= move) since = us10Rows[j]?.date ?? null;
    expect(nDayMoveBiggestSince(us10, day('2022-10-14'), 2)).toMatchObject({ move, since });
    const weeks = weekEnds(us10Rows.filter((row) => row.date <= '2022-10-14'));
    const k = weeks.length - 1;
    const weekMove = bp(weeks[k - 11]?.close ?? 0, weeks[k]?.close ?? 0);
    let weekSince: string | null = null;
    for (let j = k - 1; j >= 11 && weekSince === null; j--) if (bp(weeks[j - 11]?.close ?? 0, weeks[j]?.close ?? 0) >= weekMove) weekSince = weeks[j]?.date ?? null;
    const result = nWeekMoveBiggestSince(us10, day('2022-10-14'), 11);
    expect(result).toMatchObject({ move: weekMove, since: weekSince });
    expect(result?.since).toBe('1987-10-16');
  });

  it('2-year yield, Feb. 24, 2023: the largest 5-week rise since the week ending Oct. 21, 2022', () => {
    const rows = levels('DGS2.fred.csv');
    const weeks = weekEnds(rows.filter((row) => row.date <= '2023-02-24'));
    const k = weeks.length - 1;
    expect(nWeekMoveBiggestSince(buildStatsIndex(loadShippedSeries('US2Y')), day('2023-02-24'), 5)).toMatchObject({ move: bp(weeks[k - 5]?.close ?? 0, weeks[k]?.close ?? 0), since: '2022-10-21' });
  });

  it('up and down sessions: the 10-year up in 6 of 7 (Oct. 14, 2022), the S&P 500 down in 9 of 11 (Sept. 29, 2022)', () => {
    const count = (rows: readonly ShippedRow[], date: string, n: number): { up: number; down: number } => {
      const i = rows.findIndex((row) => row.date === date);
      let up = 0;
      let down = 0;
      for (let j = i - n + 1; j <= i; j++) {
        const change = (rows[j]?.close ?? 0) - (rows[j - 1]?.close ?? 0);
        if (change > 0) up++;
        else if (change < 0) down++;
      }
      return { up, down };
    };
    expect(sessionsUpDown(us10, day('2022-10-14'), 7)).toMatchObject({ ...count(us10Rows, '2022-10-14', 7), sessions: 7 });
    expect(sessionsUpDown(us10, day('2022-10-14'), 7).up).toBe(6);
    const spxRows = readShippedRows('GSPC.yahoo.csv');
    expect(sessionsUpDown(buildStatsIndex(loadShippedSeries('SPX')), day('2022-09-29'), 11)).toMatchObject({ ...count(spxRows, '2022-09-29', 11), down: 9 });
  });

  it('63 sessions to Sept. 25, 2025 (S&P 500), and the past month both ways', () => {
    const rows = readShippedRows('GSPC.yahoo.csv');
    const i = rows.findIndex((row) => row.date === '2025-09-25');
    const spx = buildStatsIndex(loadShippedSeries('SPX'));
    expect(trailingReturn(spx, day('2025-09-25'), 63, 'days')?.pct).toBeCloseTo(pctChange(rows[i - 63]?.close ?? 0, rows[i]?.close ?? 0), 9);
    expect(trailingReturn(spx, day('2025-09-25'), 63, 'days')?.pct?.toFixed(2)).toBe('7.55');
    const past = pastMonthMoves(spx, day('2025-09-25'));
    const calendarBase = rows.filter((row) => row.date <= '2025-08-25').pop();
    expect(past.calendar?.from_date).toBe(calendarBase?.date);
    expect(past.sessions?.from_date).toBe(rows[i - 21]?.date);
  });
});

describe('months, halves and years', () => {
  const spxRows = readShippedRows('GSPC.yahoo.csv');
  const spx = buildStatsIndex(loadShippedSeries('SPX'));

  it('first half of 2013: the S&P 500 +12.63%, best first half since 1998; the Dow best since 1999', () => {
    for (const [symbol, file, since] of [['SPX', 'GSPC.yahoo.csv', '1998'], ['DJI', 'DJI.yahoo.csv', '1999']] as const) {
      const halves = periodEnds(readShippedRows(file), halfKey);
      const k = halves.findIndex((half) => half.key === '2013-H1');
      const move = pctChange(halves[k - 1]?.close ?? 0, halves[k]?.close ?? 0);
      let expected: string | null = null;
      for (let j = k - 2; j >= 1 && expected === null; j--) {
        if ((halves[j]?.key ?? '').endsWith('H1') && pctChange(halves[j - 1]?.close ?? 0, halves[j]?.close ?? 0) >= move) expected = halves[j]?.key ?? null;
      }
      const ranking = periodRanking(buildStatsIndex(loadShippedSeries(symbol)), day('2013-06-28'), 'half');
      expect(ranking?.period.move).toBeCloseTo(move, 9);
      expect(ranking?.same_period_since).toBe(expected);
      expect(ranking?.same_period_since).toBe(`${since}-H1`);
    }
    expect(periodRanking(spx, day('2013-06-28'), 'half')?.period.move.toFixed(2)).toBe('12.63');
  });

  it('November 2020: the S&P 500 best November since 1928, best month since April 2020', () => {
    const months = periodEnds(spxRows, (date) => date.slice(0, 7));
    const k = months.findIndex((month) => month.key === '2020-11');
    const move = pctChange(months[k - 1]?.close ?? 0, months[k]?.close ?? 0);
    const earlier = months.slice(1, k).map((month, j) => ({ key: month.key, move: pctChange(months[j]?.close ?? 0, month.close) }));
    const since = [...earlier].reverse().find((entry) => entry.move >= move)?.key;
    const sameSince = [...earlier].reverse().find((entry) => entry.key.endsWith('-11') && entry.move >= move)?.key;
    const ranking = periodRanking(spx, day('2020-11-30'), 'month');
    expect([ranking?.since, ranking?.same_period_since]).toEqual([since, sameSince]);
    expect([ranking?.since, ranking?.same_period_since]).toEqual(['2020-04', '1928-11']);
    expect(ranking?.rank).toBe(earlier.filter((entry) => entry.move > move).length + 1);
  });

  it('2000-2002: three straight down years for the S&P 500, the first such run since 1941', () => {
    const years = periodEnds(spxRows.filter((row) => row.date <= '2002-12-30'), (date) => date.slice(0, 4));
    const { run, since } = runOfYears(years.slice(1).map((year, j) => ({ year: Number(year.key), counts: year.close < (years[j]?.close ?? 0) })));
    expect(yearRun(spx, day('2002-12-30'))).toEqual({ length: -run, first_year: 2000, longest_since_year: since });
    expect(since).toBe(1941);
  });

  it('2023-2024: back-to-back gains of more than 20% for the S&P 500, the first such run since 1998', () => {
    const years = periodEnds(spxRows.filter((row) => row.date <= '2024-12-31'), (date) => date.slice(0, 4));
    const { run, since } = runOfYears(years.slice(1).map((year, j) => ({ year: Number(year.key), counts: pctChange(years[j]?.close ?? 0, year.close) > 20 })));
    expect(yearRun(spx, day('2024-12-31'), 20)).toEqual({ length: run, first_year: 2023, longest_since_year: since });
    expect([run, since]).toEqual([2, 1998]);
    // A year short of 20% has no such run, whatever its sign.
    expect(yearRun(spx, day('2022-12-30'), 20).length).toBe(0);
  });
});
