/**
 * Verdicts on the review's defects, against the shipped data: each expected value is
 * computed here by a plain scan of the CSV rows, never typed in from the engine.
 */
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../src/claims/check.js';
import { registerCheckCommand } from '../../src/cli/commands/check.js';
import { BUILTIN_INSTRUMENTS } from '../../src/data/instruments.js';
import { allSeries, at, check, closeAt, find, lastCloseBefore, pct, recordBefore, roundsTo, rowsOf, verdictOf } from './scan.js';
import { calendarOf } from '../../src/calendar/index.js';
import { parseIsoDay } from '../../src/core/date.js';
import type { DailySeries } from '../../src/core/series.js';

const series = allSeries();
const rut = rowsOf('RUT.yahoo.csv');
const spx = rowsOf('GSPC.yahoo.csv');
const ixic = rowsOf('IXIC.yahoo.csv');
const dgs2 = rowsOf('DGS2.fred.csv');
const dgs10 = rowsOf('DGS10.fred.csv');
const iwoAdj = rowsOf('IWO.adjclose.yahoo.csv');

const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
/** "2024-11-27" -> "Nov. 27" (AP style, year left out). */
const apDay = (iso: string): string => `${MONTHS[Number(iso.slice(5, 7)) - 1] ?? ''} ${Number(iso.slice(8, 10))}`;
/** Round half away from zero at one decimal. */
const oneDecimal = (x: number): number => Math.round(Math.abs(x) * 10 + 1e-9) / 10;

describe('item 1: the 2-year note in the June 13, 2022 story', () => {
  const DAY = '2022-06-13';
  const text = 'NEW YORK — June 13, 2022 (AP)\n\nThe Russell 2000 slid 4.8%. The yield on the 2-year note rose to 3.40% from 3.06%, up 0.34 percentage points. The yield on the 5-year note rose 30 basis points.';
  const checked = check(text, series);
  const i = at(dgs2, DAY);

  it('judges the level, prior level and move against DGS2, not the Russell 2000', () => {
    const close = closeAt(dgs2, i);
    const prev = closeAt(dgs2, i - 1);
    expect(find(checked, 'close', 'US2Y').verdict.verdict).toBe(verdictOf(roundsTo(close, 3.4, 2)));
    expect(find(checked, 'prev_close', 'US2Y').verdict.verdict).toBe(verdictOf(roundsTo(prev, 3.06, 2)));
    expect(find(checked, 'change_1d_bp', 'US2Y').verdict.verdict).toBe(verdictOf(roundsTo(close - prev, 0.34, 2)));
    expect(checked.filter((c) => c.claim.symbol === 'RUT').map((c) => c.claim.metric)).toEqual(['change_1d_pct']);
  });

  it('a maturity not in the registry is unverifiable: instrument not recognised', () => {
    const five = find(checked, 'change_1d_bp', null).verdict;
    expect(five.verdict === 'unverifiable' && five.reason).toBe('unknown-instrument');
    expect(five.note).toContain('instrument not recognised');
  });
});

describe('item 2: the Nasdaq day move, then small caps in December', () => {
  const DAY = '2024-11-25';
  const checked = check('The Nasdaq composite rose 0.3% and December has been the best month for small caps, with an average gain of 2.8% since 1987.', series, DAY);

  it('0.3% is the Nasdaq move of the day', () => {
    const i = at(ixic, DAY);
    const move = pct(closeAt(ixic, i - 1), closeAt(ixic, i));
    const day = find(checked, 'change_1d_pct', 'IXIC');
    expect(day.verdict.verdict).toBe(verdictOf(roundsTo(move, 0.3, 1)));
    expect(day.verdict.actual).toBeCloseTo(move, 9);
  });

  it('2.8% is the mean Russell 2000 December move over complete Decembers from 1987', () => {
    const decembers: number[] = [];
    for (let year = 1987; year < 2024; year++) {
      const end = lastCloseBefore(rut, `${year + 1}-01-01`);
      if (end.date < `${year}-12-01`) continue;
      const base = rut.filter((row) => row.date < `${year}-12-01`).at(-1);
      if (base === undefined) continue;
      decembers.push(pct(base.close, end.close));
    }
    const mean = decembers.reduce((a, b) => a + b, 0) / decembers.length;
    const claim = find(checked, 'seasonal_mean', 'RUT');
    expect(claim.verdict.actual).toBeCloseTo(mean, 9);
    expect(claim.verdict.verdict).toBe(verdictOf(roundsTo(mean, 2.8, 1)));
    expect(checked.some((c) => c.claim.symbol === 'IXIC' && c.claim.metric !== 'change_1d_pct')).toBe(false);
  });
});

describe('item 3: "closed at a record 2,442.03" on a day that set no record', () => {
  const DAY = '2024-11-25';
  const checked = check('The Russell 2000 closed at a record 2,442.03.', series, DAY);
  const close = closeAt(rut, at(rut, DAY));
  const record = recordBefore(rut, DAY);

  it('the close level is supported and the record flag judged on its own', () => {
    const level = find(checked, 'close', 'RUT');
    expect(level.verdict.verdict).toBe(verdictOf(roundsTo(close, 2442.03, 2)));
    expect(level.verdict.verdict === 'contradicted' ? level.verdict.corrected : '').not.toContain('record');
    expect(find(checked, 'is_record', 'RUT').verdict.verdict).toBe(verdictOf(close > record.close));
    expect(checked.some((c) => c.claim.metric === 'record_close')).toBe(false);
  });
});

describe('item 4: a claim on a day without trading', () => {
  it.each([
    ['The S&P 500 rose 0.4% on Thursday, Nov. 28, 2024.', '2024-11-28', 'Nov. 28, 2024'],
    ['The S&P 500 rose 0.4% on Saturday, Nov. 30, 2024.', '2024-11-30', 'Nov. 30, 2024'],
  ])('"%s" is unverifiable and names the latest close before it', (text, iso, written) => {
    expect(spx.some((row) => row.date === iso)).toBe(false);
    const latest = lastCloseBefore(spx, iso);
    const verdict = find(check(text, series), 'change_1d_pct', 'SPX').verdict;
    expect(verdict.verdict === 'unverifiable' && verdict.reason).toBe('market-closed');
    const day = parseIsoDay(iso);
    const holiday = day === null ? undefined : calendarOf('nyse').holidayOn(day)?.name;
    expect(verdict.note).toBe(`no trading on ${written} (the market was closed${holiday === undefined ? '' : ` for ${holiday}`}); the latest close before it is ${apDay(latest.date)}`);
    expect(verdict.actual).toBeNull();
  });

  it('knows a holiday after the data end from the exchange calendar', () => {
    const full = series.get('SPX');
    if (full === undefined) throw new Error('no SPX');
    const end = full.days.findIndex((d) => d > (parseIsoDay('2024-11-27') ?? 0));
    const cut: DailySeries = { ...full, days: full.days.slice(0, end), close: full.close?.slice(0, end) ?? null, adjClose: full.adjClose?.slice(0, end) ?? null };
    const verdict = find(check('The S&P 500 rose 0.4% on Thursday, Nov. 28, 2024.', new Map([['SPX', cut]])), 'change_1d_pct', 'SPX').verdict;
    expect(verdict.verdict === 'unverifiable' && verdict.reason).toBe('market-closed');
    expect(verdict.verdict === 'unverifiable' && verdict.note).toContain('Thanksgiving');
  });

  it('"on Thursday" in a Friday story after Thanksgiving is the holiday, not a silent Nov. 27 move', () => {
    const verdict = find(check('The S&P 500 rose 0.4% on Thursday.', series, '2024-11-29'), 'change_1d_pct', 'SPX').verdict;
    expect(verdict.verdict === 'unverifiable' && verdict.reason).toBe('market-closed');
  });

  it('a trading day is judged as before', () => {
    const i = at(spx, '2024-11-27');
    const move = pct(closeAt(spx, i - 1), closeAt(spx, i));
    expect(find(check('The S&P 500 fell 0.4% on Wednesday, Nov. 27, 2024.', series), 'change_1d_pct', 'SPX').verdict.verdict).toBe(verdictOf(move < 0 && roundsTo(move, 0.4, 1)));
  });
});

describe('item 15: a price return of IWO year to date', () => {
  const DAY = '2024-11-25';
  const checked = check("Vanguard's small-cap growth ETF is up 24.8% this year, and the iShares Russell 2000 Growth ETF has gained 28% in price terms.", series, DAY);

  it('is unverifiable with no actual, and the note gives the total return year to date', () => {
    const total = pct(lastCloseBefore(iwoAdj, '2024-01-01').close, closeAt(iwoAdj, at(iwoAdj, DAY)));
    const verdict = find(checked, 'ytd_pct', 'IWO').verdict;
    expect(verdict.verdict === 'unverifiable' && verdict.reason).toBe('price-return-unavailable');
    expect(verdict.actual).toBeNull();
    expect(verdict.note).toContain(`total return year to date, ${total.toFixed(2)}% on ${DAY}`);
  });
});

describe('item 16: empty input and a missing date, as the help says', () => {
  it('empty input is no claims; claims without a date ask for --date', () => {
    const empty = checkArticle('', { instruments: BUILTIN_INSTRUMENTS, series, date: null });
    expect(empty.ok && empty.report.checked.length).toBe(0);
    const undated = checkArticle('The S&P 500 rose 0.4%.', { instruments: BUILTIN_INSTRUMENTS, series, date: null });
    expect(undated.ok).toBe(false);
  });

  it('the help text says so', async () => {
    let out = '';
    const program = new Command().exitOverride().configureOutput({ writeOut: (s) => (out += s), writeErr: () => undefined });
    registerCheckCommand(program);
    await expect(program.parseAsync(['check', '--help'], { from: 'user' })).rejects.toThrow();
    const help = out.replace(/\s+/g, ' ');
    expect(help).toContain('empty input or text without claims is "no claims", also 0');
    expect(help).toContain('claims found but no article date: give --date');
    expect(help).not.toMatch(/\bno article date found\b/);
  });
});

describe('item 25: a yield move written in percent', () => {
  const DAY = '2024-11-25';
  const i = at(dgs10, DAY);
  const bp = (closeAt(dgs10, i) - closeAt(dgs10, i - 1)) * 100;

  it('keeps the verdict in percentage points and adds the basis-point style note', () => {
    const verdict = find(check('The 10-year yield fell 0.14%.', series, DAY), 'change_1d_bp', 'US10Y').verdict;
    expect(verdict.verdict).toBe(verdictOf(bp < 0 && roundsTo(bp / 100, 0.14, 2)));
    expect(verdict.note).toContain('yields move in basis points: 14 basis points (0.14 percentage point); a 0.14% fall would be a percent change of the yield');
  });

  it('no style note on a comparison written in percent', () => {
    const notes = check('The Russell 2000 is up 20.5% this year, about 5% lower than the S&P 500.', series, DAY).map((c) => c.verdict.note);
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(note).not.toContain('yields move in basis points');
  });

  it('no style note when the text says percentage point or basis points', () => {
    expect(find(check('The 10-year yield fell 0.14 percentage point.', series, DAY), 'change_1d_bp', 'US10Y').verdict.note).not.toContain('yields move in basis points');
    expect(find(check('The 10-year yield fell 14 basis points.', series, DAY), 'change_1d_bp', 'US10Y').verdict.note).not.toContain('yields move in basis points');
  });

  it('"in percentage terms" is judged as a percent change of the yield level', () => {
    const relative = pct(closeAt(dgs10, i - 1), closeAt(dgs10, i));
    const verdict = find(check('The 10-year yield fell 3.2% in percentage terms.', series, DAY), 'change_1d_pct', 'US10Y').verdict;
    expect(verdict.actual).toBeCloseTo(relative, 9);
    expect(verdict.verdict).toBe(verdictOf(relative < 0 && roundsTo(relative, 3.2, 1)));
  });
});

describe('item 26: a percent move rounded coarser than AP style', () => {
  const DAY = '2024-11-25';
  const i = at(rut, DAY);
  const move = pct(closeAt(rut, i - 1), closeAt(rut, i));
  const whole = Math.round(move);

  it('"rose N%" (whole number) holds by rounding and carries the imprecise note when the one-decimal move differs', () => {
    const verdict = find(check(`The Russell 2000 rose ${whole}%.`, series, DAY), 'change_1d_pct', 'RUT').verdict;
    expect(verdict.verdict).toBe(verdictOf(move > 0 && roundsTo(move, whole, 0)));
    const differs = oneDecimal(move) !== whole;
    expect(verdict.note.includes(`imprecise: the move was ${oneDecimal(move).toFixed(1)}%`)).toBe(differs);
  });

  it('no note at one decimal, nor for a hedged figure', () => {
    const stated = oneDecimal(move).toFixed(1);
    expect(find(check(`The Russell 2000 rose ${stated}%.`, series, DAY), 'change_1d_pct', 'RUT').verdict.note).not.toContain('imprecise');
    expect(find(check(`The Russell 2000 rose about ${whole}%.`, series, DAY), 'change_1d_pct', 'RUT').verdict.note).not.toContain('imprecise');
  });

  it('applies to period moves too', () => {
    const ytd = pct(lastCloseBefore(rut, '2024-01-01').close, closeAt(rut, i));
    const verdict = find(check(`The Russell 2000 is up ${Math.round(ytd)}% this year.`, series, DAY), 'ytd_pct', 'RUT').verdict;
    expect(verdict.note.includes('imprecise')).toBe(oneDecimal(ytd) !== Math.round(ytd));
  });
});
