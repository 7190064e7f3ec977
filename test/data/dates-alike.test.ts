/**
 * Dates without a session treated alike (item 12): brief, stats, series and check take a
 * weekend inside the data as the last session before it, and a date after the data end as the
 * last session, and each says so in the same words. Sessions come from a plain scan of the
 * shipped S&P 500 file.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readShippedRows } from '../helpers/shipped-series.js';
import { buildShippedFixture, emptyInstrumentConfig, runInProcess, type CliRun, type ShippedStoreFixture } from './store-helpers.js';

let fixture: ShippedStoreFixture;
beforeAll(async () => {
  fixture = await buildShippedFixture();
});
afterAll(() => fixture.remove());

function cli(args: readonly string[]): Promise<CliRun> {
  return runInProcess([...args, '--db', fixture.path], { MARKETFACTS_INSTRUMENTS: emptyInstrumentConfig(fixture.dir), MARKETFACTS_DB: undefined });
}

describe('one rule for a date without a session', () => {
  const spx = readShippedRows('GSPC.yahoo.csv');
  const lastSession = (date: string): string => spx.filter((row) => row.date <= date).at(-1)?.date ?? '';

  it('a date after the data end: every command uses the last session and says so', async () => {
    const asked = '2099-06-15';
    const last = spx.at(-1)?.date ?? '';
    const note = `marketfacts: note: --date ${asked} is after the data end; figures are as of the last session, ${last}\n`;
    const stats = await cli(['stats', 'SPX', '--date', asked, '--json']);
    expect(stats).toMatchObject({ code: 0, stderr: note });
    expect((JSON.parse(stats.stdout) as { date: string }).date).toBe(last);
    const brief = await cli(['brief', '--symbols', 'SPX', '--date', asked]);
    expect(brief).toMatchObject({ code: 0, stderr: note });
    const article = join(fixture.dir, 'story.txt');
    writeFileSync(article, `The S&P 500 closed at ${(spx.at(-1)?.close ?? 0).toFixed(2)}.\n`);
    const check = await cli(['check', article, '--date', asked, '--json']);
    expect(check).toMatchObject({ code: 0, stderr: note });
    expect((JSON.parse(check.stdout) as { claims: { verdict: string }[] }).claims.map((claim) => claim.verdict)).toEqual(['supported']);
    const series = await cli(['series', 'SPX', '--from', last, '--to', asked, '--csv']);
    expect(series.stderr).toBe(note.replace('--date', '--to'));
    expect(series.stdout.trim().split('\n').at(-1)?.startsWith(last)).toBe(true);
  });

  it('a weekend inside the data: the last session before it, said so', async () => {
    const asked = '2024-11-23';
    const session = lastSession(asked);
    expect(session).not.toBe(asked);
    const note = `marketfacts: note: --date ${asked} has no session (a weekend or holiday); figures are as of the last session before it, ${session}\n`;
    const stats = await cli(['stats', 'SPX', '--date', asked, '--json']);
    expect(stats).toMatchObject({ code: 0, stderr: note });
    expect((JSON.parse(stats.stdout) as { date: string }).date).toBe(session);
    const article = join(fixture.dir, 'weekend.txt');
    writeFileSync(article, 'The S&P 500 closed at 5,969.34.\n');
    expect((await cli(['check', article, '--date', asked])).stderr).toBe(note);
    // The brief says it in its own text, under the headline.
    const brief = await cli(['brief', '--symbols', 'SPX', '--date', asked]);
    expect(brief.stdout).toMatch(/No trading on Saturday, Nov\. 23, the date asked for; figures are as of Friday, Nov\. 22\./);
  });
});
