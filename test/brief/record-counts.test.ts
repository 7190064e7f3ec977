/**
 * Records as a desk counts them, over every panel day against plain scans of the shipped CSV:
 * the year's count is the S&P 500's (a close at a record after the year's first), never another
 * index's and never beside a drawdown; headlines say the record, not its count, and name every
 * major index that set one.
 */
import { describe, expect, it } from 'vitest';
import type { Brief } from '../../src/narrative/index.js';
import { writeBrief } from '../../src/narrative/index.js';
import { formatOrdinal } from '../../src/narrative/ap-style.js';
import { loadShippedSeries, readShippedRows, SHIPPED_SYMBOLS, type ShippedRow } from '../helpers/shipped-series.js';
import { isoDay } from '../helpers/synthetic-series.js';
import { PANEL } from './panel.js';
import { at, recordBefore, recordsInYear, row } from './scan.js';

const series = SHIPPED_SYMBOLS.map((symbol) => loadShippedSeries(symbol));
const FILES = { SPX: 'GSPC.yahoo.csv', DJI: 'DJI.yahoo.csv', IXIC: 'IXIC.yahoo.csv', RUT: 'RUT.yahoo.csv' } as const;
const HEADLINE_NAMES = { SPX: 'S&P 500', DJI: 'Dow', IXIC: 'Nasdaq', RUT: 'Russell 2000' } as const;
const rows = Object.fromEntries(Object.entries(FILES).map(([symbol, file]) => [symbol, readShippedRows(file)])) as Record<keyof typeof FILES, ShippedRow[]>;
const briefs = PANEL.map((day) => ({ day, brief: writeBrief(series, { date: isoDay(day.date) }) as Brief }));

/** True when the close on `date` is above every earlier close in `data`. */
function isRecordOn(data: readonly ShippedRow[], date: string): boolean {
  const i = data.findIndex((r) => r.date === date);
  return i > 0 && row(data, i).close > recordBefore(data, i).close;
}

const STORY_NAMES: Record<string, string> = { SPX: 'the S&P 500', DJI: 'the Dow Jones Industrial Average', IXIC: 'the Nasdaq composite', RUT: 'the Russell 2000' };

/** The part of a sentence about `symbol`: from its name (or the start) to the next index's name. */
function segmentAbout(text: string, symbol: string): string {
  const lower = text.toLowerCase();
  const named = lower.indexOf((STORY_NAMES[symbol] ?? symbol).toLowerCase());
  const start = named < 0 ? 0 : named;
  const ends = Object.values(STORY_NAMES).map((name) => lower.indexOf(name.toLowerCase(), start + 1)).filter((k) => k > start);
  return text.slice(start, Math.min(text.length, ...ends));
}

/** A year's count of records in words: "its 45th record close of 2024", "the latest of its 51 records of the year", "its fifth record close since the data begin". */
const COUNT = /its \w+ (record close |record |records )?(of \d{4}|of the year|since the data begin)|its only record close of the year/;

describe('the year\'s count of records', () => {
  it('every panel day: no other index\'s count, and none beside a drawdown', () => {
    let checked = 0;
    for (const { day, brief } of briefs) {
      for (const sentence of brief.paragraphs.flatMap((p) => p.sentences)) {
        const about = sentence.facts.filter((f) => ((f.kind === 'record-close' || f.kind === 'latest-record') && f.symbol !== 'SPX') || f.kind === 'drawdown-change' || f.kind === 'drawdown-standing');
        for (const fact of about) {
          checked++;
          expect(segmentAbout(sentence.text, fact.symbol), `${day.date}: ${sentence.text}`).not.toMatch(COUNT);
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('every panel day the S&P 500 closes at a record after the year\'s first: its count, from the scan', () => {
    let counted = 0;
    for (const { day, brief } of briefs) {
      if (!isRecordOn(rows.SPX, day.date)) continue;
      const count = recordsInYear(rows.SPX, at(rows.SPX, day.date));
      // The day's sentence (on the year's last session the year's result comes first).
      const lead = brief.paragraphs[0]?.sentences.find((sentence) => sentence.facts.some((f) => f.kind === 'record-close' && f.symbol === 'SPX'))?.text ?? '';
      if (count > 1) {
        counted++;
        expect(lead, day.date).toContain(`its ${formatOrdinal(count)} record close of ${day.date.slice(0, 4)}`);
      } else expect(lead, day.date).not.toMatch(/its first record close of \d{4}/);
    }
    expect(counted).toBeGreaterThan(0);
  });
});

describe('record headlines', () => {
  it('every panel day: a headline names each index once (a month\'s end at records beside another\'s: "as Wall Street caps its best month in a year")', () => {
    let capped = 0;
    for (const { day, brief } of briefs) {
      for (const name of Object.values(HEADLINE_NAMES)) expect(brief.headline.split(name).length - 1, `${day.date}: ${brief.headline}`).toBeLessThanOrEqual(1);
      if (/ close at records as Wall Street caps /.test(brief.headline)) capped++;
    }
    expect(capped).toBeGreaterThan(0);
  });

  it('every panel day: no count in the headline, and every major index at a record named when the S&P 500 is one', () => {
    let named = 0;
    for (const { day, brief } of briefs) {
      expect(brief.headline, day.date).not.toMatch(/(\d|first|second|third)\w* record of \d{4}/);
      // Records are one piece of news: "record" once ("... at a record as Dow also closes at a record" is one headline too many).
      expect(brief.headline.match(/\brecords?\b(?! (?:low|high))/g)?.length ?? 0, brief.headline).toBeLessThan(2);
      // A year's last session heads with the year ("S&P 500 ends 1999 up 19.5% at a record"); a first record in years is the S&P 500's news alone.
      if (!isRecordOn(rows.SPX, day.date) || !brief.headline.startsWith('S&P 500') || / ends |first record since/.test(brief.headline)) continue;
      const setters = (Object.keys(FILES) as (keyof typeof FILES)[]).filter((symbol) => isRecordOn(rows[symbol], day.date));
      if (setters.length < 2) continue;
      named++;
      const names = setters.map((s) => HEADLINE_NAMES[s]);
      // On the year's first session they start the year at records (year-edges.test.ts).
      expect(brief.headline, day.date).toMatch(new RegExp(`${`${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`.replace(/[&.]/g, '\\$&')} (close|start \\d{4}) at records`));
    }
    expect(named).toBeGreaterThan(0);
  });
});

describe('no count of the year\'s records on a rout', () => {
  it('every panel day the S&P 500 fell 2% or more below a record of the same year: its distance from the record, without the count', () => {
    let routs = 0;
    for (const { day, brief } of briefs) {
      const spx = rows.SPX;
      const i = at(spx, day.date);
      const move = (row(spx, i).close / row(spx, i - 1).close - 1) * 100;
      const record = recordBefore(spx, i);
      if (move > -2 || record.date.slice(0, 4) !== day.date.slice(0, 4)) continue;
      const distance = brief.paragraphs.flatMap((p) => p.sentences).find((s) => s.facts.some((f) => f.kind === 'latest-record' && f.symbol === 'SPX'));
      if (distance === undefined) continue;
      routs++;
      expect(distance.text, day.date).not.toMatch(/record of the year|records? (close )?of \d{4}|since the data begin/);
    }
    expect(routs).toBeGreaterThan(1);
  });
});
