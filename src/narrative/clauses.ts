/**
 * Fact -> words: the clause or sentence each fact kind becomes. Clauses are lower case and
 * follow a subject ("its sixth straight gain"); sentence functions take the subject chosen
 * by the Namer. Only rounding for display happens here.
 */
import type { Instrument } from '../core/instrument.js';
import type {
  BiggestMoveFact,
  DayMoveFact,
  DrawdownChangeFact,
  DrawdownStandingFact,
  ExtremeSinceFact,
  FiftyTwoWeekFact,
  LatestRecordFact,
  MilestoneFact,
  NearRecordFact,
  RecordCloseFact,
  StreakFact,
} from '../facts/fact.js';
import { DRAWDOWN_LINES } from '../facts/index.js';
import { formatApTime, formatCount, formatNumber, formatOrdinal, indefiniteArticle } from './ap-style.js';
import { dateText, dayOfIso, direction, inDataText, isFlat, isTie, levelText, moveNoun, moveText, monthText, pastVerb, percentText, pointsText, sinceDateText, type DataReach } from './phrases.js';

/** The level of a day-move, with "at 3 p.m. (preliminary)" for a stated snapshot. */
export function dayLevel(instrument: Instrument, fact: DayMoveFact, isRecord: boolean): string {
  const level = `${isRecord ? 'a record ' : ''}${levelText(instrument, fact.close)}`;
  if (!fact.preliminary) return level;
  return fact.snapshotMinutes === null ? `${level} (preliminary)` : `${level} at ${formatApTime(fact.snapshotMinutes)} (preliminary)`;
}

/** True for instruments whose moves a story gives in points as well as percent: indexes quoted in points. */
export function isQuotedInPoints(instrument: Pick<Instrument, 'kind' | 'unit'>): boolean {
  return instrument.kind === 'index' && instrument.unit === 'points';
}

/**
 * The verb phrase of the day's move: an index in points and percent, `fell 2,997 points, or
 * 12.9%, to 20,188.52` (AP style); others `rose 4.2% to 14.60`; yields `fell 14 basis points to
 * 4.27% from 4.41%`.
 */
export function dayMovePhrase(instrument: Instrument, fact: DayMoveFact, isRecord: boolean): string {
  const level = dayLevel(instrument, fact, isRecord);
  if (isFlat(fact.move, fact.unit)) return `was ${fact.move === 0 ? 'unchanged' : 'little changed'} at ${level}`;
  if (fact.unit === 'bp') return `${pastVerb(fact.move)} ${moveText(fact.move, fact.unit)} to ${level} from ${levelText(instrument, fact.prevClose)}`;
  if (isQuotedInPoints(instrument)) return `${pastVerb(fact.move)} ${pointsText(fact.changePoints)}, or ${percentText(fact.move)}, to ${level}`;
  return `${pastVerb(fact.move)} ${percentText(fact.move)} to ${level}`;
}

/**
 * `its first record close since Nov. 8, 2021`, or with `withCount` (the benchmark's: a desk
 * counts the market's records, not each index's) `its 45th record close of 2024`; null when
 * there is nothing to add to "to a record": another index's count, or the year's first record
 * when the one before was last year (only days back).
 */
export function recordClause(fact: RecordCloseFact, storyYear: number, withCount = true): string | null {
  if (fact.isFirstSince) return `its first record close since ${dateText(fact.priorRecordDate, storyYear)}`;
  if (!withCount) return null;
  if (fact.countSinceDataBegin) return `its ${formatOrdinal(fact.countYtd)} record close since the data begin on ${dateText(fact.dataStart, Number.NaN)}`;
  return fact.countYtd > 1 ? `its ${formatOrdinal(fact.countYtd)} record close of ${fact.year}` : null;
}

/** `the latest of its 51 records of the year` (after the record's date), or in the data's first year `the latest of its five records since the data begin on Sept. 10, 1987`. */
export function recordCount(latest: LatestRecordFact): string {
  const since = latest.countSinceDataBegin ? `since the data begin on ${dateText(latest.dataStart, Number.NaN)}` : 'of the year';
  // The year's first record is, until another, its only one: "its first of the year" reads as a count still to come.
  if (latest.countYtd === 1 && !latest.countSinceDataBegin) return 'its only record close of the year so far';
  // The count belongs to the year, not to the past date: "set Nov. 11, its 51st record of the year" hangs it on that day.
  return `the latest of its ${formatCount(latest.countYtd)} records ${since}`;
}

/** `its first close above 6,000`. */
export function milestoneClause(fact: MilestoneFact): string {
  return `its first close above ${formatNumber(fact.level, 0)}`;
}

/**
 * `0.03% below its record close of 2,442.74, set Nov. 8, 2021`; with the year's latest record
 * when it is that same record (said once): `0.2% below its record close of 6,001.35, set Nov.
 * 11, the latest of its 51 records of the year`.
 */
export function nearRecordClause(instrument: Instrument, fact: NearRecordFact, storyYear: number, latest?: LatestRecordFact): string {
  const count = latest !== undefined && isSameRecord(fact, latest) ? `, ${recordCount(latest)}` : '';
  // A distance that prints as 0% is not a number worth giving: "just below".
  const below = isFlat(fact.belowPct, 'pct') ? 'just' : percentText(fact.belowPct);
  return `${below} below its record close of ${levelText(instrument, fact.recordClose)}, set ${dateText(fact.recordDate, storyYear)}${count}`;
}

/** True when the year's latest record is the record a near-record fact measures from (same date and close). */
export function isSameRecord(near: NearRecordFact, latest: LatestRecordFact): boolean {
  return near.recordDate === latest.recordDate && near.recordClose === latest.recordClose;
}

/** True when a drawdown's peak is the year's latest record (same date and close): stating the peak states it. */
export function isPeakRecord(drawdown: DrawdownChangeFact, latest: LatestRecordFact): boolean {
  return drawdown.peakDate === latest.recordDate && drawdown.peakClose === latest.recordClose;
}

/** `its sixth straight gain` / `its third straight loss` (yields: rise, decline); a snapped streak: `snapping a four-day losing streak`. */
export function streakClause(fact: StreakFact, isYield: boolean): string {
  if (fact.snapped !== null) {
    const run = isYield ? `${formatCount(Math.abs(fact.snapped))}-day run of ${fact.snapped > 0 ? 'rises' : 'declines'}` : `${formatCount(Math.abs(fact.snapped))}-day ${fact.snapped > 0 ? 'winning' : 'losing'} streak`;
    return `snapping ${indefiniteArticle(run)} ${run}`;
  }
  const noun = isYield ? (fact.days > 0 ? 'rise' : 'decline') : fact.days > 0 ? 'gain' : 'loss';
  return `its ${formatOrdinal(Math.abs(fact.days))} straight ${noun}`;
}

/** An earlier streak this many years back (or none in the data) makes the streak's length news. */
const STREAK_SINCE_YEARS = 1;
/** "The longest in the data" needs this many years of data to mean something. */
const STREAK_DATA_YEARS = 5;

/**
 * `the longest losing streak since February 1978` / `the longest winning streak in data going
 * back to 1992` (yields: run of rises, declines); null when the earlier streak is recent.
 */
export function streakSinceClause(fact: StreakFact, isYield: boolean, storyYear: number): string | null {
  const kind = isYield ? (fact.days > 0 ? 'run of rises' : 'run of declines') : fact.days > 0 ? 'winning streak' : 'losing streak';
  const yearsBack = (iso: string): number => (dayOfIso(fact.date) - dayOfIso(iso)) / 365.25;
  if (fact.snapped !== null) return null;
  if (fact.sinceDate === null) return yearsBack(fact.dataStart) >= STREAK_DATA_YEARS ? `the longest ${kind} ${inDataText(fact, storyYear)}` : null;
  return yearsBack(fact.sinceDate) >= STREAK_SINCE_YEARS ? `the longest ${kind} since ${monthText(fact.sinceDate.slice(0, 7), storyYear)}` : null;
}

/** `a 52-week high` (`a 52-week low`): the wire's words for the highest (lowest) close of the last 52 weeks. */
export function fiftyTwoWeekClause(fact: FiftyTwoWeekFact): string {
  return `a 52-week ${fact.side}`;
}

/** `its highest close since Nov. 8, 2021`, `its lowest level since March 2020`... (yields: level). */
export function extremeSinceClause(fact: ExtremeSinceFact, isYield: boolean, storyYear: number): string {
  // A yield at its lowest (highest) in data that hold its whole series is at a record low (high).
  if (isYield && fact.sinceDate === null && fact.wholeHistory) return `a record ${fact.side}`;
  const what = `its ${fact.side === 'high' ? 'highest' : 'lowest'} ${isYield ? 'level' : 'close'}`;
  return `${what} ${sinceText(fact.sinceDate, fact, storyYear)}`;
}

/** Where "since" points: `since Aug. 2` or, when nothing moved as much, `since at least 1962`. */
export function sinceText(sinceDate: string | null, reach: DataReach, storyYear: number): string {
  return sinceDate === null ? inDataText(reach, storyYear) : sinceDateText(sinceDate, reach, storyYear);
}

/**
 * `its biggest one-day decline since Aug. 2` (that day's levels, `sinceFrom` and `sinceTo`, are
 * the JSON's: a "when it fell from 3.99% to 3.80%" tail is the record book's, not the story's). A move that only ties the earlier
 * one is the biggest since it by the tie rule, and says so without giving the size again: `its
 * biggest one-day decline since a matching one on Nov. 25, 2024`.
 */
export function biggestDayClause(fact: BiggestMoveFact, storyYear: number): string {
  const noun = moveNoun(fact.move, fact.unit);
  const since = sinceText(fact.sinceDate, fact, storyYear);
  if (fact.sinceDate === null || !isTie(fact.move, fact.sinceMove)) return `its biggest one-day ${noun} ${since}`;
  // The size is the sentence's already: the tie says only that the two are equal, in the date's place where the "since" is a plain date.
  const on = dateText(fact.sinceDate, storyYear);
  return since === `since ${on}` ? `its biggest one-day ${noun} since a matching one on ${on}` : `its biggest one-day ${noun} ${since}, matching that day's move`;
}

/**
 * `The Dow is up 3.1% this week, on pace for its biggest weekly gain since the week ended Aug.
 * 2.` On the week's last trading day (`weekIsOver`): `The Dow rose 3.1% this week, its biggest
 * weekly gain since ...`.
 */
export function weekSentence(subject: string, fact: BiggestMoveFact, storyYear: number, weekIsOver = false): string {
  const since = fact.sinceDate === null ? inDataText(fact, storyYear) : `since the week ended ${dateText(fact.sinceDate, storyYear)}`;
  const biggest = `its biggest weekly ${moveNoun(fact.move, fact.unit)} ${since}`;
  if (weekIsOver) return `${subject} ${pastVerb(fact.move)} ${moveText(fact.move, fact.unit)} this week, ${biggest}.`;
  return `${subject} is ${direction(fact.move)} ${moveText(fact.move, fact.unit)} this week, on pace for ${biggest}.`;
}

/** `its record close of 6,144.15, set Feb. 19` (with the year's count when given). */
function recordText(instrument: Instrument, close: number, date: string, storyYear: number, count = ''): string {
  return `its record close of ${levelText(instrument, close)}, set ${dateText(date, storyYear)}${count}`;
}

/**
 * The distance below the record, said whenever a drawdown is: the peak is the record, or,
 * after a rally, a later lower peak whose distance comes with the record's: `10.1% below its
 * record close of 6,144.15, set Feb. 19` / `14.8% below its Aug. 15 high of 13,128.05 and 30.3%
 * below its record close of 16,057.44, set Nov. 19, 2021`.
 */
export function belowPeakText(instrument: Instrument, fact: DrawdownChangeFact | DrawdownStandingFact, storyYear: number, count = ''): string {
  if (fact.peakDate === fact.recordDate || isPeakAsRecord(fact)) return `${percentText(fact.belowRecordPct)} below ${recordText(instrument, fact.recordClose, fact.recordDate, storyYear, fact.peakDate === fact.recordDate ? count : '')}`;
  if (fact.peakDate === fact.recordDate) return `${percentText(fact.drawdownPct)} below ${recordText(instrument, fact.peakClose, fact.peakDate, storyYear, count)}`;
  return `${rallyPeakText(instrument, fact, storyYear)} and ${percentText(fact.belowRecordPct)} below ${recordText(instrument, fact.recordClose, fact.recordDate, storyYear)}`;
}

/**
 * `14.8% below its Aug. 15 high of 13,128.05`: the distance from a peak that is not the record
 * (the highest close since the record, the one the drawdown's state is measured from). "High"
 * alone, as desks write it: the state before it says which high it is.
 */
function rallyPeakText(instrument: Instrument, fact: DrawdownChangeFact | DrawdownStandingFact, storyYear: number): string {
  return `${percentText(fact.drawdownPct)} below its ${dateText(fact.peakDate, storyYear)} high of ${levelText(instrument, fact.peakClose)}`;
}

/** True when the distance below a later peak prints as the distance below the record: the record alone says it. */
function isPeakAsRecord(fact: DrawdownChangeFact | DrawdownStandingFact): boolean {
  return percentText(fact.drawdownPct) === percentText(fact.belowRecordPct);
}

/** `a bear market`, `a correction` (`none`: `a bull market`). */
export function stateNoun(state: DrawdownChangeFact['to']): string {
  return state === 'bear' ? 'a bear market' : state === 'correction' ? 'a correction' : 'a bull market';
}

/** `in a bear market since March 12, `: where a re-entry's state began (empty when unknown). */
function reentrySince(fact: DrawdownChangeFact, storyYear: number): string {
  return fact.stateSinceDate === null ? '' : `in ${stateNoun(fact.to)} since ${dateText(fact.stateSinceDate, storyYear)}, `;
}

/**
 * `entering a bear market, 21.8% below its record close of ...`: the lead's clause of a drawdown
 * change; a re-entry (the close back past the line of a state that did not end) is said as the
 * state it has been in: `in a bear market since March 12, 29.7% below its record close of ...`.
 */
export function drawdownChangeClause(instrument: Instrument, fact: DrawdownChangeFact, storyYear: number, count = ''): string {
  // Back past the line of a state that never ended (a bear market lasts until 20% above its low): the state's start, not an entry.
  if (fact.isReentry) return `${reentrySince(fact, storyYear)}${belowPeakText(instrument, fact, storyYear, count)}`;
  if (fact.to === 'bear') return `entering a bear market, ${belowPeakText(instrument, fact, storyYear, count)}`;
  if (fact.from === 'bear') return 'starting a new bull market, 20% above its bear-market low';
  if (fact.to === 'correction') return `entering a correction, ${belowPeakText(instrument, fact, storyYear, count)}`;
  return 'ending its correction';
}

/** `The Russell 2000 entered a correction, closing 10.2% below its record close of 2,442.74, set Nov. 8, 2021.` */
export function drawdownSentence(subject: string, instrument: Instrument, fact: DrawdownChangeFact, storyYear: number): string {
  const below = belowPeakText(instrument, fact, storyYear);
  if (fact.isReentry) return fact.stateSinceDate === null ? `${subject} closed ${below}.` : `${subject} has been in ${stateNoun(fact.to)} since ${dateText(fact.stateSinceDate, storyYear)} and is ${below}.`;
  if (fact.to === 'bear') return `${subject} entered a bear market, closing ${below}.`;
  if (fact.from === 'bear') return `${subject} closed 20% or more above its bear-market low, the start of a new bull market${fact.belowRecordPct > 0 ? `; it is ${percentText(fact.belowRecordPct)} below ${recordText(instrument, fact.recordClose, fact.recordDate, storyYear)}` : ''}.`;
  if (fact.to === 'correction') return `${subject} entered a correction, closing ${below}.`;
  return `${subject} ended its correction with a close above its previous peak${fact.belowRecordPct > 0 ? `, ${percentText(fact.belowRecordPct)} below ${recordText(instrument, fact.recordClose, fact.recordDate, storyYear)}` : ''}.`;
}

/**
 * The year's latest record as a distance: `The index is 7.8% below its record close of
 * 2,872.87, set Jan. 26, its 14th record of the year.` In the data's first year: `It is 2.1% below its
 * record close of 328.90, set Oct. 5, its fifth since the data begin on Sept. 10, 1987.` On a day it
 * fell 2% or more (`dayMove`, percent), without the count: `The index is 7.8% below its record close of 2,872.87, set Jan. 26.`
 */
export function latestRecordSentence(subject: string, instrument: Instrument, fact: LatestRecordFact, storyYear: number, dayMove = 0): string {
  const below = isFlat(fact.belowPct, 'pct') ? 'just' : percentText(fact.belowPct);
  // On a rout the year's count of records is no news: the distance alone.
  const count = dayMove <= -ROUT_PCT ? '' : `, ${recordCount(fact)}`;
  return `${subject} is ${below} below its record close of ${levelText(instrument, fact.recordClose)}, set ${dateText(fact.recordDate, storyYear)}${count}.`;
}

/** A day's drop this large or larger (percent, in size) is a rout: the year's record count is left out. */
const ROUT_PCT = 2;

/** True when a standing drawdown's peak is the year's latest record (same date and close). */
export function isStandingPeakRecord(fact: DrawdownStandingFact, latest: LatestRecordFact): boolean {
  return fact.peakIsRecord && fact.peakDate === latest.recordDate && fact.peakClose === latest.recordClose;
}

/** A correction or bear market entered this many days back or fewer is still news for an index back above its line. */
const RECENT_STATE_DAYS = 92;

/**
 * A standing drawdown as it is now: `The S&P 500 has been in a bear market since March 12 and is
 * 29.5% below its record close of 3,386.15, set Feb. 19.` The state is named only while the close
 * is at least 20% (10% for a correction) below the peak, and "since" is the first close of the
 * engine's state (`stateSinceDate`), which lasts until a close above the peak (a bear market: 20%
 * above its low) whatever the line did in between; once it has recovered part of the way
 * (`sinceDate` null), what is true: `The index is still 19.6% below its record close of 4,796.56,
 * set Jan. 3, 2022.`, or after an entry in the last 92 days, with the record's distance above the
 * line too, the distance alone: `The Nasdaq composite is 19.2% below its record close of 8,109.69,
 * set Aug. 29.` (not "back above the line", which reads as the state's end). A peak after a rally
 * also gives the distance from the record. The year's count of records is not said: far below the
 * record, it is no news.
 */
export function drawdownStandingSentence(subject: string, instrument: Instrument, fact: DrawdownStandingFact, storyYear: number): string {
  if (fact.sinceDate === null) {
    // A recent entry is the story it left: "The Nasdaq composite is 15.1% below its record close of ..., back above the
    // bear-market line it crossed on April 4" (not "still", which reads as if it were in it; not "out of", which by the
    // engine's state it is not until 20% above its low). One from long ago reads as stale: "still" says what is left.
    // Only when the record's distance is above the line too: 25% below its record, small caps are not "out of" a correction.
    const recent = fact.stateSinceDate !== null && dayOfIso(fact.date) - dayOfIso(fact.stateSinceDate) <= RECENT_STATE_DAYS;
    const record = `${percentText(fact.belowRecordPct)} below ${recordText(instrument, fact.recordClose, fact.recordDate, storyYear)}`;
    const aboveLine = fact.belowRecordPct < DRAWDOWN_LINES[fact.state] * 100;
    // "Back above the line" after a bounce reads as the state's end, which by the engine's state it is not: the distance alone.
    if (recent && aboveLine) return `${subject} is ${record}.`;
    return `${subject} is still ${record}.`;
  }
  const state = stateNoun(fact.state);
  // A peak after a rally: the state from the peak, said as the rally's high, and the record's distance beside it.
  const recordOnly = fact.peakIsRecord || isPeakAsRecord(fact);
  // The state has lasted since it began (a bear market until 20% above its low), whatever the line did in between.
  const since = `${subject} has been in ${state} since ${dateText(fact.stateSinceDate ?? fact.sinceDate, storyYear)}`;
  if (recordOnly) return `${since} and is ${belowPeakText(instrument, fact, storyYear)}.`;
  return `${since}: it is ${belowPeakText(instrument, fact, storyYear)}.`;
}
