/**
 * "Sank to a six-year low", "touched five-year lows", "closed at a 10-year high": the close is
 * the lowest (highest) over a span said as a rounded count of years, months or weeks. The
 * expected values are plain scans of the shipped rows: the gap back to the last close at least
 * as low (high), rounded to the nearest unit.
 */
import { describe, expect, it } from 'vitest';
import { at, check, closeAt, rowsOf } from './scan.js';

const spx = rowsOf('GSPC.yahoo.csv');
const dji = rowsOf('DJI.yahoo.csv');
const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const YEAR_MS = 365.25 * 86_400_000;

/** Years from the last close before `date` at least as low (side -1) or high (side 1) as its close; Infinity when none in the data. */
function yearsBack(rows: typeof spx, date: string, side: 1 | -1): number {
  const i = at(rows, date);
  for (let k = i - 1; k >= 0; k--) {
    if (side * (closeAt(rows, k) - closeAt(rows, i)) >= 0) return (Date.parse(`${date}T12:00:00Z`) - Date.parse(`${rows[k]?.date ?? ''}T12:00:00Z`)) / YEAR_MS;
  }
  return Number.POSITIVE_INFINITY;
}

/** The verdicts of the span claims of a text. */
function spanVerdicts(text: string, date: string): { symbol: string | null; verdict: string; reason: string | null }[] {
  return check(text, undefined, date)
    .filter((c) => c.claim.kind === 'extreme-window')
    .map((c) => ({ symbol: c.claim.symbol, verdict: c.verdict.verdict, reason: c.verdict.verdict === 'unverifiable' ? c.verdict.reason : null }));
}

describe('an N-year low or high said as a rounded span', () => {
  const low = '2002-10-09';
  const gap = yearsBack(spx, low, -1);
  const said = Math.round(gap);

  it('the scan: the S&P 500 close of the day is the lowest in more than two years', () => {
    expect(gap).toBeGreaterThan(2.5);
    expect(said).toBeLessThan(WORDS.length - 3);
  });

  it('the span the close reaches, rounded, is supported; a longer one is contradicted', () => {
    expect(spanVerdicts(`On Wednesday, the S&P 500 sank to a ${WORDS[said] ?? ''}-year low.`, low)).toEqual([{ symbol: 'SPX', verdict: 'supported', reason: null }]);
    const longer = said + 2;
    expect(longer - 0.5).toBeGreaterThan(gap);
    expect(spanVerdicts(`On Wednesday, the S&P 500 sank to a ${WORDS[longer] ?? ''}-year low.`, low)).toEqual([{ symbol: 'SPX', verdict: 'contradicted', reason: null }]);
  });

  it('a date named after "on" in the sentence sets the day, in a story written weeks later', () => {
    const text = `Dec. 30, 2002\n\nStocks hit multiyear lows on Oct. 9, the S&P 500 falling to a ${WORDS[said] ?? ''}-year low.`;
    const checked = check(text);
    const claim = checked.find((c) => c.claim.kind === 'extreme-window');
    expect(claim?.verdict.verdict).toBe('supported');
    expect(claim?.claim.reading.date.from).toBe('date');
  });

  it('said of two indexes ("the Dow and the S&P 500 to N-year lows"), it is one claim for each, against its own scan', () => {
    const both = Math.min(said, Math.round(yearsBack(dji, low, -1)));
    const verdicts = spanVerdicts(`On Wednesday, the Dow and the S&P 500 fell to ${WORDS[both] ?? ''}-year lows.`, low);
    expect(verdicts.map((v) => v.symbol).sort()).toEqual(['DJI', 'SPX']);
    expect(verdicts.every((v) => v.verdict === 'supported')).toBe(true);
  });

  it('"touched" (the day\'s range): supported when the close itself reached the span, intraday when it did not', () => {
    expect(spanVerdicts(`On Wednesday, the S&P 500 touched a ${WORDS[said] ?? ''}-year low.`, low)).toEqual([{ symbol: 'SPX', verdict: 'supported', reason: null }]);
    expect(spanVerdicts(`On Wednesday, the S&P 500 touched a ${WORDS[said + 2] ?? ''}-year low.`, low)).toEqual([{ symbol: 'SPX', verdict: 'unverifiable', reason: 'intraday' }]);
  });

  it('"a nearly six-year low" and "multiyear lows" say no span to check', () => {
    expect(spanVerdicts(`On Wednesday, the S&P 500 sank to a nearly ${WORDS[said] ?? ''}-year low.`, low)).toEqual([]);
    expect(spanVerdicts('On Wednesday, the S&P 500 sank to multiyear lows.', low)).toEqual([]);
  });

  it('a high: the close of a record day is the highest over any span the data reach', () => {
    const record = spx.reduce((best, r) => (r.close > best.close ? r : best));
    expect(yearsBack(spx, record.date, 1)).toBe(Number.POSITIVE_INFINITY);
    expect(spanVerdicts(`The S&P 500 closed at a ten-year high on ${new Date(`${record.date}T12:00:00Z`).toLocaleString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' })}.`, record.date)).toEqual([{ symbol: 'SPX', verdict: 'supported', reason: null }]);
  });
});
