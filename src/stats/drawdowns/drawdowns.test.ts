import { describe, expect, it } from 'vitest';
import { isoDay, makeSeries } from '../../../test/helpers/synthetic-series.js';
import { loadShippedSeries } from '../../../test/helpers/shipped-series.js';
import { drawdownEpisodes, previousDrawdownEpisode } from './drawdown-episodes.js';
import { statsOn } from '../snapshot/snapshot.js';
import { buildStatsIndex } from '../stats-index.js';

describe('drawdown state machine on a hand-built path', () => {
  // peak 100, correction at 90, bear at 80, low 70, bull at 84 (70 * 1.2), correction from 84 at 75.6.
  const closes = [100, 95, 90, 92, 80, 70, 80, 84, 83, 75.6, 85];
  const index = buildStatsIndex(makeSeries(closes, { start: '2024-01-01' }));
  const states = closes.map((_, i) => statsOn(index, (index.days[i] ?? 0) as never).drawdown_state);

  it('enters a correction at 10%, a bear at 20%, and a bull market 20% above the low', () => {
    expect(states).toEqual(['none', 'none', 'correction', 'correction', 'bear', 'bear', 'bear', 'none', 'none', 'correction', 'none']);
    const bull = statsOn(index, (index.days[8] ?? 0) as never);
    expect(bull.drawdown_peak_close).toBe(84);
    expect(bull.pct_from_record).toBeCloseTo(-17, 9);
  });

  it('lists episodes and the one before the current', () => {
    const episodes = drawdownEpisodes(index);
    expect(episodes.map((e) => [e.kind, e.peak_close, e.trough_close, e.end_date === null])).toEqual([
      ['bear', 100, 70, false],
      ['correction', 84, 75.6, false],
    ]);
    expect(episodes[0]?.depth_pct).toBeCloseTo(-30, 9);
    expect(previousDrawdownEpisode(index, (index.days[9] ?? 0) as never)?.kind).toBe('bear');
    expect(previousDrawdownEpisode(index, (index.days[10] ?? 0) as never)).toBeNull();
  });

  it('on the S&P 500: the 2022 bear market and the 2023 correction that followed it', () => {
    const spx = buildStatsIndex(loadShippedSeries('SPX'));
    const episodes = drawdownEpisodes(spx).filter((e) => e.start_date >= '2022' && e.start_date < '2024');
    expect(episodes.map((e) => e.kind)).toEqual(['bear', 'correction']);
    expect(episodes[0]?.trough_date).toBe('2022-10-12');
    expect(episodes[1]?.peak_date).toBe('2023-07-31');
    expect(previousDrawdownEpisode(spx, isoDay('2023-10-27'))?.kind).toBe('bear');
  });
});
