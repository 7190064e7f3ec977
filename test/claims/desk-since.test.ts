/**
 * "The first time since" and "the record it set": the market named as a subject ("Wall Street",
 * "stocks"), read as the S&P 500 with a doubt; superlatives only a fall has ("its poorest
 * showing since"); an event's year after "since" ("since the crash of 1987"); the close on one
 * side of its moving average for the first time since a date; the first streak as long since
 * a date; a record for the first time since a month; and when the standing record was set.
 * Expected values are plain scans of the shipped CSV rows.
 */
import { describe, expect, it } from 'vitest';
import { at, biggestSince, check, closeAt, find, rowsOf, streakAt } from './scan.js';
import type { ShippedRow } from '../helpers/shipped-series.js';

const spx = rowsOf('GSPC.yahoo.csv');
const dji = rowsOf('DJI.yahoo.csv');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthName = (iso: string): string => MONTHS[Number(iso.slice(5, 7)) - 1] ?? '';
const apDay = (iso: string): string => `${monthName(iso)} ${Number(iso.slice(8, 10))}, ${iso.slice(0, 4)}`;

/** The first date in `year` ending a losing streak of exactly `length` sessions. */
function streakEnd(rows: readonly ShippedRow[], year: string, length: number): number {
  const i = rows.findIndex((row, k) => k > length && row.date.startsWith(year) && streakAt(rows, k) === -length && streakAt(rows, k + 1) > 0);
  if (i < 0) throw new Error(`no ${length}-day losing streak in ${year}`);
  return i;
}

/** Simple moving average of the `window` closes ending at i (NaN before the window fills). */
function sma(rows: readonly ShippedRow[], i: number, window: number): number {
  if (i < window - 1) return Number.NaN;
  let sum = 0;
  for (let j = i - window + 1; j <= i; j++) sum += closeAt(rows, j);
  return sum / window;
}

describe('the market as a subject', () => {
  const i = streakEnd(spx, '2024', 4);
  const date = spx[i]?.date ?? '';

  it('is read as the S&P 500: a true streak holds, a wrong one is only unclear', () => {
    const story = (n: string): string => `Wall Street's fear gauge jumped as stocks fell for a ${n} straight session.`;
    expect(find(check(story('fourth'), undefined, date), 'streak_days', 'SPX').verdict.verdict).toBe('supported');
    const wrong = find(check(story('seventh'), undefined, date), 'streak_days', 'SPX');
    expect(wrong.verdict.verdict === 'unverifiable' && wrong.verdict.reason).toBe('unclear');
    expect(wrong.claim.reading.doubts.join(' ')).toContain('read as');
  });

  it('is no subject where it is a place or an owner', () => {
    const checked = check('The Russell 2000 gained on Wall Street, and most of Wall Street\'s big names rose 1%.', undefined, date);
    expect(checked.every((c) => c.claim.symbol !== 'SPX')).toBe(true);
  });
});

describe('superlatives of a fall and the year of an event', () => {
  const date = '2018-10-10';
  const since = biggestSince(dji, date, false) ?? '';

  it('"its poorest showing since D" is the biggest drop since D', () => {
    const text = `The Dow closed sharply lower, its poorest showing since ${apDay(since)}.`;
    expect(find(check(text, undefined, date), 'biggest_1d_since', 'DJI').verdict.verdict).toBe('supported');
    const wrongDay = `${since.slice(0, 4)}-${since.slice(5, 7) === '01' ? '06' : '01'}-15`;
    expect(find(check(`The Dow closed sharply lower, its poorest showing since ${apDay(wrongDay)}.`, undefined, date), 'biggest_1d_since', 'DJI').verdict.verdict).toBe('contradicted');
  });

  it('"when it gave up X%" refers back to the index, not to a subject "when it gave"', () => {
    const k = at(dji, since);
    const move = ((closeAt(dji, k) / closeAt(dji, k - 1) - 1) * 100).toFixed(1);
    const claim = find(check(`The Dow slid, its poorest showing since ${apDay(since)}, when it gave up ${move.replace('-', '')}%.`, undefined, date), 'change_1d_pct', 'DJI', 'gave up');
    expect(claim.verdict.verdict).toBe('supported');
  });

  it('"since the crash of YYYY" names the year of the event', () => {
    const crashDay = '2020-03-16';
    const year = (biggestSince(spx, crashDay, false) ?? '').slice(0, 4);
    const text = (y: string): string => `The S&P 500 had its worst day since the stock market crash of ${y}.`;
    expect(find(check(text(year), undefined, crashDay), 'biggest_1d_since', 'SPX').verdict.verdict).toBe('supported');
    expect(find(check(text(String(Number(year) + 3)), undefined, crashDay), 'biggest_1d_since', 'SPX').verdict.verdict).toBe('contradicted');
  });
});

describe('the first time on one side of a moving average', () => {
  // The first close of 2018 under the 100-day average after at least 20 closes above it.
  const window = 100;
  const below = (k: number): boolean => closeAt(spx, k) < sma(spx, k, window);
  const i = spx.findIndex((row, k) => row.date >= '2018-03-01' && below(k) && !below(k - 1) && !below(k - 20));
  const date = spx[i]?.date ?? '';
  let previous = i - 1;
  while (previous >= 0 && !below(previous)) previous--;
  const last = spx[previous]?.date ?? '';

  it('the last earlier close on that side holds; another date is caught', () => {
    const text = (d: string): string => `The S&P 500 finished beneath its ${window}-day moving average for the first time since ${apDay(d)}.`;
    expect(find(check(text(last), undefined, date), 'ma_side_since', 'SPX').verdict.verdict).toBe('supported');
    expect(find(check(text('2015-06-01'), undefined, date), 'ma_side_since', 'SPX').verdict.verdict).toBe('contradicted');
  });

  it('the wrong side is caught', () => {
    const checked = check(`The S&P 500 closed above its ${window}-day moving average for the first time since ${apDay(last)}.`, undefined, date);
    expect(find(checked, 'ma_side_since', 'SPX').verdict.verdict).toBe('contradicted');
  });
});

describe('the first streak as long since', () => {
  const i = streakEnd(spx, '2022', 5);
  const date = spx[i]?.date ?? '';
  // The last earlier losing streak of five sessions or more, by its last day.
  let j = i - 5;
  while (j > 5 && streakAt(spx, j) > -5) j--;
  const endOfEarlier = spx[j]?.date ?? '';
  const story = (iso: string): string => `The S&P 500 logged its first five-day losing streak since ${monthName(iso)} ${iso.slice(0, 4)}.`;

  it('the month of the last streak as long holds; another is caught', () => {
    expect(find(check(story(endOfEarlier), undefined, date), 'streak_since', 'SPX').verdict.verdict).toBe('supported');
    const other = `${Number(endOfEarlier.slice(0, 4)) - 2}-${endOfEarlier.slice(5)}`;
    expect(find(check(story(other), undefined, date), 'streak_since', 'SPX').verdict.verdict).toBe('contradicted');
  });
});

describe('when the record was set', () => {
  // A day of 2022 well below the record set early that year.
  const date = '2022-03-07';
  let record = spx[0];
  for (const row of spx) if (row.date <= date && (record === undefined || row.close > record.close)) record = row;
  const recordDate = record?.date ?? '';

  it('a month or a part of it holds when the record falls in it; another month is caught', () => {
    const month = monthName(recordDate);
    expect(find(check(`The S&P 500 fell 3%, leaving it well below its ${month} peak.`, undefined, date), 'record_set_in', 'SPX').verdict.verdict).toBe('supported');
    const other = MONTHS[(Number(recordDate.slice(5, 7)) + 5) % 12] ?? '';
    expect(find(check(`The S&P 500 fell 3%, leaving it well below its ${other} peak.`, undefined, date), 'record_set_in', 'SPX').verdict.verdict).toBe('contradicted');
    const part = Number(recordDate.slice(8, 10)) <= 10 ? 'early' : Number(recordDate.slice(8, 10)) <= 20 ? 'mid' : 'late';
    expect(find(check(`The S&P 500 is down from the all-time high it set in ${part} ${month}.`, undefined, date), 'record_set_in', 'SPX').verdict.verdict).toBe('supported');
  });

  it('a loose window that misses is unclear, not wrong', () => {
    const claim = find(check('The S&P 500 is down from the record it set less than a week ago.', undefined, date), 'record_set_in', 'SPX');
    expect(claim.verdict.verdict === 'unverifiable' && claim.verdict.reason).toBe('unclear');
  });

  it('a record for the first time since a month: the record before it', () => {
    // The first record close of 2021 that comes more than 25 sessions after the one before.
    let best = 0;
    let bestAt = -1;
    let found: { date: string; prior: string } | null = null;
    for (let k = 0; k < dji.length && found === null; k++) {
      const close = closeAt(dji, k);
      if (close > best) {
        if (dji[k]?.date.startsWith('2021') === true && bestAt >= 0 && k - bestAt > 25) found = { date: dji[k]?.date ?? '', prior: dji[bestAt]?.date ?? '' };
        best = close;
        bestAt = k;
      }
    }
    if (found === null) throw new Error('no late record in 2021');
    const text = (iso: string): string => `The Dow closed at a record for the first time since ${monthName(iso)}.`;
    expect(at(dji, found.date)).toBeGreaterThan(0);
    expect(find(check(text(found.prior), undefined, found.date), 'prior_record_date', 'DJI').verdict.verdict).toBe('supported');
  });
});

describe('drawdown words', () => {
  /** Percent below the highest close on or before `date`. */
  const below = (rows: readonly ShippedRow[], date: string): number => {
    let best = Number.NEGATIVE_INFINITY;
    let close = Number.NaN;
    for (const row of rows) {
      if (row.date > date) break;
      best = Math.max(best, row.close);
      close = row.close;
    }
    return (1 - close / best) * 100;
  };
  const ixic = rowsOf('IXIC.yahoo.csv');

  it('"putting it in a bear market" is the state, its span takes in the words', () => {
    const date = '2022-03-07';
    const state = below(ixic, date) >= 20 ? 'supported' : 'contradicted';
    const claim = find(check('The Nasdaq slid again, putting it in a bear market.', undefined, date), 'drawdown_state', 'IXIC');
    expect(claim.claim.text.startsWith('putting it in')).toBe(true);
    expect(claim.verdict.verdict).toBe(state);
  });

  it('"beyond the 20% threshold for a bear market" is the state, never a level of the index', () => {
    const date = '2020-03-12';
    const checked = check('The S&P 500 sank again. That is far beyond the 20% threshold for a bear market.', undefined, date);
    expect(checked.some((c) => c.claim.metric === 'close')).toBe(false);
    expect(find(checked, 'drawdown_state', 'SPX').verdict.verdict).toBe(below(spx, date) >= 20 ? 'supported' : 'contradicted');
  });
});

describe('"since" a move named with its day, and a direction with a cause after it', () => {
  it('"its steepest loss since its 9% plunge on D": the biggest drop since D, and the figure is D\'s move', () => {
    const date = '2020-03-12';
    const since = biggestSince(spx, date, false) ?? '';
    const k = at(spx, since);
    const move = Math.abs((closeAt(spx, k) / closeAt(spx, k - 1) - 1) * 100);
    const checked = check(`The S&P 500 tumbled, its steepest loss since its nearly ${Math.ceil(move)}% plunge on ${apDay(since)}.`, undefined, date);
    expect(find(checked, 'biggest_1d_since', 'SPX').verdict.verdict).toBe('supported');
    const figure = find(checked, 'change_1d_pct', 'SPX', 'nearly');
    expect(figure.claim.day).not.toBe(find(checked, 'biggest_1d_since', 'SPX').claim.day);
    expect(figure.verdict.verdict).toBe('supported');
  });

  it('"its biggest one-day decline since a matching one on D" (a tie) is the biggest drop since D: supported on D, caught on another day', () => {
    const date = '2020-03-12';
    const since = biggestSince(spx, date, false) ?? '';
    const story = (day: string): string => `The S&P 500 sank on Thursday, its biggest one-day decline since a matching one on ${apDay(day)}.`;
    expect(find(check(story(since), undefined, date), 'biggest_1d_since', 'SPX').verdict.verdict).toBe('supported');
    const other = spx[at(spx, since) - 30]?.date ?? '';
    expect(find(check(story(other), undefined, date), 'biggest_1d_since', 'SPX').verdict.verdict).toBe('contradicted');
  });

  it('"pushing yields higher as investors pulled money out of safer holdings" is the day\'s direction', () => {
    const dgs10 = rowsOf('DGS10.fred.csv');
    const i = at(dgs10, '2019-11-15');
    const up = closeAt(dgs10, i) > closeAt(dgs10, i - 1);
    const claim = find(check(`Bonds slipped on Friday, pushing yields ${up ? 'higher' : 'lower'} as investors pulled money out of safer holdings.`, undefined, '2019-11-15'), 'direction_1d', 'US10Y');
    expect(claim.verdict.verdict).toBe('supported');
  });
});

describe('a record set on a day, and a window after a level', () => {
  it('"below the record it set on Aug. 31" is the day of the standing record', () => {
    const rut = rowsOf('RUT.yahoo.csv');
    const date = '2018-10-10';
    let best = rut[0];
    for (const row of rut) if (row.date <= date && (best === undefined || row.close > best.close)) best = row;
    const iso = best?.date ?? '';
    const short = (d: string): string => `${['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'][Number(d.slice(5, 7)) - 1] ?? ''} ${Number(d.slice(8, 10))}`;
    expect(find(check(`The Russell 2000 ended below the record it set on ${short(iso)}.`, undefined, date), 'record_set_in', 'RUT').verdict.verdict).toBe('supported');
    const other = `${iso.slice(0, 8)}${iso.slice(8, 10) === '05' ? '12' : '05'}`;
    expect(find(check(`The Russell 2000 ended below the record it set on ${short(other)}.`, undefined, date), 'record_set_in', 'RUT').verdict.verdict).toBe('contradicted');
  });

  it('"finished 12% lower at L, its worst day ever": the window qualifies the move, not the level', () => {
    const checked = check('The Nasdaq Composite finished 12.3% lower at 6,904.59, its worst day ever.', undefined, '2020-03-16');
    expect(checked.some((c) => c.claim.metric === 'biggest_1d_in_window' && c.claim.symbol === 'IXIC')).toBe(true);
  });
});

describe('an event named with its month, and more verbs of a move', () => {
  it('"since the October 1987 crash" is that month', () => {
    const date = '2008-09-29';
    const since = biggestSince(spx, date, false) ?? '';
    const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][Number(since.slice(5, 7)) - 1] ?? '';
    const text = (m: string, y: string): string => `The S&P 500 had its biggest daily percentage decline since the ${m} ${y} crash.`;
    expect(find(check(text(month, since.slice(0, 4)), undefined, date), 'biggest_1d_since', 'SPX').verdict.verdict).toBe('supported');
    expect(find(check(text(month, String(Number(since.slice(0, 4)) + 5)), undefined, date), 'biggest_1d_since', 'SPX').verdict.verdict).toBe('contradicted');
  });

  it('"spiked N percent" is a rise', () => {
    const vix = rowsOf('VIX.yahoo.csv');
    const i = at(vix, '2018-10-10');
    const move = ((closeAt(vix, i) / closeAt(vix, i - 1) - 1) * 100).toFixed(1);
    const claim = find(check(`The VIX spiked ${move} percent.`, undefined, '2018-10-10'), 'change_1d_pct', 'VIX');
    expect(claim.claim.stated.type === 'number' && claim.claim.stated.signed).toBe(true);
    expect(claim.verdict.verdict).toBe('supported');
  });
});
