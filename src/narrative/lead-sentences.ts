/**
 * Sentences and phrases of the lead paragraph beside its first sentence: the year's result on
 * its last session, the first session after a closure, and "in a shortened session".
 */
import type { Instrument } from '../core/instrument.js';
import type { Fact, PeriodMoveFact, YearResultFact } from '../facts/index.js';
import { formatCount } from './ap-style.js';
import { yearMoveText, yearResultClause } from './beyond-day-clauses.js';
import { isQuotedInPoints } from './clauses.js';
import { capitalize, weekdayText } from './phrases.js';
import type { FactPool, Sentence } from './pool.js';

/** `The index ended 2008 down 565 points, or 38.5%, its worst year since 1937.` (the superlative when news). */
export function yearResultSentence(bench: Instrument, year: PeriodMoveFact, result: YearResultFact | undefined, storyYear: number, named = false): Sentence {
  const superlative = result === undefined ? null : yearResultClause(result, storyYear);
  const text = `${capitalize(named ? bench.storyName : bench.shortName)} ended ${year.periodNumber} ${yearMoveText(year, isQuotedInPoints(bench))}${superlative === null ? '' : `, ${superlative}`}.`;
  return { text, facts: result === undefined ? [year] : [year, result] };
}

/**
 * ` in a shortened session` when the exchange closed early (the calendar's early close), with the
 * facts: the benchmark's and the other indexes' (said once, for the market); empty otherwise.
 */
export function shortenedSession(pool: FactPool, bench: Instrument, indexes: readonly Instrument[]): { text: string; facts: Fact[] } {
  const fact = pool.take(bench.symbol, 'early-close');
  if (fact === undefined) return { text: '', facts: [] };
  const others = indexes.flatMap((other) => (other === bench ? [] : (pool.take(other.symbol, 'early-close', (f) => f.date === fact.date) ?? [])));
  return { text: ' in a shortened session', facts: [fact, ...others] };
}

/**
 * The cause of a closure as a sentence says it after "for": "Hurricane Sandy", "the terrorist
 * attacks of Sept. 11", "a snowstorm", "the National Day of Mourning for ...".
 */
export function closureCause(name: string): string {
  if (/^Hurricane\b/.test(name)) return name;
  if (/^[A-Z][a-z]+$/.test(name)) return `a ${name.toLowerCase()}`;
  const first = name.split(' ')[0] ?? '';
  return `the ${/^(?:Terrorist|First|Day|Paperwork)$/.test(first) ? `${first.toLowerCase()}${name.slice(first.length)}` : name}`;
}

/**
 * The first session after a closure of the exchange, from the calendar (the closure counted in
 * weekdays): `Trading resumed after a four-day closure for the terrorist attacks of Sept. 11,
 * the first session since Monday, Sept. 10.`
 * Said once: the other indexes' same facts are taken with it.
 */
export function resumedSentence(pool: FactPool, bench: Instrument, indexes: readonly Instrument[]): Sentence[] {
  const fact = pool.take(bench.symbol, 'market-closed', (f) => f.situation === 'resumed');
  if (fact === undefined) return [];
  for (const other of indexes) pool.take(other.symbol, 'market-closed', (f) => f.situation === 'resumed' && f.lastSession === fact.lastSession);
  const days = fact.closedDays.length;
  const text = `Trading resumed on ${weekdayText(fact.date)} after a ${formatCount(days)}-day closure for ${closureCause(fact.holiday)}.`;
  return [{ text, facts: [fact] }];
}
