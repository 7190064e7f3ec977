/**
 * "In a correction since D" told right: the state is named only while the close is beyond its
 * line (10% below the peak for a correction, 20% for a bear market), and D is the day the state
 * began: it lasts until a close above the peak (a bear market: 20% above its low), whatever the
 * line did in between, so a fall back past the line is no new entry. The days are found by a plain scan of the shipped CSVs: an index
 * that came back above the line inside one correction or bear market and fell past it again.
 */
import { describe, expect, it } from 'vitest';
import type { Brief } from '../../src/narrative/index.js';
import type { Sentence } from '../../src/narrative/pool.js';
import { writeBrief } from '../../src/narrative/index.js';
import { loadShippedSeries, readShippedRows, SHIPPED_SYMBOLS, type ShippedRow } from '../helpers/shipped-series.js';
import { isoDay } from '../helpers/synthetic-series.js';
import { drawdownPath, pct, row, storyPct } from './scan.js';
import { apDate } from './words.js';

const series = SHIPPED_SYMBOLS.map((symbol) => loadShippedSeries(symbol));
const FILES = { SPX: 'GSPC.yahoo.csv', DJI: 'DJI.yahoo.csv', IXIC: 'IXIC.yahoo.csv', RUT: 'RUT.yahoo.csv' } as const;
type IndexSymbol = keyof typeof FILES;
const SYMBOLS = Object.keys(FILES) as IndexSymbol[];

/** A day whose close fell back past its state's line after a close above it in the same state. */
interface Reentry {
  readonly symbol: IndexSymbol;
  readonly i: number;
  readonly state: 'correction' | 'bear';
  readonly peak: number;
}

/** Every re-entry in the rows, by the scan: same state on the day before, above the line then, beyond it now, and beyond it earlier in the state. */
function reentries(symbol: IndexSymbol, rows: readonly ShippedRow[]): Reentry[] {
  const path = drawdownPath(rows);
  const found: Reentry[] = [];
  let beyondBefore = false;
  for (let i = 1; i < rows.length; i++) {
    const step = path[i];
    const prev = path[i - 1];
    if (step === undefined || prev === undefined || step.state === 'none') {
      beyondBefore = false;
      continue;
    }
    const line = step.state === 'bear' ? 0.8 : 0.9;
    const beyond = row(rows, i).close <= step.peak * line;
    if (prev.state !== step.state) beyondBefore = beyond;
    else if (beyond && row(rows, i - 1).close > step.peak * line && beyondBefore) found.push({ symbol, i, state: step.state === 'bear' ? 'bear' : 'correction', peak: step.peak });
    else if (beyond) beyondBefore = true;
  }
  return found;
}

const rowsOf = Object.fromEntries(SYMBOLS.map((symbol) => [symbol, readShippedRows(FILES[symbol])])) as Record<IndexSymbol, ShippedRow[]>;
const all = SYMBOLS.flatMap((symbol) => reentries(symbol, rowsOf[symbol]));
/** The last three of each index and each state: recent days, so the test stays quick. */
const sample = SYMBOLS.flatMap((symbol) => (['correction', 'bear'] as const).flatMap((state) => all.filter((r) => r.symbol === symbol && r.state === state).slice(-3)));

const sentencesOf = (brief: Brief): Sentence[] => brief.paragraphs.flatMap((p) => p.sentences);
const briefOn = (date: string): Brief => writeBrief(series, { date: isoDay(date) });
const noun = (state: 'correction' | 'bear'): string => (state === 'bear' ? 'a bear market' : 'a correction');

describe('a correction or bear market told from the current stay beyond its line', () => {
  it('the scan finds such days in the shipped data for every index', () => {
    for (const symbol of SYMBOLS) expect(all.some((r) => r.symbol === symbol), symbol).toBe(true);
    expect(sample.length).toBeGreaterThan(8);
  });

  /** The first day of the scan's state run that holds row i: the day the state began. */
  const stateStart = (rows: readonly ShippedRow[], i: number): string => {
    const path = drawdownPath(rows);
    const state = path[i]?.state;
    let entry = i;
    while (entry > 0 && path[entry - 1]?.state === state) entry--;
    return row(rows, entry).date;
  };

  it('on the day it falls back past the line, the brief gives the state since the day it began, never "back into" (the state never ended)', () => {
    for (const r of sample) {
      const date = row(rowsOf[r.symbol], r.i).date;
      const said = sentencesOf(briefOn(date)).filter((s) => s.facts.some((f) => f.kind === 'drawdown-change' && f.symbol === r.symbol && f.isReentry));
      expect(said.length, `${r.symbol} ${date}`).toBeGreaterThan(0);
      const since = `in ${noun(r.state)} since ${apDate(stateStart(rowsOf[r.symbol], r.i), Number(date.slice(0, 4)))}`;
      expect(said.some((s) => s.text.includes(since)), `${r.symbol} ${date}: ${said.map((s) => s.text).join(' | ')}`).toBe(true);
      for (const s of said) expect(s.text, `${r.symbol} ${date}`).not.toMatch(/back into|fell back/);
    }
  });

  it('while the stay lasts, "since" names the day the state began, and never "back in"', () => {
    let checked = 0;
    for (const r of sample) {
      const rows = rowsOf[r.symbol];
      const line = r.state === 'bear' ? 0.8 : 0.9;
      const next = r.i + 1;
      if (next >= rows.length || row(rows, next).close > r.peak * line || drawdownPath(rows)[next]?.state !== r.state) continue;
      const date = row(rows, next).date;
      const standing = sentencesOf(briefOn(date)).find((s) => s.facts.some((f) => f.kind === 'drawdown-standing' && f.symbol === r.symbol));
      expect(standing?.text, `${r.symbol} ${date}`).toContain(`in ${noun(r.state)} since ${apDate(stateStart(rows, next), Number(date.slice(0, 4)))}`);
      expect(standing?.text, `${r.symbol} ${date}`).not.toContain('back in');
      checked++;
    }
    expect(checked).toBeGreaterThan(3);
  });

  it('back above the line inside the state: the distance from the record, never "in a correction" nor "back above the line"; "still" when the state began over 92 days back or the record is beyond the line', () => {
    let still = 0;
    let recent = 0;
    // The day before each re-entry is above the line, still in the state.
    for (const r of sample) {
      const rows = rowsOf[r.symbol];
      const date = row(rows, r.i - 1).date;
      const standing = sentencesOf(briefOn(date)).find((s) => s.facts.some((f) => f.kind === 'drawdown-standing' && f.symbol === r.symbol));
      if (standing === undefined) continue;
      expect(standing.text, `${r.symbol} ${date}`).not.toMatch(/in a (correction|bear market)|back above/);
      let record = row(rows, 0).close;
      for (let j = 1; j < r.i; j++) record = Math.max(record, row(rows, j).close);
      const belowRecord = -pct(record, row(rows, r.i - 1).close);
      const days = (Date.parse(date) - Date.parse(stateStart(rows, r.i - 1))) / 86_400_000;
      if (days <= 92 && belowRecord < (r.state === 'bear' ? 20 : 10)) {
        recent++;
        expect(standing.text, `${r.symbol} ${date}`).toContain(`is ${storyPct(belowRecord)} below its record close`);
      } else {
        still++;
        expect(standing.text, `${r.symbol} ${date}`).toContain(`still ${storyPct(belowRecord)} below its record close`);
      }
    }
    expect(still).toBeGreaterThan(0);
    expect(recent).toBeGreaterThan(0);
  });
});

describe("the S&P 500's entering a correction or a bear market is lead-paragraph news", () => {
  const spx = rowsOf.SPX;
  const path = drawdownPath(spx);
  const rank = (state: string): number => ['none', 'correction', 'bear'].indexOf(state);
  /** Every day the scan finds the S&P 500 entering a deeper state, from 1987 (the panel's years). */
  const entries = spx.flatMap((r, i) => {
    const state = path[i]?.state ?? 'none';
    const before = path[i - 1]?.state ?? 'none';
    return i > 0 && r.date >= '1987-01-01' && rank(state) > rank(before) ? [{ date: r.date, state: state === 'bear' ? ('bear' as const) : ('correction' as const) }] : [];
  });

  it('the scan finds entries of both states', () => {
    expect(entries.some((e) => e.state === 'bear') && entries.some((e) => e.state === 'correction')).toBe(true);
  });

  for (const entry of entries) {
    it(`${entry.date}: the lead paragraph says it entered ${noun(entry.state)}, and no later paragraph says so again (only its distance)`, () => {
      const brief = briefOn(entry.date);
      const said = new RegExp(`enter(ed|ing) ${noun(entry.state)}`);
      const lead = (brief.paragraphs[0]?.sentences ?? []).map((s) => s.text).join(' ');
      expect(lead, entry.date).toMatch(said);
      const later = brief.paragraphs.slice(1).flatMap((p) => p.sentences).filter((s) => s.facts.some((f) => f.kind === 'drawdown-change' && f.symbol === 'SPX'));
      for (const sentence of later) expect(sentence.text, entry.date).not.toMatch(/enter(ed|ing) /);
    });
  }
});
