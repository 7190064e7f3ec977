/**
 * The wire-story rules over the panel (test/brief/panel.ts), each expected figure from a plain
 * scan of the shipped CSV: points and percent, the market leads, story order, the closing
 * table, drawdowns told right, filler left out, what the data cannot support.
 */
import { describe, expect, it } from 'vitest';
import type { Brief } from '../../src/narrative/index.js';
import { renderText, writeBrief } from '../../src/narrative/index.js';
import { loadShippedSeries, readShippedRows, SHIPPED_SYMBOLS, type ShippedRow } from '../helpers/shipped-series.js';
import { isoDay } from '../helpers/synthetic-series.js';
import { calendarOf } from '../../src/calendar/index.js';
import { BUILTIN_INSTRUMENTS } from '../../src/data/instruments.js';
import { PANEL } from './panel.js';
import { at, biggestDaySince, drawdownStates, lastBefore, pct, recordBefore, row, storyLevel, storyPct } from './scan.js';
import { apDate } from './words.js';

const series = SHIPPED_SYMBOLS.map((symbol) => loadShippedSeries(symbol));
const briefs = new Map<string, Brief>();
function briefOn(date: string): Brief {
  const cached = briefs.get(date);
  if (cached !== undefined) return cached;
  const brief = writeBrief(series, { date: isoDay(date) });
  briefs.set(date, brief);
  return brief;
}
const textOn = (date: string): string => renderText(briefOn(date));
/** How a later paragraph opens with an index: its full name, or its short one once an earlier paragraph named it in full. */
function openingFor(brief: Brief, paragraph: number, full: string, short: string): string {
  const before = brief.paragraphs.slice(0, paragraph).flatMap((p) => p.sentences.map((s) => s.text)).join(' ');
  return before.includes(full) ? short : full;
}

const FILES = { SPX: 'GSPC.yahoo.csv', DJI: 'DJI.yahoo.csv', IXIC: 'IXIC.yahoo.csv', RUT: 'RUT.yahoo.csv' } as const;
const rows = Object.fromEntries(Object.entries(FILES).map(([symbol, file]) => [symbol, readShippedRows(file)])) as Record<keyof typeof FILES, ShippedRow[]>;
const TABLE_NAMES = { SPX: 'S&P 500', DJI: 'Dow Jones Industrial Average', IXIC: 'Nasdaq composite', RUT: 'Russell 2000' } as const;

/** `down 324.89 points, or 12%`, written from the scan. */
function change(from: number, to: number): string {
  const move = pct(from, to);
  const size = Math.abs(move) < 0.05 ? `${Math.abs(move).toFixed(2)}%` : storyPct(move);
  return `${to >= from ? 'up' : 'down'} ${storyLevel(Math.abs(to - from))} points, or ${size}`;
}

/** The Monday of the ISO week of an ISO date. */
function mondayOf(iso: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7;
  return new Date(d.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}

describe('the closing table: day, week and year, points and percent, from the scan', () => {
  for (const day of PANEL) {
    it(day.date, () => {
      const brief = briefOn(day.date);
      const lines = brief.table.flatMap((section) => [section.title, ...section.rows.map((r) => r.text)]);
      for (const symbol of Object.keys(FILES) as (keyof typeof FILES)[]) {
        const data = rows[symbol];
        if (!data.some((r) => r.date === day.date)) {
          expect(lines.some((l) => l.startsWith(`${TABLE_NAMES[symbol]}:`))).toBe(false);
          continue;
        }
        const i = at(data, day.date);
        const close = row(data, i).close;
        expect(lines).toContain(`${TABLE_NAMES[symbol]}: ${change(row(data, i - 1).close, close)}, to ${storyLevel(close)}.`);
        const week = lastBefore(data, mondayOf(day.date));
        // On the week's first session the week is the day: no week section.
        if (week.date === row(data, i - 1).date) expect(lines).not.toContain('For the week:');
        else expect(lines).toContain(`${TABLE_NAMES[symbol]}: ${change(week.close, close)}.`);
        if (data[0] !== undefined && data[0].date < `${day.date.slice(0, 4)}-01-01`) {
          const yearBase = lastBefore(data, `${day.date.slice(0, 4)}-01-01`);
          // On the year's first session the year is the day: no year section.
          if (yearBase.date === row(data, i - 1).date) expect(lines).not.toContain('For the year:');
          else expect(lines).toContain(`${TABLE_NAMES[symbol]}: ${change(yearBase.close, close)}.`);
        }
      }
    });
  }
});

describe('the lead is the market', () => {
  it('every panel day: a headline that says the news, the S&P 500 or "Stocks" first unless a yield is the story', () => {
    for (const day of PANEL) {
      const brief = briefOn(day.date);
      expect(brief.headline.startsWith('Markets on'), day.date).toBe(false);
      // A reopening after a closure opens the story; the market's day follows it in the same sentence (", and the S&P 500 fell ...").
      const sentences = brief.paragraphs[0]?.sentences ?? [];
      const reopened = sentences[0]?.facts.some((f) => f.kind === 'market-closed') === true;
      const first = sentences[0]?.text ?? '';
      const lead = reopened ? `${first.charAt(first.indexOf(', and ') + 6).toUpperCase()}${first.slice(first.indexOf(', and ') + 7)}` : first;
      const spx = rows.SPX;
      const i = at(spx, day.date);
      const spxMove = Math.abs(pct(row(spx, i - 1).close, row(spx, i).close));
      if (lead.startsWith('The yield on')) expect(spxMove, day.date).toBeLessThan(1);
      else expect(lead, day.date).toMatch(/^(The S&P 500 |Stocks )/);
    }
  });

  it('March 13, 2023: the 2-year yield leads with its biggest one-day drop since 1987 while the S&P 500 moved under 1%', () => {
    const us2y = readShippedRows('DGS2.fred.csv');
    const i = at(us2y, '2023-03-13');
    const since = biggestDaySince(us2y, i, true);
    expect(since.date?.slice(0, 4)).toBe('1987');
    const lead = briefOn('2023-03-13').paragraphs[0]?.sentences[0]?.text ?? '';
    const bp = Math.round((row(us2y, i - 1).close - row(us2y, i).close) * 100);
    expect(lead).toContain(`The yield on the 2-year Treasury fell ${bp} basis points to ${row(us2y, i).close.toFixed(2)}%`);
    expect(lead).toContain(`its biggest one-day decline since ${apDate(since.date ?? '', 2023)}`);
    // The stocks' moves are the second paragraph, plain.
    expect(briefOn('2023-03-13').paragraphs[1]?.symbols).toEqual(['SPX', 'DJI', 'IXIC']);
  });

  it('the Dow and the Nasdaq are the second paragraph (the Nasdaq opening the third when the Dow\'s news fills it), in points and percent, whenever both traded', () => {
    for (const day of PANEL) {
      const brief = briefOn(day.date);
      if (!rows.DJI.some((r) => r.date === day.date) || (brief.paragraphs[0]?.sentences[0]?.text ?? '').startsWith('The yield')) continue;
      const second = brief.paragraphs[1]?.symbols ?? [];
      expect(second[0], day.date).toBe('DJI');
      if (!second.includes('IXIC')) expect(brief.paragraphs[2]?.sentences[0]?.text, day.date).toMatch(new RegExp(`^The ${openingFor(brief, 2, 'Nasdaq composite', 'Nasdaq')} (rose|fell|was) `));
      const dji = rows.DJI;
      const i = at(dji, day.date);
      const points = Math.abs(row(dji, i).close - row(dji, i - 1).close);
      const written = points >= 100 ? Math.round(points).toLocaleString('en-US') : storyLevel(points);
      expect(brief.paragraphs[1]?.sentences[0]?.text, day.date).toContain(`The ${openingFor(brief, 1, 'Dow Jones Industrial Average', 'Dow')} ${row(dji, i).close >= row(dji, i - 1).close ? 'rose' : 'fell'} ${written} points, or`);
    }
  });

  it('Feb. 5, 2018: the Dow\'s point drop, the largest in its data by the scan and its first of 1,000 points, is its news; "ever", as no day at the level the data begin could have matched it', () => {
    const dji = rows.DJI;
    const i = at(dji, '2018-02-05');
    const drop = row(dji, i - 1).close - row(dji, i).close;
    for (let j = 1; j < i; j++) expect(row(dji, j - 1).close - row(dji, j).close).toBeLessThan(Math.min(drop, 1000));
    expect(drop).toBeGreaterThanOrEqual(row(dji, 0).close / 4);
    expect(briefOn('2018-02-05').paragraphs[1]?.sentences[0]?.text).toContain(`fell ${Math.round(drop).toLocaleString('en-US')} points, or ${storyPct(pct(row(dji, i - 1).close, row(dji, i).close))}, to ${storyLevel(row(dji, i).close)}, its first 1,000-point drop and its biggest point drop ever`);
    // With no other index's news in the lead, the headline carries it.
    expect(briefOn('2018-02-05').headline).toMatch(/ as Dow has its biggest point drop ever$/);
  });

  it('every panel day the Dow\'s point move is the largest its data hold that way: a headline with no other index\'s "as" clause gives it ("as Dow falls 778 points", over the VIX\'s)', () => {
    const dji = rows.DJI;
    let found = 0;
    for (const day of PANEL) {
      const i = dji.findIndex((r) => r.date === day.date);
      if (i < 1) continue;
      const points = row(dji, i).close - row(dji, i - 1).close;
      const largest = dji.slice(1, i).every((r, j) => Math.sign(r.close - row(dji, j).close) !== Math.sign(points) || Math.abs(r.close - row(dji, j).close) < Math.abs(points));
      const headline = briefOn(day.date).headline;
      if (!largest || / as (?!Dow |VIX )| and /.test(headline) || headline.startsWith('Dow ')) continue;
      found++;
      const ever = Math.abs(points) >= row(dji, 0).close / 4;
      const said = ever ? `as Dow has its biggest point ${points < 0 ? 'drop' : 'gain'} ever` : `as Dow ${points < 0 ? 'falls' : 'rises'} ${Math.round(Math.abs(points)).toLocaleString('en-US')} points`;
      expect(headline, day.date).toContain(said);
    }
    expect(found).toBeGreaterThan(1);
  });
});

describe('the benchmark entering a correction or a bear market is lead news', () => {
  it('every panel day the scan takes the S&P 500 into a correction or a bear market: the first sentence says so unless it is already a chain, and the headline with it', () => {
    const states = drawdownStates(rows.SPX);
    let entered = 0;
    for (const day of PANEL) {
      const i = at(rows.SPX, day.date);
      const now = states[i];
      const before = states[i - 1];
      if ((now !== 'correction' && now !== 'bear') || now === before || before === 'bear') continue;
      entered++;
      const brief = briefOn(day.date);
      const first = brief.paragraphs[0]?.sentences.find((s) => s.text.startsWith('The S&P 500 ')) ?? brief.paragraphs[0]?.sentences[0];
      const text = first?.text ?? '';
      const noun = now === 'bear' ? 'a bear market' : 'a correction';
      if (new RegExp(`(entering|falling back into) ${noun}`).test(text)) expect(brief.headline, day.date).toMatch(new RegExp(`(enters|falls back into) ${noun}`));
      else expect(text.replace(/, \d{4}\b/g, '').split(', ').length - 1, `${day.date}: ${text}`).toBeGreaterThanOrEqual(4);
    }
    // Oct. 27, 1997, April 14, 2000, Aug. 24, 2015, June 13, 2022 ...
    expect(entered).toBeGreaterThan(2);
  });
});

describe('no chains in the lead', () => {
  it('every panel day: the first sentence joins another index\'s news with "as" only while it has four clause commas or fewer (a date\'s year comma aside)', () => {
    let joined = 0;
    for (const day of PANEL) {
      const opening = briefOn(day.date).paragraphs[0]?.sentences[0];
      // After a reopening's words (", and the S&P 500 fell ..."), the market's sentence is what is counted.
      const text = opening?.text ?? '';
      const first = opening?.facts.some((f) => f.kind === 'market-closed') === true ? text.slice(text.indexOf(', and ') + 6) : text;
      if (!/, as the /.test(first)) continue;
      joined++;
      expect(first.replace(/, \d{4}\b/g, '').split(', ').length - 1, `${day.date}: ${first}`).toBeLessThanOrEqual(4);
    }
    expect(joined).toBeGreaterThan(0);
  });
});

describe('small caps just short of an old record', () => {
  it('every panel day the scan finds the Russell 2000 within 0.1% below a record over a year old: its day is told in the second paragraph, after the Dow and the Nasdaq', () => {
    let found = 0;
    for (const day of PANEL) {
      const rut = rows.RUT;
      const i = rut.findIndex((r) => r.date === day.date);
      if (i < 1) continue;
      const record = recordBefore(rut, i);
      const below = -pct(record.close, row(rut, i).close);
      const ageDays = (Date.parse(day.date) - Date.parse(record.date)) / 86_400_000;
      if (!(below > 0 && below < 0.1 && ageDays > 365)) continue;
      found++;
      const second = briefOn(day.date).paragraphs[1]?.sentences ?? [];
      expect(second[0]?.text.startsWith(`The ${openingFor(briefOn(day.date), 1, 'Dow Jones Industrial Average', 'Dow')} `), day.date).toBe(true);
      expect(second.some((s) => s.text.startsWith('The Russell 2000 ') && s.text.includes(`below its record close of ${storyLevel(record.close)}, set ${apDate(record.date, Number(day.date.slice(0, 4)))}`)), day.date).toBe(true);
    }
    // Nov. 25, 2024: 0.03% below the record of Nov. 8, 2021.
    expect(found).toBeGreaterThan(0);
  });
});

describe('a bond-led day with a stock record', () => {
  it('Aug. 4, 2020: the 10-year yield leads; the Nasdaq\'s record close by the scan is in the stocks\' sentence and the headline', () => {
    const ixic = rows.IXIC;
    const i = at(ixic, '2020-08-04');
    expect(row(ixic, i).close).toBeGreaterThan(recordBefore(ixic, i).close);
    const brief = briefOn('2020-08-04');
    expect(brief.paragraphs[0]?.sentences[0]?.text.startsWith('The yield on the 10-year Treasury')).toBe(true);
    expect(brief.paragraphs[1]?.sentences[0]?.text).toContain(`the Nasdaq composite rose ${storyLevel(row(ixic, i).close - row(ixic, i - 1).close)} points, or ${storyPct(pct(row(ixic, i - 1).close, row(ixic, i).close))}, to a record ${storyLevel(row(ixic, i).close)}`);
    expect(brief.headline).toMatch(/ as Nasdaq closes at a record$/);
  });
});

describe('story order: S&P 500, Dow, Nasdaq, small caps, bonds, the VIX explained once, funds only with news', () => {
  const order = ['SPX', 'DJI', 'IXIC', 'RUT', 'US10Y', 'VIX'];
  for (const day of PANEL) {
    it(day.date, () => {
      const brief = briefOn(day.date);
      // After the lead paragraph, the Dow's and the Nasdaq's days with their news (one paragraph
      // or two), then each instrument's paragraph in story order; the VIX's own story right after
      // the stocks' (before the bonds) is the exception fear-gauge.test.ts checks against the scan.
      const owners = brief.paragraphs.slice(1).map((p) => p.symbols[0] ?? '');
      const market = owners.findIndex((symbol) => symbol !== 'DJI' && symbol !== 'IXIC');
      const majors = owners.slice(0, market < 0 ? owners.length : market).map((symbol) => order.indexOf(symbol));
      expect(majors, day.date).toEqual([...majors].sort((a, b) => a - b));
      const rest = market < 0 ? [] : owners.slice(market);
      const vixAt = rest.indexOf('VIX');
      const fearAt = vixAt >= 0 && rest.slice(0, vixAt).every((symbol) => ['SPX', 'DJI', 'IXIC', 'RUT'].includes(symbol)) ? vixAt : -1;
      const ranks = rest.filter((_, k) => k !== fearAt).map((symbol) => order.indexOf(symbol)).filter((k) => k >= 0);
      expect(ranks, day.date).toEqual([...ranks].sort((a, b) => a - b));
      const text = textOn(day.date);
      if (brief.paragraphs.some((p) => p.symbols.includes('VIX'))) expect(text.split("Wall Street's fear gauge").length - 1, day.date).toBe(1);
      for (const p of brief.paragraphs.filter((x) => x.symbols.some((s) => ['SPY', 'IWM', 'VBK', 'IWO'].includes(s)))) {
        expect(p.sentences.some((s) => s.facts.some((f) => f.kind === 'record-close' || f.kind === 'biggest-move')), day.date).toBe(true);
      }
    });
  }
});

describe('drawdowns told right', () => {
  it('March 13, 2023: the S&P 500 is in the engine\'s bear market but under 20% below its record: "still X% below", not "in a bear market"', () => {
    const spx = rows.SPX;
    const i = at(spx, '2023-03-13');
    expect(drawdownStates(spx)[i]).toBe('bear');
    const record = recordBefore(spx, i);
    const below = -pct(record.close, row(spx, i).close);
    expect(below).toBeLessThan(20);
    const text = textOn('2023-03-13');
    expect(text).toContain(`The index is still ${storyPct(below)} below its record close of ${storyLevel(record.close)}, set ${apDate(record.date, 2023)}.`);
    expect(text).not.toMatch(/S&P 500 has been in a bear market/);
  });

  it('Sept. 13, 2022: a correction from a post-rally peak also gives the distance from the record', () => {
    const ixic = rows.IXIC;
    const i = at(ixic, '2022-09-13');
    const record = recordBefore(ixic, i);
    // The rally's top: the highest close since the lowest close after the record.
    const recordAt = at(ixic, record.date);
    const closes = ixic.slice(recordAt, i + 1);
    const lowAt = recordAt + closes.reduce((best, r, k) => (r.close < (closes[best]?.close ?? Infinity) ? k : best), 0);
    const rally = ixic.slice(lowAt, i + 1).reduce((top, r) => (r.close > top.close ? r : top), row(ixic, lowAt));
    const text = textOn('2022-09-13');
    const fromRally = `${storyPct(-pct(rally.close, row(ixic, i).close))} below its ${apDate(rally.date, 2022)} high of ${storyLevel(rally.close)}`;
    expect(text).toContain(`${fromRally} and ${storyPct(-pct(record.close, row(ixic, i).close))} below its record close of ${storyLevel(record.close)}, set ${apDate(record.date, 2022)}`);
  });

  it('every "in a bear market" ("in a correction") of the panel is said while the depth below the peak is at least 20% (10%)', () => {
    for (const day of PANEL) {
      for (const sentence of briefOn(day.date).paragraphs.flatMap((p) => p.sentences)) {
        const standing = sentence.facts.find((f) => f.kind === 'drawdown-standing');
        if (standing?.kind !== 'drawdown-standing') continue;
        // A correction within two points of the bear-market line is said as its brink, with the depth.
        if (sentence.text.includes('on the brink of a bear market')) {
          expect(standing.state, day.date).toBe('correction');
          expect(standing.drawdownPct >= 18 && standing.drawdownPct < 20, day.date).toBe(true);
          expect(sentence.text).toContain(`leaving it on the brink of a bear market, ${storyPct(standing.drawdownPct)} below`);
          continue;
        }
        const says = /has been (back )?in a (bear market|correction)| is in a (bear market|correction)/.test(sentence.text);
        expect(says, `${day.date}: ${sentence.text}`).toBe(standing.drawdownPct >= (standing.state === 'bear' ? 20 : 10));
        expect(sentence.text, day.date).toContain('below its record close of');
      }
    }
  });
});

describe('no filler', () => {
  it('no "0.00% below", no "Decembers", no "in data going back to", no fund boilerplate beside the indexes', () => {
    for (const day of PANEL) {
      const text = textOn(day.date);
      expect(text, day.date).not.toMatch(/0\.00% below|(January|February|March|April|May|June|July|August|September|October|November|December)s\b|going back to|as a price return/);
    }
  });

  it('every panel year\'s last session: no week still in progress "on pace" for anything', () => {
    let ends = 0;
    for (const day of PANEL) {
      const data = rows.SPX;
      const next = data[at(data, day.date) + 1];
      if (next === undefined || next.date.slice(0, 4) === day.date.slice(0, 4)) continue;
      ends++;
      expect(textOn(day.date), day.date).not.toContain('this week, on pace for');
    }
    expect(ends).toBeGreaterThan(0);
  });

  it('Jan. 17, 2024: January\'s month to date is the year\'s, said once', () => {
    const text = textOn('2024-01-17');
    expect(text).not.toMatch(/in January and/);
    expect(text).toContain('this year');
  });

  it('a month\'s first week: no "on track" for a move short of extreme (the fact stays in the JSON)', () => {
    for (const date of ['2026-03-02', '2024-11-05', '2022-06-03']) {
      const brief = briefOn(date);
      const onTrack = brief.facts.filter((f) => f.kind === 'month-on-track' && Math.abs(f.move) < (f.unit === 'bp' ? 50 : f.symbol === 'VIX' ? 30 : 10));
      for (const fact of onTrack) expect(brief.paragraphs.some((p) => p.sentences.some((s) => s.facts.includes(fact))), `${date} ${fact.symbol}`).toBe(false);
      expect(textOn(date), date).not.toContain('on track for');
    }
  });

  it('Oct. 13, 1989: a move that only ties the earlier one says "matching"', () => {
    const us2y = readShippedRows('DGS2.fred.csv');
    const i = at(us2y, '1989-10-13');
    const bp = Math.round((row(us2y, i).close - row(us2y, i - 1).close) * 100);
    const since = biggestDaySince(us2y, i, true);
    expect(Math.round(since.move)).toBe(bp);
    expect(textOn('1989-10-13')).toContain(`fell ${-bp} basis points`);
    expect(textOn('1989-10-13')).toContain(`its biggest one-day decline since a matching one on ${apDate(since.date ?? '', 1989)}.`);
  });
});

describe('what the data cannot support', () => {
  it('Oct. 13, 2008 (Columbus Day): the bond market was closed; the last yields are said as such, not as the day\'s move', () => {
    const us10y = readShippedRows('DGS10.fred.csv');
    expect(us10y.some((r) => r.date === '2008-10-13')).toBe(false);
    expect(rows.SPX.some((r) => r.date === '2008-10-13')).toBe(true);
    const holiday = calendarOf('bonds').holidayOn(isoDay('2008-10-13'));
    const last = lastBefore(us10y, '2008-10-13');
    const text = textOn('2008-10-13');
    const last2 = lastBefore(readShippedRows('DGS2.fred.csv'), '2008-10-13');
    expect(last2.date).toBe(last.date);
    // Once for both yields; the calendar's reason makes a note of the earlier date needless.
    expect(text).toContain(`The bond market was closed on Monday for ${holiday?.name ?? '?'}; the yield on the 10-year Treasury last closed at ${last.close.toFixed(2)}% and the 2-year yield at ${last2.close.toFixed(2)}% on Friday, ${apDate(last.date, 2008)}.`);
    expect(text).not.toMatch(/10-year Treasury (rose|fell) /);
    expect(text).not.toContain('has no observation on 2008-10-13');
  });

  it('the first session after a closure of the exchange says so, with the weekdays the data skip', () => {
    const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
    for (const date of ['2001-09-17', '2012-10-31']) {
      const spx = rows.SPX;
      const i = at(spx, date);
      const prev = row(spx, i - 1).date;
      let weekdays = 0;
      for (let t = Date.parse(`${prev}T12:00:00Z`) + 86_400_000; t < Date.parse(`${date}T12:00:00Z`); t += 86_400_000) {
        const wd = new Date(t).getUTCDay();
        if (wd !== 0 && wd !== 6) weekdays++;
      }
      expect(weekdays).toBeGreaterThanOrEqual(2);
      const lead = briefOn(date).paragraphs[0]?.sentences.map((s) => s.text).join(' ') ?? '';
      expect(lead.startsWith(`Trading resumed on ${['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][new Date(`${date}T12:00:00Z`).getUTCDay()] ?? ''} after a ${words[weekdays] ?? ''}-day closure for `)).toBe(true);
      const headline = renderText(briefOn(date)).split('\n')[0] ?? '';
      expect(headline.toLowerCase()).toContain(`trading resumes after ${words[weekdays] ?? ''}-day closure`);
      // A point move the largest in the data says the reopening's move in its points: "Dow falls 685 points as trading resumes".
      const largest = (['DJI', 'IXIC', 'SPX'] as const).find((symbol) => {
        const list = rows[symbol];
        const k = at(list, date);
        const points = row(list, k).close - row(list, k - 1).close;
        return list.slice(1, k).every((r, j) => Math.sign(r.close - row(list, j).close) !== Math.sign(points) || Math.abs(r.close - row(list, j).close) < Math.abs(points));
      });
      if (largest === undefined) expect(headline.startsWith('Trading resumes after ')).toBe(true);
      else {
        const list = rows[largest];
        const k = at(list, date);
        const points = row(list, k).close - row(list, k - 1).close;
        const name = { DJI: 'Dow', IXIC: 'Nasdaq', SPX: 'S&P 500' }[largest];
        expect(headline.startsWith(`${name} ${points < 0 ? 'falls' : 'rises'} ${Math.round(Math.abs(points)).toLocaleString('en-US')} points as trading resumes`)).toBe(true);
      }
      // The reopening and the market's day in one sentence.
      expect(lead).toMatch(/-day closure for .+?, and (the S&P 500|stocks) (rose|fell) /);
    }
  });
});

describe('"in the data" is said as the data\'s limit, and as "ever" only where the data hold the whole history', () => {
  const FIRST_DATES: Record<string, string | undefined> = { ...Object.fromEntries(Object.entries(rows).map(([symbol, list]) => [symbol, list[0]?.date])), VIX: readShippedRows('VIX.yahoo.csv')[0]?.date };

  it('every panel sentence: a fact on an instrument whose file starts on its first day says "ever", any other never does by percent', () => {
    const saidEver = new Set<string>();
    for (const day of PANEL) {
      for (const paragraph of briefOn(day.date).paragraphs) {
        for (const sentence of paragraph.sentences) {
          for (const fact of sentence.facts) {
            const begins = BUILTIN_INSTRUMENTS.find((i) => i.symbol === fact.symbol)?.historyBegins;
            const first = FIRST_DATES[fact.symbol];
            if (first !== undefined) expect(fact.wholeHistory, `${day.date} ${fact.symbol}`).toBe(begins !== undefined && first <= begins);
          }
          const whole = sentence.facts.filter((f) => f.wholeHistory).map((f) => f.symbol);
          if (whole.length > 0 && sentence.facts.every((f) => f.wholeHistory)) expect(sentence.text, day.date).not.toContain('since at least');
          const percentEver = /\bever\b/.test(sentence.text.replace(/point (gain|drop) ever/g, ''));
          if (percentEver) {
            expect(whole.length, `${day.date}: ${sentence.text}`).toBeGreaterThan(0);
            for (const symbol of whole) saidEver.add(symbol);
          }
        }
      }
    }
    const wholeByFile = BUILTIN_INSTRUMENTS.filter((i) => i.historyBegins !== undefined && (FIRST_DATES[i.symbol] ?? '9999') <= i.historyBegins).map((i) => i.symbol);
    expect(wholeByFile.length).toBeGreaterThan(0);
    expect([...saidEver].sort()).toEqual([...wholeByFile].sort());
  });
});

describe('a superlative the lead tells of another index is not told again', () => {
  it('every panel day: a one-day biggest move, a high or low since, or a point superlative is in one sentence only', () => {
    let toldInLead = 0;
    for (const day of PANEL) {
      const brief = briefOn(day.date);
      const sentences = brief.paragraphs.flatMap((p) => p.sentences);
      const lead = sentences[0];
      for (const fact of lead?.facts ?? []) {
        if (!['biggest-move', 'extreme-since', 'point-move'].includes(fact.kind) || fact.symbol === 'SPX') continue;
        toldInLead++;
        expect(sentences.filter((s) => s.facts.includes(fact)).length, `${day.date} ${fact.symbol} ${fact.kind}`).toBe(1);
      }
    }
    expect(toldInLead).toBeGreaterThan(0);
  });
});

describe('the month ahead\'s record only when it has room', () => {
  it('every panel day: only on a month\'s last session and only the best or worst month; none on the year\'s last session or when the S&P 500 moved 2% or more, never the Dow\'s or the Nasdaq\'s; some on a quieter month end', () => {
    let said = 0;
    for (const day of PANEL) {
      const spx = rows.SPX;
      const i = at(spx, day.date);
      const move = Math.abs(pct(row(spx, i - 1).close, row(spx, i).close));
      const next = spx[i + 1];
      const yearEnd = next === undefined ? day.date.endsWith('-12-31') : next.date.slice(0, 4) !== day.date.slice(0, 4);
      const seasonal = / has been the (?:\w+-)?(?:best|worst) month for /.test(textOn(day.date));
      if (seasonal) said++;
      if (move >= 2 || yearEnd) expect(seasonal, `${day.date}: ${move.toFixed(2)}%`).toBe(false);
      // Only on the eve of the month ahead (the month's last session), and only its best or worst month.
      const monthEve = next === undefined ? false : next.date.slice(0, 7) !== day.date.slice(0, 7);
      if (!monthEve) expect(seasonal, day.date).toBe(false);
      expect(textOn(day.date), day.date).not.toMatch(/ has been the \w+-(best|worst) month for /);
      // The benchmark's month is the market's: the Dow's or the Nasdaq's would only repeat it.
      expect(textOn(day.date), day.date).not.toMatch(/ has been the (?:\w+-)?(?:best|worst) month for the (Dow|Nasdaq)/);
    }
    expect(said).toBeGreaterThan(0);
  });
});

describe('the limit of the data said once an instrument', () => {
  it('every panel day: "since at least" (where the data begin) at most once for each instrument, and somewhere in the panel', () => {
    let said = 0;
    for (const day of PANEL) {
      const counts = new Map<string, number>();
      for (const sentence of briefOn(day.date).paragraphs.flatMap((p) => p.sentences)) {
        if (!sentence.text.includes('since at least')) continue;
        said++;
        const limited = sentence.facts.filter((f) => !f.wholeHistory && 'dataStart' in f);
        for (const symbol of new Set(limited.map((f) => f.symbol))) counts.set(symbol, (counts.get(symbol) ?? 0) + sentence.text.split('since at least').length - 1);
      }
      for (const [symbol, n] of counts) expect(n, `${day.date} ${symbol}`).toBeLessThanOrEqual(1);
    }
    expect(said).toBeGreaterThan(0);
  });
});

describe('the brink of a bear market leads', () => {
  it('Dec. 24, 2018: the S&P 500 closes 18% to 20% below its record, in a correction: the lead and the headline say so, with the depth from the scan', () => {
    const spx = rows.SPX;
    const i = at(spx, '2018-12-24');
    const record = recordBefore(spx, i);
    const depth = (1 - row(spx, i).close / record.close) * 100;
    expect(depth).toBeGreaterThanOrEqual(18);
    expect(depth).toBeLessThan(20);
    const brief = briefOn('2018-12-24');
    expect(brief.paragraphs[0]?.sentences[0]?.text).toContain(`leaving it on the brink of a bear market, ${storyPct(depth)} below its record close of ${storyLevel(record.close)}, set ${apDate(record.date, 2018)}`);
    expect(brief.headline).toContain('S&P 500 closes on the brink of a bear market');
  });
});

describe('another index\'s year with the benchmark\'s', () => {
  it('every panel year end: an index\'s year joins the benchmark\'s only when it reaches further back and not only to the data\'s start', () => {
    let joined = 0;
    for (const day of PANEL) {
      const sentences = briefOn(day.date).paragraphs[0]?.sentences ?? [];
      for (const sentence of sentences) {
        const years = sentence.facts.filter((f) => f.kind === 'year-result');
        const bench = years.find((f) => f.symbol === 'SPX');
        for (const other of years) {
          if (other.symbol === 'SPX' || other.kind !== 'year-result') continue;
          joined++;
          expect(other.sinceYear !== null || other.wholeHistory, day.date).toBe(true);
          if (bench?.kind === 'year-result' && bench.sinceIsNews) expect(other.sinceYear ?? Number.NEGATIVE_INFINITY, day.date).toBeLessThan(bench.sinceYear ?? Number.NEGATIVE_INFINITY);
          expect(sentence.text).toMatch(/, as the [A-Za-z0-9 &]+ (rose|fell) [\d.]+%, its (best|worst) year /);
        }
      }
    }
    expect(joined).toBeGreaterThan(0);
  });
});

describe('another index\'s "since" only when it reaches further back', () => {
  it('every panel day: a one-day or weekly "biggest since" of the Dow, the Nasdaq or the Russell 2000 in the story reaches further back than the S&P 500\'s, or five years or more (a day), or is the same day told with it ("also")', () => {
    let compared = 0;
    let together = 0;
    for (const day of PANEL) {
      const brief = briefOn(day.date);
      for (const sentence of brief.paragraphs.flatMap((p) => p.sentences)) {
        for (const fact of sentence.facts) {
          if (fact.kind !== 'biggest-move' || !['DJI', 'IXIC', 'RUT'].includes(fact.symbol) || fact.sinceDate === null) continue;
          const spxFact = brief.facts.find((f) => f.kind === 'biggest-move' && f.symbol === 'SPX' && f.period === fact.period);
          if (spxFact?.kind !== 'biggest-move' || spxFact.sinceDate === null || Math.sign(spxFact.move) !== Math.sign(fact.move)) continue;
          compared++;
          if (fact.sinceDate === spxFact.sinceDate) {
            together++;
            expect(sentence.text, `${day.date} ${fact.symbol}`).toMatch(/ also had (its|their) biggest one-day |, as did /);
            expect(sentence.text).toContain(apDate(fact.sinceDate, Number(day.date.slice(0, 4))));
          } else {
            // A day reaching five years back or more is the index's own news (one-day-moves.test.ts).
            const ownNews = fact.period === 'day' && (Date.parse(day.date) - Date.parse(fact.sinceDate)) / 86_400_000 >= 1826;
            expect(fact.sinceDate < spxFact.sinceDate || ownNews, `${day.date} ${fact.symbol} ${fact.period}: since ${fact.sinceDate}, S&P 500 since ${spxFact.sinceDate}`).toBe(true);
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(0);
    expect(together).toBeGreaterThan(0);
  });
});

describe('another index\'s month only when it reaches further back', () => {
  it('every panel day: a month superlative of the Dow, the Nasdaq or the Russell 2000 in its own sentence reaches back before the S&P 500\'s', () => {
    let compared = 0;
    for (const day of PANEL) {
      const brief = briefOn(day.date);
      const spxMonth = brief.facts.find((f) => f.kind === 'month-on-track' && f.symbol === 'SPX');
      if (spxMonth?.kind !== 'month-on-track' || spxMonth.sinceMonth === null) continue;
      for (const sentence of brief.paragraphs.flatMap((p) => p.sentences)) {
        if (/ also /.test(sentence.text)) continue;
        for (const fact of sentence.facts) {
          if (fact.kind !== 'month-on-track' || !['DJI', 'IXIC', 'RUT'].includes(fact.symbol) || fact.sinceMonth === null || Math.sign(fact.move) !== Math.sign(spxMonth.move)) continue;
          compared++;
          expect(fact.sinceMonth < spxMonth.sinceMonth, `${day.date} ${fact.symbol}: since ${fact.sinceMonth}, S&P 500 since ${spxMonth.sinceMonth}`).toBe(true);
        }
      }
    }
    expect(compared).toBeGreaterThan(0);
  });
});

describe('each index in its own paragraph', () => {
  it('every panel day: after the lead paragraph, a sentence about one index only is in that index\'s paragraph (the Dow\'s and the Nasdaq\'s may share one; a fact shared with the benchmark\'s follows it)', () => {
    const MAJOR = new Set(['DJI', 'IXIC']);
    let checked = 0;
    for (const day of PANEL) {
      const brief = briefOn(day.date);
      // The lead's own paragraph is the market's: it may tell any index. After it, the Dow's and the Nasdaq's days
      // (with their news beside them), then each index's paragraph.
      const leadCount = brief.paragraphs[0]?.sentences[0]?.text.startsWith('The yield') === true ? 2 : 1;
      brief.paragraphs.forEach((p, k) => {
        const owner = p.symbols[0] ?? '';
        if (k < leadCount || !['SPX', 'DJI', 'IXIC', 'RUT'].includes(owner)) return;
        for (const sentence of p.sentences) {
          const about = new Set(sentence.facts.map((f) => f.symbol));
          const [only] = [...about];
          // A fact shared with the benchmark's is told after it: "The Nasdaq has also fallen four days in a row."
          // Small caps' day near an old record is the second paragraph's news, told after the Dow's and the Nasdaq's days.
          const smallCapsDay = k === leadCount && sentence.facts.some((f) => f.kind === 'day-move');
          if (about.size !== 1 || only === undefined || only === owner || / also /.test(sentence.text) || smallCapsDay) continue;
          checked++;
          expect(MAJOR.has(only) && MAJOR.has(owner), `${day.date} paragraph ${k} of ${owner}: ${sentence.text}`).toBe(true);
        }
      });
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('the benchmark\'s streak said once', () => {
  it('every panel day: the Dow and the Nasdaq do not restate a streak of the S&P 500\'s length and way', () => {
    let echoes = 0;
    for (const day of PANEL) {
      const brief = briefOn(day.date);
      const spxStreak = brief.facts.find((f) => f.kind === 'streak' && f.symbol === 'SPX');
      if (spxStreak?.kind !== 'streak') continue;
      for (const fact of brief.facts) {
        if (fact.kind !== 'streak' || !['DJI', 'IXIC'].includes(fact.symbol)) continue;
        const same = fact.days === spxStreak.days && fact.snapped === spxStreak.snapped;
        const further = fact.sinceDate !== null && spxStreak.sinceDate !== null && fact.sinceDate < spxStreak.sinceDate;
        if (!same || further) continue;
        echoes++;
        // Said once for them all, with the benchmark's: "The S&P 500 snapped a four-day winning streak, as did the Dow and the Nasdaq."
        const sentences = brief.paragraphs.flatMap((p) => p.sentences).filter((s) => s.facts.includes(fact));
        expect(sentences.length, `${day.date} ${fact.symbol}`).toBeLessThanOrEqual(1);
        for (const sentence of sentences) expect(sentence.text, `${day.date} ${fact.symbol}`).toMatch(/ also (snapped|risen|fallen)|, as (did|has|have) /);
      }
    }
    // The panel has such days (Sept. 13, 2022: all three snapped a four-day winning streak).
    expect(echoes).toBeGreaterThan(0);
  });
});
