/**
 * One instrument's sentences, from the facts the lead left: the day's move with its most
 * newsworthy clauses, then drawdown, the week, the month and year, the year's records, and the
 * coming month's record. Funds say their returns; every fact is said at most once.
 */
import type { Instrument } from '../core/instrument.js';
import type { DayCloseFact, Fact, PeriodMoveFact, RecordCloseFact } from '../facts/fact.js';
import { formatCount, formatNumber } from './ap-style.js';
import {
  biggestDayClause,
  dayMovePhrase,
  belowPeakText,
  drawdownSentence,
  drawdownStandingSentence,
  extremeSinceClause,
  fiftyTwoWeekClause,
  isPeakRecord,
  isSameRecord,
  isStandingPeakRecord,
  latestRecordSentence,
  isQuotedInPoints,
  milestoneClause,
  nearRecordClause,
  recordClause,
  streakClause,
  streakSinceClause,
  weekSentence,
} from './clauses.js';
import { isNotableTotalReturn, totalReturnMovePhrase } from './total-return-clauses.js';
import { pointMoveClause, pointRankClause, twoDayClause, twoDaySentence, yearResultClause, ytdTurnClause, ytdTurnSentence } from './beyond-day-clauses.js';
import type { Namer } from './namer.js';
import { fundReturnSentence, onTrackSentence, periodSentence, relativeClause, seasonalitySentence } from './period-sentences.js';
import { dateText, flatWords, joinClauses, levelText, weekdayText } from './phrases.js';
import { isEarlyMonthOnTrack, isMinorStreak, isRecentMonthOnTrack, RELATIVE_NEWS_GAP } from './filler.js';
import { isPointStory } from './market.js';
import { weekResultSentence } from './week-sentences.js';
import { isQuietDayWeek } from './lead-week.js';
import { periodEndsOf, type FactPool, type Sentence, type StoryContext } from './pool.js';

/** At most this many clauses follow the day's move; the rest get sentences of their own. */
const MAX_CLAUSES = 2;

interface Clause {
  readonly clause: string;
  /** The sentence this clause makes on its own, given a subject. */
  readonly alone: (subject: string) => string;
  /** The facts it states: one, or two when one implies the other (a 52-week high in "highest since 2021"). */
  readonly facts: readonly Fact[];
  /** True for a clause with commas of its own: it follows the listed clauses after a comma. */
  readonly trailing?: boolean;
}

/** The clauses of the day's move still in the pool, highest score first. */
function takeClauses(pool: FactPool, instrument: Instrument, storyYear: number, style: ParagraphStyle, hasDay: boolean): { record: RecordCloseFact | undefined; bareRecord: RecordCloseFact | undefined; clauses: Clause[] } {
  const symbol = instrument.symbol;
  const isYield = instrument.kind === 'yield';
  const clauses: Clause[] = [];
  const record = pool.take(symbol, 'record-close');
  // The year's count of records is the benchmark's; another index's record is "to a record 44,736.57" alone.
  const recordText = record ? recordClause(record, storyYear, style.plainPeriods) : null;
  if (record && recordText !== null) clauses.push({ clause: recordText, alone: (s) => `${s} closed at a record ${levelText(instrument, record.close)}, ${recordText}.`, facts: [record] });
  const bareRecord = record !== undefined && recordText === null ? record : undefined;
  const milestone = pool.take(symbol, 'milestone');
  if (milestone) clauses.push({ clause: milestoneClause(milestone), alone: (s) => `${s} closed above ${formatNumber(milestone.level, 0)} for the first time.`, facts: [milestone] });
  const biggest = pool.take(symbol, 'biggest-move', (fact) => fact.period === 'day');
  if (biggest) clauses.push({ clause: biggestDayClause(biggest, storyYear), alone: (s) => `${s} had ${biggestDayClause(biggest, storyYear)}.`, facts: [biggest] });
  const points = isPointStory(symbol) ? pool.take(symbol, 'point-move') : undefined;
  if (points) {
    // "Its first 1,000-point gain" is a largest point move: said with it.
    const threshold = pool.take(symbol, 'point-threshold');
    const clause = pointMoveClause(points, storyYear, threshold);
    clauses.push({ clause, alone: (s) => `${s} had ${clause}.`, facts: threshold ? [points, threshold] : [points] });
  }
  const rank = isPointStory(symbol) ? pool.take(symbol, 'point-rank') : undefined;
  if (rank) clauses.push({ clause: pointRankClause(rank, storyYear), alone: (s) => `${s} had ${pointRankClause(rank, storyYear)}.`, facts: [rank] });
  const twoDay = pool.take(symbol, 'two-day-move');
  if (twoDay) clauses.push({ clause: twoDayClause(twoDay, storyYear), alone: (s) => twoDaySentence(s, twoDay, storyYear), facts: [twoDay], trailing: true });
  // Without the day's move (the lead said it) the turn is said by the year's sentence: "has turned negative for the year, down 0.9%".
  const turn = hasDay ? pool.take(symbol, 'ytd-turn') : undefined;
  if (turn) clauses.push({ clause: ytdTurnClause(turn), alone: (s) => ytdTurnSentence(s, turn), facts: [turn], trailing: true });
  const near = pool.take(symbol, 'near-record');
  if (near) {
    // The year's latest record is often the record itself: the benchmark's count joins the clause, said once.
    const latest = style.plainPeriods ? pool.take(symbol, 'latest-record', (fact) => isSameRecord(near, fact)) : undefined;
    const clause = nearRecordClause(instrument, near, storyYear, latest);
    // Just below the record is the highest close since it (and in 52 weeks): said by the clause.
    const implied = takeImpliedHighs(pool, symbol, near.recordDate);
    clauses.push({ clause, alone: (s) => `${s} closed ${clause}.`, facts: [near, ...(latest ? [latest] : []), ...implied], trailing: true });
  }
  const found = pool.take(symbol, 'streak');
  const streak = found !== undefined && (style.plainPeriods || !isMinorStreak(found, streakSinceClause(found, isYield, storyYear) !== null)) ? found : undefined;
  if (streak) {
    const verb = streak.days > 0 ? 'risen' : 'fallen';
    const longest = streakSinceClause(streak, isYield, storyYear);
    const clause = `${streakClause(streak, isYield)}${longest === null ? '' : `, ${longest}`}`;
    const alone = (s: string): string => (streak.snapped !== null ? `${s} ${clause.replace(/^snapping/, 'snapped')}.` : `${s} has ${verb} ${formatCount(Math.abs(streak.days))} days in a row${longest === null ? '' : `, ${longest}`}.`);
    // A snapped streak follows the day's other news ("..., its biggest gain since 2011, snapping a four-day losing streak").
    clauses.push({ clause, alone, facts: [streak], trailing: longest !== null || streak.snapped !== null });
  }
  for (const side of ['high', 'low'] as const) {
    const since = pool.take(symbol, 'extreme-since', (fact) => fact.side === side);
    const extreme = pool.take(symbol, 'fifty-two-week', (fact) => fact.side === side);
    if (since) {
      const clause = extremeSinceClause(since, isYield, storyYear);
      const level = clause.replace(/ (close|level) /, ' level ');
      clauses.push({ clause, alone: (s) => `${s} closed at ${level}.`, facts: extreme ? [since, extreme] : [since] });
    } else if (extreme) {
      clauses.push({ clause: fiftyTwoWeekClause(extreme), alone: (s) => `${s} closed at a 52-week ${side}.`, facts: [extreme] });
    }
  }
  // The most newsworthy clauses first (a stable sort keeps the order above on ties); the record
  // count always stays with "to a record" in the day's sentence.
  const isRecordClause = (c: Clause): number => (c.facts[0]?.kind === 'record-close' ? 1 : 0);
  clauses.sort((a, b) => isRecordClause(b) - isRecordClause(a) || (b.facts[0]?.score ?? 0) - (a.facts[0]?.score ?? 0));
  return { record, bareRecord, clauses };
}

/** The "highest close since the record of `recordDate`" and the 52-week high it implies, taken from the pool. */
function takeImpliedHighs(pool: FactPool, symbol: string, recordDate: string): Fact[] {
  const since = pool.take(symbol, 'extreme-since', (fact) => fact.side === 'high' && fact.sinceIsRecord && fact.sinceDate === recordDate);
  if (since === undefined) return [];
  const high = pool.take(symbol, 'fifty-two-week', (fact) => fact.side === 'high');
  return high ? [since, high] : [since];
}

/** The day's move with up to two clauses (a "biggest since" clause last), then the leftovers alone. */
export function moveSentences(pool: FactPool, instrument: Instrument, ctx: StoryContext, namer: Namer, style: ParagraphStyle = FULL_STYLE): Sentence[] {
  const symbol = instrument.symbol;
  const day = pool.take(symbol, 'day-move');
  const { record, bareRecord, clauses } = takeClauses(pool, instrument, ctx.storyYear, style, day !== undefined);
  const out: Sentence[] = [];
  let alone = clauses;
  if (day) {
    // Two clauses at most; "biggest since" (which may end in a "when" clause) goes after the
    // others, and the distance to the record last, as "leaving it 0.2% below its record close".
    // A streak with its "longest since" is two clauses' worth ("its ninth straight decline, the longest run of declines since
    // September 1992"): beside another clause it is a sentence of its own ("It has fallen nine days in a row, ...").
    const isDouble = (c: Clause): boolean => c.facts[0]?.kind === 'streak' && c.clause.includes(', ');
    const singles = clauses.filter((c) => !isDouble(c));
    const chosen = singles.length > 0 ? singles.slice(0, MAX_CLAUSES) : clauses.slice(0, 1);
    alone = clauses.filter((c) => !chosen.includes(c));
    const rank = (c: Clause): number => (c.trailing === true ? 2 : c.facts[0]?.kind === 'biggest-move' ? 1 : 0);
    chosen.sort((a, b) => rank(a) - rank(b));
    const listed = chosen.filter((c) => c.trailing !== true).map((c) => c.clause);
    const trailing = chosen
      .filter((c) => c.trailing === true)
      .map((c, k) => (c.facts[0]?.kind === 'near-record' && (listed.length > 0 || k > 0) ? `leaving it ${c.clause}` : c.clause));
    const tail = [...(listed.length > 0 ? [joinClauses(listed)] : []), ...trailing].map((part) => `, ${part}`).join('');
    out.push({ text: `${namer.subject(symbol)} ${dayMovePhrase(instrument, day, record !== undefined)}${tail}.`, facts: [day, ...(bareRecord ? [bareRecord] : []), ...chosen.flatMap((c) => c.facts)] });
  } else if (bareRecord) {
    out.push({ text: `${namer.subject(symbol)} closed at a record ${levelText(instrument, bareRecord.close)}.`, facts: [bareRecord] });
  }
  const close = day === undefined ? pool.take(symbol, 'day-close') : undefined;
  if (close) out.push({ text: dayCloseSentence(namer.subject(symbol), instrument, close, ctx.storyYear), facts: [close] });
  // Left without the day's move (the lead said it): the "biggest" clauses share one "had" sentence.
  const had = day === undefined ? alone.filter((c) => c.facts[0]?.kind === 'biggest-move' || c.facts[0]?.kind === 'point-move' || c.facts[0]?.kind === 'point-rank') : [];
  if (had.length > 1) {
    out.push({ text: `${namer.subject(symbol)} had ${joinClauses(had.map((c) => c.clause))}.`, facts: had.flatMap((c) => c.facts) });
    alone = alone.filter((c) => !had.includes(c));
  }
  for (const c of alone) out.push({ text: c.alone(namer.subject(symbol)), facts: c.facts });
  return out;
}

/** The close of a day with no day's move: the data's first day, or a day after a gap in the data. */
function dayCloseSentence(subject: string, instrument: Instrument, fact: DayCloseFact, storyYear: number): string {
  const level = levelText(instrument, fact.close);
  if (fact.reason === 'data-start' || fact.prevDate === null) return `${subject} closed at ${level} on ${weekdayText(fact.date)}, the first day of its data; there is no earlier close to compare.`;
  return `${subject} closed at ${level} on ${weekdayText(fact.date)}; its prior close in the data is from ${dateText(fact.prevDate, storyYear)}, ${formatCount(fact.gapDays ?? 0)} days earlier, too far back for a day's move.`;
}

/** How much of its period record an instrument's paragraph says. */
export interface ParagraphStyle {
  /**
   * True: the month and year to date every day (the benchmark). False: only when they are news:
   * the month or year is over, or the year's move is 5 points or more away from the benchmark's
   * (the closing table gives the rest).
   */
  readonly plainPeriods: boolean;
}

/** The benchmark's paragraph says everything; the others' only the news. */
const FULL_STYLE: ParagraphStyle = { plainPeriods: true };


/** The year's superlative as a clause after its figure ("its best year since 1996") and the fact it tells. */
interface YearRanked {
  readonly clause: string;
  readonly fact: Fact;
}

/** Month, year and relative performance sentences; `yearRanked`, on the year's last session, follows the year's figure. */
function periodSentences(pool: FactPool, instrument: Instrument, ctx: StoryContext, namer: Namer, style: ParagraphStyle, yearRanked: YearRanked | null = null): Sentence[] {
  const symbol = instrument.symbol;
  const out: Sentence[] = [];
  const found = pool.take(symbol, 'month-on-track');
  // "On track" in a month's first week, for a "since" a few months back, or against the day's move, is said in the month's sentence or not at all.
  // Told by the lead ("as the Dow had its best month since 1987"): the month's figure alone here.
  const onTrack = found !== undefined && !isEarlyMonthOnTrack(found, instrument.kind === 'volatility') && !isRecentMonthOnTrack(found) && !pool.wasTold(found) ? found : undefined;
  // A period whose base is the prior close (the month's or year's first session) only repeats the day's move.
  const prevDate = ctx.prevDates?.get(symbol);
  const isNotTheDay = (fact: PeriodMoveFact): boolean => fact.baseDate !== prevDate;
  const mtdFact = pool.take(symbol, 'period-move', (fact) => fact.period === 'mtd');
  const ytdFact = pool.take(symbol, 'period-move', (fact) => fact.period === 'ytd');
  const ytd = ytdFact !== undefined && isNotTheDay(ytdFact) ? ytdFact : undefined;
  // In January the month to date is the year to date: said once, as the year's.
  const mtd = mtdFact !== undefined && isNotTheDay(mtdFact) && !(ytdFact !== undefined && mtdFact.baseDate === ytdFact.baseDate) ? mtdFact : undefined;
  const relative = pool.take(symbol, 'relative-performance', (fact) => fact.period === 'ytd');
  const ends = periodEndsOf(ctx, symbol);
  // The year to date turned on the day and no clause said so: the year's part says it.
  const turn = ytd !== undefined ? pool.take(symbol, 'ytd-turn') : undefined;
  // A month and a year that both print as no change are no news, even at a month's end ("was unchanged in March and is unchanged this year").
  const bothFlat = mtd !== undefined && ytd !== undefined && flatWords(mtd.move, mtd.unit) !== null && flatWords(ytd.move, ytd.unit) !== null;
  const isNews = !bothFlat && (style.plainPeriods || ends.month || ends.year || turn !== undefined || (relative !== undefined && Math.abs(relative.gapPoints) >= RELATIVE_NEWS_GAP));
  if (!isNews) return onTrack ? [{ text: onTrackSentence(namer.subject(symbol), mtd ?? mtdFact, onTrack, ctx.storyYear, ends.month), facts: mtd ? [onTrack, mtd] : [onTrack] }] : [];
  if (onTrack) out.push({ text: onTrackSentence(namer.subject(symbol), mtd ?? mtdFact, onTrack, ctx.storyYear, ends.month), facts: mtd ? [onTrack, mtd] : [onTrack] });
  const relativeText = relative && ytd ? relativeClause(relative, namer.storyName(relative.benchmark)) : '';
  // On the year's last session the year's result is the sentence: the turn goes before it.
  if (turn !== undefined && ends.year) out.push({ text: ytdTurnSentence(namer.subject(symbol), turn), facts: [turn] });
  // The year's superlative follows its figure: "It ended the year up 2,316 points, or 25.2%, its best year since 1996."
  const ranked = ends.year && ytd !== undefined ? yearRanked : null;
  // A quarter's last session (not the year's) says the stock indexes' quarter with the month.
  const quarter = ends.month && !ends.year && ytd !== undefined && instrument.kind === 'index' ? pool.take(symbol, 'period-move', (f) => f.period === 'qtd' && Number(f.date.slice(5, 7)) % 3 === 0) : undefined;
  const text = periodSentence(namer.subject(symbol), onTrack ? undefined : mtd, ytd, `${ranked === null ? '' : `, ${ranked.clause}`}${relativeText}`, ends, { inPoints: isQuotedInPoints(instrument), turned: turn !== undefined && !ends.year, ...(quarter === undefined ? {} : { quarter }) });
  if (text !== null) {
    const facts: Fact[] = [...(onTrack || !mtd ? [] : [mtd]), ...(quarter ? [quarter] : []), ...(ytd ? [ytd] : []), ...(ranked === null ? [] : [ranked.fact]), ...(turn && !ends.year ? [turn] : []), ...(relativeText && relative ? [relative] : [])];
    out.push({ text, facts });
    if (relativeText) namer.namedOther();
  }
  return out;
}

/** Every sentence about one instrument, from the facts still in the pool. */
export function instrumentSentences(pool: FactPool, instrument: Instrument, ctx: StoryContext, namer: Namer, style: ParagraphStyle = FULL_STYLE): Sentence[] {
  const symbol = instrument.symbol;
  if (instrument.kind === 'etf') return fundSentences(pool, instrument, ctx, namer);
  const out: Sentence[] = [...moveSentences(pool, instrument, ctx, namer, style)];
  // The day's move, told or not: what the state, the week and the record's distance are weighed against.
  const day = pool.find(symbol, 'day-move');
  const drawdown = pool.take(symbol, 'drawdown-change');
  if (drawdown) {
    const peakRecord = drawdown.to === 'bear' || drawdown.to === 'correction' ? pool.take(symbol, 'latest-record', (fact) => isPeakRecord(drawdown, fact)) : undefined;
    // Told by the lead ("..., entering a correction."), the paragraph gives its distance.
    const text = pool.wasTold(drawdown) ? `${namer.subject(symbol)} is ${belowPeakText(instrument, drawdown, ctx.storyYear)}.` : drawdownSentence(namer.subject(symbol), instrument, drawdown, ctx.storyYear);
    out.push({ text, facts: peakRecord ? [drawdown, peakRecord] : [drawdown] });
  }
  const standing = pool.take(symbol, 'drawdown-standing');
  if (standing) {
    const peakRecord = pool.take(symbol, 'latest-record', (fact) => isStandingPeakRecord(standing, fact));
    const text = drawdownStandingSentence(namer.subject(symbol), instrument, standing, ctx.storyYear);
    out.push({ text, facts: peakRecord ? [standing, peakRecord] : [standing] });
  }
  const week = pool.take(symbol, 'biggest-move', (fact) => fact.period === 'week');
  if (week) out.push({ text: weekSentence(namer.subject(symbol), week, ctx.storyYear, periodEndsOf(ctx, symbol).week), facts: [week] });
  // On the week's last session its result: the benchmark's every week, the others' when news ("its best week since March").
  const weekResult = pool.peek(symbol, 'week-result');
  if (weekResult && (style.plainPeriods || weekResult.sinceIsNews || weekResult.runIsNews)) {
    pool.take(symbol, 'week-result');
    // A quiet day's week says its nearer "since" (lead-week.ts isQuietDayWeek): "For the week, the index rose 2.7%, its best week since December."
    const quietDay = isQuietDayWeek(weekResult, day);
    out.push({ text: weekResultSentence(namer.subject(symbol), instrument, weekResult, ctx.storyYear, pool.wasTold(weekResult), quietDay), facts: [weekResult] });
  }
  // The year's superlative on its last session, after the year's figure; with no figure to follow, a sentence of its own
  // before the others: "The Dow had its worst year since at least 1992."
  const yearResult = pool.peek(symbol, 'year-result');
  const superlative = yearResult === undefined ? null : yearResultClause(yearResult, ctx.storyYear);
  if (yearResult) pool.take(symbol, 'year-result');
  // Told by the lead's "as" clause, the year's figures below say the rest.
  const ranked = yearResult !== undefined && superlative !== null && !pool.wasTold(yearResult) ? { clause: superlative, fact: yearResult } : null;
  const periods = periodSentences(pool, instrument, ctx, namer, style, ranked);
  if (ranked !== null && !periods.some((sentence) => sentence.facts.includes(ranked.fact))) out.push({ text: `${namer.subject(symbol)} had ${ranked.clause}.`, facts: [ranked.fact] });
  out.push(...periods);
  // The year's record count is the benchmark's story on a plain day; of the others it is in the JSON.
  const latest = style.plainPeriods ? pool.take(symbol, 'latest-record') : undefined;
  if (latest) out.push({ text: latestRecordSentence(namer.subject(symbol), instrument, latest, ctx.storyYear, day?.move ?? 0), facts: [latest] });
  const season = pool.peek(symbol, 'seasonality');
  if (season) {
    const text = seasonalitySentence(namer.storyName(symbol), namer.shortName(symbol), season, instrument);
    if (text !== null) {
      pool.take(symbol, 'seasonality');
      out.push({ text, facts: [season] });
      namer.namedOther();
    }
  }
  return out;
}

/** A fund: its move only when it set a record or a "biggest since", then its year-to-date returns. */
function fundSentences(pool: FactPool, instrument: Instrument, ctx: StoryContext, namer: Namer): Sentence[] {
  const symbol = instrument.symbol;
  const out: Sentence[] = [];
  const notable = pool.peek(symbol, 'record-close') ?? pool.peek(symbol, 'biggest-move', (fact) => fact.period === 'day');
  if (notable) out.push(...moveSentences(pool, instrument, ctx, namer));
  // Adjusted-only data (IWO): no traded level; the day's total return when it is the biggest in a while.
  const total = pool.take(symbol, 'total-return-move', isNotableTotalReturn);
  if (total) out.push({ text: `${namer.subject(symbol)} ${totalReturnMovePhrase(total, ctx.storyYear)}.`, facts: [total] });
  const fund = pool.take(symbol, 'fund-return');
  if (fund) out.push({ text: fundReturnSentence(namer.subject(symbol), fund, periodEndsOf(ctx, symbol).year), facts: [fund] });
  return out;
}
