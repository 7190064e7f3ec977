/**
 * What a copy editor checks in a brief, on the shipped data, each expected number from a plain
 * scan of the CSV: the tense at a week's, month's and year's end, moves that print as zero,
 * nothing said twice, the benchmark in the lead on a crash day, and the JSON's key style.
 */
import { describe, expect, it } from 'vitest';
import type { Brief } from '../../src/narrative/index.js';
import { briefJson, renderText, writeBrief } from '../../src/narrative/index.js';
import { findBuiltinInstrument } from '../../src/data/instruments.js';
import { loadShippedSeries, readShippedRows, SHIPPED_SYMBOLS, type ShippedRow } from '../helpers/shipped-series.js';
import { isoDay } from '../helpers/synthetic-series.js';
import { at, biggestDaySince, drawdownStates, lastBefore, pct, recordBefore, recordsInYear, row, storyLevel, storyPct, streak, weekSince, weeksOf } from './scan.js';
import { apDate, apMonth, relativeWords } from './words.js';

const series = SHIPPED_SYMBOLS.map((symbol) => loadShippedSeries(symbol));
const spx = readShippedRows('GSPC.yahoo.csv');
const rut = readShippedRows('RUT.yahoo.csv');
const tsy = readShippedRows('DGS10.fred.csv');

const briefs = new Map<string, Brief>();
function briefOn(date: string): Brief {
  const cached = briefs.get(date);
  if (cached) return cached;
  const brief = writeBrief(series, { date: isoDay(date) });
  briefs.set(date, brief);
  return brief;
}
const textOn = (date: string): string => renderText(briefOn(date));

/** Basis points from a to b (levels in percent), rounded as a story prints them. */
const bp = (a: number, b: number): number => Math.round((b - a) * 100);
/** The close of `rows` on `date`. */
const closeOn = (rows: readonly ShippedRow[], date: string): number => row(rows, at(rows, date)).close;

describe('the week is over on its last trading day (review 17)', () => {
  it('Nov. 29, 2024 (a Friday, Thanksgiving week): the 10-year yield fell ... in the holiday-shortened week, its biggest weekly decline since ...', () => {
    const week = bp(lastBefore(tsy, '2024-11-25').close, closeOn(tsy, '2024-11-29'));
    expect(week).toBeLessThan(0);
    // The bond market's week has fewer sessions than weekdays: a holiday shortened it.
    expect(tsy.filter((r) => r.date >= '2024-11-25' && r.date <= '2024-11-29').length).toBeLessThan(5);
    expect(textOn('2024-11-29')).toContain(`For the holiday-shortened week, the 10-year yield fell ${-week} basis points, its biggest weekly decline since`);
    expect(textOn('2024-11-29')).not.toContain('on pace for');
  });

  it('Oct. 10, 2008 (a Friday) is past; the Thursday before is "on pace for"', () => {
    const week = pct(lastBefore(spx, '2008-10-06').close, closeOn(spx, '2008-10-10'));
    const weeks = weeksOf(spx);
    const k = weeks.findIndex((w) => w.date === '2008-10-10');
    const since = weekSince(weeks, k)?.date ?? '';
    expect(textOn('2008-10-10')).toContain(`capping a weekly drop of ${storyPct(week)}, its worst since ${apMonth(since.slice(0, 7), 2008)}`);
    expect(textOn('2008-10-10')).not.toContain('on pace for');
    const thursday = pct(lastBefore(spx, '2008-10-06').close, closeOn(spx, '2008-10-09'));
    expect(textOn('2008-10-09')).toContain(`is down ${storyPct(thursday)} this week, on pace for its biggest weekly drop`);
  });
});

describe('tense at a month and a year end, every instrument alike (review 18)', () => {
  it('Nov. 29, 2024: yields say the month in the past like the indexes, the year in the present', () => {
    const month = bp(lastBefore(tsy, '2024-11-01').close, closeOn(tsy, '2024-11-29'));
    const year = bp(lastBefore(tsy, '2024-01-01').close, closeOn(tsy, '2024-11-29'));
    expect(month).toBeLessThan(0);
    expect(year).toBeGreaterThan(0);
    expect(textOn('2024-11-29')).toContain(`It fell ${-month} basis points in November and is up ${year} basis points this year.`);
    expect(textOn('2024-11-29')).not.toMatch(/ is (up|down) [\d.]+% in November/);
  });

  it('Dec. 31, 2024: each index and yield says its month in the past and ends the year with its annual result', () => {
    const text = textOn('2024-12-31');
    const rutMonth = pct(lastBefore(rut, '2024-12-01').close, closeOn(rut, '2024-12-31'));
    const rutYear = pct(lastBefore(rut, '2024-01-01').close, closeOn(rut, '2024-12-31'));
    const spxYear = pct(lastBefore(spx, '2024-01-01').close, closeOn(spx, '2024-12-31'));
    expect(text).toContain(`The index fell ${storyPct(rutMonth)} in December, its biggest monthly drop since`);
    // An index's year in points and percent, as AP gives it.
    const points = (rows: readonly ShippedRow[]): string => Math.round(closeOn(rows, '2024-12-31') - lastBefore(rows, '2024-01-01').close).toLocaleString('en-US');
    expect(text).toContain(`It ended the year up ${points(rut)} points, or ${storyPct(rutYear)}, ${relativeWords(rutYear, spxYear)} the S&P 500.`);
    // On the year's last session the benchmark's year is the lead.
    expect(briefOn('2024-12-31').paragraphs[0]?.sentences[0]?.text).toMatch(new RegExp(`^The S&P 500 ended 2024 up ${points(spx)} points, or ${storyPct(spxYear).replace('.', '\\.')}[,.]`));
    const tsyMonth = bp(lastBefore(tsy, '2024-12-01').close, closeOn(tsy, '2024-12-31'));
    const tsyYear = bp(lastBefore(tsy, '2024-01-01').close, closeOn(tsy, '2024-12-31'));
    expect(text).toContain(`The 10-year yield rose ${tsyMonth} basis points in December and ended the year up ${tsyYear} basis points.`);
    expect(text).not.toContain('this year');
    expect(text).not.toMatch(/ is (up|down) [\d.]+% in December/);
  });

  it('a mid-month Wednesday keeps the present tense', () => {
    expect(textOn('2024-11-13')).toMatch(/ is (up|down) [\d.]+% in November/);
    expect(textOn('2024-11-13')).toContain('this year');
  });
});

describe('moves that print as zero (review 19)', () => {
  it('Dec. 29, 2023: the 10-year yield ended the year unchanged, not "up 0 basis points"', () => {
    expect(closeOn(tsy, '2023-12-29')).toBe(lastBefore(tsy, '2023-01-01').close);
    expect(textOn('2023-12-29')).toContain('ended the year unchanged');
  });

  it('Feb. 13, 1989: the Nasdaq is unchanged in February (the Nasdaq alone, its own benchmark of the day)', () => {
    const ixic = readShippedRows('IXIC.yahoo.csv');
    expect(closeOn(ixic, '1989-02-13')).toBe(lastBefore(ixic, '1989-02-01').close);
    const alone = renderText(writeBrief(series.filter((s) => s.instrument.symbol === 'IXIC'), { date: isoDay('1989-02-13') }));
    expect(alone).toContain('is unchanged in February and up');
  });

  it('no brief prints a zero move as a gain or a loss', () => {
    for (const date of ['1989-02-13', '2023-10-31', '2023-12-29', '2024-12-31', '2008-10-09']) {
      expect(textOn(date)).not.toMatch(/\b(up|down|rose|fell) 0(\.0+)?( basis points|%)/);
    }
  });
});

/** Sentences of each paragraph of a plain-text brief. */
function paragraphSentences(text: string): string[][] {
  return text
    .split('\n\n')
    .slice(1)
    .map((p) => p.split(/(?<=\.)\s+(?=[A-Z])/));
}

describe('nothing said twice (review 20)', () => {
  it('Dec. 31, 2024: the S&P 500\'s day follows its year; the Dow and the Nasdaq are the second paragraph, once', () => {
    const brief = briefOn('2024-12-31');
    const lead = brief.paragraphs[0]?.sentences[1]?.text ?? '';
    const day = pct(lastBefore(spx, '2024-12-31').close, closeOn(spx, '2024-12-31'));
    expect(lead).toMatch(new RegExp(`^The index fell [\\d.,]+ points, or ${storyPct(day).replace('.', '\\.')}, to `));
    expect(lead.split('capping').length - 1).toBeLessThanOrEqual(1);
    expect(brief.paragraphs[1]?.symbols).toEqual(['DJI', 'IXIC']);
    const dji = readShippedRows('DJI.yahoo.csv');
    expect(textOn('2024-12-31').split(`to ${storyLevel(closeOn(dji, '2024-12-31'))}`).length - 1).toBe(2); // the second paragraph and the table
  });

  it('June 13, 2022: "The S&P 500 closed at ... The index has fallen four days in a row."', () => {
    const streakDays = -streak(spx, at(spx, '2022-06-13'));
    expect(streakDays).toBe(4);
    const text = textOn('2022-06-13');
    expect(text).toMatch(/The index has fallen four days in a row[.,]/);
    expect(text).not.toContain('The S&P 500 has fallen');
  });

  it('June 13, 2022: the bear market\'s peak is the year\'s record: its date and level said once in the brief', () => {
    const i = at(spx, '2022-06-13');
    let peak = row(spx, 0);
    for (let j = 1; j < i; j++) if (row(spx, j).close > peak.close) peak = row(spx, j);
    expect(peak.date.startsWith('2022')).toBe(true);
    const text = textOn('2022-06-13');
    expect(text).toContain(`below its record close of ${storyLevel(peak.close)}, set ${apDate(peak.date, 2022)}`);
    expect(text.split(storyLevel(peak.close)).length - 1).toBe(1);
  });

  it('no full name opens two sentences in a row (unless the first named another instrument), and no record level is stated twice in a paragraph', () => {
    const names = series.map((s) => s.instrument.storyName.replace(/^the /, 'The '));
    for (const date of ['2020-03-16', '2022-06-13', '2024-11-25', '2024-11-27', '2024-11-29', '2024-12-31', '2023-12-29', '2008-10-10']) {
      for (const sentences of paragraphSentences(textOn(date))) {
        for (let k = 1; k < sentences.length; k++) {
          const opener = names.find((name) => sentences[k - 1]?.startsWith(`${name} `));
          // After a sentence that named another instrument ("..., as the Nasdaq composite rose 43.4%"), the full name is what tells them apart.
          const namedOther = names.some((name) => name !== opener && (sentences[k - 1] ?? '').includes(name.replace(/^The /, 'the ')));
          if (opener !== undefined && !namedOther) expect(sentences[k]?.startsWith(`${opener} `), `${date}: ${sentences[k] ?? ''}`).toBe(false);
        }
        const levels = sentences.join(' ').match(/record close of [\d,.$%]+/g) ?? [];
        expect(new Set(levels).size, `${date}: ${levels.join('; ')}`).toBe(levels.length);
      }
    }
  });
});

describe('standing drawdowns, adjusted-only moves and a record said once (new facts)', () => {
  it('March 18, 2020: the S&P 500 has been in a bear market since the day the scan last took it 20% below its record', () => {
    const i = at(spx, '2020-03-18');
    const states = drawdownStates(spx);
    const record = recordBefore(spx, i);
    const beyond = (k: number): boolean => row(spx, k).close <= record.close * 0.8;
    // The bear market began on the first day of the state's run; the close came back above the line inside it since.
    let j = i;
    while (j > 0 && states[j - 1] === 'bear') j--;
    const wentAbove = Array.from({ length: i - j }, (_, n) => j + n).some((k) => !beyond(k));
    const below = storyPct(-pct(record.close, row(spx, i).close));
    expect(states[i]).toBe('bear');
    expect(wentAbove).toBe(true);
    expect(textOn('2020-03-18')).toContain(
      `has been in a bear market since ${apDate(row(spx, j).date, 2020)} and is ${below} below its record close of ${storyLevel(record.close)}, set ${apDate(record.date, 2020)}.`,
    );
    // Far below the record, the year's count of records is no news.
    expect(recordsInYear(spx, at(spx, record.date))).toBeGreaterThan(1);
    expect(textOn('2020-03-18')).not.toMatch(/th (record close )?of (the year|2020)/);
  });

  it('March 16, 2020: the adjusted-only fund states a total return, never a dollar level', () => {
    const iwo = readShippedRows('IWO.adjclose.yahoo.csv');
    const i = at(iwo, '2020-03-16');
    const move = pct(row(iwo, i - 1).close, row(iwo, i).close);
    const since = biggestDaySince(iwo, i, false);
    expect(since.date).toBeNull();
    // Funds make news only without their index: the fund alone leads with its total return.
    const alone = renderText(writeBrief(series.filter((s) => s.instrument.symbol === 'IWO'), { date: isoDay('2020-03-16') }));
    expect(alone).toContain(`The iShares Russell 2000 Growth ETF fell ${storyPct(move)} as a total return, its biggest one-day drop since at least ${row(iwo, 0).date.slice(0, 4)}`);
    expect(alone).not.toMatch(/Growth ETF [^.]*\$/);
    expect(textOn('2020-03-16')).not.toContain('Growth ETF');
    const fact = briefOn('2020-03-16').facts.find((f) => f.symbol === 'IWO' && f.kind === 'total-return-move');
    expect(fact?.kind === 'total-return-move' ? fact.move : null).toBeCloseTo(move, 9);
  });

  it('Nov. 25, 2024: "0.03% below its record close ..., set Nov. 8, 2021" is not followed by "its highest level since Nov. 8, 2021"', () => {
    const record = recordBefore(rut, at(rut, '2024-11-25'));
    const text = textOn('2024-11-25');
    expect(text).toContain(`below its record close of ${storyLevel(record.close)}, set ${apDate(record.date, 2024)}`);
    expect(text.split(apDate(record.date, 2024)).length - 1).toBe(1);
  });
});

describe('a short history is not news', () => {
  it('Oct. 19, 1987: the Russell 2000\'s data began weeks before, so its largest drop of the data is not said; the S&P 500\'s reach back decades', () => {
    const i = at(rut, '1987-10-19');
    expect(biggestDaySince(rut, i, false).date).toBeNull();
    const text = textOn('1987-10-19');
    const points = Math.abs(row(rut, i).close - row(rut, i - 1).close).toFixed(2);
    expect(text).toContain(`The Russell 2000 fell ${points} points, or ${storyPct(pct(row(rut, i - 1).close, row(rut, i).close))}, to`);
    expect(text).not.toMatch(/Russell 2000[^.]*(?:which begin in 1987|since the data begin on)[^.]*drop/);
    expect(text).not.toContain('its biggest one-day drop since the data begin');
    // The S&P 500's data begin with its daily history (the registry's historyBegins): the largest drop of the data is "ever".
    expect(biggestDaySince(spx, at(spx, '1987-10-19'), false).date).toBeNull();
    expect(findBuiltinInstrument('SPX')?.historyBegins).toBe(row(spx, 0).date);
    expect(textOn('1987-10-19')).toContain('its biggest one-day drop ever');
    expect(textOn('1987-10-19')).not.toContain('going back to');
  });
});

describe('the benchmark leads a crash day (review 23)', () => {
  it('March 16, 2020: the S&P 500, its biggest drop since Oct. 19, 1987, leads, then the Russell 2000', () => {
    const i = at(spx, '2020-03-16');
    const since = biggestDaySince(spx, i, false);
    const drop = pct(row(spx, i - 1).close, row(spx, i).close);
    const points = Math.round(Math.abs(row(spx, i).close - row(spx, i - 1).close));
    const brief = briefOn('2020-03-16');
    expect(brief.paragraphs[0]?.symbols).toEqual(['SPX']);
    expect(brief.paragraphs[0]?.sentences[0]?.text).toBe(`The S&P 500 fell ${points} points, or ${storyPct(drop)}, to ${storyLevel(row(spx, i).close)} on Monday, its biggest one-day drop since ${apDate(since.date ?? '', 2020)}.`);
    expect(brief.paragraphs[1]?.symbols).toEqual(['DJI', 'IXIC']);
    // The Dow's point drop is the largest of its data by the scan: the headline's "as" clause.
    const dji = readShippedRows('DJI.yahoo.csv');
    const d = at(dji, '2020-03-16');
    const djiDrop = row(dji, d - 1).close - row(dji, d).close;
    for (let j = 1; j < d; j++) expect(row(dji, j - 1).close - row(dji, j).close).toBeLessThan(djiDrop);
    expect(brief.headline).toBe(`S&P 500 has its worst day since ${(since.date ?? '').slice(0, 4)} as Dow has its biggest point drop ever`);
  });

  it('Nov. 25, 2024: the S&P 500 just short of its record leads with the Dow\'s record; the distance and the year\'s count follow in its paragraph', () => {
    const brief = briefOn('2024-11-25');
    const record = recordBefore(spx, at(spx, '2024-11-25') + 1);
    const below = storyPct(-pct(record.close, closeOn(spx, '2024-11-25')));
    expect(brief.paragraphs[0]?.sentences[0]?.text).toMatch(/^The S&P 500 rose [\d.]+ points, or 0\.3%, to 5,987\.37 on Monday, just short of its record, as the Dow Jones Industrial Average closed at a record\.$/);
    // Named in full by the lead's "as" clause: "the Dow" from then on.
    expect(brief.paragraphs[1]?.sentences[0]?.text).toMatch(/^The Dow rose 440 points, or 1%, to a record 44,736\.57, /);
    expect(renderText(brief)).toContain(`The index is ${below} below its record close of ${storyLevel(record.close)}, set ${apDate(record.date, 2024)}, the latest of its ${recordsInYear(spx, at(spx, '2024-11-25'))} records of the year.`);
    expect(brief.headline).toBe('Dow closes at a record as S&P 500 ends just short of its own');
  });
});

describe('brief --json keys are snake_case (review 13)', () => {
  /** Every object key at any depth. */
  function keysOf(value: unknown, out: string[] = []): string[] {
    if (Array.isArray(value)) for (const v of value) keysOf(v, out);
    else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        out.push(k);
        keysOf(v, out);
      }
    }
    return out;
  }

  it('facts, observations and the document itself', () => {
    const doc = briefJson(briefOn('2024-11-28')) as { requested_date: string; date_note: string; facts: Record<string, unknown>[] };
    const keys = keysOf(doc);
    expect(keys.filter((k) => !/^[a-z][a-z0-9_]*$/.test(k))).toEqual([]);
    expect(doc.requested_date).toBe('2024-11-28');
    expect(doc.date_note).toContain('No trading on Thursday, Nov. 28');
    const near = doc.facts.find((f) => f['kind'] === 'near-record');
    expect(near).toHaveProperty('record_close');
    expect(near).toHaveProperty('below_pct');
    expect(keys).toContain('count_ytd');
    expect(keys).toContain('prev_close');
    // Values are untouched: kinds and symbols keep their spelling.
    expect(doc.facts.some((f) => f['kind'] === 'day-move' && f['symbol'] === 'SPX')).toBe(true);
  });
});
