/**
 * Inputs that used to be accepted and then made reads wrong: mixed bases, non-finite numbers,
 * dates far from the data, the wrong instrument, an older file. Each case runs against a real
 * DuckDB file built from the shipped data; expected values come from plain scans of the
 * shipped CSV files (test/helpers/shipped-series.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withStore } from '../../src/cli/context.js';
import { dayFromCivil, formatIsoDay, parseIsoDay, type DayNumber } from '../../src/core/date.js';
import { exchangeToday, latestPlausibleDay } from '../../src/data/date-bounds.js';
import { readSeriesText } from '../../src/data/reader.js';
import { readShippedRows } from '../helpers/shipped-series.js';
import { buildShippedFixture, dumpStore, emptyInstrumentConfig, runInProcess, type ShippedStoreFixture } from './store-helpers.js';

let fixture: ShippedStoreFixture;
beforeAll(async () => {
  fixture = await buildShippedFixture();
});
afterAll(() => fixture.remove());

function writeFile(name: string, text: string): string {
  const path = join(fixture.dir, name);
  writeFileSync(path, text);
  return path;
}

function ingest(args: readonly string[]): ReturnType<typeof runInProcess> {
  return runInProcess(['ingest', ...args], { MARKETFACTS_INSTRUMENTS: emptyInstrumentConfig(fixture.dir), MARKETFACTS_DB: undefined });
}

const read = (text: string, lenient = false): ReturnType<typeof readSeriesText> => readSeriesText(text, { fileName: 'f.csv', kind: 'index', lenient });

describe('1. the price series and the total-return series are separate, each read whole', () => {
  it('an Adj Close file for the last days of an index with closes only hides none of its history', async () => {
    const db = fixture.copy('mixed-rut.duckdb');
    const rut = readShippedRows('RUT.yahoo.csv');
    const tail = rut.slice(-5);
    const file = writeFile('RUT-adj.csv', `Date,Open,High,Low,Close,Adj Close,Volume\n${tail.map((row) => `${row.date},1,1,1,${row.close},${row.close},0`).join('\n')}\n`);
    const result = await ingest([file, '--symbol', 'RUT', '--db', db]);
    expect(result.code).toBe(0);
    for (let pass = 0; pass < 2; pass += 1) {
      // The first pass reads DuckDB and writes the series cache; the second reads the cache.
      const seen = await withStore({ db }, async (store) => {
        const price = await store.loadSeries('RUT');
        const total = await store.loadSeries('RUT', 'total');
        return { price, total };
      });
      expect(seen.price.days.length).toBe(rut.length);
      expect(formatIsoDay(seen.price.days[0] as DayNumber)).toBe(rut[0]?.date);
      expect(seen.price.close?.[rut.length - 1]).toBe(rut.at(-1)?.close);
      // Five adjusted closes of 9,000 days: no total return in a read of both, never a hole.
      expect(seen.price.adjClose).toBeNull();
      expect(Array.from(seen.total.days, (day) => formatIsoDay(day as DayNumber))).toEqual(tail.map((row) => row.date));
    }
  });

  it('a close-only file after an adjusted one adds its days to the price series; the total-return series stays whole', async () => {
    const db = fixture.copy('mixed-spy.duckdb');
    const closes = readShippedRows('SPY.yahoo.csv');
    const adjusted = readShippedRows('SPY.yahoo.csv', 'adjclose');
    const last = parseIsoDay(closes.at(-1)?.date ?? '') ?? 0;
    const next = [3, 4, 5].map((n) => formatIsoDay((last + n) as DayNumber));
    const file = writeFile('SPY-close.csv', `date,close\n${next.map((date, i) => `${date},${700 + i}`).join('\n')}\n`);
    expect((await ingest([file, '--symbol', 'SPY', '--db', db])).code).toBe(0);
    const seen = await withStore({ db }, async (store) => ({ price: await store.loadSeries('SPY'), total: await store.loadSeries('SPY', 'total') }));
    expect(seen.price.days.length).toBe(closes.length + 3);
    expect(Array.from(seen.price.close?.subarray(-3) ?? [])).toEqual([700, 701, 702]);
    expect(seen.total.days.length).toBe(adjusted.length);
    expect(seen.total.adjClose?.[adjusted.length - 1]).toBe(adjusted.at(-1)?.close);
  });
});

describe('2. every number is finite', () => {
  it.each(['1e999', '1e309', '-1e400', '9'.repeat(400)])('%s is a FILE:LINE error, and dropped when lenient', (cell) => {
    expect(() => read(`date,close\n2024-11-22,100\n2024-11-25,${cell}\n`)).toThrow(`f.csv:3: number out of range "${cell.slice(0, 60)}`);
    const lenient = read(`date,close\n2024-11-22,100\n2024-11-25,${cell}\n`, true);
    expect(Array.from(lenient.close ?? [])).toEqual([100]);
  });
});

describe('3. dates far from the data', () => {
  it('tomorrow in New York is the latest date a row may carry', () => {
    // 03:00 UTC on Nov. 26 is still Nov. 25 in New York (UTC-5).
    expect(exchangeToday(new Date('2024-11-26T03:00:00Z'))).toBe(dayFromCivil(2024, 11, 25));
    expect(latestPlausibleDay(new Date('2024-11-26T03:00:00Z'))).toBe(dayFromCivil(2024, 11, 26));
  });

  it.each([
    ['2099-12-31', 'is in the future'],
    ['9999-12-31', 'is in the future'],
    ['0000-01-01', 'is before 1800-01-01'],
    ['1066-10-14', 'is before 1800-01-01'],
  ])('a row dated %s is an error in strict mode, dropped and counted when lenient', (date, reason) => {
    const text = `date,close\n2024-11-22,100\n${date},101\n`;
    expect(() => read(text)).toThrow(new RegExp(`^f\\.csv:3: date ${date} ${reason}`));
    const lenient = read(text, true);
    expect(lenient.days.length).toBe(1);
    expect([...lenient.rejected.values()]).toEqual([1]);
  });

  it('a gap longer than any market closure is warned about, and the move across it is not a one-day move', () => {
    const parsed = read('date,close\n1950-01-03,17\n2024-11-25,5987\n2024-11-26,5990\n');
    const gap = dayFromCivil(2024, 11, 25) - dayFromCivil(1950, 1, 3);
    // No 'implausible one-day move' from 17 to 5,987: only the gap is named.
    expect(parsed.warnings).toEqual([
      `${gap} days without data between 1950-01-03 and 2024-11-25 (line 3), longer than any market closure; the move across it is not a one-day move`,
    ]);
    // The 135 days of the 1914 closure (July 30 to Saturday, Dec. 12) pass without a gap warning.
    expect(read('date,close\n1914-07-30,100\n1914-12-12,90\n').warnings.filter((warning) => warning.includes('without data'))).toEqual([]);
  });
});

describe('4. the wrong instrument', () => {
  it('a Stooq file whose own ticker names another instrument is refused, the store unchanged', async () => {
    const db = fixture.copy('ticker.duckdb');
    const before = await dumpStore(db);
    const header = '<TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<VOL>,<OPENINT>';
    const file = writeFile('msft.txt', `${header}\nMSFT.US,D,20241125,000000,1,1,1,418.79,0,0\n`);
    const result = await ingest([file, '--symbol', 'RUT', '--db', db]);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe(`marketfacts: --symbol: ${file} holds MSFT.US (its own ticker column), not RUT; pass the right --symbol or the right file\n`);
    expect(await dumpStore(db)).toBe(before);
    // The instrument's own ticker passes: ^SPX is the S&P 500.
    const spx = readShippedRows('GSPC.yahoo.csv').at(-1);
    const own = writeFile('spx.txt', `${header}\n^SPX,D,${(spx?.date ?? '').replaceAll('-', '')},000000,1,1,1,${spx?.close ?? 0},0,0\n`);
    expect((await ingest([own, '--symbol', 'SPX', '--db', db])).code).toBe(0);
  });

  it('another instrument\'s prices under --symbol RUT: refused in strict mode, one line, store unchanged', async () => {
    const db = fixture.copy('wrong.duckdb');
    const before = await dumpStore(db);
    const spy = readShippedRows('SPY.yahoo.csv').slice(-200);
    const file = writeFile('SPY-as-RUT.csv', `date,close\n${spy.map((row) => `${row.date},${row.close}`).join('\n')}\n`);
    const result = await ingest([file, '--symbol', 'RUT', '--db', db]);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')).toHaveLength(2);
    expect(result.stderr).toMatch(/^marketfacts: .*SPY-as-RUT\.csv: \d+ revisions beyond the 25% plausible in a day for an index, first RUT /);
    expect(await dumpStore(db)).toBe(before);
  });
});

describe('5. an older file does not undo corrections', () => {
  it('refused with one line naming the newer file; --accept-revisions applies it', async () => {
    const db = fixture.copy('older.duckdb');
    const spx = readShippedRows('GSPC.yahoo.csv').slice(-3);
    const lastDay = parseIsoDay(spx.at(-1)?.date ?? '') ?? 0;
    const newDay = formatIsoDay((lastDay + (new Date(`${spx.at(-1)?.date ?? ''}T12:00:00Z`).getUTCDay() === 5 ? 3 : 1)) as DayNumber);
    // A corrected download: the last three closes revised by 0.1%, and one more day.
    const corrected = writeFile('spx-new.csv', `date,close\n${spx.map((row) => `${row.date},${(row.close * 1.001).toFixed(2)}`).join('\n')}\n${newDay},${spx.at(-1)?.close ?? 0}\n`);
    expect((await ingest([corrected, '--symbol', 'SPX', '--db', db])).code).toBe(0);
    const before = await dumpStore(db);
    const old = writeFile('spx-old.csv', `date,close\n${spx.map((row) => `${row.date},${row.close}`).join('\n')}\n`);
    const refused = await ingest([old, '--symbol', 'SPX', '--db', db]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      `marketfacts: ${old}: an older file: its data end on ${spx.at(-1)?.date ?? ''}, and the 3 stored values it would change were set by spx-new.csv (data to ${newDay}); nothing was changed; pass --accept-revisions to put its values back\n`,
    );
    expect(await dumpStore(db)).toBe(before);
    const accepted = await ingest([old, '--symbol', 'SPX', '--db', db, '--accept-revisions']);
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toMatch(/0 added, 3 revised, 0 unchanged/);
  });
});
