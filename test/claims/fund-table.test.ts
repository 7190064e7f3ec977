/**
 * Fund comparison tables as fact sheets print them: a "Metric" header of tickers (spaced or
 * run together) and rows of a label and one figure per fund. The trailing return, the maximum
 * drawdown and the growth of $1,000 are read for each column; a figure that neither basis
 * gives is unclear, never wrong. Expected values are plain scans of the shipped VBK closes.
 */
import { describe, expect, it } from 'vitest';
import { check, rowsOf } from './scan.js';

const vbk = rowsOf('VBK.yahoo.csv');
const date = '2026-01-16';

/** The last close on or before `iso`, with its position. */
function onOrBefore(iso: string): number {
  let found = -1;
  vbk.forEach((row, i) => {
    if (row.date <= iso) found = i;
  });
  return found;
}

const end = onOrBefore(date);
const yearsBack = (n: number): number => onOrBefore(`${Number(date.slice(0, 4)) - n}${date.slice(4)}`);
const closeOf = (i: number): number => vbk[i]?.close ?? Number.NaN;
const oneYear = (closeOf(end) / closeOf(yearsBack(1)) - 1) * 100;
const growth = (1000 * closeOf(end)) / closeOf(yearsBack(5));
let peak = 0;
let deepest = 0;
for (let i = yearsBack(5); i <= end; i++) {
  peak = Math.max(peak, closeOf(i));
  deepest = Math.min(deepest, (closeOf(i) / peak - 1) * 100);
}
const money = (v: number): string => `$${Math.round(v).toLocaleString('en-US')}`;

function table(header: string, ret: number, drawdown: number, dollars: number): string {
  return [
    `${header}`,
    `Expense Ratio 0.20% 0.07%`,
    `1-yr Return (as of Jan. 16, 2026) 9.10% ${ret.toFixed(2)}%`,
    `Max Drawdown (5 y) -30.00% ${drawdown.toFixed(2)}%`,
    `Growth of $1,000 over 5 years $1,200 ${money(dollars)}`,
    '',
    'The rest of the story is prose.',
  ].join('\n');
}

describe('a fund table', () => {
  it('reads each figure for its column and holds the true ones', () => {
    const checked = check(table('Metric XYZ VBK', oneYear, deepest, growth), undefined, date);
    const ours = checked.filter((c) => c.claim.symbol === 'VBK');
    expect(ours.map((c) => c.claim.metric).sort()).toEqual(['fund_growth_of_1000', 'fund_max_drawdown', 'fund_return']);
    expect(ours.every((c) => c.verdict.verdict === 'supported')).toBe(true);
    // The other column is a fund the store does not hold; the expense ratio is not read.
    expect(checked.filter((c) => c.claim.symbol === null).length).toBe(3);
    expect(checked.some((c) => c.claim.text === '0.07%')).toBe(false);
  });

  it('splits tickers run together, and a figure neither basis gives is unclear', () => {
    const checked = check(table('MetricXYZVBK', oneYear + 4, deepest, growth), undefined, date);
    const ret = checked.find((c) => c.claim.symbol === 'VBK' && c.claim.metric === 'fund_return');
    expect(ret?.verdict.verdict === 'unverifiable' && ret.verdict.reason).toBe('unclear');
    expect(checked.find((c) => c.claim.symbol === 'VBK' && c.claim.metric === 'fund_max_drawdown')?.verdict.verdict).toBe('supported');
  });
});
