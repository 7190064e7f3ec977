/**
 * The facts beyond the day's own move, each against a plain scan of the shipped CSV rows: the
 * year's result and "its worst year since" at a year's end, the year to date turning negative
 * (positive), the two-day move when it reaches further back than the day's, the first move of a
 * round number of points and the point superlative "ever", and the exchange's early closes.
 */
import { describe, expect, it } from 'vitest';
import type { DailySeries } from '../../src/core/series.js';
import type { Fact, FactOf } from '../../src/facts/index.js';
import { findBuiltinInstrument } from '../../src/data/instruments.js';
import { detectFacts, gatherFactInputs } from '../../src/facts/index.js';
import { roundPointThreshold } from '../../src/facts/extended-inputs.js';
import { renderText, writeBrief } from '../../src/narrative/index.js';
import { loadShippedSeries, readShippedRows, SHIPPED_SYMBOLS, type ShippedRow } from '../helpers/shipped-series.js';
import { isoDay } from '../helpers/synthetic-series.js';
import { at, biggestDaySince, pct, row, storyLevel, storyPct } from './scan.js';
import { apDate } from './words.js';

const all = SHIPPED_SYMBOLS.map((symbol) => loadShippedSeries(symbol));
const rows = { SPX: readShippedRows('GSPC.yahoo.csv'), DJI: readShippedRows('DJI.yahoo.csv'), IXIC: readShippedRows('IXIC.yahoo.csv') };
const textOn = (date: string): string => renderText(writeBrief(all, { date: isoDay(date) }));

/** The facts of one kind about one series on a date (that series alone). */
function factsOf<K extends Fact['kind']>(series: DailySeries, date: string, kind: K): FactOf<K>[] {
  return detectFacts(gatherFactInputs([series], { date: isoDay(date), benchmark: null })).filter((f): f is FactOf<K> => f.kind === kind);
}

/** Last row of each calendar year: `{year, close, date}`, oldest first. */
function yearEnds(list: readonly ShippedRow[]): { year: number; close: number; date: string }[] {
  const out: { year: number; close: number; date: string }[] = [];
  for (let i = 0; i < list.length; i++) {
    const r = row(list, i);
    const next = list[i + 1];
    if (next === undefined || next.date.slice(0, 4) !== r.date.slice(0, 4)) out.push({ year: Number(r.date.slice(0, 4)), close: r.close, date: r.date });
  }
  return out;
}

/** Each year's percent move from the prior year-end, from the second year-end on. */
function yearMoves(list: readonly ShippedRow[]): { year: number; move: number; date: string }[] {
  const ends = yearEnds(list);
  return ends.slice(1).map((end, k) => ({ year: end.year, date: end.date, move: pct(ends[k]?.close ?? Number.NaN, end.close) }));
}

describe('year-result: the year\'s move and "its best (worst) year since", from year-end closes', () => {
  const spx = loadShippedSeries('SPX');
  const moves = yearMoves(rows.SPX);
  const scanSince = (k: number): number | null => {
    const m = moves[k]?.move ?? 0;
    for (let j = k - 1; j >= 0; j--) {
      const other = moves[j]?.move ?? 0;
      if ((m > 0 && other >= m) || (m < 0 && other <= m)) return moves[j]?.year ?? null;
    }
    return null;
  };
  it('every S&P 500 year end from 1990: the fact\'s "since" year and rank are the scan\'s', () => {
    let checked = 0;
    for (let k = 0; k < moves.length; k++) {
      const year = moves[k];
      if (year === undefined || year.year < 1990 || year.date.slice(5, 7) !== '12') continue;
      const [fact] = factsOf(spx, year.date, 'year-result');
      expect(fact, year.date).toBeDefined();
      expect(fact?.sinceYear, year.date).toBe(scanSince(k));
      expect(fact?.move, year.date).toBeCloseTo(year.move, 9);
      expect(fact?.rankFromBottom, year.date).toBe(moves.slice(0, k + 1).filter((m) => m.move < year.move).length + 1);
      checked++;
    }
    expect(checked).toBeGreaterThan(30);
  });
  it('no year-result from a stated snapshot level: the year ends at the close', () => {
    const i = at(rows.SPX, '2008-12-31');
    const cut: DailySeries = { ...spx, days: spx.days.slice(0, i), close: spx.close?.slice(0, i) ?? null };
    const inputs = gatherFactInputs([cut], { date: isoDay('2008-12-31'), benchmark: null, snapshots: new Map([['SPX', { value: row(rows.SPX, i).close, minutes: 900 }]]) });
    const kinds = detectFacts(inputs).map((f) => f.kind);
    expect(kinds).toContain('day-move');
    expect(kinds).not.toContain('year-result');
    expect(factsOf(spx, '2008-12-31', 'year-result')).toHaveLength(1);
  });
  it('no year-result on a session that is not the year\'s last', () => {
    expect(factsOf(spx, '2008-12-30', 'year-result')).toEqual([]);
    expect(factsOf(spx, '2008-06-30', 'year-result')).toEqual([]);
  });
  for (const date of ['2008-12-31', '2019-12-31']) {
    it(`${date}: the year in points and percent, with its "since" year from the scan, leads the story, and so does the headline`, () => {
      const k = moves.findIndex((m) => m.date === date);
      const year = moves[k];
      const prior = yearEnds(rows.SPX).find((end) => end.year === Number(date.slice(0, 4)) - 1);
      if (year === undefined || prior === undefined) throw new Error(date);
      const since = scanSince(k);
      const word = year.move > 0 ? 'best' : 'worst';
      const points = Math.round(Math.abs(row(rows.SPX, at(rows.SPX, date)).close - prior.close)).toLocaleString('en-US');
      const text = textOn(date);
      // The year's result is the story of its last session: it opens the body.
      const body = text.split('\n')[3] ?? '';
      // Another index's year that reaches further back may follow it ("..., as the Nasdaq composite fell 40.5%, its worst year ever").
      expect(body).toMatch(new RegExp(`^The S&P 500 ended ${year.year} ${year.move > 0 ? 'up' : 'down'} ${points} points, or ${storyPct(year.move).replace('.', '\\.')}, its ${word} year since ${since ?? 'none'}[.,]`));
      expect(text.split('\n')[0]?.startsWith(`S&P 500 ends ${year.year} with its ${word} year since ${since ?? 'none'}`)).toBe(true);
    });
  }
  it('Dec. 31, 2008: the Nasdaq\'s year is the worst of its data by the scan, and its paragraph says so', () => {
    const nasdaq = yearMoves(rows.IXIC);
    const y2008 = nasdaq.find((m) => m.year === 2008);
    expect(y2008).toBeDefined();
    for (const m of nasdaq) if (m.year < 2008) expect(m.move).toBeGreaterThan(y2008?.move ?? 0);
    // The file begins on the composite's first day, so the worst year of the data is its worst year ever.
    expect(rows.IXIC[0]?.date).toBe(findBuiltinInstrument('IXIC')?.historyBegins);
    expect(textOn('2008-12-31')).toContain(`as the Nasdaq composite fell ${storyPct(y2008?.move ?? 0)}, its worst year ever.`);
  });
});

describe('ytd-turn: "turned negative (positive) for the year", every S&P 500 session of 2018-2019 against the scan', () => {
  it('fires exactly on the days the year to date changed sign', () => {
    const spx = loadShippedSeries('SPX');
    const list = rows.SPX;
    const bases = new Map(yearEnds(list).map((end) => [end.year + 1, end]));
    const expected: string[] = [];
    const found: string[] = [];
    for (let i = at(list, '2018-01-02'); i <= at(list, '2019-12-31'); i++) {
      const r = row(list, i);
      const prev = row(list, i - 1);
      const base = bases.get(Number(r.date.slice(0, 4)));
      if (base === undefined) continue;
      const now = pct(base.close, r.close);
      const before = pct(base.close, prev.close);
      if (prev.date.slice(0, 4) === r.date.slice(0, 4) && Math.abs(now) >= 0.005 && Math.abs(before) >= 0.005 && Math.sign(now) !== Math.sign(before)) expected.push(r.date);
      if (factsOf(spx, r.date, 'ytd-turn').length > 0) found.push(r.date);
    }
    expect(expected.length).toBeGreaterThan(3);
    expect(found).toEqual(expected);
  });
  it('Feb. 5, 2018: the S&P 500 turned negative for the year, said with its year to date from the scan', () => {
    const base = yearEnds(rows.SPX).find((end) => end.year === 2017);
    const ytd = pct(base?.close ?? Number.NaN, row(rows.SPX, at(rows.SPX, '2018-02-05')).close);
    expect(ytd).toBeLessThan(0);
    expect(textOn('2018-02-05')).toContain(`and has turned negative for the year, down ${storyPct(ytd)}.`);
  });
  it('Dec. 31, 2015: turning negative on the year\'s last session is a clause of the lead', () => {
    expect(textOn('2015-12-31')).toContain('on Thursday, turning negative for the year.');
  });
});

/** The two-session percent move ending at row i. */
const twoDay = (list: readonly ShippedRow[], i: number): number => Math.round(pct(row(list, i - 2).close, row(list, i).close) * 1e9) / 1e9;

/** The most recent earlier two-session window at least as large the same way: its last date, or null. */
function twoDaySince(list: readonly ShippedRow[], i: number): string | null {
  const m = twoDay(list, i);
  for (let j = i - 1; j >= 2; j--) {
    const other = twoDay(list, j);
    if ((m > 0 && other >= m) || (m < 0 && other <= m)) return row(list, j).date;
  }
  return null;
}

const YEAR_MS = 365.25 * 86_400_000;
const yearsBack = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / YEAR_MS;

describe('two-day-move: the two days when they reach further back than the day', () => {
  it('every S&P 500 session of 2022 and 2025: the fact fires exactly where the scan\'s rule says', () => {
    const spx = loadShippedSeries('SPX');
    const list = rows.SPX;
    const expected: string[] = [];
    const found: string[] = [];
    for (const year of ['2022', '2025']) {
      for (let i = at(list, `${year}-01-03`); i < list.length && row(list, i).date.startsWith(year); i++) {
        const date = row(list, i).date;
        const day = pct(row(list, i - 1).close, row(list, i).close);
        const prior = pct(row(list, i - 2).close, row(list, i - 1).close);
        const two = twoDay(list, i);
        const news = () => {
          if (Math.sign(day) === 0 || Math.sign(day) !== Math.sign(prior) || Math.abs(two) < 2 || Math.abs(prior) < Math.abs(day) / 3) return false;
          const daySince = biggestDaySince(list, i, false).date;
          const since = twoDaySince(list, i);
          if (daySince === null || (since !== null && since >= daySince)) return false;
          return yearsBack(since ?? row(list, 0).date, date) >= 1;
        };
        if (news()) expected.push(date);
        if (factsOf(spx, date, 'two-day-move').length > 0) found.push(date);
      }
    }
    expect(expected).toContain('2025-04-04');
    expect(found).toEqual(expected);
  });
  it('April 4, 2025: the lead paragraph gives the two-day drop and its "since" from the scan', () => {
    const i = at(rows.SPX, '2025-04-04');
    const since = twoDaySince(rows.SPX, i);
    const daySince = biggestDaySince(rows.SPX, i, false).date;
    expect(since !== null && daySince !== null && since < daySince).toBe(true);
    const brief = writeBrief(all, { date: isoDay('2025-04-04') });
    const lead = brief.paragraphs[0]?.sentences.map((s) => s.text).join(' ') ?? '';
    expect(lead).toContain(`The index lost ${storyPct(twoDay(rows.SPX, i))} over two days, its biggest two-day drop since ${apDate(since ?? '', 2025)}.`);
    // The Dow's and the Nasdaq's two days reach back no further: an echo, in the JSON only.
    const said = new Set(brief.paragraphs.flatMap((p) => p.sentences.flatMap((s) => s.facts)));
    expect(brief.facts.filter((f) => f.kind === 'two-day-move' && f.symbol !== 'SPX').every((f) => !said.has(f))).toBe(true);
  });
});

describe('point-threshold and point-move: "its first 1,000-point gain", "its biggest point drop ever"', () => {
  const list = rows.DJI;
  const change = (i: number): number => row(list, i).close - row(list, i - 1).close;
  it('the round number: the largest 1, 2 or 5 times a power of ten at or below the move', () => {
    expect([1086.25, 2997.1, 970.29, 2112.98, 94.14, 5, 0].map(roundPointThreshold)).toEqual([1000, 2000, 500, 2000, 50, 5, 0]);
  });
  it('every Dow day that set a point record, and every 97th day: the fact fires exactly where the scan says', () => {
    const dji = loadShippedSeries('DJI');
    const first = row(list, 0).close;
    const expected: string[] = [];
    const found: string[] = [];
    let bestGain = 0;
    let bestDrop = 0;
    for (let i = 1; i < list.length; i++) {
      const points = change(i);
      const isRecord = points > bestGain || -points > bestDrop;
      const earlier = points > 0 ? bestGain : bestDrop;
      if (points > 0) bestGain = Math.max(bestGain, points);
      if (points < 0) bestDrop = Math.max(bestDrop, -points);
      if (!isRecord && i % 97 !== 0) continue;
      const size = Math.abs(points);
      const scale = 10 ** Math.floor(Math.log10(size));
      const threshold = (size / scale >= 5 ? 5 : size / scale >= 2 ? 2 : 1) * scale;
      if (isRecord && earlier < threshold && threshold >= row(list, i - 1).close * 0.02 && threshold >= first / 4) expected.push(row(list, i).date);
      if (factsOf(dji, row(list, i).date, 'point-threshold').length > 0) found.push(row(list, i).date);
    }
    expect(expected).toEqual(expect.arrayContaining(['2018-02-05', '2018-12-26', '2020-03-24']));
    expect(found).toEqual(expected);
  });
  it('Dec. 26, 2018 and March 24, 2020: the Dow\'s first 1,000- and 2,000-point gains, said with "ever"', () => {
    for (const [date, threshold] of [['2018-12-26', 1000], ['2020-03-24', 2000]] as const) {
      const i = at(list, date);
      for (let j = 1; j < i; j++) expect(change(j)).toBeLessThan(threshold);
      expect(change(i)).toBeGreaterThanOrEqual(Math.max(threshold, row(list, 0).close / 4));
      expect(textOn(date)).toContain(`its first ${threshold.toLocaleString('en-US')}-point gain and its biggest point gain ever`);
    }
  });
  it('March 16, 2020: the Dow\'s drop is the largest of the data and beyond a quarter of its first close: "its biggest point drop ever"', () => {
    const i = at(list, '2020-03-16');
    for (let j = 1; j < i; j++) expect(change(j)).toBeGreaterThan(change(i));
    expect(-change(i)).toBeGreaterThanOrEqual(row(list, 0).close / 4);
    expect(textOn('2020-03-16')).toContain(`fell ${Math.round(-change(i)).toLocaleString('en-US')} points, or ${storyPct(pct(row(list, i - 1).close, row(list, i).close))}, to ${storyLevel(row(list, i).close)}, its biggest point drop ever`);
  });
});

describe('point-rank: "its second-biggest point drop ever" in a run of big days', () => {
  const list = rows.DJI;
  const change = (i: number): number => row(list, i).close - row(list, i - 1).close;
  it('every Dow session of February to April 2020 and of April 2025: the rank is the scan\'s, where the rule says', () => {
    const dji = loadShippedSeries('DJI');
    const expected: string[] = [];
    const found: string[] = [];
    for (let i = 1; i < list.length; i++) {
      const date = row(list, i).date;
      if (!((date >= '2020-02-01' && date <= '2020-04-30') || date.startsWith('2025-04'))) continue;
      const points = change(i);
      let since: string | null = null;
      for (let j = i - 1; j >= 1 && since === null; j--) if ((points > 0 && change(j) >= points) || (points < 0 && change(j) <= points)) since = row(list, j).date;
      let rank = 1;
      for (let j = 1; j < i; j++) if ((points > 0 && change(j) > points) || (points < 0 && change(j) < points)) rank++;
      const recent = since !== null && (Date.parse(date) - Date.parse(since)) / 86_400_000 < 60;
      if (recent && Math.abs(pct(row(list, i - 1).close, row(list, i).close)) >= 2 && rank >= 2 && rank <= 5) expected.push(`${date} ${rank}`);
      for (const fact of factsOf(dji, date, 'point-rank')) found.push(`${date} ${fact.rank}`);
    }
    expect(expected).toContain('2020-03-11 2');
    expect(found).toEqual(expected);
  });
  it('March 11, 2020: the Dow\'s drop, second only to March 9\'s by the scan, said as "ever"', () => {
    const i = at(list, '2020-03-11');
    expect(-change(i)).toBeGreaterThanOrEqual(row(list, 0).close / 4);
    expect(textOn('2020-03-11')).toMatch(/The Dow(?: Jones Industrial Average)? had its second-biggest point drop ever\./);
  });
});

describe('early-close: the NYSE\'s shortened sessions', () => {
  /** The early closes by the rules written plainly: Christmas Eve Monday to Thursday, the day after Thanksgiving, July 3 (Mon, Tue, Thu; Wed from 2013). */
  function isEarlyClose(iso: string): boolean {
    const d = new Date(`${iso}T12:00:00Z`);
    const weekday = d.getUTCDay();
    const [month, day] = [d.getUTCMonth() + 1, d.getUTCDate()];
    if (month === 12 && day === 24) return weekday >= 1 && weekday <= 4;
    if (month === 11 && weekday === 5) return day - 1 >= 22 && day - 1 <= 28; // the Friday after the fourth Thursday
    if (month === 7 && day === 3) return weekday === 1 || weekday === 2 || weekday === 4 || (weekday === 3 && d.getUTCFullYear() >= 2013);
    return false;
  }
  it('every S&P 500 session of July, November and December 2014-2024: the fact fires exactly on the early closes', () => {
    const spx = loadShippedSeries('SPX');
    const expected: string[] = [];
    const found: string[] = [];
    for (const r of rows.SPX) {
      if (r.date < '2014-01-01' || r.date > '2024-12-31' || !['07', '11', '12'].includes(r.date.slice(5, 7))) continue;
      if (isEarlyClose(r.date)) expected.push(r.date);
      if (factsOf(spx, r.date, 'early-close').length > 0) found.push(r.date);
    }
    expect(expected.length).toBeGreaterThan(20);
    expect(found).toEqual(expected);
  });
  it('Dec. 24, 2024: the lead says the session was shortened, once', () => {
    const text = textOn('2024-12-24');
    expect(text).toContain('on Tuesday in a shortened session');
    expect(text.split('shortened session').length - 1).toBe(1);
    expect(textOn('2024-12-23')).not.toContain('shortened session');
  });
});

describe('back-to-back years up more than 20%', () => {
  it('every year end from 1990: the S&P 500\'s lead says the run exactly when the scan finds two or more such years ending that one', () => {
    const ends = yearEnds(rows.SPX);
    let told = 0;
    for (let k = 1; k < ends.length; k++) {
      const end = ends[k];
      if (end === undefined || end.year < 1990 || end.year > 2025) continue;
      const up = (j: number): boolean => pct(ends[j - 1]?.close ?? Number.NaN, ends[j]?.close ?? Number.NaN) > 20;
      let run = 0;
      while (k - run >= 1 && up(k - run)) run++;
      // The S&P 500's year sentence, without another index's "as" clause.
      const sentences = writeBrief(all, { date: isoDay(end.date) }).paragraphs[0]?.sentences.map((s) => s.text) ?? [];
      const lead = (sentences.find((t) => t.includes(`ended ${end.year} `)) ?? '').split(', as the ')[0] ?? '';
      const ordinal = ['', 'first', 'second', 'third', 'fourth', 'fifth'][run] ?? `${run}th`;
      if (run >= 2) {
        told++;
        expect(lead, end.date).toContain(`its ${ordinal} straight annual gain of more than 20%`);
      } else expect(lead, end.date).not.toContain('straight annual gain of more than 20%');
    }
    // 1995-1998 and 2023-2024.
    expect(told).toBeGreaterThanOrEqual(4);
  });
});
