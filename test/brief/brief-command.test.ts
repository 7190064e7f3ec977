/** The brief command's logic in-process (no store): formats, symbols, dates, snapshots, errors. */
import { describe, expect, it } from 'vitest';
import { parseSnapshotArguments, renderBriefCommand, type BriefCommandOptions } from '../../src/cli/commands/brief.js';
import { InputError } from '../../src/core/errors.js';
import { formatIsoDay } from '../../src/core/date.js';
import { loadShippedSeries, readShippedRows, SHIPPED_SYMBOLS } from '../helpers/shipped-series.js';
import { isoDay } from '../helpers/synthetic-series.js';
import { apDate } from './words.js';

const all = SHIPPED_SYMBOLS.map((symbol) => loadShippedSeries(symbol));
const render = (options: BriefCommandOptions): string => renderBriefCommand(all, options, '/tmp/store.duckdb');

describe('renderBriefCommand', () => {
  it('defaults to the latest session the major indexes share, naming the instruments with newer data', () => {
    const lastOf = (file: string): string => readShippedRows(file).at(-1)?.date ?? '';
    const weekday = (iso: string): string => ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][new Date(`${iso}T12:00:00Z`).getUTCDay()] ?? '';
    const rutLast = lastOf('RUT.yahoo.csv');
    expect(render({ symbols: 'RUT' }).split('\n')[1]).toBe(`${weekday(rutLast)}, ${apDate(rutLast, 0)}`);
    const majors = ['GSPC.yahoo.csv', 'DJI.yahoo.csv', 'IXIC.yahoo.csv'].map(lastOf).sort();
    const shared = majors[0] ?? '';
    const text = render({});
    expect(text).toContain(`\n${weekday(shared)}, ${apDate(shared, 0)}\n`);
    const newer = SHIPPED_SYMBOLS.filter((symbol) => (all.find((x) => x.instrument.symbol === symbol)?.days.at(-1) ?? 0) > isoDay(shared));
    expect(newer).toContain('SPX');
    expect(text).toContain(`Note: ${newer.join(', ')} have data after ${shared} (through ${majors[2] ?? ''}); the brief is of the latest session the major indexes share.`);
    expect(render({ date: shared })).not.toContain('have data after');
  });

  it('formats: markdown, html (escaped), json', () => {
    expect(render({ date: '2024-11-25', symbols: 'RUT', format: 'markdown' })).toMatch(/^# [^\n]+\n\n\*Monday, Nov\. 25, 2024\*\n\n/);
    const html = render({ date: '2024-11-25', symbols: 'SPX', format: 'html' });
    expect(html).toContain('<p class="dateline">Monday, Nov. 25, 2024</p>');
    expect(html).toMatch(/<h1>S&amp;P 500 [^<]+<\/h1>/);
    expect(html).toContain('S&amp;P 500');
    const doc = JSON.parse(render({ date: '2024-11-25', symbols: 'SPX', json: true })) as { facts: unknown[]; paragraphs: { sentences: { facts: number[] }[] }[] };
    const used = doc.paragraphs.flatMap((p) => p.sentences.flatMap((s) => s.facts));
    expect(used.every((i) => i >= 0 && i < doc.facts.length)).toBe(true);
    expect(new Set(used).size).toBe(used.length);
  });

  it('a snapshot is preliminary in text and JSON, computed against the prior close', () => {
    // The day after the 10-year's last close (a level not yet in the daily data), 7 basis points below it.
    const rows = readShippedRows('DGS10.fred.csv');
    const last = rows[rows.length - 1];
    if (last === undefined) throw new Error('no 10-year data');
    const day = isoDay(last.date) + 1;
    const date = formatIsoDay(day as never);
    const level = (Math.round(last.close * 100) - 7) / 100;
    const prior = `${last.close.toFixed(2)}%`;
    const options = { date, symbols: 'US10Y', snapshot: [`US10Y=${level.toFixed(2)}@15:00`] };
    expect(render(options)).toContain(`fell 7 basis points to ${level.toFixed(2)}% at 3 p.m. (preliminary) from ${prior}`);
    const doc = JSON.parse(render({ ...options, format: 'json' })) as { facts: { preliminary: boolean }[]; notes: string[] };
    expect(doc.facts.every((f) => f.preliminary)).toBe(true);
    expect(doc.notes).toContain(`Preliminary: US10Y at ${level.toFixed(2)}% at 3 p.m. is a stated level, not a daily close; its figures compare it with the close of ${prior} on ${apDate(last.date, Number(date.slice(0, 4)))}.`);
  });

  it('a snapshot file: SYMBOL,VALUE[,HH:MM] lines with a header and comments', () => {
    const levels = parseSnapshotArguments(['levels.csv', 'SPX=6000'], () => 'symbol,value,time\n# comment\nus10y,4.20,15:00\n\nRUT,2450\n');
    expect(levels).toEqual([
      { symbol: 'US10Y', value: 4.2, minutes: 900 },
      { symbol: 'RUT', value: 2450, minutes: null },
      { symbol: 'SPX', value: 6000, minutes: null },
    ]);
    expect(() => parseSnapshotArguments(['levels.csv'], () => 'US10Y,x\n')).toThrow('levels.csv:1');
  });

  it('bad input throws the errors the CLI turns into one line and exit 2', () => {
    const cases: [BriefCommandOptions, string][] = [
      [{ symbols: 'RUT,NOPE' }, '--symbols: unknown symbol "NOPE"'],
      [{ symbols: ' , ' }, '--symbols: no symbol given'],
      [{ date: '2024-13-01' }, '--date: "2024-13-01" is not a calendar date'],
      [{ format: 'pdf' }, '--format: "pdf" is not one of text, markdown, html, json'],
      [{ snapshot: ['US10Y=abc'] }, '--snapshot: "US10Y=abc" is not SYMBOL=VALUE'],
      [{ snapshot: ['US10Y=4.2@25:00'] }, 'is not a time of day'],
      [{ snapshot: ['XYZ=1'] }, '--snapshot: unknown symbol "XYZ"'],
      [{ snapshot: ['IWO=300'], date: '2024-11-26' }, 'IWO: the data hold only adjusted closes'],
      [{ date: '1900-01-02' }, '--date: 1900-01-02 is before the data begin (earliest: SPX from 1927-12-30)'],
    ];
    for (const [options, message] of cases) {
      expect(() => render(options)).toThrow(message);
      try {
        render(options);
      } catch (error: unknown) {
        expect(error).toBeInstanceOf(InputError);
      }
    }
  });

  it('an empty store says how to ingest', () => {
    expect(() => renderBriefCommand([], {}, '/tmp/empty.duckdb')).toThrow('the store /tmp/empty.duckdb holds no data; load a file with "marketfacts ingest <file> --symbol <symbol>"');
  });
});
