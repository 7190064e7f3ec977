import { describe, expect, it } from 'vitest';
import type { DayNumber } from '../../core/date.js';
import { makeSeries } from '../../../test/helpers/synthetic-series.js';
import { buildStatsIndex } from '../stats-index.js';
import { bullRun, episodeOnDate, reboundFromLow } from './episode-detail.js';

// Peak 100; correction at 90; bear at 80; low 70; new bull at 84 (70 * 1.2); record 101; correction at 90.
const closes = [100, 95, 90, 80, 70, 75, 84, 95, 101, 90, 92];
const index = buildStatsIndex(makeSeries(closes, { start: '2024-01-01' }));
const at = (i: number): DayNumber => (index.days[i] ?? 0) as DayNumber;

describe('episodeOnDate', () => {
  it('none before the first correction', () => {
    expect(episodeOnDate(index, at(1))).toBeNull();
  });

  it('inside a bear market: its start, bear start and lowest close so far', () => {
    expect(episodeOnDate(index, at(3))).toMatchObject({ kind: 'bear', ongoing: true, start_date: '2024-01-03', bear_start_date: '2024-01-04', low_close: 80, sessions: 1 });
  });

  it('after it ended: the whole episode with its end', () => {
    const episode = episodeOnDate(index, at(7));
    expect(episode).toMatchObject({ kind: 'bear', ongoing: false, low_close: 70, end_date: '2024-01-09', sessions: 4 });
    expect(episode?.low_pct).toBeCloseTo(-30, 12);
  });

  it('a later correction is its own episode', () => {
    expect(episodeOnDate(index, at(10))).toMatchObject({ kind: 'correction', ongoing: true, peak_close: 101, start_date: '2024-01-12', low_close: 90 });
  });
});

describe('reboundFromLow and bullRun', () => {
  it('the first close N% above the low so far', () => {
    expect(reboundFromLow(index, at(7), 20)).toMatchObject({ date: '2024-01-09', close: 84, low_close: 70 });
    expect(reboundFromLow(index, at(5), 20)).toBeNull();
    expect(reboundFromLow(index, at(1), 5)).toBeNull();
  });

  it('from the bear market low to the peak; from the data start without a bear market', () => {
    expect(bullRun(index, at(10))).toMatchObject({ low_date: '2024-01-05', from_close: 70, peak_close: 101, ongoing: true, sessions: 4 });
    expect(bullRun(index, at(4))).toMatchObject({ low_date: null, from_date: '2024-01-01', peak_close: 100, ongoing: false, sessions: 0 });
    expect(bullRun(index, at(1))).toMatchObject({ low_date: null, peak_close: 100, ongoing: true });
  });
});
