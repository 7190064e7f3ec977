/**
 * Other days, each chosen by a plain scan of the CSV and each expected fact computed from the
 * rows: a record day, entering a correction, a bear-market day, a new bull market, a month end,
 * a milestone day; and days some instruments have no data for.
 */
import { describe, expect, it } from 'vitest';
import type { FactKind, FactOf } from '../../src/facts/index.js';
import { detectFacts, gatherFactInputs } from '../../src/facts/index.js';
import { renderText, writeBrief } from '../../src/narrative/index.js';
import { loadShippedSeries, readShippedRows, SHIPPED_SYMBOLS } from '../helpers/shipped-series.js';
import { isoDay } from '../helpers/synthetic-series.js';
import { at, drawdownStates, lastBefore, monthMovesBefore, pct, recordBefore, recordsInYear, row, storyLevel, storyPct } from './scan.js';
import { apDate, apMonth } from './words.js';

const series = SHIPPED_SYMBOLS.map((symbol) => loadShippedSeries(symbol));
const rut = readShippedRows('RUT.yahoo.csv');
const dji = readShippedRows('DJI.yahoo.csv');
const spx = readShippedRows('GSPC.yahoo.csv');

function briefOn(date: string): { facts: ReturnType<typeof detectFacts>; text: string } {
  return { facts: detectFacts(gatherFactInputs(series, { date: isoDay(date) })), text: renderText(writeBrief(series, { date: isoDay(date) })) };
}

/** True when one sentence of `text` contains every one of `parts`. */
function saysInOneSentence(text: string, ...parts: string[]): boolean {
  return text.split(/(?<=\.)\s+(?=[A-Z])/).some((sentence) => parts.every((part) => sentence.includes(part)));
}

function factIn<K extends FactKind>(facts: ReturnType<typeof detectFacts>, symbol: string, kind: K): FactOf<K> | undefined {
  return facts.find((fact): fact is FactOf<K> => fact.symbol === symbol && fact.kind === kind);
}

/** The first date on or after `from` where the scan's drawdown state changes to `to` (from `fromState`, if given). */
function firstTransition(rows: typeof spx, from: string, to: string, fromState?: string): string {
  const states = drawdownStates(rows);
  for (let i = 1; i < rows.length; i++) {
    if (row(rows, i).date >= from && states[i] === to && states[i - 1] !== to && (fromState === undefined || states[i - 1] === fromState)) return row(rows, i).date;
  }
  throw new Error(`no transition to ${to}`);
}

describe('a record day: the Russell 2000 back at a record after years', () => {
  // The first RUT close above its Nov. 8, 2021 record (SOURCES.md names the day; the scan finds it).
  const record2021 = recordBefore(rut, at(rut, '2022-01-03'));
  const i = rut.findIndex((x) => x.date > record2021.date && x.close > record2021.close);
  const date = row(rut, i).date;
  const { facts, text } = briefOn(date);

  it('detects a record close, the first since the prior record', () => {
    const fact = factIn(facts, 'RUT', 'record-close');
    expect(fact?.close).toBe(row(rut, i).close);
    expect(fact?.priorRecordDate).toBe(record2021.date);
    expect(fact?.priorRecordClose).toBe(record2021.close);
    expect(fact?.isFirstSince).toBe(true);
    expect(fact?.countYtd).toBe(recordsInYear(rut, i));
  });

  it('says so in story words', () => {
    expect(text).toContain(`to a record ${storyLevel(row(rut, i).close)}`);
    expect(text).toContain(`its first record close since ${apDate(record2021.date, Number(date.slice(0, 4)))}`);
  });
});

describe('entering a correction (S&P 500)', () => {
  const date = firstTransition(spx, '2025-01-01', 'correction', 'none');
  const { facts, text } = briefOn(date);
  it('detects the state change with the peak and depth from the scan', () => {
    const i = at(spx, date);
    const peak = recordBefore(spx, i);
    const fact = factIn(facts, 'SPX', 'drawdown-change');
    expect(fact?.from).toBe('none');
    expect(fact?.to).toBe('correction');
    expect(fact?.peakClose).toBe(peak.close);
    expect(fact?.peakDate).toBe(peak.date);
    expect(fact?.drawdownPct).toBeCloseTo(-pct(peak.close, row(spx, i).close), 8);
    expect(saysInOneSentence(text, 'S&P 500', 'a correction')).toBe(true);
    expect(text).toContain(`${storyPct(-pct(peak.close, row(spx, i).close))} below its record close of ${storyLevel(peak.close)}`);
  });
});

describe('a bear-market day and the bull market after it (S&P 500)', () => {
  it('detects entering a bear market', () => {
    const date = firstTransition(spx, '2022-01-01', 'bear');
    const { facts, text } = briefOn(date);
    const fact = factIn(facts, 'SPX', 'drawdown-change');
    expect(fact?.to).toBe('bear');
    expect(fact?.drawdownPct).toBeGreaterThanOrEqual(20);
    expect(saysInOneSentence(text, 'S&P 500', 'entering a bear market')).toBe(true);
  });

  it('detects the new bull market', () => {
    const date = firstTransition(spx, '2022-07-01', 'none', 'bear');
    const { facts, text } = briefOn(date);
    const fact = factIn(facts, 'SPX', 'drawdown-change');
    expect(fact?.from).toBe('bear');
    expect(fact?.to).toBe('none');
    expect(saysInOneSentence(text, 'S&P 500', 'new bull market')).toBe(true);
  });
});

describe('a month end (Russell 2000, Nov. 29, 2024)', () => {
  const date = '2024-11-29';
  const { facts, text } = briefOn(date);
  const i = at(rut, date);
  const month = pct(lastBefore(rut, '2024-11-01').close, row(rut, i).close);
  const since = monthMovesBefore(rut, '2024-11').reverse().find((m) => m.pct >= month);

  it('states the completed month as the biggest gain since a month, not "on track"', () => {
    const fact = factIn(facts, 'RUT', 'month-on-track');
    expect(fact?.move).toBeCloseTo(month, 8);
    expect(fact?.sinceMonth).toBe(since?.month);
    expect(fact?.isMonthComplete).toBe(true);
    // Said as a superlative only when it reaches further back than the S&P 500's month (an echo otherwise), and never "on track".
    const spxMonth = pct(lastBefore(spx, '2024-11-01').close, row(spx, at(spx, date)).close);
    const spxSince = monthMovesBefore(spx, '2024-11').reverse().find((m) => m.pct >= spxMonth);
    const superlative = `biggest monthly gain since ${apMonth(since?.month ?? '', 2024)}`;
    if ((since?.month ?? '') < (spxSince?.month ?? '')) expect(text).toContain(superlative);
    else expect(text).toContain(`The index rose ${storyPct(month)} in November`);
    expect(saysInOneSentence(text, 'Russell 2000', 'on track for its biggest monthly')).toBe(false);
  });

  it('gives the coming month its seasonal record', () => {
    expect(factIn(facts, 'RUT', 'seasonality')?.month).toBe(12);
    expect(text).toContain('December has been the best month for the Russell 2000');
  });

  it('a mid-month day has no seasonality fact', () => {
    const mid = briefOn('2024-11-13');
    expect(mid.facts.some((f) => f.kind === 'seasonality')).toBe(false);
  });
});

describe('a milestone day: the first S&P 500 close above 6,000', () => {
  const i = spx.findIndex((x) => x.close > 6000);
  const date = row(spx, i).date;
  const { facts, text } = briefOn(date);
  it('detects the milestone and the record', () => {
    const fact = factIn(facts, 'SPX', 'milestone');
    expect(fact?.level).toBe(6000);
    expect(fact?.isMajor).toBe(true);
    expect(spx.slice(0, i).every((x) => x.close <= 6000)).toBe(true);
    expect(factIn(facts, 'SPX', 'record-close')?.countYtd).toBe(recordsInYear(spx, i));
    expect(text).toContain('above 6,000 for the first time');
  });
});

describe('dates some instruments have no data for', () => {
  it('names the instruments whose data end before the date and briefs the rest', () => {
    const date = '2026-03-02';
    const text = renderText(writeBrief(series, { date: isoDay(date) }));
    const lastRut = row(rut, rut.length - 1).date;
    expect(lastRut < date).toBe(true);
    const lastDji = row(dji, dji.length - 1).date;
    // One sentence for instruments alike, by their names: "The Russell 2000 and the Dow Jones Industrial Average are not in this story: their data end on ...".
    const year = Number(date.slice(0, 4));
    const ends = `The Russell 2000 and the Dow Jones Industrial Average are not in this story: their data end on ${lastRut === lastDji ? apDate(lastRut, year) : `${apDate(lastRut, year)} and ${apDate(lastDji, year)}`}.`;
    expect(text).toContain(ends);
    expect(text).toContain('The S&P 500');
    expect(text).not.toContain('Russell 2000 rose');
  });

  it('a weekend date uses the Friday before and says so right under the headline', () => {
    const text = renderText(writeBrief(series, { date: isoDay('2024-11-23') }));
    const [, dateline, dateNote] = text.split('\n');
    expect(dateline).toBe('Friday, Nov. 22, 2024');
    expect(dateNote).toBe('No trading on Saturday, Nov. 23, the date asked for; figures are as of Friday, Nov. 22.');
    expect(text).not.toContain('Note: No trading');
    expect(text).toContain('on Friday');
  });

  it('a holiday (Thanksgiving) is named under the headline, with the last trading day before it', () => {
    const date = '2024-11-28';
    expect(spx.some((r) => r.date === date)).toBe(false);
    const last = lastBefore(spx, date).date;
    const brief = writeBrief(series, { date: isoDay(date) });
    expect(brief.date).toBe(last);
    expect(brief.dateNote).toBe(`No trading on Thursday, Nov. 28, the date asked for; figures are as of Wednesday, ${apDate(last, 2024)}.`);
    expect(renderText(brief).split('\n')[2]).toBe(brief.dateNote);
    expect(brief.notes.some((n) => n.includes('No trading'))).toBe(false);
  });

  it('Good Friday: stocks closed, Treasuries traded; the lead names the day of its own figures', () => {
    const date = '2023-04-07';
    const tsy = readShippedRows('DGS10.fred.csv');
    expect(tsy.some((r) => r.date === date)).toBe(true);
    expect(spx.some((r) => r.date === date)).toBe(false);
    const lastStocks = spx.filter((r) => r.date < date).pop()?.date ?? '';
    const brief = writeBrief(series, { date: isoDay(date) });
    expect(brief.date).toBe(date);
    expect(brief.notes).toContain(`SPX has no observation on ${date}; its figures are as of ${lastStocks}.`);
    const lead = brief.paragraphs[0]?.sentences[0];
    const leadDate = lead?.facts[0]?.date;
    const weekday = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][new Date(`${leadDate ?? ''}T12:00:00Z`).getUTCDay()];
    expect(lead?.text).toContain(`on ${weekday ?? ''}`);
    expect([date, lastStocks]).toContain(leadDate);
  });
});

describe('a highest-since day: the 10-year yield at its highest level in years', () => {
  const tsy = readShippedRows('DGS10.fred.csv');
  // The highest yield of 2023, found by the scan; the fact names the last earlier day at least as high.
  const in2023 = tsy.filter((r) => r.date.startsWith('2023'));
  const peak = in2023.reduce((a, b) => (b.close > a.close ? b : a));
  const i = at(tsy, peak.date);
  let j = i - 1;
  while (j >= 0 && row(tsy, j).close < peak.close) j--;
  const since = row(tsy, j);

  it('detects it with the earlier date and level from the scan, and says it', () => {
    const { facts, text } = briefOn(peak.date);
    const fact = factIn(facts, 'US10Y', 'extreme-since');
    expect(fact?.side).toBe('high');
    expect(fact?.sinceDate).toBe(since.date);
    expect(fact?.sinceClose).toBe(since.close);
    expect(since.date < '2022-10-01').toBe(true);
    expect(text).toContain(`its highest level since ${apDate(since.date, 2023)}`);
  });
});

