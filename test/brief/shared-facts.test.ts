/**
 * A superlative the other indexes share with the S&P 500, in the same words, is told once for
 * them all after the benchmark's ("The Dow and the Nasdaq also had their biggest monthly drops
 * since May."): checked over every panel month end against plain scans of the shipped CSV.
 */
import { describe, expect, it } from 'vitest';
import { renderText, writeBrief } from '../../src/narrative/index.js';
import type { Paragraph, Sentence } from '../../src/narrative/pool.js';
import { loadShippedSeries, readShippedRows, SHIPPED_SYMBOLS, type ShippedRow } from '../helpers/shipped-series.js';
import { isoDay } from '../helpers/synthetic-series.js';
import { PANEL } from './panel.js';
import { at, biggestDaySince, lastBefore, monthMovesBefore, pct, row } from './scan.js';
import { apMonth } from './words.js';

const series = SHIPPED_SYMBOLS.map((symbol) => loadShippedSeries(symbol));
const FILES = { SPX: 'GSPC.yahoo.csv', DJI: 'DJI.yahoo.csv', IXIC: 'IXIC.yahoo.csv', RUT: 'RUT.yahoo.csv' } as const;
const NAMES = { DJI: 'the Dow', IXIC: 'the Nasdaq', RUT: 'the Russell 2000' } as const;
const rows = Object.fromEntries(Object.entries(FILES).map(([symbol, file]) => [symbol, readShippedRows(file)])) as Record<keyof typeof FILES, ShippedRow[]>;

/** The month's move to `date` and the latest earlier month that moved at least as much the same way (`YYYY-MM`), or null. */
function monthSince(data: readonly ShippedRow[], date: string): { move: number; since: string | null } {
  const month = date.slice(0, 7);
  const move = pct(lastBefore(data, `${month}-01`).close, row(data, at(data, date)).close);
  const since = monthMovesBefore(data, month).reverse().find((m) => (move < 0 ? m.pct <= move : m.pct >= move));
  return { move, since: since?.month ?? null };
}

/** Calls `visit` with every sentence of every panel day's brief, its paragraph and its index there. */
function eachPanelSentence(visit: (day: (typeof PANEL)[number], paragraph: Paragraph, sentence: Sentence, k: number) => void): void {
  for (const day of PANEL) {
    for (const paragraph of writeBrief(series, { date: isoDay(day.date) }).paragraphs) paragraph.sentences.forEach((sentence, k) => visit(day, paragraph, sentence, k));
  }
}

/** True when `date` is the last row of its month in `data`. */
function isMonthEnd(data: readonly ShippedRow[], date: string): boolean {
  const next = data[at(data, date) + 1];
  return next !== undefined && next.date.slice(0, 7) !== date.slice(0, 7);
}

describe('monthly superlatives shared with the S&P 500', () => {
  it('every panel month end: the indexes whose month reaches back to the S&P 500\'s month are named together, once, after it', () => {
    let told = 0;
    for (const day of PANEL) {
      if (!isMonthEnd(rows.SPX, day.date)) continue;
      const spx = monthSince(rows.SPX, day.date);
      if (spx.since === null) continue;
      const year = Number(day.date.slice(0, 4));
      const sharing = (['DJI', 'IXIC', 'RUT'] as const).filter((symbol) => {
        if (!rows[symbol].some((r) => r.date === day.date) || !isMonthEnd(rows[symbol], day.date)) return false;
        const own = monthSince(rows[symbol], day.date);
        return Math.sign(own.move) === Math.sign(spx.move) && own.since === spx.since;
      });
      if (sharing.length === 0) continue;
      const text = renderText(writeBrief(series, { date: isoDay(day.date) }));
      const noun = spx.move < 0 ? 'drop' : 'gain';
      // The S&P 500's own superlative first (a month whose "since" is recent is not news, and not said); the lead says "its best month since".
      const since = apMonth(spx.since, year);
      const own = new RegExp(`its (biggest monthly ${noun}|${spx.move < 0 ? 'worst' : 'best'} month) since ${since}\\b`);
      if (!own.test(text)) continue;
      const sentenceOf = (symbols: readonly string[]): string => {
        const names = symbols.map((symbol) => NAMES[symbol as keyof typeof NAMES]);
        const list = names.length === 1 ? names[0] ?? '' : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
        const many = symbols.length > 1;
        return `${list.charAt(0).toUpperCase()}${list.slice(1)} also had ${many ? 'their' : 'its'} biggest monthly ${noun}${many ? 's' : ''} since ${since}.`;
      };
      // Together; or, when the lead tells the S&P 500's month, the Dow and the Nasdaq in its second paragraph and small caps
      // in their own ("It also had its biggest monthly drop since May.", after their day; after a shared one-day superlative of its
      // own, joined to it: "It also had its biggest one-day drop since Oct. 27, 1997, and its biggest monthly drop since October 1987.").
      const majors = sharing.filter((symbol) => symbol !== 'RUT');
      // After its own month figure, one index's is "It also had ..." (see the next describe).
      const itAlso = text.match(new RegExp(`It also had (its biggest one-day (drop|gain) since .+?\\d{4}, and )?its biggest monthly ${noun} since ${since}\\.`, 'g')) ?? [];
      const majorsSaid = text.includes(sentenceOf(majors)) || (majors.length === 1 && itAlso.length >= 2);
      const apart = sharing.includes('RUT') && majors.length > 0 && majorsSaid && itAlso.length >= 1;
      // A paragraph it opens names the index in full ("The Nasdaq composite also had ...").
      const full = (sentence: string): string => sentence.replace(/^The Nasdaq /, 'The Nasdaq composite ');
      if (!apart) expect(text.includes(sentenceOf(sharing)) || text.includes(full(sentenceOf(sharing))) || (sharing.length === 1 && itAlso.length === 1), `${day.date}: ${sentenceOf(sharing)}`).toBe(true);
      // Said once for each: no index repeats "its biggest monthly drop since May" in a sentence of its own.
      expect(text.slice(text.indexOf('\n')).split(new RegExp(`(?:biggest monthly ${noun}s?|${spx.move < 0 ? 'worst' : 'best'} month) since ${since}\\b`)).length - 1, day.date).toBe(apart ? 3 : 2);
      told++;
    }
    // The panel has such month ends (Oct. 31, 2012: all three since May).
    expect(told).toBeGreaterThan(0);
  });
});

describe('the comparison with the S&P 500\'s year', () => {
  it('every panel day: by an index whose year is 5 points or more from the S&P 500\'s by the scan; once, apart from gaps of 10 points or more', () => {
    let said = 0;
    let wide = 0;
    for (const day of PANEL) {
      const brief = writeBrief(series, { date: isoDay(day.date) });
      let narrow = 0;
      for (const sentence of brief.paragraphs.flatMap((p) => p.sentences)) {
        const fact = sentence.facts.find((f) => f.kind === 'relative-performance');
        if (fact === undefined || !(fact.symbol in FILES)) continue;
        said++;
        const data = rows[fact.symbol as keyof typeof FILES];
        const year = `${day.date.slice(0, 4)}-01-01`;
        const ytd = (d: readonly ShippedRow[]): number => pct(lastBefore(d, year).close, row(d, at(d, day.date)).close);
        const gap = Math.abs(ytd(data) - ytd(rows.SPX));
        expect(gap, `${day.date} ${fact.symbol}`).toBeGreaterThanOrEqual(5);
        if (gap < 10) narrow++;
        else wide++;
      }
      expect(narrow, day.date).toBeLessThanOrEqual(1);
    }
    expect(said).toBeGreaterThan(0);
    // The Nasdaq's 24.1% to the S&P 500's 5% drop (March 10, 2000) and the like.
    expect(wide).toBeGreaterThan(0);
  });
});

describe('a data limit beside the S&P 500\'s history', () => {
  it('every panel day: the Dow\'s or the Russell 2000\'s biggest one-day move "in the data" is left out when the S&P 500\'s reaches back before that index\'s data begin', () => {
    let left = 0;
    for (const day of PANEL) {
      const spxAt = at(rows.SPX, day.date);
      const spx = biggestDaySince(rows.SPX, spxAt, false);
      for (const symbol of ['DJI', 'RUT'] as const) {
        const data = rows[symbol];
        const i = data.findIndex((r) => r.date === day.date);
        if (i < 1) continue;
        const own = biggestDaySince(data, i, false);
        const first = row(data, 0).date;
        if (own.date !== null || Math.sign(own.move) !== Math.sign(spx.move) || spx.date === null || spx.date >= first) continue;
        left++;
        const text = renderText(writeBrief(series, { date: isoDay(day.date) }));
        const name = symbol === 'DJI' ? '(The Dow Jones Industrial Average|The Dow)' : '(The Russell 2000|The index)';
        expect(text, `${day.date} ${symbol}`).not.toMatch(new RegExp(`${name}[^.]*biggest one-day ${own.move > 0 ? 'gain' : 'drop'} in the data`));
      }
    }
    // Oct. 13, 2008: the S&P 500's best day since 1933 beside the Dow's and the Russell 2000's best in data from 1992 and 1987.
    expect(left).toBeGreaterThan(0);
  });
});

describe('the yields\' twins', () => {
  it('every panel day: the 2-year yield\'s year in the 10-year\'s words is told with it, not in a sentence of its own', () => {
    let joined = 0;
    for (const day of PANEL) {
      const text = renderText(writeBrief(series, { date: isoDay(day.date) }));
      const own = [...text.matchAll(/The (?:10|2)-year yield had its biggest yearly (rise|decline) since (\d{4})\./g)].map((m) => `${m[1] ?? ''} ${m[2] ?? ''}`);
      expect(new Set(own).size, day.date).toBe(own.length);
      // Joined ("..., as did the 2-year yield.") or after the 2-year's own figures ("... ended the year down 229 basis points. It also had its biggest yearly decline since 1995.").
      if (/had its biggest yearly (rise|decline) since \d{4}, as did the 2-year yield\./.test(text) || /its biggest yearly (rise|decline) since (\d{4})\. The yield on the 2-year Treasury [^\n]*? ended the year (up|down) [\d,]+ basis points?\. It also had its biggest yearly \1 since \2\b/.test(text)) joined++;
    }
    // Dec. 31, 2008: both yields' biggest yearly decline since 1995.
    expect(joined).toBeGreaterThan(0);
  });
});

describe('shared superlatives name no index before its place', () => {
  it('every panel day: an "also had" sentence in the lead names only the Dow and the Nasdaq; small caps say theirs after their day', () => {
    let shared = 0;
    for (const day of PANEL) {
      const brief = writeBrief(series, { date: isoDay(day.date) });
      for (const sentence of brief.paragraphs.slice(0, 2).flatMap((p) => p.sentences)) {
        if (!/ also had /.test(sentence.text)) continue;
        shared++;
        expect(sentence.text, day.date).not.toContain('Russell 2000');
      }
    }
    expect(shared).toBeGreaterThan(3);
  });

  it('every panel day: no two sentences in a row say "also had" of one index; the second joins the first ("..., and its biggest monthly drop since ...")', () => {
    let joined = 0;
    eachPanelSentence((day, paragraph, sentence, k) => {
      const next = paragraph.sentences[k + 1];
      const alsoOf = (s: typeof sentence): string | undefined => (/ also had /.test(s.text) ? s.facts[0]?.symbol : undefined);
      if (next !== undefined && alsoOf(sentence) !== undefined) expect(alsoOf(next), `${day.date}: ${next.text}`).not.toBe(alsoOf(sentence));
      if (/ also had .+, and its /.test(sentence.text)) {
        joined++;
        // Both facts stay the sentence's, for --explain.
        expect(new Set(sentence.facts.map((f) => f.kind)).size, day.date).toBeGreaterThan(1);
      }
    });
    expect(joined).toBeGreaterThan(0);
  });
});

describe('"also" after its subject is introduced', () => {
  it('every panel day: an index\'s or a yield\'s "also had" comes after the sentence that gives its day (the 2-year yield\'s year after its own figures)', () => {
    let checked = 0;
    for (const day of PANEL) {
      const sentences = writeBrief(series, { date: isoDay(day.date) }).paragraphs.flatMap((p) => p.sentences);
      sentences.forEach((sentence, k) => {
        if (!/ also had /.test(sentence.text)) return;
        const symbol = sentence.facts[0]?.symbol ?? '';
        const dayAt = sentences.findIndex((s) => s.facts.some((f) => f.kind === 'day-move' && f.symbol === symbol));
        if (dayAt < 0) return;
        checked++;
        expect(dayAt, `${day.date}: ${sentence.text}`).toBeLessThan(k);
      });
    }
    expect(checked).toBeGreaterThan(5);
  });
});

describe('a shared month or year superlative after its figure', () => {
  it('every panel day: another index\'s "also had" month or year superlative comes after the sentence with that index\'s month figure, in the paragraph that has both, with the figure the scan gives', () => {
    let checked = 0;
    eachPanelSentence((day, paragraph, sentence, k) => {
      if (!/ also had /.test(sentence.text) || !sentence.facts.every((f) => f.kind === 'month-on-track' || f.kind === 'year-result')) return;
      for (const symbol of new Set(sentence.facts.map((f) => f.symbol))) {
        const figure = paragraph.sentences.findIndex((s) => s.facts.some((f) => f.kind === 'period-move' && f.period === 'mtd' && f.symbol === symbol));
        if (figure < 0) continue;
        checked++;
        expect(figure, `${day.date} ${symbol}: ${sentence.text}`).toBeLessThan(k);
        const data = rows[symbol as keyof typeof FILES];
        const said = paragraph.sentences[figure]?.text ?? '';
        if (data !== undefined) expect(said, day.date).toContain(`${Math.abs(monthSince(data, day.date).move).toFixed(1).replace(/\.0$/, '')}% in ${apMonth(day.date.slice(0, 7), Number(day.date.slice(0, 4)))}`);
      }
    });
    expect(checked).toBeGreaterThan(4);
  });
});
