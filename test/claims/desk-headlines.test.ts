/**
 * Headlines and the records of a group: a title-case headline reads as compressed wording (a
 * disagreement is unclear), "the market" after "since" is no subject, two record phrases said
 * of "both" are each said of both, and a record "during the trading day" is intraday.
 * Expected values are plain scans of the shipped rows.
 */
import { describe, expect, it } from 'vitest';
import { at, check, closeAt, find, rowsOf } from './scan.js';

const dji = rowsOf('DJI.yahoo.csv');
const spx = rowsOf('GSPC.yahoo.csv');

describe('a headline in title case', () => {
  it('is a doubt: a reading the data would disagree with is unclear, never wrong', () => {
    const date = '2020-03-24';
    const checked = check('Dow Jones Soars to Highest Close in 20 Years as Stimulus Hopes Build', undefined, date);
    const claim = find(checked, 'highest_in_window', 'DJI');
    expect(claim.claim.reading.doubts).toContain('a headline');
    expect(claim.verdict.verdict).not.toBe('contradicted');
  });
});

describe('the market after "since"', () => {
  it('is a date, not the subject of the figures after it', () => {
    const checked = check('The Dow had its worst day since the market crash in 1987, and its third-worst day ever.', undefined, '2020-03-16');
    expect(find(checked, 'rank_1d', 'DJI').claim.symbol).toBe('DJI');
    expect(checked.some((c) => c.claim.symbol === 'SPX')).toBe(false);
  });
});

describe('records said of both', () => {
  const date = '2024-09-24';
  const isRecord = (rows: typeof spx): boolean => {
    const i = at(rows, date);
    return rows.slice(0, i).every((row) => row.close < closeAt(rows, i));
  };

  it('each phrase is said of each member; "during the trading day" is intraday', () => {
    const checked = check('On Tuesday the S&P 500 Index and the Dow both hit records during the trading day, and both closed at records.', undefined, date);
    const intraday = checked.filter((c) => c.claim.text.includes('trading day'));
    expect(intraday.map((c) => c.claim.symbol).sort()).toEqual(['DJI', 'SPX']);
    expect(intraday.every((c) => c.verdict.verdict === 'unverifiable' && c.verdict.reason === 'intraday')).toBe(true);
    const closes = checked.filter((c) => c.claim.text.includes('closed at records'));
    expect(closes.map((c) => c.claim.symbol).sort()).toEqual(['DJI', 'SPX']);
    expect(closes.map((c) => c.verdict.verdict)).toEqual([isRecord(closes[0]?.claim.symbol === 'SPX' ? spx : dji), isRecord(closes[1]?.claim.symbol === 'SPX' ? spx : dji)].map((r) => (r ? 'supported' : 'contradicted')));
  });

  it('"with a 0.8% gain": the span takes the noun of the move', () => {
    const i = at(spx, date);
    const move = ((closeAt(spx, i) / closeAt(spx, i - 1) - 1) * 100).toFixed(2);
    const claim = find(check(`The S&P 500 led the market with a ${move}% gain.`, undefined, date), 'change_1d_pct', 'SPX');
    expect(claim.claim.text.endsWith('gain')).toBe(true);
    expect(claim.verdict.verdict).toBe('supported');
  });
});

describe('"more than" and "less than" as written', () => {
  it('"more than X%" needs at least X; "less than X%" at most X', () => {
    const date = '2020-11-30';
    const i = at(spx, date);
    let base = i;
    while (base > 0 && (spx[base]?.date.slice(0, 7) ?? '') === date.slice(0, 7)) base--;
    const month = (closeAt(spx, i) / closeAt(spx, base) - 1) * 100;
    const above = Math.ceil(month);
    const below = Math.floor(month);
    const said = (hedge: string, x: number): string => `The S&P 500 ended the month up ${hedge} ${x} percent.`;
    expect(find(check(said('more than', below), undefined, date), 'mtd_pct', 'SPX').verdict.verdict).toBe('supported');
    expect(find(check(said('more than', above), undefined, date), 'mtd_pct', 'SPX').verdict.verdict).toBe('contradicted');
    expect(find(check(said('less than', above), undefined, date), 'mtd_pct', 'SPX').verdict.verdict).toBe('supported');
    expect(find(check(said('less than', below), undefined, date), 'mtd_pct', 'SPX').verdict.verdict).toBe('contradicted');
  });
});
