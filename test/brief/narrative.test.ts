/** Story words: AP numbers and dates for facts, names, clauses, and the brief's composition rules. */
import { describe, expect, it } from 'vitest';
import { findBuiltinInstrument } from '../../src/data/instruments.js';
import type { Fact } from '../../src/facts/index.js';
import { dayMovePhrase, drawdownChangeClause, drawdownSentence } from '../../src/narrative/clauses.js';
import { Namer } from '../../src/narrative/namer.js';
import { fundReturnSentence, periodSentence, rankWords, seasonalitySentence } from '../../src/narrative/period-sentences.js';
import {
  composeBrief,
  withFullName,
  articleFor,
  dateText,
  joinClauses,
  levelText,
  monthText,
  moveText,
  pastMove,
  percentText,
  presentMove,
  renderText,
  snakeCaseKey,
  weekdayText,
  withSnakeCaseKeys,
} from '../../src/narrative/index.js';

function instrument(symbol: string): NonNullable<ReturnType<typeof findBuiltinInstrument>> {
  const found = findBuiltinInstrument(symbol);
  if (found === undefined) throw new Error(symbol);
  return found;
}

const provenance = { rule: 'test', statement: 'test', observations: [] };
const base = { symbol: 'RUT', date: '2024-11-25', score: 50, preliminary: false, wholeHistory: false, provenance };

describe('numbers and dates as a story writes them', () => {
  it('percent: one decimal, two below 0.1, no trailing .0', () => {
    expect(percentText(1.469254554)).toBe('1.5%');
    expect(percentText(-0.029064122)).toBe('0.03%');
    expect(percentText(0.049)).toBe('0.05%');
    expect(percentText(0.96)).toBe('1%');
    expect(percentText(36.96)).toBe('37%');
    expect(percentText(0)).toBe('0%');
    expect(percentText(12.05)).toBe('12.1%');
  });
  it('the article a number takes when read aloud', () => {
    expect(['18.4%', '8%', '11%', '80.5%', '23.3%', '1.8%', '110%', '11,000'].map(articleFor)).toEqual(['an', 'an', 'an', 'an', 'a', 'a', 'a', 'an']);
  });
  it('moves in their unit; levels by kind', () => {
    expect(moveText(-14.000000001, 'bp')).toBe('14 basis points');
    expect(moveText(1, 'bp')).toBe('1 basis point');
    expect(moveText(2.75, 'pct')).toBe('2.8%');
    expect(levelText(instrument('US10Y'), 4.27)).toBe('4.27%');
    expect(levelText(instrument('US10Y'), 3.8)).toBe('3.80%');
    expect(levelText(instrument('VBK'), 301.649993896)).toBe('$301.65');
    expect(levelText(instrument('RUT'), 2442.030029296875)).toBe('2,442.03');
  });
  it('dates: the year only outside the story year; months never abbreviated alone', () => {
    expect(dateText('2024-08-02', 2024)).toBe('Aug. 2');
    expect(dateText('2021-11-08', 2024)).toBe('Nov. 8, 2021');
    expect(dateText('2025-09-18', 2024)).toBe('Sept. 18, 2025');
    expect(dateText('2024-03-13', 2024)).toBe('March 13');
    expect(monthText('2023-12', 2024)).toBe('December 2023');
    expect(monthText('2024-02', 2024)).toBe('February');
    expect(weekdayText('2024-11-25')).toBe('Monday');
    expect(weekdayText('2024-11-23')).toBe('Saturday');
    expect(joinClauses([])).toBe('');
    expect(joinClauses(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('names as people write them', () => {
  it('story name first, then the short name and "it" in turn; in full after naming another', () => {
    const namer = new Namer(new Map([['RUT', instrument('RUT')], ['US10Y', instrument('US10Y')]]));
    expect(namer.subject('RUT')).toBe('The Russell 2000');
    expect(namer.subject('RUT')).toBe('The index');
    expect(namer.subject('RUT')).toBe('It');
    expect(namer.subject('US10Y')).toBe('The yield on the 10-year Treasury');
    expect(namer.subject('US10Y')).toBe('The 10-year yield');
    namer.namedOther();
    expect(namer.subject('US10Y')).toBe('The yield on the 10-year Treasury');
  });
});

describe('sentences of single facts', () => {
  const day = { ...base, kind: 'day-move', close: 2442.03, prevClose: 2406.67, prevDate: '2024-11-22', changePoints: 35.36, move: 1.469, unit: 'pct', snapshotMinutes: null } as const;
  it('the day move: flat, record, preliminary with a time', () => {
    expect(dayMovePhrase(instrument('RUT'), day, false)).toBe('rose 35.36 points, or 1.5%, to 2,442.03');
    expect(dayMovePhrase(instrument('DJI'), { ...day, symbol: 'DJI', close: 44736.57, changePoints: 440.06, move: 0.99 }, false)).toBe('rose 440 points, or 1%, to 44,736.57');
    expect(dayMovePhrase(instrument('VIX'), { ...day, symbol: 'VIX', close: 14.6, changePoints: -0.64, move: -4.2 }, false)).toBe('fell 4.2% to 14.60');
    expect(dayMovePhrase(instrument('RUT'), { ...day, move: 0.0004 }, true)).toBe('was little changed at a record 2,442.03');
    const tsy = { ...day, symbol: 'US10Y', close: 4.27, prevClose: 4.41, move: -14, unit: 'bp', preliminary: true, snapshotMinutes: 900 } as const;
    expect(dayMovePhrase(instrument('US10Y'), tsy, false)).toBe('fell 14 basis points to 4.27% at 3 p.m. (preliminary) from 4.41%');
  });
  it('fund returns say which they are, and why one is missing', () => {
    const fund = { ...base, symbol: 'IWO', kind: 'fund-return', pricePct: null, totalPct: -31.1, unavailable: 'price' } as const;
    expect(fundReturnSentence('The fund', fund)).toBe('The fund is down 31.1% this year as a total return, including dividends; its price return cannot be computed from these data, which hold only adjusted closes.');
    expect(fundReturnSentence('The fund', { ...fund, pricePct: 5, totalPct: null, unavailable: 'total' })).toContain('its total return cannot be computed');
    expect(fundReturnSentence('The fund', { ...fund, pricePct: 24.77, totalPct: 25.31, unavailable: null })).toBe('The fund is up 24.8% this year as a price return, or 25.3% as a total return including dividends.');
  });
  it('seasonality: best, worst and near them; nothing for the middle of the table', () => {
    expect([1, 2, 3, 4, 9, 10, 11, 12].map(rankWords)).toEqual(['the best', 'the second-best', 'the third-best', null, null, 'the third-worst', 'the second-worst', 'the worst']);
    const season = { ...base, kind: 'seasonality', month: 9, meanPct: -1.2, medianPct: -0.9, upRatio: 0.4, n: 30, rank: 12, firstYear: 1990, lastYear: 2019, bestYear: 2010, bestMove: 5, worstYear: 2001, worstMove: -13, unit: 'pct' } as const;
    expect(seasonalitySentence('the Russell 2000', 'the index', season, instrument('RUT'))).toBe(
      'September has been the worst month for the Russell 2000, with an average drop of 1.2% from 1990 through 2019; the index closed higher in September in 12 of those 30 years.',
    );
    expect(seasonalitySentence('the Russell 2000', 'the index', { ...season, rank: 6 }, instrument('RUT'))).toBeNull();
  });
  it('drawdown changes', () => {
    const change = { ...base, kind: 'drawdown-change', from: 'none', to: 'correction', isReentry: false, stateSinceDate: '2024-11-25', drawdownPct: 10.04, peakClose: 2442.74, peakDate: '2021-11-08', recordClose: 2442.74, recordDate: '2021-11-08', belowRecordPct: 10.04 } as const;
    expect(drawdownSentence('The index', instrument('RUT'), change, 2024)).toBe('The index entered a correction, closing 10% below its record close of 2,442.74, set Nov. 8, 2021.');
    // A peak after a rally also gives the distance from the record.
    const afterRally = { ...change, to: 'bear', drawdownPct: 20.2, peakClose: 2021.35, peakDate: '2022-08-15', belowRecordPct: 34 } as const;
    expect(drawdownSentence('The index', instrument('RUT'), afterRally, 2024)).toBe(
      'The index entered a bear market, closing 20.2% below its Aug. 15, 2022 high of 2,021.35 and 34% below its record close of 2,442.74, set Nov. 8, 2021.',
    );
    expect(drawdownSentence('The index', instrument('RUT'), { ...change, from: 'bear', to: 'none' }, 2024)).toContain('new bull market');
    expect(drawdownSentence('The index', instrument('RUT'), { ...change, from: 'correction', to: 'none' }, 2024)).toContain('ended its correction');
    expect(drawdownSentence('The index', instrument('RUT'), { ...change, to: 'bear', drawdownPct: 21.8, belowRecordPct: 21.8 }, 2024)).toContain('entered a bear market, closing 21.8% below');
    // Back past the line of a state entered earlier, which never ended: the state since it began.
    const again = { ...change, from: 'correction', isReentry: true, stateSinceDate: '2024-10-02' } as const;
    expect(drawdownSentence('The index', instrument('RUT'), again, 2024)).toBe('The index has been in a correction since Oct. 2 and is 10% below its record close of 2,442.74, set Nov. 8, 2021.');
    expect(drawdownChangeClause(instrument('RUT'), { ...again, from: 'bear', to: 'bear' }, 2024)).toMatch(/^in a bear market since Oct\. 2, 10% below/);
    // Its start unknown: the distance alone.
    expect(drawdownSentence('The index', instrument('RUT'), { ...again, stateSinceDate: null }, 2024)).toBe('The index closed 10% below its record close of 2,442.74, set Nov. 8, 2021.');
  });
});

describe('withFullName', () => {
  it('names the instrument in full instead of its short name or "It"', () => {
    expect(withFullName('It is down 50 basis points this year.', instrument('US2Y'))).toBe('The yield on the 2-year Treasury is down 50 basis points this year.');
    expect(withFullName('The index is down 6.7% this week.', instrument('RUT'))).toBe('The Russell 2000 is down 6.7% this week.');
    expect(withFullName('December has been the best month.', instrument('RUT'))).toBe('December has been the best month.');
  });
});

describe('composeBrief', () => {
  const context = { date: '2024-11-25', requestedDate: '2024-11-25', instruments: [instrument('RUT'), instrument('SPX')], datesUsed: new Map<string, string>(), unbriefed: [], snapshots: new Map() };
  it('no facts: no paragraphs, only notes', () => {
    const brief = composeBrief([], { ...context, unbriefed: [{ symbol: 'DJI', storyName: 'the Dow Jones Industrial Average', isFund: false, reason: 'ends-before', firstDate: '1992-01-02', lastDate: '2024-11-22' }] });
    expect(brief.paragraphs).toEqual([]);
    expect(brief.notes).toEqual(['The Dow Jones Industrial Average is not in this story: its data end on Nov. 22.']);
    expect(brief.table).toEqual([]);
    expect(renderText(brief)).toBe('Markets on Monday, Nov. 25, 2024\nMonday, Nov. 25, 2024\n\nNote: The Dow Jones Industrial Average is not in this story: its data end on Nov. 22.\n');
  });
  it('notes of instruments whose data begin later: indexes by name, not available for the date; funds not noted', () => {
    const unbriefed = [
      { symbol: 'DJI', storyName: 'the Dow Jones Industrial Average', isFund: false, reason: 'starts-after', firstDate: '1992-01-02', lastDate: '2024-11-22' },
      { symbol: 'VIX', storyName: 'the VIX', isFund: false, reason: 'starts-after', firstDate: '1990-01-02', lastDate: '2024-11-22' },
      { symbol: 'SPY', storyName: 'the SPDR S&P 500 ETF', isFund: true, reason: 'starts-after', firstDate: '2005-01-03', lastDate: '2024-11-22' },
      { symbol: 'IWM', storyName: 'the iShares Russell 2000 ETF', isFund: true, reason: 'starts-after', firstDate: '2005-01-03', lastDate: '2024-11-22' },
    ] as const;
    const notes = composeBrief([], { ...context, date: '1987-10-19', requestedDate: '1987-10-19', unbriefed }).notes;
    expect(notes).toEqual(['Figures for the Dow Jones Industrial Average and the VIX are not available for this date.']);
    // A fund whose data begin later is no news: no note (the JSON's unbriefed lists it).
    const fundsOnly = composeBrief([], { ...context, unbriefed: unbriefed.slice(2) });
    expect(fundsOnly.notes).toEqual([]);
    expect(fundsOnly.unbriefed.map((u) => u.symbol)).toEqual(['SPY', 'IWM']);
    expect(composeBrief([], { ...context, unbriefed: unbriefed.slice(0, 1) }).notes).toEqual(['Figures for the Dow Jones Industrial Average are not available for this date.']);
  });
  it('two instruments with the same words: the second is named in full, not dropped', () => {
    const ytd = (symbol: string): Fact => ({ ...base, symbol, kind: 'period-move', period: 'ytd', move: -50, unit: 'bp', basis: 'price', changePoints: -0.5, baseClose: 4, baseDate: '2023-12-29', periodNumber: 2024, score: 33 });
    const mtd = (symbol: string): Fact => ({ ...base, symbol, kind: 'period-move', period: 'mtd', move: 5, unit: 'bp', basis: 'price', changePoints: 0.05, baseClose: 4, baseDate: '2024-10-31', periodNumber: 11, score: 33 });
    // At a month's end a yield's month and year are news (mid-month, the closing table and the day say enough).
    const monthEnd = { ...context, instruments: [instrument('US10Y'), instrument('US2Y')], periodEnds: new Map(['US10Y', 'US2Y'].map((s) => [s, { week: true, month: true, year: false }])) };
    const brief = composeBrief([ytd('US10Y'), ytd('US2Y')], monthEnd);
    const texts = brief.paragraphs.flatMap((p) => p.sentences.map((s) => s.text));
    expect(texts).toEqual(['The yield on the 10-year Treasury is down 50 basis points this year.', 'The yield on the 2-year Treasury is down 50 basis points this year.']);
    const second = composeBrief([mtd('US10Y'), ytd('US10Y'), mtd('US2Y'), ytd('US2Y')], monthEnd);
    expect(second.paragraphs.flatMap((p) => p.sentences.flatMap((s) => s.facts))).toHaveLength(4);
  });

  it('a lead "lowest since" also says the 52-week low it implies', () => {
    const facts: Fact[] = [
      { ...base, kind: 'day-move', close: 1037.42, prevClose: 1210.13, prevDate: '2020-03-13', changePoints: -172.71, move: -14.27, unit: 'pct', snapshotMinutes: null, score: 37 },
      { ...base, kind: 'extreme-since', side: 'low', close: 1037.42, sinceDate: '2016-02-29', sinceClose: 1033.9, dataStart: '1987-09-10', sinceIsRecord: false, score: 75 },
      { ...base, kind: 'fifty-two-week', side: 'low', close: 1037.42, score: 55 },
    ];
    const brief = composeBrief(facts, { ...context, date: '2024-11-25', instruments: [instrument('RUT')] });
    expect(brief.paragraphs.map((p) => p.sentences.map((s) => s.text))).toEqual([['The Russell 2000 fell 173 points, or 14.3%, to 1,037.42 on Monday, its lowest close since Feb. 29, 2016.']]);
    expect(brief.paragraphs[0]?.sentences[0]?.facts).toHaveLength(3);
  });

  it('says each fact at most once; the market (the S&P 500) leads, another index\'s bigger news joins it', () => {
    const facts: Fact[] = [
      { ...base, kind: 'streak', days: 6, sinceDate: '2024-11-01', sinceDays: 7, snapped: null, dataStart: '1987-09-10', score: 45 },
      { ...base, kind: 'day-move', close: 2442.03, prevClose: 2406.67, prevDate: '2024-11-22', changePoints: 35.36, move: 1.469, unit: 'pct', snapshotMinutes: null, score: 37 },
      { ...base, symbol: 'SPX', kind: 'day-move', close: 6001.35, prevClose: 5969.34, prevDate: '2024-11-22', changePoints: 32.01, move: 0.536, unit: 'pct', snapshotMinutes: null, score: 26 },
      { ...base, symbol: 'SPX', kind: 'milestone', level: 6000, close: 6001.35, isMajor: true, score: 85 },
      { ...base, symbol: 'RUT', kind: 'record-close', close: 2442.03, priorRecordClose: 2441, priorRecordDate: '2021-11-08', countYtd: 1, year: 2024, isFirstSince: true, dataStart: '1987-09-10', countSinceDataBegin: false, score: 95 },
    ];
    const brief = composeBrief(facts, { ...context, benchmark: 'SPX' });
    expect(brief.paragraphs[0]?.sentences[0]?.text).toBe('The S&P 500 rose 32.01 points, or 0.5%, to 6,001.35 on Monday, its first close above 6,000, as the Russell 2000 closed at a record.');
    expect(brief.headline).toBe('S&P 500 closes above 6,000 for the first time as Russell 2000 closes at its first record since 2021');
    // The "as" clause names the Russell 2000's record; its own sentence gives the figures of it.
    const said = brief.paragraphs.slice(1).flatMap((p) => p.sentences.flatMap((s) => s.facts));
    expect(new Set(said).size).toBe(said.length);
    expect(new Set(brief.paragraphs.flatMap((p) => p.sentences.flatMap((s) => s.facts)))).toEqual(new Set(facts));
  });
});

describe('period sentences: tense and zero moves', () => {
  const period = (p: 'mtd' | 'ytd', move: number, unit: 'pct' | 'bp' = 'pct'): Extract<Fact, { kind: 'period-move' }> => ({
    ...base,
    kind: 'period-move',
    period: p,
    move,
    unit,
    basis: 'price',
    changePoints: move,
    baseClose: 100,
    baseDate: '2024-10-31',
    periodNumber: p === 'mtd' ? 12 : 2024,
  });
  const month = { week: false, month: true, year: false };
  const year = { week: true, month: true, year: true };

  it('mid-period present, month over past, year over its annual result', () => {
    expect(periodSentence('The index', period('mtd', -2.5), period('ytd', 23.3), '')).toBe('The index is down 2.5% in December and up 23.3% this year.');
    expect(periodSentence('The index', period('mtd', -2.5), period('ytd', 23.3), '', month)).toBe('The index fell 2.5% in December and is up 23.3% this year.');
    expect(periodSentence('The index', period('mtd', -2.5), period('ytd', 23.3), ', against 10% for the S&P 500', year)).toBe(
      'The index fell 2.5% in December and ended the year up 23.3%, against 10% for the S&P 500.',
    );
    expect(periodSentence('It', undefined, period('ytd', 23.3), '', year)).toBe('It ended the year up 23.3%.');
    expect(periodSentence('It', period('mtd', -10, 'bp'), undefined, '', month)).toBe('It fell 10 basis points in December.');
  });

  it('a move that prints as zero is unchanged (exactly 0) or little changed (rounds to 0), never "up 0"', () => {
    expect(periodSentence('The Nasdaq', period('mtd', 0), period('ytd', 5.2), '')).toBe('The Nasdaq is unchanged in December and up 5.2% this year.');
    expect(periodSentence('The Nasdaq', period('mtd', 0.004), period('ytd', 5.2), '')).toBe('The Nasdaq is little changed in December and up 5.2% this year.');
    expect(periodSentence('It', period('mtd', -49, 'bp'), period('ytd', 0.4, 'bp'), '', year)).toBe('It fell 49 basis points in December and ended the year little changed.');
    expect(periodSentence('It', period('mtd', 0.3, 'bp'), undefined, '', month)).toBe('It was little changed in December.');
    expect(presentMove(-0.005, 'pct')).toBe('down 0.01%');
    expect(pastMove(0, 'bp')).toBe('was unchanged');
  });

  it('a fund on the year\'s last day', () => {
    const fund: Extract<Fact, { kind: 'fund-return' }> = { ...base, kind: 'fund-return', pricePct: 23.3, totalPct: 24.9, unavailable: null };
    expect(fundReturnSentence('The fund', fund, true)).toBe('The fund ended the year up 23.3% as a price return, or 24.9% as a total return including dividends.');
    expect(fundReturnSentence('The fund', { ...fund, pricePct: 0 })).toBe('The fund is unchanged this year as a price return, or up 24.9% as a total return including dividends.');
  });

  it('JSON keys: camelCase to snake_case at any depth, values untouched', () => {
    expect(snakeCaseKey('priorRecordClose')).toBe('prior_record_close');
    expect(snakeCaseKey('countYtd')).toBe('count_ytd');
    expect(snakeCaseKey('requested_date')).toBe('requested_date');
    expect(withSnakeCaseKeys({ sinceDate: 'x', provenance: { observations: [{ isPreliminary: true, role: 'closeValue' }] } })).toEqual({
      since_date: 'x',
      provenance: { observations: [{ is_preliminary: true, role: 'closeValue' }] },
    });
  });
});
