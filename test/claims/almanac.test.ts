/**
 * Families of almanac and month or half-year stories: a month or half ranked against the same
 * calendar period of earlier years ("its best November since Y", "the best first half in N
 * years", "its best month in history"), a named past month's move ("last September"), a
 * month's average over a span of years or in post-election years, and what second halves did
 * after strong first halves. The articles are written here; every expected value comes from a
 * plain scan of the shipped CSV rows (almanac-scan.ts), and each verdict is checked both ways.
 */
import { describe, expect, it } from 'vitest';
import { check, find, rowsOf } from './scan.js';
import { monthMean, scanMoves, sinceOf } from './almanac-scan.js';

const spx = rowsOf('GSPC.yahoo.csv');
const ixic = rowsOf('IXIC.yahoo.csv');
const one = (x: number): string => Math.abs(x).toFixed(1);

describe('a month against the same month of earlier years', () => {
  const date = '2020-11-30';
  const months = scanMoves(spx, 1, date);
  const since = sinceOf(months, true);
  const story = (year: number): string => `NEW YORK — The S&P 500 slipped on Monday but wrapped up its best November showing since ${year}, as vaccine hopes lifted stocks.`;

  it('holds for the year of the last November as large, and is caught for another', () => {
    expect(since).not.toBeNull();
    const year = since?.year ?? 0;
    expect(find(check(story(year), undefined, date), 'period_best_since', 'SPX').verdict.verdict).toBe('supported');
    expect(find(check(story(year + 3), undefined, date), 'period_best_since', 'SPX').verdict.verdict).toBe('contradicted');
  });

  it('"in history" is contradicted by a larger month in the data, the same month or any', () => {
    const any = sinceOf(months, false);
    expect(any).not.toBeNull();
    const text = 'The S&P 500 closed out its best November in history. November was the S&P 500\'s best month in history.';
    const checked = check(text, undefined, date);
    const same = find(checked, 'period_best_ever', 'SPX', 'best November in history');
    expect(same.verdict.verdict).toBe('contradicted');
    expect(same.verdict.actual).toBe(since?.key);
    const anyMonth = find(checked, 'period_best_ever', 'SPX', 'best month in history');
    expect(anyMonth.verdict.actual).toBe(any?.key);
  });

  it('"ever" is unverifiable for the largest month of data that begin after the index did, unless the text names where its history starts; supported where the data hold its whole history', () => {
    const rut = rowsOf('RUT.yahoo.csv');
    const largest = (rows: typeof spx): { end: string; first: string } => {
      const all = scanMoves(rows, 1, rows[rows.length - 1]?.date ?? '');
      const best = all.reduce((a, b) => (b.move > a.move ? b : a));
      return { end: rows.filter((row) => row.date.startsWith(best.key)).at(-1)?.date ?? '', first: rows[0]?.date.slice(0, 4) ?? '' };
    };
    const small = largest(rut);
    const ever = find(check('The Russell 2000 posted its biggest monthly gain ever.', undefined, small.end), 'period_best_ever', 'RUT');
    expect(ever.verdict.verdict === 'unverifiable' && ever.verdict.reason).toBe('before-data');
    const horizon = find(check(`The Russell 2000 posted its biggest monthly gain ever in data going back to ${small.first}.`, undefined, small.end), 'period_best_ever', 'RUT');
    expect(horizon.verdict.verdict).toBe('supported');
    // The S&P 500's file opens with its daily history: "ever" is judged, and holds for its largest month.
    const whole = largest(spx);
    expect(find(check('The S&P 500 posted its biggest monthly gain ever.', undefined, whole.end), 'period_best_ever', 'SPX').verdict.verdict).toBe('supported');
  });

  it('a month after "since" is another claim\'s comparison, not the period: "ever" is of the month the article ends', () => {
    // The VIX's data hold its whole history; the month of the article date by the scan.
    const vix = rowsOf('VIX.yahoo.csv');
    const date = '2020-11-30';
    const moves = scanMoves(vix, 1, date);
    const nov = moves.find((m) => m.key === '2020-11');
    const earlierLarger = moves.filter((m) => m.key < '2020-11' && nov !== undefined && m.move <= nov.move);
    expect(nov !== undefined && nov.move < 0).toBe(true);
    const text = 'Stocks end their best month since April as the VIX ends its biggest monthly drop ever\nMonday, Nov. 30, 2020\n';
    const claim = find(check(text, undefined, date), 'period_best_ever', 'VIX');
    expect(claim.verdict.verdict).toBe(earlierLarger.length === 0 ? 'supported' : 'contradicted');
    expect(earlierLarger.length).toBe(0);
  });
});

describe('a half against the same half of earlier years', () => {
  const date = '2013-06-28';
  const halves = scanMoves(spx, 6, date);
  const since = sinceOf(halves, true);
  const years = 2013 - (since?.year ?? 0);

  it('"in the past N years" holds when no first half since the year N back was as large, and is caught when one was', () => {
    expect(since).not.toBeNull();
    const story = (n: number): string => `The S&P 500 ended the first half with its strongest January-to-June run in ${n} years.`;
    expect(find(check(story(years), undefined, date), 'period_best_in_window', 'SPX').verdict.verdict).toBe('supported');
    expect(find(check(story(years + 2), undefined, date), 'period_best_in_window', 'SPX').verdict.verdict).toBe('contradicted');
  });

  it('"since Y" names the year of the last first half as large', () => {
    const story = (y: number): string => `It was the best first half of a year for the S&P 500 since ${y}.`;
    expect(find(check(story(since?.year ?? 0), undefined, date), 'period_best_since', 'SPX').verdict.verdict).toBe('supported');
    expect(find(check(story((since?.year ?? 0) - 1), undefined, date), 'period_best_since', 'SPX').verdict.verdict).toBe('contradicted');
  });

  it('a worst half said of a half that rose is the wrong direction', () => {
    const claim = find(check('The S&P 500 logged its worst first half since 2002.', undefined, date), 'period_best_since', 'SPX');
    expect((halves.at(-1)?.move ?? 0) > 0).toBe(true);
    expect(claim.verdict.verdict).toBe('contradicted');
    expect(claim.verdict.note).toContain('wrong direction');
  });
});

describe('a named past month', () => {
  const date = '2009-08-31';
  const sept = scanMoves(spx, 1, date).find((m) => m.key === '2008-09')?.move ?? Number.NaN;
  const septIxic = scanMoves(ixic, 1, date).find((m) => m.key === '2008-09')?.move ?? Number.NaN;

  it('"last September" in an August story is the September of the year before, for every figure of the sentence', () => {
    const text = (a: number, b: number): string => `Last September the S&P 500 dropped ${one(a)}% and the Nasdaq ${one(b)}%.`;
    const good = check(text(sept, septIxic), undefined, date);
    expect(find(good, 'month_pct', 'SPX').verdict.verdict).toBe('supported');
    expect(find(good, 'month_pct', 'IXIC').verdict.verdict).toBe('supported');
    expect(find(good, 'month_pct', 'SPX').claim.kind === 'calendar' && find(good, 'month_pct', 'SPX').claim.kind).toBe('calendar');
    expect(find(check(text(sept - 2, septIxic), undefined, date), 'month_pct', 'SPX').verdict.verdict).toBe('contradicted');
  });

  it('"the N% drop of September 2008" is that month\'s move', () => {
    const text = (a: number): string => `The S&P 500 has not matched the ${one(a)}% drop of September 2008 since.`;
    expect(find(check(text(sept), undefined, '2010-01-15'), 'month_pct', 'SPX').verdict.verdict).toBe('supported');
    expect(find(check(text(sept + 4), undefined, '2010-01-15'), 'month_pct', 'SPX').verdict.verdict).toBe('contradicted');
  });
});

describe("a month's average over a span of years", () => {
  const date = '2009-08-31';
  const dec = monthMean(spx, 12, 1960, 2000);
  const story = (x: number): string => `Between 1960 and 2000, the S&P 500 gained an average of ${x.toFixed(1)}% in December.`;

  it('is the mean of the complete months of the span, both ends included', () => {
    expect(find(check(story(dec), undefined, date), 'month_mean_in_years', 'SPX').verdict.verdict).toBe('supported');
    expect(find(check(story(dec + 0.5), undefined, date), 'month_mean_in_years', 'SPX').verdict.verdict).toBe('contradicted');
  });

  it('is carried for each index to a later sentence, and read in the cycle phase the sentence before named', () => {
    const oct = monthMean(ixic, 10, 1975, 2005);
    const midterm = monthMean(ixic, 10, 1975, 2005, (year) => year % 4 === 2);
    const text = (x: number): string => `From 1975 to 2005 the Nasdaq's October average was ${oct.toFixed(1)}%. Midterm years have been kinder to the month. The Nasdaq has averaged ${x.toFixed(1)}% in those Octobers.`;
    const good = check(text(midterm), undefined, date);
    expect(find(good, 'month_mean_in_years', 'IXIC', 'average was').verdict.verdict).toBe('supported');
    const phase = find(good, 'month_mean_in_years', 'IXIC', 'has averaged');
    expect(phase.verdict.verdict).toBe('supported');
    expect(phase.claim.kind === 'almanac-mean' && phase.claim.phase).toBe('midterm');
    expect(find(check(text(midterm - 1), undefined, date), 'month_mean_in_years', 'IXIC', 'has averaged').verdict.verdict).toBe('contradicted');
  });

  it('is unverifiable when the span begins before the data, and unclear when no span was said', () => {
    const dow = find(check('Over 1950-2007 the Dow averaged a 1.0% gain in December.', undefined, date), 'month_mean_in_years', 'DJI');
    expect(dow.verdict.verdict === 'unverifiable' && dow.verdict.reason).toBe('before-data');
    const noSpan = find(check('In post-election years the S&P 500 has averaged 9.0% in March.', undefined, date), 'month_mean_in_years', 'SPX');
    expect(noSpan.verdict.verdict === 'unverifiable' && noSpan.verdict.reason).toBe('unclear');
  });
});

describe('second halves after strong first halves', () => {
  const date = '2013-06-28';
  const halves = scanMoves(spx, 6, date);
  const pairs = halves
    .filter((h) => h.number === 1 && h.year >= 1950 && h.year <= 2000 && h.move >= 8)
    .map((h) => ({ year: h.year, second: halves.find((o) => o.year === h.year && o.number === 2)?.move ?? Number.NaN }));
  const up = pairs.filter((p) => p.second > 0).length;
  const atLeast = pairs.filter((p) => p.second >= 5).length;
  const best = pairs.reduce((a, b) => (b.second > a.second ? b : a));
  const worst = pairs.reduce((a, b) => (b.second < a.second ? b : a));
  const band = pairs.filter((p) => (halves.find((h) => h.year === p.year && h.number === 1)?.move ?? 0) < 12);
  const bandMean = band.reduce((sum, p) => sum + p.second, 0) / band.length;
  const story = (n: number, u: number, k: number, b: number, w: number, mean: number): string =>
    [
      'The S&P 500 just finished a strong first half.',
      `From 1950 through 2000, the S&P 500 rose 8 percent or more ${n} times.`,
      `In those years the index went on to rise in the second half ${u} times.`,
      `Fully ${k} of those years brought a second-half gain of at least 5 percent.`,
      `The best second half came in ${b}.`,
      `The worst came in ${w}.`,
      `When the index gained between 8 and 12 percent, the second half has added ${mean.toFixed(1)} percent on average.`,
    ].join(' ');

  it('counts, best and worst years and the band average hold when right', () => {
    const checked = check(story(pairs.length, up, atLeast, best.year, worst.year, bandMean), undefined, date);
    for (const metric of ['h1_years_at_least', 'h2_up_after_h1', 'h2_at_least_after_h1', 'h2_best_after_h1', 'h2_worst_after_h1', 'h2_mean_after_h1']) {
      expect(find(checked, metric, 'SPX').verdict.verdict).toBe('supported');
    }
  });

  it('each is caught when wrong', () => {
    const checked = check(story(pairs.length + 2, up + 1, atLeast - 1, best.year + 1, worst.year - 1, bandMean + 2), undefined, date);
    for (const metric of ['h1_years_at_least', 'h2_up_after_h1', 'h2_at_least_after_h1', 'h2_best_after_h1', 'h2_worst_after_h1', 'h2_mean_after_h1']) {
      expect(find(checked, metric, 'SPX').verdict.verdict).toBe('contradicted');
    }
  });

  it('is no claim without a first half spoken of', () => {
    const checked = check('From 1950 through 2000, the S&P 500 rose 8 percent or more 14 times.', undefined, date);
    expect(checked.some((c) => c.claim.metric === 'h1_years_at_least')).toBe(false);
  });
});

describe("the month's move said with a monthly noun after the figure", () => {
  const date = '2020-11-30';
  const month = scanMoves(ixic, 1, date).at(-1)?.move ?? Number.NaN;
  const i = ixic.findIndex((row) => row.date === date);
  const day = ((ixic[i]?.close ?? Number.NaN) / (ixic[i - 1]?.close ?? Number.NaN) - 1) * 100;
  const story = (x: number): string => `The Nasdaq posted a ${one(x)}% monthly gain despite finishing Monday down ${one(day)}%.`;

  it('is the month to date, and the figure after it stays the day\'s move', () => {
    const checked = check(story(month), undefined, date);
    const claim = find(checked, 'mtd_pct', 'IXIC');
    expect(claim.verdict.verdict).toBe('supported');
    expect(claim.claim.text).toContain('monthly gain');
    expect(find(checked, 'change_1d_pct', 'IXIC').verdict.verdict).toBe('supported');
    expect(find(check(story(month + 2), undefined, date), 'mtd_pct', 'IXIC').verdict.verdict).toBe('contradicted');
  });
});

describe('a superlative since the index began, and a year-to-date superlative at the end of June', () => {
  it('"since the index started ... in Y" before the data begin is unverifiable for the largest month in the data, contradicted otherwise', () => {
    const rut = rowsOf('RUT.yahoo.csv');
    const all = scanMoves(rut, 1, rut[rut.length - 1]?.date ?? '');
    const best = all.reduce((a, b) => (b.move > a.move ? b : a));
    const end = rut.filter((row) => row.date.startsWith(best.key)).at(-1)?.date ?? '';
    const text = 'The Russell 2000 posted its largest monthly gain since the index started tracking small companies in 1984.';
    const top = find(check(text, undefined, end), 'month_biggest_since', 'RUT');
    expect(top.verdict.verdict === 'unverifiable' && top.verdict.reason).toBe('before-data');
    const other = all.find((m) => m.move > 0 && m.move < best.move && m.key > best.key) ?? all[all.length - 2];
    const otherEnd = rut.filter((row) => row.date.startsWith(other?.key ?? '')).at(-1)?.date ?? '';
    expect(find(check(text, undefined, otherEnd), 'month_biggest_since', 'RUT').verdict.verdict).toBe('contradicted');
  });

  it('"its largest gain in the past N years" after a year-to-date figure in a first-half story compares first halves', () => {
    const date = '2013-06-28';
    const dji = rowsOf('DJI.yahoo.csv');
    const halves = scanMoves(dji, 6, date);
    const since = sinceOf(halves, true);
    const ytd = halves.at(-1)?.move ?? Number.NaN;
    const story = (n: number): string => `Stocks closed out the first half on a high. The Dow climbed ${one(ytd)}% from January through June, its largest gain in the past ${n} years.`;
    const years = 2013 - (since?.year ?? 0);
    expect(find(check(story(years), undefined, date), 'period_best_in_window', 'DJI').verdict.verdict).toBe('supported');
    expect(find(check(story(years + 3), undefined, date), 'period_best_in_window', 'DJI').verdict.verdict).toBe('contradicted');
  });
});

describe('runs of calendar years, and the year in December', () => {
  const date = '2002-12-30';
  /** Yearly moves by a plain scan: last close of each year over the last close of the year before, the date's year to date. */
  const yearly = (rows: typeof spx): { year: number; move: number }[] => {
    const ends = new Map<number, number>();
    for (const row of rows) if (row.date <= date) ends.set(Number(row.date.slice(0, 4)), row.close);
    const years = [...ends.keys()].sort((a, b) => a - b);
    return years.slice(1).map((year) => ({ year, move: ((ends.get(year) ?? 0) / (ends.get(year - 1) ?? 1) - 1) * 100 }));
  };
  const years = yearly(spx);
  let run = 0;
  while (run < years.length && (years[years.length - 1 - run]?.move ?? 0) < 0) run++;
  let lastRunEnd = 0;
  for (let k = years.length - 1 - run; k >= run - 1 && lastRunEnd === 0; k--) {
    if (years.slice(k - run + 1, k + 1).every((y) => y.move < 0)) lastRunEnd = years[k]?.year ?? 0;
  }
  const words = ['zero', 'one', 'two', 'three', 'four', 'five'];

  it('the length of the run and the end of the last run as long hold when right and are caught when wrong', () => {
    expect(run).toBeGreaterThan(1);
    const story = (n: number, since: number): string => `The S&P 500 is headed for its ${words[n] ?? n} straight losing years, logging its first ${words[n] ?? n}-year string of declines since ${since}.`;
    const good = check(story(run, lastRunEnd), undefined, date);
    expect(find(good, 'year_run', 'SPX').verdict.verdict).toBe('supported');
    expect(find(good, 'year_run_first_since', 'SPX').verdict.verdict).toBe('supported');
    const bad = check(story(run + 1, lastRunEnd + 5), undefined, date);
    expect(find(bad, 'year_run', 'SPX').verdict.verdict).toBe('contradicted');
    expect(find(check(story(run, lastRunEnd + 5), undefined, date), 'year_run_first_since', 'SPX').verdict.verdict).toBe('contradicted');
  });

  it('"over the full year" in December is the year to date, and its superlative compares years', () => {
    const move = years[years.length - 1]?.move ?? Number.NaN;
    let worseAt = 0;
    for (let k = years.length - 2; k >= 0 && worseAt === 0; k--) if ((years[k]?.move ?? 0) <= move) worseAt = years[k]?.year ?? 0;
    const story = (x: number, n: number): string => `Over the full year the S&P 500 tumbled ${one(x)}%, its steepest decline in ${n} years.`;
    const checked = check(story(move, 2002 - worseAt), undefined, date);
    expect(find(checked, 'ytd_pct', 'SPX').verdict.verdict).toBe('supported');
    expect(find(checked, 'period_best_in_window', 'SPX').verdict.verdict).toBe('supported');
    expect(find(check(story(move, 2002 - worseAt + 4), undefined, date), 'period_best_in_window', 'SPX').verdict.verdict).toBe('contradicted');
  });
});

describe('a year named outside the claim', () => {
  it('leaves a year run or a ranked month about another year unclear, never contradicted', () => {
    const checked = check('In 2008, the S&P 500 posted its second straight losing year. In 2008 the S&P 500 had its worst November since 1931.', undefined, '2024-11-29');
    for (const metric of ['year_run', 'period_best_since']) {
      const claim = find(checked, metric, 'SPX');
      expect(claim.verdict.verdict === 'unverifiable' && claim.verdict.reason).toBe('unclear');
    }
  });
});
