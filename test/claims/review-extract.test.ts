/**
 * Extraction of the phrasings behind the review's defects: 2-year and spelled-out maturities,
 * debt names the registry does not hold, a new subject inside a sentence, "closed at a
 * record X", a period carried across "and", and a yield's percent figure. No data are read.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/read/extract.js';
import { spelledVariants } from '../../src/claims/read/mentions/mentions.js';
import type { Claim } from '../../src/claims/types.js';
import { dayFromCivil, type DayNumber } from '../../src/core/date.js';
import { BUILTIN_INSTRUMENTS } from '../../src/data/instruments.js';

const JUNE_13 = dayFromCivil(2022, 6, 13);
const NOV_25 = dayFromCivil(2024, 11, 25);

function claimsOf(text: string, date: DayNumber | null = NOV_25): Claim[] {
  const result = extractClaims(text, { instruments: BUILTIN_INSTRUMENTS, date });
  if (!result.ok) throw new Error(result.message);
  return [...result.claims];
}

const view = (claim: Claim): [string | null, string, number | string | boolean] => {
  const s = claim.stated;
  return [claim.symbol, claim.metric, s.type === 'number' ? s.value : s.type === 'date' ? s.raw : s.value];
};
const views = (text: string, date?: DayNumber | null): ReturnType<typeof view>[] => claimsOf(text, date).map(view);

describe('2-year and spelled-out maturities', () => {
  it.each([
    ['The yield on the 2-year note rose 34 basis points.', 'US2Y'],
    ['The 2-year note yield rose 34 basis points.', 'US2Y'],
    ['The two-year note rose 34 basis points.', 'US2Y'],
    ['The two-year Treasury yield rose 34 basis points.', 'US2Y'],
    ['The yield on the 2-year Treasury note rose 34 basis points.', 'US2Y'],
    ['The yield on the two-year note rose 34 basis points.', 'US2Y'],
    ['The ten-year note rose 34 basis points.', 'US10Y'],
    ['The ten-year Treasury yield rose 34 basis points.', 'US10Y'],
    ['The ten-year yield rose 34 basis points.', 'US10Y'],
    ['The yield on the ten-year note rose 34 basis points.', 'US10Y'],
  ])('"%s" is %s, after a sentence about the Russell 2000', (sentence, symbol) => {
    const claims = claimsOf(`The Russell 2000 slid 4.8%. ${sentence}`, JUNE_13);
    expect(claims.map(view)).toEqual([
      ['RUT', 'change_1d_pct', -4.8],
      [symbol, 'change_1d_bp', 34],
    ]);
    expect(claims[1]?.instrumentText).not.toBe('Treasury');
  });

  it('reads the level, the prior level and the move in percentage points of the 2-year note (the June 13, 2022 story)', () => {
    const text = 'The Russell 2000 slid 4.8%, its worst day since June 2020. Treasury yields jumped. The yield on the 2-year note rose to 3.40% from 3.06%, up 0.34 percentage points.';
    const us2y = claimsOf(text, JUNE_13).filter((c) => c.sentence.startsWith('The yield'));
    expect(us2y.map(view)).toEqual([
      ['US2Y', 'close', 3.4],
      ['US2Y', 'prev_close', 3.06],
      ['US2Y', 'change_1d_bp', 0.34],
    ]);
  });

  it('spells a maturity in a name the other way, and leaves names without one alone', () => {
    expect(spelledVariants('the 2-year note')).toEqual(['the two-year note']);
    expect(spelledVariants('the 10-year treasury yield')).toEqual(['the ten-year treasury yield']);
    expect(spelledVariants('the 4-year note')).toEqual([]);
    expect(spelledVariants('the russell 2000')).toEqual([]);
  });
});

describe('a subject the checker cannot resolve is not the previous instrument', () => {
  it.each([
    'The yield on the 5-year note rose 30 basis points.',
    'The 30-year bond yield fell 2 basis points.',
    'The three-month bill yield rose 4 basis points.',
    'Corporate bond yields rose 10 basis points.',
    'Mortgage rates fell 0.2 percentage point.',
  ])('"%s" after a Russell 2000 sentence: no symbol', (sentence) => {
    const claims = claimsOf(`The Russell 2000 slid 4.8%. ${sentence}`, JUNE_13);
    expect(claims[0]?.symbol).toBe('RUT');
    expect(claims.slice(1).length).toBeGreaterThan(0);
    for (const claim of claims.slice(1)) expect(claim.symbol).toBeNull();
  });

  it('"the yield" with no yield named before it is unresolved, not the index before', () => {
    const claims = claimsOf('The Russell 2000 slid 4.8%. The yield rose to 3.40%.', JUNE_13);
    expect(claims.map((c) => c.symbol)).toEqual(['RUT', null]);
  });

  it('"the yield" after a named yield still refers back to it', () => {
    expect(views('The 2-year yield rose 12 basis points. The yield stood at 4.27%.')).toEqual([
      ['US2Y', 'change_1d_bp', 12],
      ['US2Y', 'close', 4.27],
    ]);
  });
});

describe('a new instrument inside a sentence takes the figures after it', () => {
  const sentence = 'The Nasdaq composite rose 0.3% and December has been the best month for small caps, with an average gain of 2.8% since 1987.';

  it('reads the Nasdaq day move, then the small-cap December seasonality since 1987', () => {
    const claims = claimsOf(sentence);
    expect(claims.map(view)).toEqual([
      ['IXIC', 'change_1d_pct', 0.3],
      ['RUT', 'seasonal_rank', 1],
      ['RUT', 'seasonal_mean', 2.8],
    ]);
    const mean = claims[2];
    expect(mean?.kind === 'seasonal' ? [mean.month, mean.fromYear] : null).toEqual([12, 1987]);
    expect(claims.some((c) => c.metric === 'month_biggest_since')).toBe(false);
  });

  it('"and December has averaged" starts a clause even after a figure about another index', () => {
    expect(views('The S&P 500 rose 0.3% and December has averaged 1.5% for the Dow.')).toEqual([
      ['SPX', 'change_1d_pct', 0.3],
      ['DJI', 'seasonal_mean', 1.5],
    ]);
  });
});

describe('"closed at a record X" is the close and a record flag', () => {
  it('"closed at a record 2,442.03": a close level and is_record, no record level', () => {
    expect(views('The Russell 2000 closed at a record 2,442.03.')).toEqual([
      ['RUT', 'is_record', true],
      ['RUT', 'close', 2442.03],
    ]);
  });

  it('"rose 1% to a record 44,736.57": the move, the close and the record flag', () => {
    expect(views('The Dow rose 1% to a record 44,736.57.')).toEqual([
      ['DJI', 'change_1d_pct', 1],
      ['DJI', 'close', 44736.57],
      ['DJI', 'is_record', true],
    ]);
  });

  it('"ended at a new record high of 6,001.35" is a close too', () => {
    expect(views('The S&P 500 ended at a new record high of 6,001.35.').filter(([, metric]) => metric !== 'is_record')).toEqual([['SPX', 'close', 6001.35]]);
  });

  it('"its record close of 2,442.74" is still the record level', () => {
    expect(views('The Russell 2000 is near its record close of 2,442.74.')).toEqual([['RUT', 'prior_record_close', 2442.74]]);
    expect(views('The S&P 500 has a record close of 6,001.35.')).toEqual([['SPX', 'record_close', 6001.35]]);
  });
});

describe('a period carried across "and" within the sentence', () => {
  it('"is up 24.8% this year, and ... has gained 28% in price terms": both year to date', () => {
    expect(views("Vanguard's small-cap growth ETF is up 24.8% this year, and the iShares Russell 2000 Growth ETF has gained 28% in price terms.")).toEqual([
      ['VBK', 'ytd_pct', 24.8],
      ['IWO', 'ytd_pct', 28],
    ]);
  });

  it('a figure in the simple past stays the day move', () => {
    expect(views('The S&P 500 is up 25.5% this year, and the Dow rose 1%.')).toEqual([
      ['SPX', 'ytd_pct', 25.5],
      ['DJI', 'change_1d_pct', 1],
    ]);
  });

  it('a day word keeps a present-perfect figure the day move', () => {
    expect(views('The S&P 500 is up 25.5% this year, and it has gained 0.3% today.')).toEqual([
      ['SPX', 'ytd_pct', 25.5],
      ['SPX', 'change_1d_pct', 0.3],
    ]);
  });

  it('nothing to carry: a present-perfect figure alone is the day move', () => {
    expect(views('The S&P 500 has gained 0.3%.')).toEqual([['SPX', 'change_1d_pct', 0.3]]);
  });
});

describe('a yield move written in percent', () => {
  it('"fell 0.14%" is read as percentage points', () => {
    const [claim] = claimsOf('The 10-year yield fell 0.14%.');
    expect(claim === undefined ? null : [view(claim), claim.stated.type === 'number' ? claim.stated.unit : null]).toEqual([['US10Y', 'change_1d_bp', -0.14], 'pp']);
  });

  it.each(['The 10-year yield fell 3.2% in percentage terms.', 'The 10-year yield fell 3.2%, a relative decline of the yield.'])('"%s" is a percent change of the yield', (text) => {
    expect(views(text)).toEqual([['US10Y', 'change_1d_pct', -3.2]]);
  });
});

describe('a claim on a day without trading keeps that day', () => {
  it('"on Thursday, Nov. 28, 2024" (Thanksgiving) is dated Nov. 28', () => {
    const result = extractClaims('The S&P 500 rose 0.4% on Thursday, Nov. 28, 2024.', { instruments: BUILTIN_INSTRUMENTS });
    expect(result.ok && result.claims.map((c) => [c.metric, c.day])).toEqual([['change_1d_pct', dayFromCivil(2024, 11, 28)]]);
  });
});
