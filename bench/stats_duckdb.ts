/**
 * Second baseline of bench/stats.ts, the one a data team would reach for: the universe's closes
 * in one DuckDB table `closes(k, i, close)` (instrument, observation number, close) and the same
 * statistics for the last date as SQL window queries: record closes this year, year-to-date
 * return, the signed streak and the day's "biggest since" (the most recent earlier day whose
 * move, same direction, was at least as large; moves compared rounded to 1e-9 percent as the
 * engine does). Loading the table is not timed; the query is.
 */
import { DOUBLE, DuckDBDataChunk, DuckDBInstance, INTEGER } from '@duckdb/node-api';
import { median } from './support.js';

/** What both sides sum over the universe, to show they computed the same answers. */
export interface UniverseAgreement {
  records_ytd_sum: number;
  streak_sum: number;
  /** Sum of year-to-date returns in percent, rounded to 1e-6. */
  ytd_pct_sum: number;
  /** Sum of the observation numbers of "biggest since" days, and how many instruments had none. */
  biggest_since_idx_sum: number;
  biggest_since_none: number;
}

/**
 * The query, written as a data team would tune it: one window pass for the day-to-day moves over
 * all closes; the records of the year from the record before the year plus a running maximum
 * over the year's rows only; one aggregate per instrument joined to its last day for the streak
 * and "biggest since".
 */
function universeQuery(lastIdx: number, yearStartIdx: number): string {
  return `
WITH moves AS (
  SELECT k, i, close, round((close / lag(close) OVER (PARTITION BY k ORDER BY i) - 1) * 100, 9) AS move
  FROM closes
),
today AS (SELECT k, move AS last_move, close AS last_close FROM moves WHERE i = ${lastIdx}),
back AS (
  SELECT m.k,
    max(m.i) FILTER (WHERE sign(m.move) IS DISTINCT FROM sign(t.last_move)) AS streak_break,
    max(m.i) FILTER (WHERE (t.last_move > 0 AND m.move >= t.last_move) OR (t.last_move < 0 AND m.move <= t.last_move)) AS since_i
  FROM moves m JOIN today t USING (k)
  WHERE m.i < ${lastIdx}
  GROUP BY m.k
),
before_year AS (
  SELECT k, max(close) AS prior_max, arg_max(close, i) AS ytd_base
  FROM closes WHERE i < ${yearStartIdx} GROUP BY k
),
year_rows AS (
  SELECT k, close, max(close) OVER (PARTITION BY k ORDER BY i ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS run_max
  FROM closes WHERE i >= ${yearStartIdx}
),
records AS (
  SELECT y.k, count(*) FILTER (WHERE y.close > greatest(b.prior_max, coalesce(y.run_max, b.prior_max))) AS records_ytd
  FROM year_rows y JOIN before_year b USING (k) GROUP BY y.k
)
SELECT
  sum(r.records_ytd)::DOUBLE AS records_ytd_sum,
  sum(CASE WHEN t.last_move = 0 THEN 0 ELSE sign(t.last_move) * (${lastIdx} - k.streak_break) END)::DOUBLE AS streak_sum,
  round(sum((t.last_close / b.ytd_base - 1) * 100), 6)::DOUBLE AS ytd_pct_sum,
  coalesce(sum(k.since_i), 0)::DOUBLE AS biggest_since_idx_sum,
  count(*) FILTER (WHERE k.since_i IS NULL)::DOUBLE AS biggest_since_none
FROM today t JOIN back k USING (k) JOIN before_year b USING (k) JOIN records r USING (k)`;
}

/**
 * Loads `instruments` series of `n` closes each (`closes`, instrument-major) into an in-memory
 * DuckDB table and times the universe query `repeat` times (median ms). `lastIdx` is the
 * observation of the date asked, `yearStartIdx` the first observation of its year.
 */
export async function duckDbUniverse(closes: Float64Array, instruments: number, n: number, lastIdx: number, yearStartIdx: number, repeat = 3): Promise<{ ms: number; loadMs: number; version: string; agreement: UniverseAgreement }> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run('CREATE TABLE closes (k INTEGER, i INTEGER, close DOUBLE)');
    const loadStart = performance.now();
    const appender = await connection.createAppender('closes');
    const size = 2048;
    const chunk = DuckDBDataChunk.create([INTEGER, INTEGER, DOUBLE], size);
    const total = instruments * n;
    for (let start = 0; start < total; start += size) {
      const count = Math.min(size, total - start);
      const ks = new Array<number>(count);
      const is = new Array<number>(count);
      const values = new Array<number>(count);
      for (let r = 0; r < count; r++) {
        const row = start + r;
        ks[r] = Math.floor(row / n);
        is[r] = row % n;
        values[r] = closes[row] ?? Number.NaN;
      }
      chunk.rowCount = count;
      chunk.setColumns([ks, is, values]);
      appender.appendDataChunk(chunk);
    }
    appender.flushSync();
    appender.closeSync();
    const loadMs = performance.now() - loadStart;
    const version = String((await connection.runAndReadAll('SELECT version()')).getRows()[0]?.[0] ?? '?');
    const sql = universeQuery(lastIdx, yearStartIdx);
    const samples: number[] = [];
    let row: Record<string, unknown> = {};
    for (let k = 0; k < repeat; k++) {
      const start = performance.now();
      row = (await connection.runAndReadAll(sql)).getRowObjectsJS()[0] ?? {};
      samples.push(performance.now() - start);
    }
    const num = (name: string): number => Number(row[name]);
    return {
      ms: median(samples),
      loadMs,
      version,
      agreement: {
        records_ytd_sum: num('records_ytd_sum'),
        streak_sum: num('streak_sum'),
        ytd_pct_sum: num('ytd_pct_sum'),
        biggest_since_idx_sum: num('biggest_since_idx_sum'),
        biggest_since_none: num('biggest_since_none'),
      },
    };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
