/**
 * Claim extraction on its own: many phrasings of each claim type, the article date, dates
 * with missing years, references back, and text with no claims. No data are read.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractClaims, MAX_CLAIMS } from '../../src/claims/read/extract.js';
import { MAX_SENTENCE_CHARS, splitSentences } from '../../src/claims/read/document/sentences.js';
import type { Claim } from '../../src/claims/types.js';
import { dayFromCivil, formatIsoDay } from '../../src/core/date.js';
import { BUILTIN_INSTRUMENTS } from '../../src/data/instruments.js';

const MONDAY = dayFromCivil(2024, 11, 25);

function claimsOf(text: string, date: number | null = MONDAY): Claim[] {
  const result = extractClaims(text, { instruments: BUILTIN_INSTRUMENTS, date: date === null ? null : (date as typeof MONDAY) });
  if (!result.ok) throw new Error(result.message);
  return [...result.claims];
}

/** Compact view: symbol, metric, stated value (number, ISO date, state or flag). */
function brief(claim: Claim): [string | null, string, number | string | boolean] {
  const s = claim.stated;
  const value = s.type === 'number' ? s.value : s.type === 'date' ? `${formatIsoDay(s.day)}/${s.precision}` : s.value;
  return [claim.symbol, claim.metric, value];
}

const briefs = (text: string, date?: number | null): ReturnType<typeof brief>[] => claimsOf(text, date).map(brief);

describe('closes and day moves', () => {
  it.each([
    ['The Russell 2000 rose 1.5% to 2,442.03.', [['RUT', 'change_1d_pct', 1.5], ['RUT', 'close', 2442.03]]],
    ['Small caps climbed 1.47 percent, ending at 2442.03', [['RUT', 'change_1d_pct', 1.47], ['RUT', 'close', 2442.03]]],
    ['The S&P fell 0.3 per cent on Monday.', [['SPX', 'change_1d_pct', -0.3]]],
    ['The Dow ended 1% higher.', [['DJI', 'change_1d_pct', 1]]],
    ['The Nasdaq slipped −0.6%.', [['IXIC', 'change_1d_pct', -0.6]]],
    ['The S&P 500 closed at 5,987.37, up 17.97 points.', [['SPX', 'close', 5987.37], ['SPX', 'change_1d', 17.97]]],
    ['The Russell 2000 gained 35.36 pts', [['RUT', 'change_1d', 35.36]]],
    ['It was a 1.5% gain for the Russell 2000.', [['RUT', 'change_1d_pct', 1.5]]],
    ['The Dow Jones Industrial Average fell 440.06 points, or 1%, to 44,736.57.', [['DJI', 'change_1d', -440.06], ['DJI', 'change_1d_pct', -1], ['DJI', 'close', 44736.57]]],
    ['Stocks rallied, with the S&P 500 up 0.3% and the Russell 2000 up 1.5%.', [['SPX', 'change_1d_pct', 0.3], ['RUT', 'change_1d_pct', 1.5]]],
    ['The S&P 500 slipped 0.3% Monday, while the Nasdaq composite dropped 0.6%.', [['SPX', 'change_1d_pct', -0.3], ['IXIC', 'change_1d_pct', -0.6]]],
  ])('%s', (text, expected) => {
    expect(briefs(text)).toEqual(expected);
  });
});

describe('period moves', () => {
  it.each([
    ['So far in November, the Russell 2000 is up 11.2%.', 'mtd_pct', 11.2],
    ['The Russell 2000 is up 11.2% this month.', 'mtd_pct', 11.2],
    ['The Russell 2000 has gained 11.2% month-to-date', 'mtd_pct', 11.2],
    ['The Russell 2000 is up 11.2% in November.', 'mtd_pct', 11.2],
    ['Small caps are up 20.5% year to date.', 'ytd_pct', 20.5],
    ['For the year, small caps are up 20.5%.', 'ytd_pct', 20.5],
    ['Small caps have risen 20.5% in 2024.', 'ytd_pct', 20.5],
    ['Small caps are up 20.5% since the start of the year.', 'ytd_pct', 20.5],
    ['The S&P 500 added 1.1% this week.', 'wtd_pct', 1.1],
    ['For the holiday-shortened week, the S&P 500 rose 0.8%.', 'wtd_pct', 0.8],
    ['Over the shortened week, the S&P 500 fell 2.4%.', 'wtd_pct', -2.4],
    ['The S&P 500 is up 7% this quarter.', 'qtd_pct', 7],
    ['The S&P 500 is up 7% in the fourth quarter.', 'qtd_pct', 7],
  ])('%s -> %s', (text, metric, value) => {
    expect(briefs(text)).toEqual([[metric.includes('RUT') ? 'RUT' : text.includes('S&P') ? 'SPX' : 'RUT', metric, value]]);
  });

  it('", when the index jumped 12.1%" after "since December 2023" is the move of that month', () => {
    const claims = claimsOf('Small caps are up 11.2% in November, on pace for their best month since December 2023, when the index jumped 12.1%.');
    expect(claims.map((c) => (c.kind === 'calendar' ? [c.metric, c.year, c.month] : c.metric))).toEqual(['mtd_pct', 'month_biggest_since', ['month_pct', 2023, 12]]);
  });

  it('reads completed months and years as calendar claims, "last month" and "last year" too', () => {
    const claims = claimsOf('The Russell 2000 rose 12.1% in December 2023, fell 1.5% in October and gained 16.9% in 2023. It fell 1.4% last month and rose 16.9% last year.');
    expect(claims.map((c) => (c.kind === 'calendar' ? [c.metric, c.year, c.month, c.stated.value] : c.metric))).toEqual([
      ['month_pct', 2023, 12, 12.1],
      ['month_pct', 2024, 10, -1.5],
      ['year_pct', 2023, null, 16.9],
      ['month_pct', 2024, 10, -1.4],
      ['year_pct', 2023, null, 16.9],
    ]);
  });
});

describe('hedge words', () => {
  it.each([
    ['The S&P 500 gained more than 2%.', 'more-than'],
    ['The S&P 500 gained nearly 2%.', 'nearly'],
    ['The S&P 500 gained about 2%.', 'about'],
    ['The S&P 500 gained roughly 2%.', 'about'],
    ['The S&P 500 gained just over 2%.', 'just-over'],
    ['The S&P 500 gained less than 2%.', 'less-than'],
    ['The S&P 500 gained 2%.', 'exact'],
    ['The S&P 500 posted a 2% gain.', 'exact'],
  ])('%s -> %s', (text, hedge) => {
    expect(claimsOf(text)[0]?.stated).toMatchObject({ hedge });
  });
});

describe('moves over a window', () => {
  it('"since Aug. 5" after the figure or opening the clause, and rolling windows', () => {
    const claims = claimsOf('The Russell 2000 is up 20% since Aug. 5. Since Aug. 5, small caps have gained 20%. Over the past 12 months, the S&P 500 has gained more than 30%. The 10-year yield has fallen 40 basis points over the past three months.');
    expect(claims.map((c) => (c.kind === 'range' ? [c.symbol, c.metric, formatIsoDay(c.from), c.stated.value] : c.metric))).toEqual([
      ['RUT', 'pct_since', '2024-08-05', 20],
      ['RUT', 'pct_since', '2024-08-05', 20],
      ['SPX', 'pct_since', '2023-11-25', 30],
      ['US10Y', 'bp_since', '2024-08-25', -40],
    ]);
  });

  it('"its best month since December 2023" after a figure is not a window', () => {
    expect(briefs('The Russell 2000 is up 11.2%, its best month since December 2023.').map((b) => b[1])).toEqual(['change_1d_pct', 'month_biggest_since']);
  });
});

describe('yields', () => {
  it('levels in percent, moves in basis points, bp and percentage points', () => {
    // The two levels give the day's change too (frames/yield-talk.ts), in percentage points.
    expect(briefs('The yield on the 10-year Treasury fell to 4.27% from 4.41% late Friday.')).toEqual([
      ['US10Y', 'close', 4.27],
      ['US10Y', 'change_1d_bp', -0.14],
      ['US10Y', 'prev_close', 4.41],
    ]);
    expect(briefs('The 10-year yield fell 14 basis points.')).toEqual([['US10Y', 'change_1d_bp', -14]]);
    expect(briefs('The 10-year yield dropped 14bp.')).toEqual([['US10Y', 'change_1d_bp', -14]]);
    expect(briefs('The 10-year yield rose 0.14 percentage point.')).toEqual([['US10Y', 'change_1d_bp', 0.14]]);
    expect(claimsOf('The 10-year yield rose 0.14 percentage point.')[0]?.stated).toMatchObject({ unit: 'pp' });
    expect(briefs('The two-year yield is down 30 basis points this month.')).toEqual([['US2Y', 'mtd_bp', -30]]);
  });
});

describe('records', () => {
  it('a level and its date are separate claims; a missing year is the latest such date on or before the article', () => {
    expect(() => briefs('It ended just 0.03% below its prior record close of 2,442.74 set Nov. 8, 2021.', null)).toThrow(/--date/);
    expect(briefs('The Russell 2000 ended 0.03% below its prior record close of 2,442.74 set Nov. 8, 2021.')).toEqual([
      ['RUT', 'pct_from_record', -0.03],
      ['RUT', 'prior_record_close', 2442.74],
      ['RUT', 'prior_record_date', '2021-11-08/day'],
    ]);
    expect(briefs('The S&P 500 is below its record close of 6,001.35 set Nov. 11.')).toEqual([
      ['SPX', 'prior_record_close', 6001.35],
      ['SPX', 'prior_record_date', '2024-11-11/day'],
    ]);
    expect(briefs('Small caps are nearing their 2021 record of 2,442.74.')).toEqual([
      ['RUT', 'prior_record_date', '2021-01-01/year'],
      ['RUT', 'prior_record_close', 2442.74],
    ]);
  });

  it('record flags, the nth record of the year, distance from the record', () => {
    expect(briefs('The S&P 500 closed at a record on Monday.')).toEqual([['SPX', 'is_record', true]]);
    expect(briefs('The Russell 2000 finished just short of its record.')).toEqual([['RUT', 'is_record', false]]);
    expect(briefs('It was the S&P 500’s 51st record close of the year.')).toEqual([['SPX', 'record_count_ytd', 51]]);
    expect(briefs('The S&P 500 notched its fifth record high this year.')).toEqual([['SPX', 'record_count_ytd', 5]]);
    expect(briefs('The Russell 2000 is within 1% of its all-time high.')).toEqual([['RUT', 'pct_from_record', -1]]);
    expect(claimsOf('The Russell 2000 is within 1% of its all-time high.')[0]?.stated).toMatchObject({ hedge: 'within' });
  });
});

describe('"since" claims, streaks, drawdowns', () => {
  it('biggest/best/worst since a day, a month, a month alone, a year', () => {
    expect(briefs('The 10-year yield posted its biggest one-day decline since Aug. 2.')).toEqual([['US10Y', 'biggest_1d_since', '2024-08-02/day']]);
    expect(briefs('The S&P 500 had its worst day since August 5th.')).toEqual([['SPX', 'biggest_1d_since', '2024-08-05/day']]);
    expect(briefs('Small caps are on track for their best month since December 2023.')).toEqual([['RUT', 'month_biggest_since', '2023-12-01/month']]);
    expect(briefs('Small caps are on track for their best month since March.')).toEqual([['RUT', 'month_biggest_since', '2024-03-01/month']]);
    expect(briefs('The Dow had its biggest point gain since 2020.')).toEqual([['DJI', 'biggest_1d_points_since', '2020-01-01/year']]);
    expect(briefs('The S&P 500 closed at its highest level since July 16.')).toEqual([['SPX', 'highest_since', '2024-07-16/day']]);
    const since = claimsOf('The S&P 500 had its biggest drop since Dec. 18.', dayFromCivil(2025, 1, 10))[0];
    expect(since?.stated.type === 'date' && formatIsoDay(since.stated.day)).toBe('2024-12-18');
  });

  it('streaks in several forms, with their direction', () => {
    expect(briefs('The Russell 2000 rose for a sixth straight day.')).toEqual([['RUT', 'streak_days', 6]]);
    expect(briefs('It was the Russell 2000’s sixth straight gain.')).toEqual([['RUT', 'streak_days', 6]]);
    expect(briefs('The S&P 500 extended its losing streak to four sessions.')).toEqual([['SPX', 'streak_days', -4]]);
    expect(briefs('The Dow posted a three-day winning streak.')).toEqual([['DJI', 'streak_days', 3]]);
    expect(briefs('The Nasdaq fell for the 3rd consecutive session.')).toEqual([['IXIC', 'streak_days', -3]]);
    // A streak spoken of as over is the run before the current one (judged as that).
    const snapped = claimsOf('The Dow snapped a five-day winning streak.');
    expect(snapped.map((c) => [c.symbol, c.metric, c.kind === 'period-streak' && c.ended])).toEqual([['DJI', 'streak_days', true]]);
    const ended = claimsOf('The Dow fell again, its second straight loss since a five-day winning streak came to an end.');
    expect(ended.filter((c) => c.kind === 'period-streak' && c.ended).map((c) => c.stated.type === 'number' && c.stated.value)).toEqual([5]);
  });

  it('correction and bear-market territory, in and out', () => {
    expect(briefs('The Russell 2000 is in correction territory.')).toEqual([['RUT', 'drawdown_state', 'correction']]);
    expect(briefs('The Nasdaq entered a bear market.')).toEqual([['IXIC', 'drawdown_state', 'bear']]);
    expect(briefs('The Nasdaq climbed out of correction territory.')).toEqual([['IXIC', 'drawdown_state', 'none']]);
  });
});

describe('seasonality and comparisons', () => {
  it('seasonal averages and shares of years higher, carried to the next sentence', () => {
    const claims = claimsOf('December has averaged 2.8% for the Russell 2000 since 1987. It has risen in 81% of them.');
    expect(claims.map((c) => (c.kind === 'seasonal' ? [c.metric, c.month, c.fromYear, c.stated.value] : c.metric))).toEqual([
      ['seasonal_mean', 12, 1987, 2.8],
      ['seasonal_up_ratio', 12, null, 81],
    ]);
  });

  it('a gap between two instruments and the other side\'s own figure', () => {
    const claims = claimsOf("For the year, small caps are up 20.5%, about 5 points lower than the S&P 500's 25.5%.");
    expect(claims.map(brief)).toEqual([
      ['RUT', 'ytd_pct', 20.5],
      ['RUT', 'gap_pct_points', -5],
      ['SPX', 'ytd_pct', 25.5],
    ]);
    const gap = claims[1];
    expect(gap?.kind === 'comparison' && [gap.otherSymbol, gap.period, gap.stated.hedge]).toEqual(['SPX', 'ytd', 'about']);
  });
});

describe('instruments and references back', () => {
  it('"the index", "it", "the fund", "the yield" refer to the latest instrument of their kind', () => {
    const claims = claimsOf(
      "The Russell 2000 rose 1.5%. The 10-year yield fell 14 basis points. The index is up 11.2% this month. Vanguard's small-cap growth ETF rose 2%. The fund is up 24.8% this year. The yield is at 4.27%. It is down 10 basis points this week.",
    );
    expect(claims.map((c) => [c.symbol, c.metric])).toEqual([
      ['RUT', 'change_1d_pct'],
      ['US10Y', 'change_1d_bp'],
      ['RUT', 'mtd_pct'],
      ['VBK', 'change_1d_pct'],
      ['VBK', 'ytd_pct'],
      ['US10Y', 'close'],
      ['US10Y', 'wtd_bp'],
    ]);
  });

  it('names outside the registry take their figures (symbol null), and "as of 3 p.m." and "intraday" set the timing', () => {
    const claims = claimsOf('Bitcoin rose 2%. As of 3 p.m., the S&P 500 was up 0.4%. The Russell 2000 touched an intraday high of 2,466.49.');
    expect(claims.map((c) => [c.symbol, c.metric, c.timing.kind])).toEqual([
      [null, 'change_1d_pct', 'close'],
      ['SPX', 'change_1d_pct', 'time-of-day'],
      ['RUT', 'close', 'intraday'],
    ]);
    expect(claims[1]?.timing).toEqual({ kind: 'time-of-day', minutes: 900 });
  });

  it('a bare percent with no direction, period or owner is no claim ("a 25% tariff", "a rate of 4.1%")', () => {
    expect(briefs('The Russell 2000 rose 1.5%. Trump threatened a 25% tariff on imports.')).toEqual([['RUT', 'change_1d_pct', 1.5]]);
    expect(briefs('The Russell 2000 rose 1.5%, as the unemployment rate of 4.1% held.')).toEqual([['RUT', 'change_1d_pct', 1.5]]);
    expect(briefs('The 10-year yield fell 14 basis points, the most since Aug. 2.')).toEqual([['US10Y', 'change_1d_bp', -14], ['US10Y', 'biggest_1d_since', '2024-08-02/day']]);
  });

  it('a figure about a subject that is not an instrument is not pinned on the last index named', () => {
    expect(claimsOf('The Russell 2000 rose 1.5%, and Nvidia gained 4%.').map((c) => [c.symbol, c.instrumentText])).toEqual([['RUT', 'The Russell 2000'], [null, 'Nvidia']]);
    expect(claimsOf('The Russell 2000 rose 1.5%. Inflation rose 2.6% in October.').map((c) => c.symbol)).toEqual(['RUT', null]);
    expect(claimsOf('The Russell 2000 rose 1.5%, while tech stocks fell 0.4%.').map((c) => c.symbol)).toEqual(['RUT', null]);
    expect(claimsOf('The Russell 2000 index of smaller stocks rose 1.5%. It is up 11.2% this month.').map((c) => c.symbol)).toEqual(['RUT', 'RUT']);
  });

  it('"on Friday" in a Monday story moves a close or day move to Friday', () => {
    const claim = claimsOf('On Friday, the S&P 500 rose 0.3%.')[0];
    expect(claim && formatIsoDay(claim.day)).toBe('2024-11-22');
  });
});

describe('article date and empty input', () => {
  it.each([
    ['NEW YORK (AP) — Nov. 25, 2024: The S&P 500 rose 0.3%.', '2024-11-25', 'dateline'],
    ['Stocks rose on Monday, Nov. 25, 2024. The S&P 500 rose 0.3%.', '2024-11-25', 'weekday'],
    ['Published: 2024-11-25\n\nThe S&P 500 rose 0.3%.', '2024-11-25', 'label'],
    ['Wall Street, Monday 25th November 2024 — the S&P 500 rose 0.3%.', '2024-11-25', 'weekday'],
  ])('%s', (text, iso, how) => {
    const result = extractClaims(text, { instruments: BUILTIN_INSTRUMENTS });
    expect(result.ok && result.articleDay !== null && [formatIsoDay(result.articleDay), result.dateSource]).toEqual([iso, how]);
  });

  it('claims without any date ask for one; text without claims needs none', () => {
    const none = extractClaims('The S&P 500 rose 0.3%, its prior record of 6,001.35 set Nov. 11, 2024 still standing.', { instruments: BUILTIN_INSTRUMENTS });
    expect(none.ok).toBe(false);
    expect(extractClaims('', { instruments: BUILTIN_INSTRUMENTS })).toEqual({ ok: true, articleDay: null, dateSource: null, claims: [], truncated: false });
    expect(extractClaims('Nothing to see here.\n', { instruments: BUILTIN_INSTRUMENTS })).toMatchObject({ ok: true, claims: [] });
  });

  it('reads at most MAX_CLAIMS claims and says so; a run-on without full stops is cut into bounded sentences', () => {
    const many = extractClaims('The S&P 500 rose 1%. '.repeat(MAX_CLAIMS + 50), { instruments: BUILTIN_INSTRUMENTS, date: MONDAY });
    expect(many.ok && [many.claims.length, many.truncated]).toEqual([MAX_CLAIMS, true]);
    const runOn = extractClaims('the Russell 2000 rose 1.5% and '.repeat(200), { instruments: BUILTIN_INSTRUMENTS, date: MONDAY });
    expect(runOn.ok && runOn.claims.length).toBe(200);
    expect(splitSentences('word '.repeat(1000)).every((s) => s.end - s.start <= MAX_SENTENCE_CHARS)).toBe(true);
  });

  it('property: extraction never throws on arbitrary text, and offsets always point at the claim text', () => {
    const pieces = ['The S&P 500', ' rose ', '1.5%', ' to ', '2,442.03', ' since Aug. 2', '. ', 'its sixth straight gain', ' 14 bp', ' the index', ' Nov. 8, 2021', ' record close of ', '\n\n', '—', ' about ', ' in December'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 8 })), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const result = extractClaims(text, { instruments: BUILTIN_INSTRUMENTS, date: MONDAY });
        expect(result.ok).toBe(true);
        if (result.ok) for (const claim of result.claims) expect(text.slice(claim.start, claim.end)).toBe(claim.text);
      }),
      { numRuns: 300 },
    );
  });

  it('offsets point at the claim text in the article', () => {
    const text = 'NEW YORK — Monday, Nov. 25, 2024. The Russell 2000 rose 1.5% to 2,442.03.\r\nIt is up 11.2% this month.';
    for (const claim of claimsOf(text, null)) expect(text.slice(claim.start, claim.end)).toBe(claim.text);
  });
});
