/**
 * Who a figure is about, and how sure: "the benchmark index" after the S&P 500 and the Nasdaq
 * is the S&P 500; "the index" after two indexes is ambiguous (a disagreement is `unclear`,
 * naming both); "a gain of N points" is a move, not a level; the past perfect ("had
 * tumbled") is a doubt on the date; a record level said as a "peak" may be intraday (a doubt),
 * one said as a "record close" is pinned. Expected values from CSV scans.
 */
import { describe, expect, it } from 'vitest';
import { article, at, check, closeAt, find, pct, recordBefore, roundsTo, rowsOf, verdictOf } from './scan.js';

const checked = check(article('group-references.txt'));
const DATE = '2024-11-11';
const spx = rowsOf('GSPC.yahoo.csv');
const dji = rowsOf('DJI.yahoo.csv');
const ixic = rowsOf('IXIC.yahoo.csv');
const dayPct = (rows: typeof spx): number => pct(closeAt(rows, at(rows, DATE) - 1), closeAt(rows, at(rows, DATE)));
const unclear = (c: { verdict: { verdict: string; reason?: string } }): boolean => c.verdict.verdict === 'unverifiable' && c.verdict.reason === 'unclear';

describe('references to a group (Nov. 11, 2024)', () => {
  it('takes "the benchmark index" for the S&P 500 when it was just named with another index', () => {
    const claim = find(checked, 'change_1d_pct', 'SPX', '0.1%');
    expect(claim.verdict.verdict).toBe(verdictOf(roundsTo(dayPct(spx), 0.1, 1)));
    expect(find(checked, 'close', 'SPX', '6,001.35').verdict.verdict).toBe(verdictOf(Math.abs(closeAt(spx, at(spx, DATE)) - 6001.35) <= 0.305));
  });

  it('reads "a gain of 304 points" as the day move of the Dow, in the week words of a record set "earlier in the week"', () => {
    const i = at(dji, DATE);
    const claim = find(checked, 'change_1d', 'DJI', '304');
    expect(claim.verdict.verdict).toBe(verdictOf(Math.trunc(closeAt(dji, i) - closeAt(dji, i - 1)) === 304));
  });

  it('makes "the index" after two indexes ambiguous: unclear, naming both', () => {
    const hits = checked.filter((c) => c.claim.text.includes('2.5%'));
    expect(hits).toHaveLength(1);
    const claim = hits[0];
    expect(claim !== undefined && !roundsTo(dayPct(ixic), 2.5, 1) && !roundsTo(dayPct(spx), 2.5, 1)).toBe(true);
    expect(claim !== undefined && unclear(claim)).toBe(true);
    expect(claim?.verdict.note).toContain('S&P 500 or ');
  });

  it('makes the past perfect a doubt on the date', () => {
    const claim = find(checked, 'change_1d_pct', 'IXIC', '3%');
    expect(roundsTo(dayPct(ixic), -3, 0)).toBe(false);
    expect(unclear(claim)).toBe(true);
  });

  it('doubts a record "peak" but pins a "record close"', () => {
    const spxRecord = recordBefore(spx, DATE);
    const peak = find(checked, 'prior_record_close', 'SPX');
    expect(roundsTo(spxRecord.close, 6100, 2)).toBe(false);
    expect(unclear(peak)).toBe(true);
    const close = checked.find((c) => c.claim.symbol === 'DJI' && c.claim.text.includes('44,500.00'));
    const djiRecord = Math.max(recordBefore(dji, DATE).close, closeAt(dji, at(dji, DATE)));
    expect(roundsTo(djiRecord, 44500, 2)).toBe(false);
    expect(close?.verdict.verdict).toBe('contradicted');
  });
});
