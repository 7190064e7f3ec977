/**
 * What a desk leaves out: facts that are true but not news on the day. They stay in the JSON;
 * the sentences skip them. Each rule is one predicate over a fact.
 */
import type { Fact, MonthOnTrackFact, RelativePerformanceFact, SeasonalityFact, StreakFact } from '../facts/index.js';
import { dayOfIso, monthsBetween } from './phrases.js';
import { civilFromDay } from '../core/date.js';
import { MAJOR_INDEXES } from './market.js';

/** "On track for its biggest month" before this day of the month is filler unless the move is extreme. */
const EARLY_MONTH_LAST_DAY = 7;
/** An extreme month-to-date move, newsworthy even in a month's first week: percent, basis points; a volatility index's percent. */
const EXTREME_MONTH_MOVE = { pct: 10, bp: 50, volatility: 30 } as const;

/**
 * True for a month-to-date "on track for its biggest month since" in the month's first seven
 * days, unless the move is extreme (10% or more, 50 basis points for yields, 30% for a
 * volatility index, whose moves are larger) or the month is over.
 */
export function isEarlyMonthOnTrack(fact: MonthOnTrackFact, isVolatility = false): boolean {
  if (fact.isMonthComplete) return false;
  const { day } = civilFromDay(dayOfIso(fact.date));
  const extreme = isVolatility ? EXTREME_MONTH_MOVE.volatility : EXTREME_MONTH_MOVE[fact.unit];
  return day <= EARLY_MONTH_LAST_DAY && Math.abs(fact.move) < extreme;
}

/** A month in progress whose "biggest since" reaches back this many months or fewer is no story ("since May" in November). */
const RECENT_SINCE_MONTHS = 6;

/**
 * True for a month in progress "on track for its biggest monthly drop since May, when it fell
 * 2.2%" whose earlier month is {@link RECENT_SINCE_MONTHS} months back or fewer: a month over
 * says its result whatever it reaches, one in progress only a superlative that reaches back.
 */
export function isRecentMonthOnTrack(fact: MonthOnTrackFact): boolean {
  return !fact.isMonthComplete && fact.sinceMonth !== null && monthsBetween(fact.sinceMonth, fact.date) <= RECENT_SINCE_MONTHS;
}

/** True when a month-on-track fact goes the other way from the day's move: "rose ..., leaving it on track for its biggest monthly decline" reads wrong. */
export function isAgainstTheDay(fact: MonthOnTrackFact, dayMove: number | undefined): boolean {
  return dayMove !== undefined && dayMove !== 0 && Math.sign(dayMove) !== Math.sign(fact.move);
}

/** A benchmark day move this large (percent) leaves no room for the month ahead's record. */
export const CROWDED_DAY_MOVE = 2;

/** A month's record over fewer years than this is not a pattern worth a sentence. */
const MIN_SEASONAL_YEARS = 10;

/** Seasonal ranks worth a sentence: the best and the worst month of the year ("second-best" is a table's, not news). */
const SEASONAL_RANKS: ReadonlySet<number> = new Set([1, 12]);

/**
 * The one seasonality fact a brief says, or undefined: among the indexes' coming-month records
 * of the best or the worst month over 10 years or more, the benchmark's first, else the
 * most extreme rank; never the Dow's or the Nasdaq's (the benchmark's month is the market's;
 * theirs only repeats it), small caps' being a story of its own.
 * Every index saying its December record is a table, not a story. None on a `crowded` day
 * (the year's last session, or a benchmark move of {@link CROWDED_DAY_MOVE}% or more), nor
 * before the month's last session: the month ahead is the story only on the eve of it, and
 * said on each of a month's last days it repeats itself. The facts stay in the JSON.
 */
export function chooseSeasonality(facts: readonly Fact[], benchmark: string | null, crowded = false): SeasonalityFact | undefined {
  if (crowded) return undefined;
  const candidates = facts.filter((f): f is SeasonalityFact => f.kind === 'seasonality' && SEASONAL_RANKS.has(f.rank) && f.n >= MIN_SEASONAL_YEARS && !MAJOR_INDEXES.includes(f.symbol));
  const extremity = (f: SeasonalityFact): number => Math.min(f.rank, 13 - f.rank);
  return candidates.find((f) => f.symbol === benchmark) ?? [...candidates].sort((a, b) => extremity(a) - extremity(b))[0];
}

/** A year-to-date gap to the benchmark this wide (percentage points) is news on any day. */
export const RELATIVE_NEWS_GAP = 5;

/**
 * The year-to-date comparison with the benchmark a brief says ("against a 25.5% gain for the
 * S&P 500"): among the other stock indexes' whose gap is news ({@link RELATIVE_NEWS_GAP} points
 * or more), one: small caps' (`isSmallCaps`) first, else the widest gap. Said of a second index it
 * repeats the benchmark's year a third time; of every index it is a table in sentences. The rest
 * stay in the JSON.
 */
export function chooseRelative(facts: readonly Fact[], benchmark: string | null, isIndex: (symbol: string) => boolean, isSmallCaps: (symbol: string) => boolean): RelativePerformanceFact[] {
  const candidates = facts.filter((f): f is RelativePerformanceFact => f.kind === 'relative-performance' && f.period === 'ytd' && f.symbol !== benchmark && isIndex(f.symbol) && Math.abs(f.gapPoints) >= RELATIVE_NEWS_GAP);
  const widest = [...candidates].sort((a, b) => Math.abs(b.gapPoints) - Math.abs(a.gapPoints));
  const one = widest.find((f) => isSmallCaps(f.symbol)) ?? widest[0];
  return one === undefined ? [] : [one];
}

/** A streak this long or longer is news of any index. */
const NEWS_STREAK_DAYS = 5;

/**
 * True for a streak of three or four days whose earlier match is recent (no "longest since"
 * worth saying): the benchmark's is said, the other indexes' are in the JSON.
 */
export function isMinorStreak(fact: StreakFact, hasLongestSince: boolean): boolean {
  return fact.snapped === null && Math.abs(fact.days) < NEWS_STREAK_DAYS && !hasLongestSince;
}

/** Less history than this (years before the date) and a largest-in-the-data is where the file begins, not news. */
export const MIN_DATA_YEARS_FOR_EXTREMES = 5;

/**
 * True for a superlative that reaches the data's first day while the data do not hold the
 * instrument's whole history: it can only be said as "since at least 1992".
 * Point superlatives beyond any earlier level ("ever") and streaks (said without it) are not.
 */
export function reachesDataStart(fact: Fact): boolean {
  if (fact.wholeHistory) return false;
  switch (fact.kind) {
    case 'biggest-move':
    case 'week-result':
    case 'two-day-move':
      return fact.sinceDate === null;
    case 'point-move':
      return fact.sinceDate === null && !fact.beyondDataStart;
    case 'month-on-track':
      return fact.sinceMonth === null;
    case 'year-result':
      return fact.sinceYear === null;
    default:
      return false;
  }
}

/**
 * The data-limited superlatives a brief leaves out: for each instrument all but its
 * highest-scored one ("since at least 1992" said once), and all of them when the
 * data begin less than {@link MIN_DATA_YEARS_FOR_EXTREMES} years before the date.
 */
export function dataLimitedEchoes(facts: readonly Fact[]): Fact[] {
  const bySymbol = new Map<string, Fact[]>();
  for (const fact of facts) if (reachesDataStart(fact)) bySymbol.set(fact.symbol, [...(bySymbol.get(fact.symbol) ?? []), fact]);
  const out: Fact[] = [];
  for (const list of bySymbol.values()) {
    const sorted = [...list].sort((a, b) => b.score - a.score);
    sorted.forEach((fact, k) => {
      const start = 'dataStart' in fact ? fact.dataStart : fact.date;
      const years = (dayOfIso(fact.date) - dayOfIso(start)) / 365.25;
      if (k > 0 || years < MIN_DATA_YEARS_FOR_EXTREMES) out.push(fact);
    });
  }
  return out;
}
