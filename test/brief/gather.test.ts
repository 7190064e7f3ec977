/** Gathering the detectors' inputs: dates covered or not, month ends, snapshot levels. */
import { describe, expect, it } from 'vitest';
import { formatIsoDay } from '../../src/core/date.js';
import { gatherFactInputs, isMonthEnding, parseSnapshotLevel, withSnapshotLevel } from '../../src/facts/index.js';
import { renderText, writeBrief } from '../../src/narrative/index.js';
import { loadShippedSeries, readShippedRows } from '../helpers/shipped-series.js';
import { isoDay, makeSeries } from '../helpers/synthetic-series.js';

describe('isMonthEnding: the last five weekdays of a month', () => {
  it.each([
    ['2024-11-25', true],
    ['2024-11-22', false],
    ['2024-11-29', true],
    ['2024-12-31', true],
    ['2024-02-23', true],
    ['2024-02-22', false],
    ['2024-11-30', true],
    ['2024-11-01', false],
  ])('%s -> %s', (date, expected) => {
    expect(isMonthEnding(isoDay(date))).toBe(expected);
  });
});

describe('gatherFactInputs', () => {
  it('nothing to gather: no instruments, nothing unbriefed', () => {
    expect(gatherFactInputs([], { date: isoDay('2024-11-25') })).toMatchObject({ instruments: [], unbriefed: [], benchmark: 'SPX' });
  });

  it('a date before the data begin, and after they end, leaves the instrument out with its range', () => {
    const rut = loadShippedSeries('RUT');
    const before = gatherFactInputs([rut], { date: isoDay('1980-01-02') });
    expect(before.unbriefed).toEqual([{ symbol: 'RUT', storyName: 'the Russell 2000', isFund: false, reason: 'starts-after', firstDate: '1987-09-10', lastDate: '2026-02-23' }]);
    const after = gatherFactInputs([rut], { date: isoDay('2026-02-24') });
    expect(after.unbriefed[0]?.reason).toBe('ends-before');
    expect(after.instruments).toEqual([]);
  });

  it('an instrument without an observation on the date uses its last one before and the brief says why', () => {
    // Columbus Day: stocks traded, FRED has no 10-year yield.
    const tsy = readShippedRows('DGS10.fred.csv');
    const spx = readShippedRows('GSPC.yahoo.csv');
    const date = '2024-10-14';
    expect(tsy.some((r) => r.date === date)).toBe(false);
    expect(spx.some((r) => r.date === date)).toBe(true);
    const prior = tsy.filter((r) => r.date < date).pop();
    const series = [loadShippedSeries('SPX'), loadShippedSeries('US10Y')];
    const inputs = gatherFactInputs(series, { date: isoDay(date) });
    expect(inputs.instruments.map((i) => i.snapshot.date)).toEqual([date, prior?.date]);
    // The calendar names the bond market's holiday: the story says why in a sentence, so no note repeats the earlier date.
    const text = renderText(writeBrief(series, { date: isoDay(date) }));
    expect(text).toContain(`The bond market was closed on Monday for Columbus Day; the yield on the 10-year Treasury last closed at ${prior?.close.toFixed(2) ?? ''}%`);
    expect(text).not.toContain(`US10Y has no observation on ${date}`);
  });

  it('the coming month\'s seasonality only near a month end, and only for indexes', () => {
    const series = [loadShippedSeries('RUT'), loadShippedSeries('US10Y'), loadShippedSeries('VBK')];
    const end = gatherFactInputs(series, { date: isoDay('2024-12-27') });
    expect(end.instruments.map((i) => i.comingMonth?.month ?? null)).toEqual([1, null, null]);
    expect(end.instruments[0]?.comingMonth?.last_year).toBe(2024);
    const first = gatherFactInputs([loadShippedSeries('RUT')], { date: isoDay('1987-09-28') });
    expect(first.instruments[0]?.comingMonth).toBeNull();
    const mid = gatherFactInputs(series, { date: isoDay('2024-12-13') });
    expect(mid.instruments.every((i) => i.comingMonth === null)).toBe(true);
  });
});

describe('snapshot levels', () => {
  it('parses SYMBOL=VALUE[@HH:MM]', () => {
    expect(parseSnapshotLevel('us10y=4.27@15:00')).toEqual({ symbol: 'US10Y', value: 4.27, minutes: 900 });
    expect(parseSnapshotLevel(' SPX=6001.35 ')).toEqual({ symbol: 'SPX', value: 6001.35, minutes: null });
    expect(parseSnapshotLevel('RUT=2400@9:30')).toEqual({ symbol: 'RUT', value: 2400, minutes: 570 });
    for (const bad of ['US10Y', 'US10Y=', '=4', 'US10Y=4.27@15', 'US10Y=4.27@24:00', 'US10Y=0', 'US10Y=-1']) expect(() => parseSnapshotLevel(bad)).toThrow('--snapshot');
  });

  it('cuts the series before the date and appends the level; adjusted closes scaled by the last ratio', () => {
    const series = { ...makeSeries([100, 102, 101, 103], { start: '2024-11-18' }), adjClose: Float64Array.from([98, 99.96, 98.98, 100.94]) };
    // A snapshot is for a day the data do not hold yet: the day after the last close.
    const day = isoDay('2024-11-22');
    const out = withSnapshotLevel(series, day, 104);
    expect(Array.from(out.days, (d) => formatIsoDay(d as never))).toEqual(['2024-11-18', '2024-11-19', '2024-11-20', '2024-11-21', '2024-11-22']);
    expect(Array.from(out.close ?? [])).toEqual([100, 102, 101, 103, 104]);
    expect(out.adjClose?.[4]).toBeCloseTo(104 * (100.94 / 103), 10);
    const later = withSnapshotLevel(series, isoDay('2024-11-25'), 104);
    expect(later.days.length).toBe(5);
    expect(() => withSnapshotLevel(series, isoDay('2024-11-18'), 100)).toThrow('no close before');
    expect(() => withSnapshotLevel(makeSeries([1, 2], { adjustedOnly: true }), isoDay('2030-01-01'), 3)).toThrow('only adjusted closes');
  });

  it('a snapshot makes every fact of its instrument preliminary, computed against the prior close', () => {
    // The day after the 10-year's last close, while the S&P 500 has that day's close.
    const tsyRows = readShippedRows('DGS10.fred.csv');
    const last = tsyRows[tsyRows.length - 1];
    const spxRows = readShippedRows('GSPC.yahoo.csv');
    const next = spxRows.find((r) => r.date > (last?.date ?? ''));
    if (last === undefined || next === undefined) throw new Error('the S&P 500 data must run past the 10-year yield data');
    const level = Math.round((last.close - 0.14) * 100) / 100;
    const series = [loadShippedSeries('US10Y'), loadShippedSeries('SPX')];
    const snapshots = new Map([['US10Y', { value: level, minutes: 900 }]]);
    const inputs = gatherFactInputs(series, { date: isoDay(next.date), snapshots });
    const tsy = inputs.instruments[0];
    expect(tsy?.preliminary).toEqual({ value: level, minutes: 900 });
    expect(tsy?.snapshot.prev_date).toBe(last.date);
    expect(tsy?.snapshot.change_1d_bp).toBeCloseTo(-14, 6);
    expect(inputs.instruments[1]?.preliminary).toBeNull();
  });
});
