/**
 * Counts of record closes said in words: the share of the year's sessions at a record, the
 * rank of the year's count, a past year's count, consecutive records; and small readings met
 * with them (a move "tacked on", a run of weekly gains "stretched to four", a level's noun in
 * the span). Expected values are plain scans of the shipped S&P 500 rows.
 */
import { describe, expect, it } from 'vitest';
import { check, closeAt, find, rowsOf } from './scan.js';

const spx = rowsOf('GSPC.yahoo.csv');

/** Record closes (above every earlier close) per calendar year, and sessions per year, up to `date`. */
function recordsByYear(date: string): Map<string, { records: number; sessions: number }> {
  const years = new Map<string, { records: number; sessions: number }>();
  let best = Number.NEGATIVE_INFINITY;
  spx.forEach((row, i) => {
    if (row.date > date) return;
    const year = row.date.slice(0, 4);
    const entry = years.get(year) ?? { records: 0, sessions: 0 };
    entry.sessions++;
    if (i > 0 && row.close > best) entry.records++;
    best = Math.max(best, row.close);
    years.set(year, entry);
  });
  return years;
}

describe('counts of record closes', () => {
  const date = '2021-12-29';
  const years = recordsByYear(date);
  const thisYear = years.get('2021') ?? { records: 0, sessions: 1 };
  const share = Math.round((thisYear.records / thisYear.sessions) * 100);
  const rank = [...years.entries()].filter(([y, e]) => y !== '2021' && e.records > thisYear.records).length + 1;
  const [bestYear, best] = [...years.entries()].filter(([y]) => y !== '2021').sort((a, b) => b[1].records - a[1].records)[0] ?? ['', { records: 0, sessions: 0 }];
  const ordinal = ['first', 'second', 'third', 'fourth', 'fifth'][rank - 1] ?? '';
  const story = (pctShare: number, rankWord: string, count: number): string =>
    `So far this year the S&P 500 has closed at a record ${pctShare}% of the time. The index now has the ${rankWord}-highest number of record closes ever, behind the ${count} closing highs in ${bestYear}.`;

  it('the true share, rank and past count hold', () => {
    const checked = check(story(share, ordinal, best.records), undefined, date);
    expect(find(checked, 'record_share_ytd', 'SPX').verdict.verdict).toBe('supported');
    expect(find(checked, 'record_count_rank', 'SPX').verdict.verdict).toBe('supported');
    expect(find(checked, 'record_count_year', 'SPX').verdict.verdict).toBe('supported');
  });

  it('a wrong share or past count is caught; a rank the data do not show reaches before them', () => {
    const checked = check(story(share + 9, ordinal === 'fifth' ? 'first' : 'fifth', best.records + 4), undefined, date);
    expect(find(checked, 'record_share_ytd', 'SPX').verdict.verdict).toBe('contradicted');
    expect(find(checked, 'record_count_year', 'SPX').verdict.verdict).toBe('contradicted');
    const rankClaim = find(checked, 'record_count_rank', 'SPX');
    expect(rankClaim.verdict.verdict === 'unverifiable' && rankClaim.verdict.reason).toBe('before-data');
  });

  it('consecutive records ending on the date', () => {
    // The longest run of record closes of 2021, counted on its last day.
    let best2 = Number.NEGATIVE_INFINITY;
    let run = 0;
    let longest = { run: 0, date: '' };
    spx.forEach((row, i) => {
      const record = i > 0 && row.close > best2;
      run = record ? run + 1 : 0;
      best2 = Math.max(best2, row.close);
      if (row.date.startsWith('2021') && run > longest.run) longest = { run, date: row.date };
    });
    const words = ['', '', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
    const text = (n: number): string => `The S&P 500 rose, marking its ${words[n] ?? ''} consecutive all-time high.`;
    expect(find(check(text(longest.run), undefined, longest.date), 'record_streak_days', 'SPX').verdict.verdict).toBe('supported');
    expect(find(check(text(longest.run - 1), undefined, longest.date), 'record_streak_days', 'SPX').verdict.verdict).toBe('contradicted');
  });
});

describe('readings met beside record counts', () => {
  it('"tacked on N points, or X%" keeps the percent', () => {
    const i = spx.findIndex((row) => row.date === '2019-11-15');
    const points = (closeAt(spx, i) - closeAt(spx, i - 1)).toFixed(2);
    const percent = ((closeAt(spx, i) / closeAt(spx, i - 1) - 1) * 100).toFixed(1);
    const checked = check(`The S&P 500 tacked on ${points} points, or ${percent}%, to ${closeAt(spx, i).toFixed(2)}.`, undefined, '2019-11-15');
    expect(find(checked, 'change_1d_pct', 'SPX').verdict.verdict).toBe('supported');
  });

  it('"stretched its run of weekly gains to N" is a weekly streak', () => {
    // Last close of each Monday-to-Friday week up to the date, then the run of rising weeks.
    const weekOf = (iso: string): number => Math.floor((Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 3) / 7);
    const weekly = new Map<number, number>();
    for (const row of spx) if (row.date <= '2019-11-15') weekly.set(weekOf(row.date), row.close);
    const closes = [...weekly.values()];
    let run = 0;
    for (let k = closes.length - 1; k > 0 && (closes[k] ?? 0) > (closes[k - 1] ?? 0); k--) run++;
    const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
    const text = (n: number): string => `The S&P 500 stretched its run of weekly gains to ${words[n] ?? String(n)}.`;
    expect(find(check(text(run), undefined, '2019-11-15'), 'streak_weeks', 'SPX').verdict.verdict).toBe('supported');
    expect(find(check(text(run + 2), undefined, '2019-11-15'), 'streak_weeks', 'SPX').verdict.verdict).toBe('contradicted');
  });

  it('a threshold claim spans the level word', () => {
    const claim = find(check('The 10-year Treasury yield climbed above the 1.5% level.', undefined, '2021-12-29'), 'close', 'US10Y');
    expect(claim.claim.text.endsWith('level')).toBe(true);
  });
});

describe('a sentence opened by a dated close, and asides in parentheses', () => {
  const rows = rowsOf('IXIC.yahoo.csv');
  const from = '2025-04-08';
  const to = '2025-06-27';
  const move = (r: typeof spx): number => {
    const a = r.find((row) => row.date === from)?.close ?? Number.NaN;
    const b = r.find((row) => row.date === to)?.close ?? Number.NaN;
    return (b / a - 1) * 100;
  };

  it('"Since their lowest close on D, X has surged A% and Y about B%" is the move since D for both', () => {
    const text = (a: number, b: number): string => `Since their lowest close on April 8, the S&P 500 has surged about ${a.toFixed(1)}% and the Nasdaq about ${b.toFixed(0)}%.`;
    const checked = check(text(move(spx), move(rows)), undefined, to);
    expect(find(checked, 'pct_since', 'SPX').verdict.verdict).toBe('supported');
    expect(find(checked, 'pct_since', 'IXIC').verdict.verdict).toBe('supported');
    expect(find(check(text(move(spx) + 6, move(rows)), undefined, to), 'pct_since', 'SPX').verdict.verdict).toBe('contradicted');
  });

  it('a ticker aside "(SPY - Free Report)" is no subject', () => {
    const checked = check('SPDR S&P 500 ETF Trust (SPY - Free Report) rose 1% on the day.', undefined, to);
    expect(checked.length).toBeGreaterThan(0);
    expect(checked.every((c) => c.claim.symbol === 'SPY')).toBe(true);
  });
});
