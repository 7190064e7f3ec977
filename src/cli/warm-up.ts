/**
 * The work a start-up snapshot (startup-snapshot.ts) runs once while it is built: a check of a
 * sample story and a brief, both on made-up series, so that the code of the reader, the judge,
 * the statistics and the writer is already compiled when a command starts from the snapshot.
 * It reads no file, no store and no environment, and nothing it computes is kept: the caches
 * it fills are keyed by the made-up series and patterns, which no later run sees again.
 */
import { composeBriefOf } from '../api/brief.js';
import { checkText } from '../api/check.js';
import { addDays, dayFromCivil, weekdayOf, type DayNumber } from '../core/date.js';
import type { Instrument } from '../core/instrument.js';
import type { DailySeries } from '../core/series.js';
import { renderText as renderCheck, reportJson } from '../claims/index.js';
import { BUILTIN_INSTRUMENTS } from '../data/instruments.js';
import { briefJson, renderText as renderBrief } from '../narrative/index.js';

/** The sample story's day: a Wednesday. */
const SAMPLE_DAY = dayFromCivil(2021, 6, 16);

/** Sessions in each made-up series: a little over four years, so yearly and 52-week statistics have data. */
const SAMPLE_SESSIONS = 1100;

/** A made-up market story with the kinds of figures a desk writes (no real day's numbers). */
const SAMPLE_STORY = [
  'NEW YORK (AP) — Stocks drifted on Wednesday, June 16, 2021, as traders waited on the Federal Reserve.',
  'The S&P 500 fell 0.5% to 4,223.70, its third loss in four days, and is 1.1% below its record close set May 7. The Dow Jones Industrial Average slipped 265 points, or 0.8%, to 33,823.45.',
  'The Nasdaq composite gave up 0.2% and the Russell 2000 index of smaller companies rose 1.4%, its biggest gain since March 12. All three major indexes are up for the year, with the S&P 500 ahead 12.4% so far in 2021.',
  "For the week, the blue-chip Dow is down 1.9%. The tech-heavy Nasdaq has climbed 3.1% in June, on track for its best month since December, and is in a correction no longer.",
  'The yield on the 10-year Treasury rose to 1.57% from 1.50% late Tuesday, a jump of 7 basis points, its highest close since May 13. The two-year yield edged up to 0.2%.',
  "Wall Street's fear gauge, the VIX, rose 5% to 18.2. June has averaged a loss of 0.1% for the S&P 500 since 1950, and the index has risen in 55% of those Junes.",
].join('\n\n');

/** A second made-up story: records, streaks that ended, levels crossed, lows and counts, as wire copy says them. */
const SECOND_STORY = [
  'Friday, June 11, 2021',
  'The Dow, which topped 34,000 for the first time last month, closed at a record of 34,479.60, its first record close since May 7 and its 10th record this year. The S&P 500 has gained 11.8% so far this year and is up 2.3% for the week.',
  'The Nasdaq snapped a three-day winning streak, and the Russell 2000 ended a four-week losing streak that came to an end on Thursday. It was the index\'s sixth straight weekly gain, the longest run since January.',
  'The S&P 500 finished above its 50-day moving average for the first time since May 10 and above 4,200, a level it first crossed in April. It has risen in 12 of the past 15 sessions and has not fallen 1% in a day since May 12.',
  'The 10-year yield, which hit a one-year high of 1.74% in March, fell to 1.45% from 1.49% late Thursday, down 4 basis points on the day and 11 basis points this week.',
  'Since its lowest close of the year on March 8, the Nasdaq has climbed 13%. The index is 1.2% shy of its Feb. 12 record close, a day when it rose 0.5%.',
  "Stocks are up in 8 of the last 10 Junes; since 1950, June has been the S&P 500's third-worst month, and the index's biggest weekly gain in June came in 2000.",
].join('\n\n');

/** A made-up series of `instrument` ending on `last`: weekdays only, a smooth walk around a level of its kind. */
function sampleSeries(instrument: Instrument, last: DayNumber, index: number): DailySeries {
  const days: number[] = [];
  for (let day = last; days.length < SAMPLE_SESSIONS; day = addDays(day, -1)) {
    const weekday = weekdayOf(day);
    if (weekday !== 0 && weekday !== 6) days.push(day);
  }
  days.reverse();
  const level = instrument.kind === 'yield' ? 1.5 : instrument.kind === 'volatility' ? 20 : 1000 * (index + 1);
  const close = Float64Array.from(days, (_, k) => level * (1 + 0.1 * Math.sin(k / 37 + index) + 0.02 * Math.sin(k * 1.7 + index * 3)));
  return { instrument, days: Int32Array.from(days), close, adjClose: close };
}

/** Checks the sample stories and writes a brief, on made-up series of every built-in instrument. */
export async function warmUp(): Promise<void> {
  const series = BUILTIN_INSTRUMENTS.map((instrument, k) => sampleSeries(instrument, SAMPLE_DAY, k));
  const bySymbol = new Map<string, DailySeries>(series.map((one) => [one.instrument.symbol, one]));
  const load = (symbols: readonly string[]): Promise<Map<string, DailySeries>> => {
    const loaded = new Map<string, DailySeries>();
    for (const symbol of symbols) {
      const one = bySymbol.get(symbol);
      if (one !== undefined) loaded.set(symbol, one);
    }
    return Promise.resolve(loaded);
  };
  for (const story of [SAMPLE_STORY, SECOND_STORY]) {
    const report = await checkText(story, undefined, BUILTIN_INSTRUMENTS, load);
    reportJson(report, 'sample');
    renderCheck(story, report);
  }
  const brief = composeBriefOf(series, { date: '2021-06-16' }, 'sample');
  briefJson(brief);
  renderBrief(brief, false);
}
