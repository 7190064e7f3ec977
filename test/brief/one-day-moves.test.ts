/**
 * The brief's one-day "since" dates are true one-day moves (docs/definitions.md, "One-day
 * moves"), found by a plain scan of the S&P 500 file; and the data's first day is briefed.
 */
import { describe, expect, it } from 'vitest';
import { composeBriefOf } from '../../src/api/brief.js';
import { renderText, writeBrief } from '../../src/narrative/index.js';
import { isoDay, makeSeries } from '../helpers/synthetic-series.js';
import { isPlainOneDayMove } from '../helpers/one-day-scan.js';
import { loadShippedSeries, readShippedRows, SHIPPED_SYMBOLS } from '../helpers/shipped-series.js';
import { PANEL } from './panel.js';
import { at, biggestDaySince } from './scan.js';
import { apDate } from './words.js';

const series = SHIPPED_SYMBOLS.map((symbol) => loadShippedSeries(symbol));
const spx = readShippedRows('GSPC.yahoo.csv');

/** The S&P 500's move on `date` and the most recent earlier one-day move at least as large, same direction. */
function plainSince(date: string): { pct: number; since: string | null } {
  const k = spx.findIndex((row) => row.date === date);
  const pct = (j: number): number => ((spx[j]?.close ?? 0) / (spx[j - 1]?.close ?? 1) - 1) * 100;
  const move = pct(k);
  for (let j = k - 1; j > 0; j--) {
    if (isPlainOneDayMove(spx[j - 1]?.date ?? '', spx[j]?.date ?? '', 'nyse') && Math.sign(move) * pct(j) >= Math.abs(move) - 1e-9) return { pct: move, since: spx[j]?.date ?? null };
  }
  return { pct: move, since: null };
}

describe('one-day moves in the brief', () => {
  for (const date of ['1987-10-21', '2008-10-13']) {
    it(`${date}: the S&P 500's "biggest gain since" is a true one-day move, not a Friday-to-Tuesday move of 1939`, () => {
      const { since } = plainSince(date);
      expect(since).not.toBeNull();
      const text = renderText(composeBriefOf(series, { date }, 'store'));
      const year = Number(date.slice(0, 4));
      expect(text).toContain(`biggest one-day gain since ${apDate(since ?? '', year)}`);
      expect(text).not.toContain('1939');
    });
  }

  it('1927-12-30, the first day of the S&P 500 data: the brief gives its close and says it is the first day', () => {
    const first = spx[0];
    expect(first?.date).toBe('1927-12-30');
    const brief = composeBriefOf(series, { date: '1927-12-30' }, 'store');
    const text = renderText(brief);
    expect(text).toContain(`The S&P 500 closed at ${(first?.close ?? 0).toFixed(2)} on Friday, the first day of its data`);
    expect(brief.facts.some((fact) => fact.symbol === 'SPX' && fact.kind === 'day-close')).toBe(true);
    expect(brief.facts.some((fact) => fact.kind === 'day-move' || fact.kind === 'biggest-move')).toBe(false);
  });

  it('a day after a gap in the data: the close, the prior close\'s date, and no day\'s move', () => {
    const gapped = makeSeries([100, 101, 150, 151], { dates: ['2024-01-02', '2024-01-03', '2024-03-04', '2024-03-05'] });
    const brief = writeBrief([gapped], { date: isoDay('2024-03-04') });
    const text = renderText(brief);
    expect(text).toContain('The S&P 500 closed at 150.00 on Monday; its prior close in the data is from Jan. 3, 61 days earlier, too far back for a day\'s move.');
    expect(text).not.toContain(' rose ');
    // The next day is a day's move again (its biggest since is Jan. 3, not the gap).
    expect(renderText(writeBrief([gapped], { date: isoDay('2024-03-05') }))).toContain('biggest one-day gain since Jan. 3, 2024');
  });
});

describe("another index's own one-day news", () => {
  const FILES = { DJI: 'DJI.yahoo.csv', IXIC: 'IXIC.yahoo.csv', RUT: 'RUT.yahoo.csv' } as const;
  const NAMES = { DJI: 'Dow', IXIC: 'Nasdaq', RUT: 'Russell 2000' } as const;
  it('every panel day: a Dow, Nasdaq or Russell 2000 one-day move the biggest in five years or more, by the scan, is told with its own "since" when it differs from the S&P 500\'s', () => {
    let told = 0;
    for (const day of PANEL) {
      const brief = writeBrief(series, { date: isoDay(day.date) });
      const text = renderText(brief);
      const sentences = brief.paragraphs.flatMap((p) => p.sentences);
      const bench = biggestDaySince(spx, at(spx, day.date), false);
      for (const symbol of Object.keys(FILES) as (keyof typeof FILES)[]) {
        const rows = readShippedRows(FILES[symbol]);
        const i = rows.findIndex((r) => r.date === day.date);
        if (i < 1) continue;
        const own = biggestDaySince(rows, i, false);
        if (own.date === null || own.date === bench.date || Math.sign(own.move) !== Math.sign(bench.move)) continue;
        if ((Date.parse(day.date) - Date.parse(own.date)) / 86_400_000 < 1826) continue;
        // A point move the largest ever is said instead of the Dow's percent one (the Dow is quoted in points).
        if (symbol === 'DJI' && /Dow[^.]*point (gain|drop) ever/.test(text)) continue;
        told++;
        const words = `its biggest one-day ${own.move > 0 ? 'gain' : 'drop'} since ${apDate(own.date, Number(day.date.slice(0, 4)))}`;
        const said = sentences.filter((s) => s.text.includes(words) && s.facts.some((f) => f.kind === 'biggest-move' && f.period === 'day' && f.symbol === symbol && f.sinceDate === own.date));
        expect(said.length, `${day.date} ${NAMES[symbol]}: ${words}`).toBeGreaterThan(0);
      }
    }
    expect(told).toBeGreaterThan(3);
  });
});
