/**
 * "The Nasdaq led the market": the index's one-day percent move was the largest, in its
 * direction, among the S&P 500, the Dow, the Nasdaq composite and the Russell 2000. A miss is
 * unclear (a lead by points or early in the day cannot be ruled out), and a sector said to
 * lead names no index. Days are found by a plain scan of the shipped rows.
 */
import { describe, expect, it } from 'vitest';
import { check, closeAt, rowsOf } from './scan.js';

const files = { SPX: 'GSPC.yahoo.csv', DJI: 'DJI.yahoo.csv', IXIC: 'IXIC.yahoo.csv', RUT: 'RUT.yahoo.csv' } as const;
type Major = keyof typeof files;
const rows = Object.fromEntries(Object.entries(files).map(([symbol, file]) => [symbol, rowsOf(file)])) as Record<Major, ReturnType<typeof rowsOf>>;

/** Each index's percent move on `date` (all four must have the day and the one before). */
function movesOn(date: string): Record<Major, number> | null {
  const out: Partial<Record<Major, number>> = {};
  for (const symbol of Object.keys(files) as Major[]) {
    const series = rows[symbol];
    const i = series.findIndex((row) => row.date === date);
    if (i < 1) return null;
    out[symbol] = closeAt(series, i) / closeAt(series, i - 1) - 1;
  }
  return out as Record<Major, number>;
}

/** The first day of 2024 on which all four rose and `leader` rose the most. */
function dayLedUpBy(leader: Major): { date: string; others: Major[] } {
  for (const row of rows.SPX) {
    if (row.date < '2024-01-01') continue;
    const moves = movesOn(row.date);
    if (moves === null || Object.values(moves).some((m) => m <= 0)) continue;
    const best = (Object.keys(moves) as Major[]).reduce((a, b) => (moves[b] > moves[a] ? b : a));
    if (best === leader) return { date: row.date, others: (Object.keys(moves) as Major[]).filter((s) => s !== leader) };
  }
  throw new Error(`no day led by ${leader}`);
}

const NAMES: Record<Major, string> = { SPX: 'The S&P 500', DJI: 'The Dow', IXIC: 'The Nasdaq composite', RUT: 'The Russell 2000' };

describe('"led the market"', () => {
  it('is supported for the index with the largest gain, in either wording', () => {
    const { date } = dayLedUpBy('IXIC');
    for (const words of ['led the market', 'led the gains']) {
      const claim = check(`${NAMES.IXIC} ${words} on the day.`, undefined, date).find((c) => c.claim.metric === 'led_indexes_1d');
      expect(claim?.verdict.verdict, words).toBe('supported');
    }
  });

  it('said of another index is unclear, never wrong; said of a sector it is not read', () => {
    const { date, others } = dayLedUpBy('RUT');
    const other = others[0] ?? 'SPX';
    const claim = check(`${NAMES[other]} led the market higher.`, undefined, date).find((c) => c.claim.metric === 'led_indexes_1d');
    expect(claim?.verdict.verdict).toBe('unverifiable');
    expect(claim?.verdict.verdict === 'unverifiable' ? claim.verdict.reason : null).toBe('unclear');
    expect(check('Technology stocks led the market.', undefined, date).some((c) => c.claim.metric === 'led_indexes_1d')).toBe(false);
  });
});
