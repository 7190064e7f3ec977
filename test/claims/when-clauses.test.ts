/**
 * Reading "when" and "what" in a by-the-numbers list: a figure in a "when" clause after a
 * date is that day's ("since Aug. 5, a day when it gave up 1,033 points"), "gave up" is a
 * fall, "ended N points lower at L" is a move and a level, a weekday inside a date ("Monday,
 * Nov. 25, 2024") moves nothing, intraday words elsewhere in the sentence are a doubt, and a
 * statistic the engine does not compute ("50-day moving average") is `not-computed`; "over
 * the last two trading days" is the move from the close two sessions back, and "off X% from
 * its 52-week high of L" the distance and the level. Expected values from CSV scans.
 */
import { describe, expect, it } from 'vitest';
import { article, at, check, closeAt, find, pct, roundsTo, rowsOf, verdictOf } from './scan.js';

const checked = check(article('by-the-numbers.txt'));
const rows = { DJI: rowsOf('DJI.yahoo.csv'), SPX: rowsOf('GSPC.yahoo.csv'), IXIC: rowsOf('IXIC.yahoo.csv'), RUT: rowsOf('RUT.yahoo.csv') };
const dayMove = (symbol: keyof typeof rows, date: string): { points: number; percent: number } => {
  const r = rows[symbol];
  const i = at(r, date);
  return { points: closeAt(r, i) - closeAt(r, i - 1), percent: pct(closeAt(r, i - 1), closeAt(r, i)) };
};

describe('a by-the-numbers list (Dec. 18, 2024)', () => {
  it('reads "ended N points lower at L" as a point fall and a close', () => {
    const move = dayMove('DJI', '2024-12-18');
    const claim = find(checked, 'change_1d', 'DJI', '1,123.03');
    expect(claim.claim.stated.type === 'number' && claim.claim.stated.value).toBe(-1123.03);
    expect(claim.verdict.verdict).toBe(verdictOf(Math.abs(move.points + 1123.03) <= 0.305));
  });

  it('reads "gave up" as a fall', () => {
    const move = dayMove('SPX', '2024-12-18');
    const claim = find(checked, 'change_1d_pct', 'SPX', '2.95');
    expect(claim.claim.stated.type === 'number' && claim.claim.stated.value).toBe(-2.95);
    expect(claim.verdict.verdict).toBe(verdictOf(roundsTo(move.percent, -2.95, 2)));
  });

  it('judges a figure in a "when" clause on the date before it, and says so', () => {
    const dow = find(checked, 'change_1d', 'DJI', '1,033');
    expect(dow.claim.reading.date).toEqual({ from: 'date', text: 'Aug. 5' });
    expect(dow.verdict.verdict).toBe(verdictOf(Math.trunc(dayMove('DJI', '2024-08-05').points) === -1033));
    const spx = find(checked, 'change_1d_pct', 'SPX', 'lost 3 percent');
    expect(spx.verdict.verdict).toBe(verdictOf(roundsTo(dayMove('SPX', '2024-08-05').percent, -3, 0)));
    const rut = find(checked, 'change_1d_pct', 'RUT', '4.7');
    expect(rut.verdict.verdict).toBe(verdictOf(roundsTo(dayMove('RUT', '2022-06-16').percent, -4.7, 1)));
  });

  it('makes the other figures of a sentence with intraday words unclear, not wrong', () => {
    const claim = find(checked, 'change_1d_pct', 'IXIC', '3.46');
    expect(roundsTo(dayMove('IXIC', '2024-07-24').percent, -3.46, 2)).toBe(false);
    expect(claim.verdict.verdict === 'unverifiable' && claim.verdict.reason).toBe('unclear');
    expect(claim.verdict.note).toContain('"during the session"');
  });

  it('calls figures about statistics it does not compute not-computed, naming them', () => {
    const reasons = checked.filter((c) => c.verdict.verdict === 'unverifiable' && c.verdict.reason === 'not-computed').map((c) => c.verdict.note);
    expect(reasons.some((n) => n.includes('moving average'))).toBe(true);
    // "over the last two trading days" is computed: the close two sessions back is the base.
    const rut = rows.RUT;
    const end = at(rut, '2024-12-18');
    const twoDays = find(checked, 'pct_since', 'RUT', '6.1');
    expect(twoDays.verdict.verdict).toBe(verdictOf(roundsTo(pct(closeAt(rut, end - 2), closeAt(rut, end)), -6.1, 1)));
  });

  it('reads the 52-week high and the distance from it, judged against the highest close of the 364 days', () => {
    const rut = rows.RUT;
    const end = at(rut, '2024-12-18');
    const endDay = Date.parse('2024-12-18T00:00:00Z');
    let high = 0;
    for (const row of rut) if (row.date <= '2024-12-18' && endDay - Date.parse(`${row.date}T00:00:00Z`) <= 364 * 86_400_000) high = Math.max(high, row.close);
    expect(find(checked, 'high_52w', 'RUT').verdict.verdict).toBe(verdictOf(Math.abs(high - 2442.03) <= 0.305));
    const off = -pct(high, closeAt(rut, end));
    expect(find(checked, 'from_high_52w', 'RUT').verdict.verdict).toBe(verdictOf(roundsTo(off, 7.5, 1)));
  });

  it('does not take the weekday of a written date for the day of the figure', () => {
    for (const c of checked) expect(c.claim.reading.date.from === 'weekday' && c.claim.reading.date.text?.includes('Monday')).toBe(false);
  });
});
