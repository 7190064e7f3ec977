/** Numbers, dates, sentences and instrument names in text, on their own. */
import { describe, expect, it } from 'vitest';
import { buildNameTable, findMentions } from '../../src/claims/read/mentions/mentions.js';
import { clauseBreaks, splitSentences } from '../../src/claims/read/document/sentences.js';
import { findArticleDate, findDates, findTimes, resolveMentionDay } from '../../src/claims/read/tokens/dates.js';
import { countOfWord, findNumbers } from '../../src/claims/read/tokens/numbers.js';
import { dayFromCivil, formatIsoDay } from '../../src/core/date.js';
import { BUILTIN_INSTRUMENTS } from '../../src/data/instruments.js';

describe('findNumbers', () => {
  it.each([
    ['rose 1.5% to 2,442.03.', [[1.5, 'percent', 1], [2442.03, 'none', 2]]],
    ['fell 14bp to 4.27 percent', [[14, 'bp', 0], [4.27, 'percent', 2]]],
    ['down −0.3 per cent, +35.36 pts', [[-0.3, 'percent', 1], [35.36, 'points', 2]]],
    ['up 1,47 % today', [[1.47, 'percent', 2]]],
    ['2442.03 and 0.14 percentage point', [[2442.03, 'none', 2], [0.14, 'pp', 2]]],
    ['$301.65 and 24.8pct and 12 basis-points', [[301.65, 'none', 2], [24.8, 'percent', 1], [12, 'bp', 0]]],
    ['the 10-year, the 1st day, 52-week', []],
  ])('%s', (text, expected) => {
    expect(findNumbers(text).map((n) => [n.sign < 0 ? -n.value : n.value, n.unit, n.decimals])).toEqual(expected);
  });

  it('reads counts in words and figures', () => {
    expect(['sixth', 'six', '51st', '3rd', 'twentieth', 'zillion'].map(countOfWord)).toEqual([6, 6, 51, 3, 20, null]);
  });
});

describe('dates', () => {
  const iso = (text: string): string[] =>
    findDates(text).map((d) => `${d.year ?? '?'}-${d.month}-${d.day ?? '?'}`);

  it('reads the forms people write and skips impossible dates', () => {
    expect(iso('Nov. 8, 2021; November 8th 2021; 8 November 2021; the 8th of November; Sept. 18; 2024-11-25; 11/25/2024; December 2023')).toEqual([
      '2021-11-8', '2021-11-8', '2021-11-8', '?-11-8', '?-9-18', '2024-11-25', '2024-11-25', '2023-12-?',
    ]);
    expect(iso('Feb. 30, 2024 and 2023-02-29')).toEqual([]);
    expect(iso('Feb. 29, 2024')).toEqual(['2024-2-29']);
  });

  it('infers a missing year: the latest such date before (or on) the reference', () => {
    const ref = dayFromCivil(2024, 11, 25);
    const at = (month: number, day: number, strict: boolean): string => formatIsoDay(resolveMentionDay({ year: null, month, day }, ref, strict) ?? ref);
    expect(at(8, 2, true)).toBe('2024-08-02');
    expect(at(12, 18, true)).toBe('2023-12-18');
    expect(at(11, 25, true)).toBe('2023-11-25');
    expect(at(11, 25, false)).toBe('2024-11-25');
    expect(formatIsoDay(resolveMentionDay({ year: null, month: 2, day: 29 }, ref, true) ?? ref)).toBe('2024-02-29');
  });

  it('finds the article date only where an article date stands', () => {
    const found = (text: string): string | null => {
      const date = findArticleDate(text);
      return date === null ? null : `${formatIsoDay(date.day)} ${date.how}`;
    };
    expect(found('NEW YORK (AP) — Nov. 25, 2024 — Stocks rose.')).toBe('2024-11-25 dateline');
    expect(found('Nov. 25, 2024\n\nStocks rose.')).toBe('2024-11-25 dateline');
    expect(found('Stocks rose on Monday, Nov. 25, 2024, as...')).toBe('2024-11-25 weekday');
    expect(found('Updated: 2024-11-25 16:05\nStocks rose.')).toBe('2024-11-25 label');
    expect(found('The record was set Nov. 8, 2021, and stands.')).toBeNull();
    expect(found('')).toBeNull();
  });

  it('finds times of day', () => {
    expect(findTimes('As of 3 p.m. ET, and at 10:45 a.m., and in late trading').map((t) => t.minutes)).toEqual([900, 645, null]);
  });
});

describe('sentences and clauses', () => {
  const cases: readonly (readonly [string, string, readonly string[]])[] = [
    [
      'does not end a sentence at "Nov.", "U.S.", "p.m." or inside 2,442.03',
      'The record was set Nov. 8, 2021. U.S. stocks rose at 3 p.m. Eastern. It closed at 2,442.03. Done!\n\nNext paragraph',
      ['The record was set Nov. 8, 2021.', 'U.S. stocks rose at 3 p.m. Eastern.', 'It closed at 2,442.03.', 'Done!', 'Next paragraph'],
    ],
    [
      'ends a sentence at a possessive\'s period ("the S&P 500\'s.") and always at a blank line, though an initial ("Q.") does not',
      "Small caps fell more than the S&P 500's. Bonds rallied.\n\nThe trader, John Q. Public, sold. It ended at the index's.\n\nThe yield fell.",
      ["Small caps fell more than the S&P 500's.", 'Bonds rallied.', 'The trader, John Q. Public, sold.', "It ended at the index's.", 'The yield fell.'],
    ],
  ];
  for (const [name, text, expected] of cases) it(name, () => expect(splitSentences(text).map((s) => s.text)).toEqual(expected));

  it('breaks clauses at semicolons, dashes and ", while"', () => {
    expect(clauseBreaks('A rose 1%; B fell — C rose, while D fell').length).toBe(3);
  });
});

describe('instrument names', () => {
  const names = buildNameTable(BUILTIN_INSTRUMENTS);
  const found = (text: string): [string | null, string, boolean][] => findMentions(text, names).map((m) => [m.instrument?.symbol ?? m.refersToKind ?? null, m.text, m.possessive]);

  it('longest name first, word boundaries, possessives, names outside the registry', () => {
    expect(found("The S&P 500's gain beat small caps' and the Russell 2000 Value; Dow Jones Market Data; the index")).toEqual([
      ['SPX', "The S&P 500's", true],
      ['RUT', "small caps'", true],
      [null, 'Russell 2000 Value', false],
      ['index', 'the index', false],
    ]);
    expect(found('İİ the S&P 500')).toEqual([['SPX', 'the S&P 500', false]]);
    expect(found('Vanguard’s small-cap growth ETF and the 10-year Treasury yield')).toEqual([
      ['VBK', 'Vanguard’s small-cap growth ETF', false],
      ['US10Y', 'the 10-year Treasury yield', false],
    ]);
  });
});
