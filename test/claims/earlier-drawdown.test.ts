/**
 * A drawdown in the past perfect, with no day of its own ("had tumbled 24% from its record,
 * marking a bear market"): judged on the closes of the year before the article's day. The
 * expected days and distances are plain scans of the shipped rows (the running record close).
 */
import { describe, expect, it } from 'vitest';
import { check, closeAt, rowsOf } from './scan.js';

const ixic = rowsOf('IXIC.yahoo.csv');

/** Percent below the running record close, per row. */
const below = ((): number[] => {
  let record = Number.NEGATIVE_INFINITY;
  return ixic.map((_, i) => {
    record = Math.max(record, closeAt(ixic, i));
    return (1 - closeAt(ixic, i) / record) * 100;
  });
})();

/** The last bear market of the data that the index later left for a record: its first 20%-below day, its deepest day, and the record after. */
const episode = ((): { first: number; deepest: number; recovered: number } | null => {
  for (let r = ixic.length - 1; r > 0; r--) {
    if ((below[r] ?? 1) > 0) continue;
    let j = r - 1;
    let first = -1;
    let deepest = -1;
    while (j > 0 && (below[j] ?? 0) > 0) {
      if ((below[j] ?? 0) >= 20) first = j;
      if (deepest < 0 || (below[j] ?? 0) > (below[deepest] ?? 0)) deepest = j;
      j--;
    }
    if (first >= 0 && deepest >= 0 && Date.parse(ixic[r]?.date ?? '') - Date.parse(ixic[first]?.date ?? '') < 300 * 86_400_000) return { first, deepest, recovered: r };
  }
  return null;
})();

function verdictOf(text: string, metric: string, date: string): { verdict: string; reason: string | null; note: string } {
  const claim = check(text, undefined, date).find((c) => c.claim.metric === metric);
  const verdict = claim?.verdict;
  return { verdict: verdict?.verdict ?? 'none', reason: verdict?.verdict === 'unverifiable' ? verdict.reason : null, note: verdict?.note ?? '' };
}

describe('a drawdown said in the past perfect', () => {
  it('the scan finds a bear market left for a record within a year', () => {
    expect(episode).not.toBeNull();
  });

  const day = ixic[episode?.recovered ?? 0]?.date ?? '';
  const firstBear = ixic[episode?.first ?? 0]?.date ?? '';
  const deepest = below[episode?.deepest ?? 0] ?? 0;

  it('"had tumbled ..., marking a bear market" on the day of a record: supported, on the first close 20% below', () => {
    const result = verdictOf('The Nasdaq composite had tumbled from its record, marking a bear market.', 'drawdown_state', day);
    expect(result.verdict).toBe('supported');
    expect(result.note).toContain(`first so on ${firstBear}`);
  });

  it('the deepest distance, rounded as written, is supported; one no close reached is a doubt, not a contradiction', () => {
    expect(verdictOf(`The Nasdaq composite had fallen ${deepest.toFixed(1)}% from its record close.`, 'pct_from_record', day).verdict).toBe('supported');
    const never = verdictOf(`The Nasdaq composite had fallen ${(deepest + 5).toFixed(1)}% from its record close.`, 'pct_from_record', day);
    expect(never).toMatchObject({ verdict: 'unverifiable', reason: 'unclear' });
  });

  it('"nearly confirming a bear market" is not the state reached, even where the closes before had it', () => {
    expect(verdictOf('The Nasdaq composite had ended the month nearly confirming a bear market.', 'drawdown_state', day)).toMatchObject({ verdict: 'unverifiable', reason: 'unclear' });
    expect(verdictOf('The Nasdaq composite had ended the month confirming a bear market.', 'drawdown_state', day).verdict).toBe('supported');
  });

  it('without the past perfect, the state is the article day\'s: contradicted on a record day', () => {
    expect(verdictOf('The Nasdaq composite is in a bear market.', 'drawdown_state', day).verdict).toBe('contradicted');
  });
});
