/**
 * The lead: one sentence from the most newsworthy facts of the one or two instruments that
 * lead the day ("The Dow Jones Industrial Average rose 1% to a record 44,736.57 on Monday,
 * its 45th record close of 2024, and the Russell 2000 rose 1.5% to 2,442.03, 0.03% below its
 * record close of 2,442.74, set Nov. 8, 2021.").
 */
import type { Instrument } from '../core/instrument.js';
import type { Fact } from '../facts/fact.js';
import { formatNumber } from './ap-style.js';
import { biggestDayClause, dayMovePhrase, extremeSinceClause, fiftyTwoWeekClause, isPeakRecord, isSameRecord, nearRecordClause, recordClause, streakClause, streakSinceClause, totalReturnMovePhrase } from './clauses.js';
import { capitalize, dateText, inDataText, levelText, moveNoun, monthText, percentText, weekdayText } from './phrases.js';
import { periodEndsOf, type FactPool, type Sentence, type StoryContext } from './pool.js';

/** A second instrument joins the lead when its best fact scores at least this share of the first's. */
const SECOND_LEAD_SHARE = 0.6;
/** ...and at least this much. */
const SECOND_LEAD_MIN = 40;

/** Facts that give a lead clause its news; a second instrument joins the lead only with one of these. */
const LEAD_KINDS: ReadonlySet<Fact['kind']> = new Set(['record-close', 'milestone', 'drawdown-change', 'near-record', 'extreme-since', 'biggest-move', 'month-on-track', 'streak', 'fifty-two-week']);

interface LeadClause {
  readonly main: string;
  readonly tail: string;
  readonly facts: readonly Fact[];
}

/** The clause an instrument contributes to the lead, taking its facts from the pool. */
function leadClause(pool: FactPool, instrument: Instrument, ctx: StoryContext): LeadClause | null {
  const symbol = instrument.symbol;
  const top = pool.top(symbol);
  if (top === undefined) return null;
  const name = instrument.storyName;
  const day = pool.peek(symbol, 'day-move');
  const withDay = (tail: string, fact: Fact, isRecord = false, implied: readonly Fact[] = []): LeadClause | null => {
    if (day === undefined) return null;
    pool.take(symbol, 'day-move');
    pool.take(symbol, fact.kind, (candidate) => candidate === fact);
    for (const other of implied) pool.take(symbol, other.kind, (candidate) => candidate === other);
    return { main: `${name} ${dayMovePhrase(instrument, day, isRecord)}`, tail, facts: [day, fact, ...implied] };
  };
  const year = ctx.storyYear;
  switch (top.kind) {
    case 'record-close':
      return withDay(recordClause(top, year), top, true);
    case 'milestone':
      pool.take(symbol, 'milestone');
      return { main: `${name} closed above ${formatNumber(top.level, 0)} for the first time`, tail: '', facts: [top] };
    case 'drawdown-change': {
      const peak = `${percentText(top.drawdownPct)} below its peak close of ${levelText(instrument, top.peakClose)} on ${dateText(top.peakDate, year)}`;
      const tail =
        top.to === 'bear' ? `entering a bear market, ${peak}` : top.from === 'bear' ? 'starting a new bull market' : top.to === 'correction' ? `entering a correction, ${peak}` : 'ending its correction';
      // The peak is the year's latest record when it was set this year: the date and level are said once.
      const saysPeak = top.to === 'bear' || top.to === 'correction';
      const latest = saysPeak ? pool.peek(symbol, 'latest-record', (fact) => isPeakRecord(top, fact)) : undefined;
      return withDay(tail, top, false, latest ? [latest] : []);
    }
    case 'near-record': {
      const latest = pool.peek(symbol, 'latest-record', (fact) => isSameRecord(top, fact));
      // Just below the record is the highest close since it: said by the clause, not again.
      const since = pool.peek(symbol, 'extreme-since', (fact) => fact.side === 'high' && fact.sinceIsRecord && fact.sinceDate === top.recordDate);
      const high = since ? pool.peek(symbol, 'fifty-two-week', (fact) => fact.side === 'high') : undefined;
      const implied = [latest, since, high].filter((fact): fact is NonNullable<typeof fact> => fact !== undefined);
      return withDay(nearRecordClause(instrument, top, year, latest), top, false, implied);
    }
    case 'biggest-move':
      return top.period === 'day' ? withDay(biggestDayClause(instrument, top, year), top) : dayOnly(pool, instrument, year);
    case 'month-on-track': {
      const since = top.sinceMonth === null ? inDataText(top.dataStart, top.date, year) : `since ${monthText(top.sinceMonth, year)}`;
      const verb = top.isMonthComplete || periodEndsOf(ctx, symbol).month ? 'capping' : 'leaving it on track for';
      return withDay(`${verb} its biggest monthly ${moveNoun(top.move, top.unit)} ${since}`, top);
    }
    case 'streak': {
      const longest = streakSinceClause(top, instrument.kind === 'yield', year);
      return withDay(`${streakClause(top, instrument.kind === 'yield')}${longest === null ? '' : `, ${longest}`}`, top);
    }
    case 'extreme-since': {
      // "Its lowest close since 2018" says the 52-week low too.
      const implied = pool.peek(symbol, 'fifty-two-week', (fact) => fact.side === top.side);
      return withDay(extremeSinceClause(top, instrument.kind === 'yield', year), top, false, implied ? [implied] : []);
    }
    case 'fifty-two-week':
      return withDay(fiftyTwoWeekClause(top, instrument.kind === 'yield'), top);
    default:
      return dayOnly(pool, instrument, year);
  }
}

function dayOnly(pool: FactPool, instrument: Instrument, storyYear: number): LeadClause | null {
  const day = pool.take(instrument.symbol, 'day-move');
  if (day !== undefined) return { main: `${instrument.storyName} ${dayMovePhrase(instrument, day, false)}`, tail: '', facts: [day] };
  // Adjusted-only data (IWO) has no traded level: its day is a total return.
  const total = pool.take(instrument.symbol, 'total-return-move');
  return total === undefined ? null : { main: `${instrument.storyName} ${totalReturnMovePhrase(total, storyYear)}`, tail: '', facts: [total] };
}

/** The benchmark leads instead of a higher-scoring instrument when its best fact scores at least this share of that one's. */
const BENCHMARK_LEAD_SHARE = 0.85;

/**
 * Facts whose news is the size of a move or a level reached: of these, the benchmark's leads
 * over another index's of the same kind. Not the distance to a record or a streak, where the
 * closer (longer) one is the story whoever has it.
 */
const BENCHMARK_KINDS: ReadonlySet<Fact['kind']> = new Set(['record-close', 'milestone', 'drawdown-change', 'extreme-since', 'biggest-move', 'month-on-track', 'fifty-two-week']);

/** The sign of the day's move of `symbol` (0 when none is left). */
function daySign(pool: FactPool, symbol: string): number {
  return Math.sign(pool.peek(symbol, 'day-move')?.move ?? 0);
}

/**
 * Instruments that may lead, best first: indexes and yields; the VIX and funds only when
 * nothing else moved. The benchmark (the S&P 500) goes first when its best fact is of the same
 * kind as the top instrument's (a record, a "biggest since", a drawdown or month on track; see
 * BENCHMARK_KINDS), on a move the same way, and scores at least 85% as high: "the S&P 500's
 * biggest drop since 1987" leads a day on which the Russell 2000 fell more.
 */
export function leadCandidates(pool: FactPool, instruments: readonly Instrument[], benchmark: string | null): Instrument[] {
  const byScore = (a: Instrument, b: Instrument): number => pool.topScore(b.symbol) - pool.topScore(a.symbol);
  const main = instruments.filter((i) => i.kind === 'index' || i.kind === 'yield' || i.kind === 'stock').sort(byScore);
  const ordered = main.length > 0 ? main : [...instruments].sort(byScore);
  const first = ordered[0];
  const k = ordered.findIndex((i) => i.symbol === benchmark);
  const bench = ordered[k];
  if (first === undefined || bench === undefined || k <= 0) return ordered;
  const top = pool.top(first.symbol);
  const benchTop = pool.top(bench.symbol);
  const similar =
    top !== undefined &&
    benchTop !== undefined &&
    benchTop.kind === top.kind &&
    BENCHMARK_KINDS.has(top.kind) &&
    daySign(pool, bench.symbol) === daySign(pool, first.symbol) &&
    benchTop.score >= BENCHMARK_LEAD_SHARE * top.score;
  return similar ? [bench, ...ordered.filter((i) => i !== bench)] : ordered;
}

/**
 * Writes the lead sentence and returns it with the instruments it is about (in order), or null
 * when no instrument has a fact. The day named ("on Monday") is the date of the first
 * instrument's facts, which is earlier than the brief's when its market was closed that day.
 */
export function writeLead(pool: FactPool, instruments: readonly Instrument[], ctx: StoryContext): { sentence: Sentence; symbols: string[] } | null {
  const candidates = leadCandidates(pool, instruments, ctx.benchmark);
  const first = candidates[0];
  if (first === undefined || pool.topScore(first.symbol) === 0) return null;
  const firstScore = pool.topScore(first.symbol);
  const second = candidates[1];
  const secondTop = second === undefined ? undefined : pool.top(second.symbol);
  const secondQualifies =
    second !== undefined &&
    secondTop !== undefined &&
    LEAD_KINDS.has(secondTop.kind) &&
    !(secondTop.kind === 'biggest-move' && secondTop.period === 'week') &&
    secondTop.score >= Math.max(SECOND_LEAD_MIN, SECOND_LEAD_SHARE * firstScore);
  const a = leadClause(pool, first, ctx);
  if (a === null) return null;
  const b = secondQualifies ? leadClause(pool, second, ctx) : null;
  const weekday = weekdayText(a.facts[0]?.date ?? '1970-01-01');
  let text = `${capitalize(a.main)} on ${weekday}`;
  if (b !== null && b.tail !== '' && b.tail === a.tail) {
    // The same words twice ("capping its biggest monthly drop since September 2022") read as an echo: said once, of both.
    text += `, and ${b.main}, each ${a.tail.replace(/^leaving it /, '')}`;
  } else {
    if (a.tail) text += `, ${a.tail}`;
    if (b !== null) text += `, and ${b.main}${b.tail ? `, ${b.tail}` : ''}`;
  }
  const symbols = b === null || second === undefined ? [first.symbol] : [first.symbol, second.symbol];
  return { sentence: { text: `${text}.`, facts: [...a.facts, ...(b?.facts ?? [])] }, symbols };
}
